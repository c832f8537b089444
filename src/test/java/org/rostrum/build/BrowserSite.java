package org.rostrum.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The fixture of the browser tests: the example archive built for
 * {@code http://127.0.0.1:<port>/archive/}, served there by nginx, and a headless Chromium to open
 * it, from nginx ({@link #served}) or from the file system ({@link #local}).
 *
 * <p>{@link #start} skips the calling test class, with the reason, when chromium, chromedriver or
 * nginx are missing; under CI ({@code CI=true}) it fails instead, so that CI cannot pass without
 * having run the browser tests ({@code .ci/run} installs them).
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
    private final Path profile;

    private BrowserSite(Path site, Nginx nginx, Browser browser, Path profile) {
        this.site = site;
        this.nginx = nginx;
        this.browser = browser;
        this.profile = profile;
        this.served = nginx.baseUrl();
        this.local = site.toUri().toString();
    }

    /** Builds the example archive into {@code dir}, starts nginx and the browser. */
    static BrowserSite start(Path dir) throws Exception {
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        require(tools.isPresent(), "browser tests skipped: missing " + String.join(", ", missing));
        int port = Nginx.freePort();
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withOut(site).withBaseUrl(Optional.of(Nginx.baseUrl(port))));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        Nginx nginx = Nginx.serve(tools.get().nginx(), site, dir.resolve("nginx"), port);
        // Outside dir: Chromium's helpers may still write there a moment after it quits.
        Path profile = Files.createTempDirectory("rostrum-chromium");
        try {
            return new BrowserSite(site, nginx, new Browser(tools.get(), profile), profile);
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

    /** Back to a 1280 × 900 screen in the light scheme, as every test starts. */
    void reset() {
        browser.viewport(1280, 900);
        browser.media("", "light");
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
            nginx.close();
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // left for the system's temp cleaning
            }
        }
    }
}
