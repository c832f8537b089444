package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.markdown.MarkdownRenderer;
import org.w3c.dom.NodeList;

/**
 * Builds the example archive once and checks what readers, feed readers and search engines rely
 * on: every link resolves, feeds and sitemaps are well-formed with absolute URLs, and the JSON-LD of
 * every debate page agrees with its thread.
 */
class ExampleSiteLinksIT {

    private static final String BASE = "https://archive.example.org/";

    @TempDir
    static Path dir;
    static Path site;
    static Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withOut(site));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(p).toString(), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void everyPageKindIsWritten() {
        for (String path : List.of("index.html", "page/2/index.html", "topics/index.html",
                "topics/economy/index.html", "topics/economy/page/2/index.html", "people/index.html",
                "people/ines-vandermeer/index.html", "archive/index.html", "archive/2020/index.html",
                "about/index.html", "search/index.html", "404.html",
                "debates/should-contact-tracing-apps-be-mandatory/index.html",
                "debates/should-contact-tracing-apps-be-mandatory/comments/2/index.html",
                "2019/01/votes-at-16/index.html")) {
            assertTrue(pages.containsKey(path), path);
        }
        for (String path : List.of("feed.xml", "topics/economy/feed.xml", "sitemap.xml", "robots.txt",
                "search-index.json", "debates/should-contact-tracing-apps-be-mandatory/comments.json")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
        assertFalse(Files.exists(site.resolve("debates/who-should-pay-for-the-energy-transition")), "drafts stay out");
    }

    @Test
    void everyLinkAndSourceResolvesToAFileAndEveryFragmentToAnId() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (page.getKey().equals("404.html")) {
                continue; // served at any depth, so it links from the site's absolute root path
            }
            URI self = URI.create("file:///" + page.getKey());
            for (Element e : page.getValue().select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")) {
                    continue;
                }
                if (ref.startsWith("/")) {
                    broken.add(page.getKey() + ": root-absolute link " + ref);
                    continue;
                }
                URI target = self.resolve(ref);
                String path = target.getPath().substring(1);
                Optional<Document> doc = Optional.ofNullable(pages.get(path));
                if (!Files.isRegularFile(site.resolve(path))) {
                    broken.add(page.getKey() + ": " + ref + " (no file " + path + ")");
                } else if (target.getFragment() != null && !target.getFragment().isEmpty()
                        && doc.map(d -> d.getElementById(target.getFragment()) == null).orElse(true)) {
                    broken.add(page.getKey() + ": " + ref + " (no id " + target.getFragment() + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void notFoundPageLinksFromTheSiteRootPath() {
        Document notFound = pages.get("404.html");
        assertEquals("/static/style.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        List<String> duplicates = new ArrayList<>();
        pages.forEach((path, doc) -> {
            Set<String> seen = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                if (!seen.add(e.id())) {
                    duplicates.add(path + "#" + e.id());
                }
            }
        });
        assertEquals(List.of(), duplicates);
    }

    private static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(site.resolve(path).toFile());
    }

    @Test
    void feedsAreAtomWithAbsoluteUrlsNewestFirst() throws Exception {
        for (String feed : List.of("feed.xml", "topics/economy/feed.xml")) {
            org.w3c.dom.Document doc = xml(feed);
            assertEquals("http://www.w3.org/2005/Atom", doc.getDocumentElement().getNamespaceURI(), feed);
            assertEquals("feed", doc.getDocumentElement().getLocalName());
            NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            assertTrue(entries.getLength() > 0, feed);
            String previous = "9999";
            for (int i = 0; i < entries.getLength(); i++) {
                org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
                String id = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent();
                assertTrue(id.startsWith(BASE + "debates/"), id);
                String published = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "published").item(0)
                        .getTextContent();
                assertTrue(java.time.OffsetDateTime.parse(published).toString().compareTo(previous) <= 0
                        || published.compareTo(previous) <= 0, "newest first in " + feed);
                previous = published;
            }
        }
        assertEquals(9, xml("feed.xml").getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    }

    @Test
    void sitemapListsEveryPageWithAbsoluteUrls() throws Exception {
        org.w3c.dom.Document doc = xml("sitemap.xml");
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertEquals(ns, doc.getDocumentElement().getNamespaceURI());
        NodeList locs = doc.getElementsByTagNameNS(ns, "loc");
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.contains(BASE));
        assertTrue(urls.contains(BASE + "debates/should-contact-tracing-apps-be-mandatory/comments/2/"));
        assertTrue(urls.stream().allMatch(u -> u.startsWith(BASE)), urls.toString());
        for (String path : pages.keySet()) {
            if (path.equals("404.html") || path.equals("search/index.html") || path.startsWith("2019/")) {
                continue;
            }
            assertTrue(urls.contains(BASE + path.replaceAll("index\\.html$", "")), "sitemap has " + path);
        }
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n",
                Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void jsonLdOfEveryDebatePageParsesAndCountsTheThread() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (!page.getKey().startsWith("debates/")) {
                continue;
            }
            Element script = page.getValue().selectFirst("script[type=application/ld+json]");
            JsonNode ld = json.readTree(script.data());
            assertEquals("DiscussionForumPosting", ld.get("@type").asText());
            String folder = page.getKey().replaceAll("(comments/\\d+/)?index\\.html$", "");
            JsonNode comments = json.readTree(site.resolve(folder + "comments.json").toFile());
            assertEquals(comments.get("count").asInt(), ld.get("commentCount").asInt(), page.getKey());
            assertEquals(comments.get("count").asInt(),
                    ld.get("interactionStatistic").get("userInteractionCount").asInt(), page.getKey());
            int onPage = page.getValue().select("li.comment").size();
            assertEquals(onPage, countComments(ld.get("comment")), page.getKey());
            checked++;
        }
        assertEquals(10, checked);
    }

    private static int countComments(JsonNode list) {
        if (list == null) {
            return 0;
        }
        int n = 0;
        List<JsonNode> stack = new ArrayList<>();
        list.forEach(stack::add);
        while (!stack.isEmpty()) {
            JsonNode c = stack.remove(stack.size() - 1);
            n++;
            if (c.has("comment")) {
                c.get("comment").forEach(stack::add);
            }
        }
        return n;
    }

    @Test
    void commentsJsonTellsWhichPageHoldsEachComment() throws IOException {
        JsonNode json = new ObjectMapper().readTree(
                site.resolve("debates/should-contact-tracing-apps-be-mandatory/comments.json").toFile());
        int total = 0;
        for (JsonNode c : json.get("comments")) {
            int part = c.get("page").asInt();
            String page = part == 1 ? "debates/should-contact-tracing-apps-be-mandatory/index.html"
                    : "debates/should-contact-tracing-apps-be-mandatory/comments/" + part + "/index.html";
            assertTrue(pages.get(page).getElementById("comment-" + c.get("id").asText()) != null, c.toString());
            assertTrue(c.get("url").asText().startsWith(BASE), c.toString());
            total++;
        }
        assertEquals(json.get("total").asInt(), total);
        assertEquals(79, total);
    }

    @Test
    void aliasRedirectsToTheDebate() {
        Document alias = pages.get("2019/01/votes-at-16/index.html");
        assertEquals("0; url=../../../debates/should-the-voting-age-be-lowered-to-16/index.html",
                alias.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(BASE + "debates/should-the-voting-age-be-lowered-to-16/",
                alias.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../../../debates/should-the-voting-age-be-lowered-to-16/index.html",
                alias.selectFirst("body a").attr("href"));
    }
}
