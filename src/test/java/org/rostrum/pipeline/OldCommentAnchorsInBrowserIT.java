package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old link to a comment of a thread split into parts, such as
 * {@code /2019/01/old-post/#comment-881}, lands in Chromium on the part that holds the comment,
 * with the comment targeted: from {@code file://} through the redirect page, and from nginx
 * through the generated 301 map.
 */
class OldCommentAnchorsInBrowserIT {

    /** Six top-level comments, two a part: {@code wp-881}, the sixth, is on part 3. */
    private static InlineSite site(Path dir, String baseUrl) {
        StringBuilder comments = new StringBuilder("comments:\n");
        for (String id : List.of("wp-101", "wp-102", "wp-103", "wp-104", "wp-105", "wp-881")) {
            comments.append("  - id: ").append(id).append("\n    author: A\n    date: 2019-01-02T10:00:00Z\n")
                    .append("    body: Comment ").append(id).append(".\n");
        }
        comments.append("  - id: wp-882\n    parent: wp-881\n    author: B\n    date: 2019-01-03T10:00:00Z\n    body: A reply.\n");
        return InlineSite.of(dir, """
                -- content/site.yaml --
                title: Test Archive
                base_url: %s
                comments:
                  per_page: 2
                -- content/debates/old-post/index.md --
                ---
                title: An old post
                date: 2019-01-01
                aliases: [/2019/01/old-post/]
                ---
                Body.
                -- content/debates/old-post/comments.yaml --
                """.formatted(baseUrl) + comments);
    }

    @Test
    void anOldCommentAddressLandsOnThePartThatHoldsTheComment(@TempDir Path dir) throws Exception {
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        BrowserSite.require(tools.isPresent(), "browser test skipped: missing " + String.join(", ", missing));
        int port = Nginx.freePort();
        InlineSite site = site(dir, Nginx.baseUrl(port));
        BuildResult built = site.build();
        assertFalse(built.failed(), built.diagnostics().toString());
        assertEquals(List.of("../index.html", "2/index.html", "3/index.html"),
                List.of(site.read("debates/old-post/comments/parts.js").split("\"pages\":\\[")[1].split("]")[0]
                        .replace("\"", "").split(",")));
        String include = site.out().resolve("redirects.nginx.conf").toAbsolutePath().toString();
        Path profile = Files.createTempDirectory("rostrum-chromium");
        try (Nginx nginx = Nginx.serve(tools.get().nginx(), site.out(), dir.resolve("nginx"), port,
                "include " + include + ";", "if ($rostrum_redirect) { return 301 $rostrum_redirect; }");
                Browser browser = Browser.start(tools.get())) {
            String local = site.out().toUri().toString();
            String served = nginx.baseUrl();
            String part1 = "debates/old-post/index.html";
            String part2 = "debates/old-post/comments/2/index.html";
            String part3 = "debates/old-post/comments/3/index.html";
            List<String[]> visits = List.of(
                    new String[] {served + "2019/01/old-post/#comment-881", served + part3 + "#comment-881"},
                    new String[] {served + "2019/01/old-post#comment-wp-882", served + part3 + "#comment-wp-882"},
                    new String[] {served + "debates/old-post/#comment-103", served + part2 + "#comment-103"},
                    new String[] {local + "2019/01/old-post/index.html#comment-881", local + part3 + "#comment-881"},
                    new String[] {local + part2 + "#comment-wp-101", local + part1 + "#comment-wp-101"});
            for (String[] visit : visits) {
                browser.open(visit[0]);
                for (int i = 0; i < 100 && !browser.driver.getCurrentUrl().equals(visit[1]); i++) {
                    Thread.sleep(50);
                }
                assertEquals(visit[1], browser.driver.getCurrentUrl(), visit[0]);
                assertEquals(visit[1].substring(visit[1].indexOf('#') + 1),
                        browser.script("return document.querySelector(':target').id;"), visit[0]);
            }
            browser.open(served + part1 + "#comment-wp-102");
            Thread.sleep(300);
            assertEquals(served + part1 + "#comment-wp-102", browser.driver.getCurrentUrl(),
                    "a comment on the page itself is not looked for elsewhere");
        } finally {
            try (java.util.stream.Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
