package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The example archive built for {@code http://127.0.0.1:<port>/archive/}, served there by nginx, and
 * a headless Chromium to open it, from nginx ({@link #served}) or from the file system
 * ({@link #local}). Test classes get it from {@link BrowserExtension}, which also says when they
 * are skipped.
 */
final class BrowserSite implements AutoCloseable {

    static final String LONG_THREAD = "debates/should-contact-tracing-apps-be-mandatory/index.html";
    static final String ARMY = "debates/should-the-eu-have-its-own-army/index.html";

    final Path site;
    final Nginx nginx;
    final Browser browser;
    /** The site's root on nginx, ending in {@code /archive/}. */
    final String served;
    /** The site's root as a {@code file:} URL, ending in {@code /}. */
    final String local;
    private final Path dir;

    private BrowserSite(Path dir, Path site, Nginx nginx, Browser browser) {
        this.dir = dir;
        this.site = site;
        this.nginx = nginx;
        this.browser = browser;
        this.served = nginx.baseUrl();
        this.local = site.toUri().toString();
    }

    /** Builds the example archive into a temporary folder, which {@link #close} deletes, and starts nginx and the browser. */
    static BrowserSite start(Browser.Tools tools) throws Exception {
        Path dir = Files.createTempDirectory("rostrum-browser-site");
        int port = Nginx.freePort();
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withOut(site).withBaseUrl(Optional.of(Nginx.baseUrl(port))));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        Nginx nginx = Nginx.serve(tools.nginx(), site, dir.resolve("nginx"), port);
        try {
            return new BrowserSite(dir, site, nginx, Browser.start(tools));
        } catch (RuntimeException e) {
            nginx.close();
            throw e;
        }
    }

    /** Skips the calling test when {@code condition} is false, or fails it under CI. */
    static void require(boolean condition, String reason) {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(condition, reason + " (CI=true: .ci/run installs it)");
        }
        assumeTrue(condition, reason);
    }

    /** Every HTML page of the site but {@code 404.html}, relative to its root, sorted. */
    List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("404.html"))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            try {
                nginx.close();
            } finally {
                Browser.deleteTree(dir);
            }
        }
    }
}
