package org.rostrum.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rostrum.layout.Layout;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9). Past {@value #MAX_URLS} URLs, the limit of the protocol,
 * {@code sitemap.xml} becomes a sitemap index over {@code sitemap-1.xml}, {@code sitemap-2.xml}, ...
 */
final class Sitemap {

    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** One URL and, when known, the date its content last changed. */
    record Entry(String url, Optional<String> lastmod) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String url, Optional<String> lastmod) {
        entries.add(new Entry(url, lastmod));
    }

    /** The files to write, by path: {@code sitemap.xml} alone, or the index and its parts. */
    List<Part> files(String baseUrl) {
        if (entries.size() <= MAX_URLS) {
            return List.of(new Part(Layout.sitemap(), urlset(entries)));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        index.append("<sitemapindex xmlns=\"").append(NS).append("\">\n");
        for (int from = 0, n = 1; from < entries.size(); from += MAX_URLS, n++) {
            String name = Layout.sitemapPart(n);
            parts.add(new Part(name, urlset(entries.subList(from, Math.min(entries.size(), from + MAX_URLS)))));
            index.append("  <sitemap><loc>").append(escape(Layout.absolute(baseUrl, name))).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        parts.add(0, new Part(Layout.sitemap(), index.toString().getBytes(StandardCharsets.UTF_8)));
        return parts;
    }

    /** A file of the sitemap. */
    record Part(String path, byte[] content) {
    }

    private static byte[] urlset(List<Entry> entries) {
        StringBuilder xml = new StringBuilder(128 + entries.size() * 100);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<urlset xmlns=\"").append(NS).append("\">\n");
        for (Entry e : entries) {
            xml.append("  <url><loc>").append(escape(e.url())).append("</loc>");
            e.lastmod().ifPresent(d -> xml.append("<lastmod>").append(d).append("</lastmod>"));
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
