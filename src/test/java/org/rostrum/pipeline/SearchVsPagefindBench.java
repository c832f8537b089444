package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement for {@code bench/search-vs-pagefind}: the same built site searched
 * with Rostrum's index and with Pagefind's, in headless Chromium, query by query.
 *
 * <p>Properties: {@code search.site} (the built site), {@code pagefind.bundle} (what
 * {@code pagefind --site <site> --output-path <bundle>} wrote), {@code search.queries} (separated
 * by {@code |}). nginx serves the site under {@code /archive/} on a loopback port, with gzip for
 * text types as a static host would, the Pagefind bundle at {@code /archive/pagefind/} and a page
 * with Pagefind's default UI at {@code /archive/pagefind-search.html}. For every query and system
 * the browser's cache is cleared, the search page is opened with the query, and once the results
 * are shown the bytes of every request are added up from the browser's network log (as
 * transferred, and as the files' sizes); Rostrum is also measured from {@code file://}. Prints
 * Markdown tables: bytes and result counts, then each system's first five results. Skipped without
 * {@code search.site}.
 */
class SearchVsPagefindBench {

    private static final int TOP = 5;

    /** One search as measured: bytes transferred and on disk (all, and the search files alone), results. */
    private record Measured(long transferred, long files, long searchTransferred, long searchFiles, int requests,
            String count, List<String> top) {
    }

    @Test
    void measure() throws Exception {
        String dir = System.getProperty("search.site", "");
        assumeTrue(!dir.isEmpty(), "set -Dsearch.site and -Dpagefind.bundle to measure");
        Path site = Path.of(dir).toAbsolutePath();
        Path bundle = Path.of(System.getProperty("pagefind.bundle")).toAbsolutePath();
        List<String> queries = List.of(System.getProperty("search.queries", "tax|nuclear referendum").split("\\|"));
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        assumeTrue(tools.isPresent(), "missing " + missing);
        Path work = Files.createTempDirectory("rostrum-pagefind-bench");
        Path page = work.resolve("pagefind-search.html");
        Files.writeString(page, PAGEFIND_PAGE, StandardCharsets.UTF_8);
        int port = Nginx.freePort();
        Path logs = work.resolve("nginx");
        String http = "gzip on; gzip_comp_level 6; gzip_types text/css text/javascript application/json;\n"
                + "log_format sized '$bytes_sent $request_uri';";
        String server = "access_log " + logs.resolve("access.log") + " brief;\n"
                + "access_log " + logs.resolve("bytes.log") + " sized;\n"
                + "location = " + Nginx.PREFIX + "pagefind-search.html { alias " + page + "; }\n"
                + "location " + Nginx.PREFIX + "pagefind/ { alias " + bundle + "/; }";
        Sent sent = new Sent(logs.resolve("bytes.log"));
        Path profile = work.resolve("profile");
        List<Measured[]> rows = new ArrayList<>();
        try (Nginx nginx = Nginx.serve(tools.get().nginx(), site, logs, port, http, server);
                Browser browser = Browser.start(tools.get())) {
            String served = nginx.baseUrl();
            String local = site.toUri().toString();
            for (String q : queries) {
                String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
                Measured file = rostrum(browser, local, local + "search/index.html?q=" + encoded, site,
                        Optional.empty());
                Measured overHttp = rostrum(browser, served, served + "search/index.html?q=" + encoded, site,
                        Optional.of(sent));
                Measured pagefind = pagefind(browser, served, served + "pagefind-search.html?q=" + encoded, site,
                        bundle, page, sent);
                rows.add(new Measured[] {file, overHttp, pagefind});
            }
            if (!nginx.failedRequests().isEmpty()) {
                System.out.println("failed requests: " + nginx.failedRequests());
            }
        } finally {
            InlineSite.deleteTree(work);
        }
        print(queries, rows);
    }

    /**
     * What nginx sent, from its log of {@code $bytes_sent $request_uri} (headers and body, compressed
     * where it compressed): every request counts, also those of a web worker, which the page's own
     * network log does not show.
     */
    private static final class Sent {
        private final Path log;
        private int seen;

        Sent(Path log) {
            this.log = log;
        }

        /** The requests logged since the last call, as {@code bytes uri}. */
        List<String> since() throws IOException {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            List<String> fresh = List.copyOf(lines.subList(Math.min(seen, lines.size()), lines.size()));
            seen = lines.size();
            return fresh;
        }
    }

