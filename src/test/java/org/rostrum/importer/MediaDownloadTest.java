package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.importer.MediaSummary.RemoteMedia;

/** {@code --download} against a server on 127.0.0.1 that answers, fails, stalls and recovers. */
class MediaDownloadTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int n = requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (path.endsWith("/slow.jpg")) {
                sleep(4000);
                reply(exchange, 200, "too late");
            } else if (path.endsWith("/flaky.jpg") && n == 1) {
                reply(exchange, 503, "busy");
            } else if (path.endsWith("/login.jpg")) {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                reply(exchange, 200, "<html>please log in</html>");
            } else if (path.endsWith("/missing.png")) {
                reply(exchange, 404, "not found");
            } else {
                sleep(50);
                reply(exchange, 200, "bytes of " + path);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up (the timeout case)
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An export with images that load, one that fails once, a missing one and, when asked, one that stalls. */
    private Path export(boolean stalling) throws IOException {
        StringBuilder images = new StringBuilder();
        for (String name : List.of("a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg", "f.jpg", "flaky.jpg",
                stalling ? "slow.jpg" : "g.jpg", "missing.png", "login.jpg")) {
            images.append("<img src=\"/wp-content/uploads/2020/05/").append(name).append("\" alt=\"").append(name)
                    .append("\" />\n\n");
        }
        images.append("<img src=\"http://localhost:").append(server.getAddress().getPort())
                .append("/photos/outside.jpg\" alt=\"outside\" />");
        Path file = dir.resolve("export.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Loopback</title><link>BASE</link><wp:base_blog_url>BASE</wp:base_blog_url>
                <item><title>Downloads</title><link>BASE/2020/05/downloads/</link>
                <content:encoded><![CDATA[IMAGES]]></content:encoded>
                <wp:post_id>1</wp:post_id><wp:post_date_gmt>2020-05-01 10:00:00</wp:post_date_gmt>
                <wp:post_name>downloads</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                </item></channel></rss>
                """.replace("BASE", base).replace("IMAGES", images));
        return file;
    }

    private ImportReport importWith(Path export, boolean external, String into) {
        MediaOptions media = new MediaOptions(Optional.empty(), true, external, dir.resolve("cache"), 4,
                Duration.ofMillis(1500), 3);
        Diagnostics diagnostics = new Diagnostics();
        ImportReport report = new WordPressImporter(media).run(export, dir.resolve(into), false, diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        assertTrue(report.addsUp());
        return report;
    }

    @Test
    void downloadsWithRetriesATimeoutAndBoundedConcurrency() throws IOException {
        ImportReport report = importWith(export(true), false, "content");

        Path debate = dir.resolve("content/debates/downloads");
        for (String name : List.of("a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg", "f.jpg", "flaky.jpg")) {
            assertEquals("bytes of /wp-content/uploads/2020/05/" + name, Files.readString(debate.resolve(name)));
        }
        assertEquals(7, report.count(Outcome.MEDIA_COPIED));
        // at least one retry after the 503 (a loaded machine may time out the retry once more)
        assertTrue(requests.get("/wp-content/uploads/2020/05/flaky.jpg").get() >= 2, "a retry after a 503");
        assertEquals(1, requests.get("/wp-content/uploads/2020/05/missing.png").get(), "a 404 is not retried");
        assertEquals(3, requests.get("/wp-content/uploads/2020/05/slow.jpg").get(), "a timeout is retried");
        assertTrue(mostInFlight.get() <= 4, "at most 4 downloads at once, saw " + mostInFlight.get());
        assertEquals(List.of(
                new RemoteMedia("debates/downloads/index.md", base + "/wp-content/uploads/2020/05/slow.jpg",
                        "download failed: no answer within 1500 ms (3 tries)"),
                new RemoteMedia("debates/downloads/index.md", base + "/wp-content/uploads/2020/05/missing.png",
                        "download failed: HTTP 404"),
                new RemoteMedia("debates/downloads/index.md", base + "/wp-content/uploads/2020/05/login.jpg",
                        "download failed: the server sent a web page, not the file"),
                new RemoteMedia("debates/downloads/index.md", "http://localhost:" + server.getAddress().getPort()
                        + "/photos/outside.jpg", "on another host; --download-external copies it")),
                report.media().remote());
        String index = Files.readString(debate.resolve("index.md"));
        assertTrue(index.contains("![a.jpg](a.jpg)"), index);
        assertTrue(index.contains("![slow.jpg](" + base + "/wp-content/uploads/2020/05/slow.jpg)"), index);
    }

    @Test
    void theCacheMeansASecondImportDownloadsNothingAgain() throws IOException {
        Path export = export(false);
        importWith(export, false, "content");
        int first = requests.get("/wp-content/uploads/2020/05/a.jpg").get();

        ImportReport again = importWith(export, false, "other");

        assertEquals(1, first);
        assertEquals(1, requests.get("/wp-content/uploads/2020/05/a.jpg").get());
        assertEquals(8, again.count(Outcome.MEDIA_COPIED));
    }

    @Test
    void externalImagesAreDownloadedOnlyWhenAskedFor() throws IOException {
        ImportReport report = importWith(export(false), true, "content");

        assertEquals("bytes of /photos/outside.jpg",
                Files.readString(dir.resolve("content/debates/downloads/outside.jpg")));
        assertEquals(9, report.count(Outcome.MEDIA_COPIED));
    }
}
