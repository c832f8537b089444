package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement for {@code bench/run}: opens the search page of an already built
 * site ({@code -Dsearch.site=DIR}) from {@code file://} in headless Chromium, runs each query of
 * {@code -Dsearch.queries} (separated by {@code |}), and prints the bytes of every file the browser
 * requested (page, style, script, index files) and the number of results. Skipped without
 * {@code search.site}.
 */
class SearchBytesBench {

    @Test
    void measure() throws Exception {
        String dir = System.getProperty("search.site", "");
        assumeTrue(!dir.isEmpty(), "set -Dsearch.site to measure");
        Path site = Path.of(dir).toAbsolutePath();
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        assumeTrue(tools.isPresent(), "missing " + missing);
        try (Browser browser = Browser.start(tools.get())) {
            String root = site.toUri().toString();
            browser.open(root + "search/index.html");
            long before = bytes(browser, site, root);
            System.out.printf("%-40s %10s %10s %8s %8s%n", "query", "page B", "query B", "files", "results");
            System.out.printf("%-40s %10d %10s %8s %8s%n", "(before typing)", before, "-", "-", "-");
            for (String q : System.getProperty("search.queries", "tax|nuclear referendum").split("\\|")) {
                browser.drainProblems(List.of());
                browser.open(root + "search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                Object count = browser.asyncScript("var done = arguments[arguments.length - 1];"
                        + "window.rostrumSearch.done.then(function () {"
                        + " done(document.getElementById('search-status').textContent); });");
                Browser.Problems p = browser.drainProblems(List.of());
                long page = 0;
                long query = 0;
                for (String url : p.requests()) {
                    if (!url.startsWith(root)) {
                        continue;
                    }
                    String path = URLDecoder.decode(URI.create(url).getRawPath(), StandardCharsets.UTF_8)
                            .substring(URI.create(root).getRawPath().length());
                    long size = Files.size(site.resolve(path));
                    if (path.startsWith("search/") && !path.equals("search/index.html")) {
                        query += size;
                    } else {
                        page += size;
                    }
                }
                System.out.printf("%-40s %10d %10d %8d %8s%n", q, page, page + query, p.requests().size(), count);
            }
        }
    }

    private static long bytes(Browser browser, Path site, String root) throws java.io.IOException {
        long total = 0;
        for (String url : browser.drainProblems(List.of()).requests()) {
            if (!url.startsWith(root)) {
                continue;
            }
            String path = URLDecoder.decode(URI.create(url).getRawPath(), StandardCharsets.UTF_8)
                    .substring(URI.create(root).getRawPath().length());
            total += Files.size(site.resolve(path));
        }
        return total;
    }
}