    private static Measured rostrum(Browser browser, String root, String url, Path site, Optional<Sent> sent)
            throws IOException {
        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.drainProblems(List.of());
        if (sent.isPresent()) {
            sent.get().since();
        }
        browser.open(url);
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                window.rostrumSearch.done.then(function () {
                  done({ status: document.getElementById('search-status').textContent,
                    hrefs: Array.prototype.map.call(document.querySelectorAll('#search-results li h2 a'),
                      function (a) { return a.href; }) });
                });
                """);
        Browser.Problems p = browser.drainProblems(List.of());
        String status = (String) shown.get("status");
        String count = status.startsWith("Nothing") ? "0"
                : status.replaceAll("^([\\d,]+) results?.*", "$1").replace(",", "");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) shown.get("hrefs");
        return measured(sent.isPresent() ? sent.get().since() : fromFiles(p, root), root, path -> site.resolve(path),
                path -> path.startsWith("static/search")
                        || path.startsWith("search/") && !path.equals("search/index.html"),
                count, hrefs);
    }

    private static Measured pagefind(Browser browser, String root, String url, Path site, Path bundle, Path page,
            Sent sent) throws IOException {
        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.drainProblems(List.of());
        sent.since();
        browser.open(url);
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                var until = Date.now() + 50000;
                (function poll() {
                  var message = document.querySelector('.pagefind-ui__message');
                  var text = message ? message.textContent.trim() : '';
                  var m = /^([\\d,.]+|No) results? for/.exec(text);
                  var links = document.querySelectorAll('.pagefind-ui__result-link');
                  var wanted = m ? Math.min(%d, m[1] === 'No' ? 0 : parseInt(m[1].replace(/[,.]/g, ''), 10)) : -1;
                  if (m && links.length >= wanted || Date.now() > until) {
                    done({ status: text, hrefs: Array.prototype.map.call(links, function (a) { return a.href; }) });
                  } else {
                    setTimeout(poll, 20);
                  }
                })();
                """.formatted(TOP));
        String status = (String) shown.get("status");
        String count = status.startsWith("No") ? "0" : status.replaceAll("^([\\d,.]+) results?.*", "$1")
                .replaceAll("[,.]", "");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) shown.get("hrefs");
        return measured(sent.since(), root, path -> path.equals("pagefind-search.html") ? page
                : path.startsWith("pagefind/") ? bundle.resolve(path.substring("pagefind/".length()))
                : site.resolve(path),
                path -> path.startsWith("pagefind/"), count, hrefs);
    }

    /** The requests the browser logged under {@code root} (from file://), as {@code 0 uri}: no bytes sent. */
    private static List<String> fromFiles(Browser.Problems p, String root) {
        String rootPath = URI.create(root).getRawPath();
        return p.requests().stream().filter(url -> url.startsWith(root))
                .map(url -> "0 " + rootPath + url.substring(root.length())).toList();
    }

    /** Adds up the requests ({@code bytes uri}) under {@code root}; {@code search} tells the search files. */
    private static Measured measured(List<String> requestLog, String root,
            java.util.function.Function<String, Path> file, java.util.function.Predicate<String> search, String count,
            List<String> hrefs) throws IOException {
        long transferred = 0;
        long files = 0;
        long searchTransferred = 0;
        long searchFiles = 0;
        int requests = 0;
        String rootPath = URI.create(root).getRawPath();
        for (String line : requestLog) {
            String uri = line.substring(line.indexOf(' ') + 1);
            if (!uri.startsWith(rootPath)) {
                continue;
            }
            requests++;
            String path = URLDecoder.decode(URI.create(uri).getRawPath(), StandardCharsets.UTF_8)
                    .substring(rootPath.length());
            long size = Files.size(file.apply(path));
            long sent = Long.parseLong(line.substring(0, line.indexOf(' ')));
            files += size;
            transferred += sent;
            if (search.test(path)) {
                searchFiles += size;
                searchTransferred += sent;
            }
        }
        List<String> top = hrefs.stream().limit(TOP).map(h -> h.startsWith(root) ? h.substring(root.length()) : h)
                .map(h -> h.replace("index.html", "")).toList();
        return new Measured(transferred, files, searchTransferred, searchFiles, requests, count, top);
    }

    private static void print(List<String> queries, List<Measured[]> rows) {
        System.out.println();
        System.out.println("| query | Rostrum file:// (files) | Rostrum http: all / search files (transferred) "
                + "| Pagefind http: all / search files (transferred) | Rostrum search files (on disk) "
                + "| Pagefind search files (on disk) | requests R / P | results R / P |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < queries.size(); i++) {
            Measured[] r = rows.get(i);
            System.out.printf("| `%s` | %s | %s / %s | %s / %s | %s | %s | %d / %d | %s / %s |%n", queries.get(i),
                    kb(r[0].files()), kb(r[1].transferred()), kb(r[1].searchTransferred()), kb(r[2].transferred()),
                    kb(r[2].searchTransferred()), kb(r[1].searchFiles()), kb(r[2].searchFiles()), r[1].requests(),
                    r[2].requests(), r[1].count(), r[2].count());
        }
        System.out.println();
        System.out.println("| query | Rostrum: first " + TOP + " results | Pagefind: first " + TOP + " results |");
        System.out.println("|---|---|---|");
        for (int i = 0; i < queries.size(); i++) {
            Measured[] r = rows.get(i);
            System.out.printf("| `%s` | %s | %s |%n", queries.get(i), String.join("<br>", r[1].top()),
                    String.join("<br>", r[2].top()));
        }
    }

    private static String kb(long bytes) {
        return String.format("%.1f kB", bytes / 1000.0);
    }

    /** Pagefind's default UI, as its documentation sets it up, with the query from {@code ?q=}. */
    private static final String PAGEFIND_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <meta charset="utf-8">
            <title>Search (Pagefind)</title>
            <link rel="icon" href="data:,">
            <link href="pagefind/pagefind-ui.css" rel="stylesheet">
            <script src="pagefind/pagefind-ui.js"></script>
            <div id="search"></div>
            <script>
              window.ui = new PagefindUI({ element: "#search", showSubResults: false, showImages: false,
                baseUrl: "%s" });
              var q = new URLSearchParams(window.location.search).get("q");
              if (q) { window.ui.triggerSearch(q); }
            </script>
            """.formatted(Nginx.PREFIX);
}
