package org.rostrum.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The preview server over real loopback connections: a mini-site is built and served on a free
 * port, pages are fetched, files are changed on disk and the new pages and reload events are
 * waited for. Waits poll with generous timeouts, so that a loaded machine only makes them slower.
 */
class PreviewServerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final SiteBuild BUILD = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC());

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final BlockingQueue<Rebuild> builds = new LinkedBlockingQueue<>();
    private final List<PreviewServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(PreviewServer::close);
    }

    // ---- The mini-site

    private Path content() {
        return dir.resolve("content");
    }

    private Path debate() {
        return content().resolve("debates/first-question/index.md");
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String debateText(String title, String person) {
        return "---\ntitle: " + title + "\ndate: 2020-01-02\ntopics: [Energy]\n---\n\nThe editors' introduction.\n\n"
                + "::: response " + person + "\nAn answer.\n:::\n";
    }

    private void writeSite(String person) {
        write(content().resolve("site.yaml"), "title: Preview Test\nbase_url: https://example.org/archive/\n");
        write(content().resolve("people/maren-solberg.yaml"), "name: Maren Solberg\n");
        write(debate(), debateText("First question?", person));
        write(content().resolve("debates/first-question/comments.yaml"),
                "comments:\n  - id: c1\n    author: Franz\n    body: Well, yes.\n");
    }

    private PreviewServer start() throws IOException {
        BuildOptions options = BuildOptions.defaults().withContent(content()).withTemplates(dir.resolve("templates"))
                .withThreads(2);
        PreviewServer server = PreviewServer.start(BUILD, options,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), builds::add);
        servers.add(server);
        return server;
    }

    /** Starts a server on the valid mini-site and takes its first build. */
    private PreviewServer started() throws Exception {
        writeSite("maren-solberg");
        PreviewServer server = start();
        Rebuild first = builds.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(first, "no first build");
        assertFalse(first.result().failed(), () -> "first build failed: " + first.result().diagnostics());
        return server;
    }

    // ---- HTTP

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return send(HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(20)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Fetches {@code path} until its body satisfies {@code condition}; fails after {@link #PATIENCE}. */
    private String awaitPage(PreviewServer server, String path, Predicate<String> condition, String what)
            throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(server, path).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(50);
        }
        return fail("timed out waiting for " + what + " at " + path + "; last body:\n" + body);
    }

    /** A request sent as raw bytes, so that no client normalises {@code ..} away first. */
    private static String rawRequest(PreviewServer server, String target) throws IOException {
        return rawRequest(server, target, "Host: localhost:" + server.address().getPort() + "\r\n");
    }

    /** {@link #rawRequest(PreviewServer, String)} with the given {@code Host} line (or none). */
    private static String rawRequest(PreviewServer server, String target, String hostLine) throws IOException {
        try (Socket socket = new Socket(server.address().getHost(), server.address().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Opens the reload channel and collects its lines as they arrive. */
    private BlockingQueue<String> events(PreviewServer server) throws Exception {
        HttpResponse<Stream<String>> response = http.send(
                HttpRequest.newBuilder(server.address().resolve(LiveReload.EVENTS_PATH)).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (UncheckedIOException e) {
                // The server closed the stream.
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static void awaitLine(BlockingQueue<String> lines, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.equals(expected)) {
                    return;
                }
            }
        }
        fail("no line '" + expected + "' on the reload channel; saw " + seen);
    }

    // ---- Serving

    @Test
    void servesPagesWithTheirContentTypesAndTheReloadScript() throws Exception {
        PreviewServer server = started();

        HttpResponse<String> home = get(server, "/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(home.body().contains("First question?"), home.body());
        assertTrue(home.body().contains(LiveReload.scriptTag(0) + "</body>"), "script not before </body>");

        assertEquals("text/css; charset=utf-8",
                get(server, "/static/style.css").headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> json = get(server, "/debates/first-question/comments.json");
        assertEquals("application/json; charset=utf-8", json.headers().firstValue("Content-Type").orElse(""));
        assertTrue(json.body().contains("\"Well, yes.\""), json.body());
        assertEquals("application/xml; charset=utf-8",
                get(server, "/feed.xml").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/javascript; charset=utf-8",
                get(server, LiveReload.SCRIPT_PATH).headers().firstValue("Content-Type").orElse(""));
        assertTrue(get(server, "/feed.xml").body().contains(server.address().resolve("debates/first-question/").toString()),
                "absolute URLs point at the preview");
    }

    @Test
    void nothingOfThePreviewIsWrittenToTheBuiltFiles() throws Exception {
        PreviewServer server = started();
        try (Stream<Path> files = Files.walk(server.servedFolder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("__rostrum"), file.toString());
            }
        }
    }

    @Test
    void headAnswersWithoutABodyAndOtherMethodsAreRefused() throws Exception {
        PreviewServer server = started();
        HttpResponse<String> head = send(HttpRequest.newBuilder(server.address().resolve("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals("", head.body());

        HttpResponse<String> post = send(HttpRequest.newBuilder(server.address().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void foldersServeTheirIndexAndAreRedirectedToTheirSlash() throws Exception {
        PreviewServer server = started();
        HttpResponse<String> folder = get(server, "/debates/first-question/");
        assertEquals(200, folder.statusCode());
        assertTrue(folder.body().contains("An answer."), folder.body());

        HttpResponse<String> noSlash = get(server, "/debates/first-question?x=1");
        assertEquals(302, noSlash.statusCode());
        assertEquals("/debates/first-question/?x=1", noSlash.headers().firstValue("Location").orElse(""));
    }

    @Test
    void missingPathsGetTheThemes404PageWithStatus404() throws Exception {
        PreviewServer server = started();
        HttpResponse<String> missing = get(server, "/debates/no-such-debate/");
        assertEquals(404, missing.statusCode());
        assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElse(""));
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertTrue(missing.body().contains(LiveReload.SCRIPT_PATH), "the 404 page reloads too");
    }

    @Test
    void pathsThatLeaveTheServedFolderAreRefused() throws Exception {
        PreviewServer server = started();
        String secret = "secret-" + System.nanoTime();
        write(server.servedFolder().getParent().resolve("secret.txt"), secret);
        write(dir.resolve("secret.txt"), secret);
        List<String> targets = List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/debates/../../secret.txt", "/static/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt",
                "/..%5csecret.txt", "/static/..%5c..%5csecret.txt", "/%00", "/static/style.css%00.txt",
                "/./index.html", "/%zz");
        for (String target : targets) {
            String response = rawRequest(server, target);
            String status = response.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1\\.1 (400|403|404) .*"), target + " -> " + status);
            assertFalse(response.contains(secret), target + " served the secret");
        }
        assertTrue(rawRequest(server, "/static/style.css").startsWith("HTTP/1.1 200"), "the control request");
    }

    @Test
    void onLoopbackAnswersOnlyToItsOwnNamesWithItsPort() throws Exception {
        PreviewServer server = started();
        int port = server.address().getPort();
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LocalHost:" + port)) {
            String response = rawRequest(server, "/", "Host: " + host + "\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200"), host + " -> " + response.lines().findFirst().orElse(""));
        }
        for (String hostLine : List.of("Host: attacker.example:" + port + "\r\n", "Host: localhost\r\n",
                "Host: 127.0.0.1:1\r\n", "Host: localhost.attacker.example:" + port + "\r\n", "")) {
            String response = rawRequest(server, "/", hostLine);
            assertTrue(response.startsWith("HTTP/1.1 403"), hostLine + " -> " + response.lines().findFirst().orElse(""));
            assertTrue(response.endsWith("403 Forbidden: this preview answers only at its own address\n"), response);
        }
    }

    @Test
    void halfSentRequestsNeitherFreezeTheServerNorHoldItForever() throws Exception {
        PreviewServer server = started();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket(server.address().getHost(), server.address().getPort());
                socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost:" + server.address().getPort()
                        + "\r\nX-Slow: ").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            HttpResponse<String> answer = send(HttpRequest.newBuilder(server.address().resolve("/"))
                    .timeout(Duration.ofSeconds(5)).build());
            assertEquals(200, answer.statusCode(), "answered while eight requests are half sent");
            for (Socket socket : slow) {
                socket.setSoTimeout(30_000);
                // The server cuts a client off once it has taken too long over its request.
                assertEquals(-1, socket.getInputStream().read(), "the half-sent request was closed");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    // ---- Rebuilding

    @Test
    void aSavedChangeIsServedAndOpenPagesAreToldToReload() throws Exception {
        PreviewServer server = started();
        BlockingQueue<String> events = events(server);
        awaitLine(events, "event: hello");

        write(debate(), debateText("A retitled question?", "maren-solberg"));

        awaitPage(server, "/debates/first-question/", body -> body.contains("A retitled question?"), "the new title");
        awaitLine(events, "event: reload");
        Rebuild rebuild = builds.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(rebuild);
        assertEquals(1, rebuild.number());
        assertTrue(rebuild.changed().contains(debate()), rebuild.changed().toString());
    }

    @Test
    void aBrokenFileShowsItsProblemsOverTheLastGoodSiteUntilItIsFixed() throws Exception {
        PreviewServer server = started();
        BlockingQueue<String> events = events(server);
        awaitLine(events, "event: hello");

        write(debate(), debateText("A broken question?", "maren-solbreg"));

        String expected = debate() + ":9:1: error: unknown person 'maren-solbreg' (did you mean 'maren-solberg'?)";
        String page = awaitPage(server, "/debates/first-question/", body -> body.contains("rostrum-errors"),
                "the error panel");
        assertTrue(page.contains(PageOverlay.escape(expected)), page);
        assertTrue(page.contains("First question?"), "the last good page is still served behind the panel");
        awaitLine(events, "event: reload");
        assertTrue(get(server, "/").body().contains("rostrum-errors"), "every page shows the panel");

        write(debate(), debateText("A fixed question?", "maren-solberg"));

        // The new files can be served a moment before the server has taken in that the build
        // succeeded; the reload event comes after both, so the browser never keeps a stale panel.
        awaitPage(server, "/debates/first-question/",
                body -> body.contains("A fixed question?") && !body.contains("rostrum-errors"), "the fixed page");
    }

    @Test
    void aFirstBuildThatFailsShowsAnErrorPageUntilTheSiteBuilds() throws Exception {
        writeSite("nobody-yet");
        PreviewServer server = start();
        Rebuild first = builds.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(first);
        assertTrue(first.result().failed());

        HttpResponse<String> page = get(server, "/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains(PageOverlay.escape(debate() + ":9:1: error: unknown person 'nobody-yet'")),
                page.body());

        write(content().resolve("people/nobody-yet.yaml"), "name: Nobody Yet\n");

        awaitPage(server, "/", body -> body.contains("First question?") && !body.contains("rostrum-errors"),
                "the site without the panel");
    }

    @Test
    void aBurstOfSavesGivesOneRebuild() throws Exception {
        PreviewServer server = started();
        Path comments = content().resolve("debates/first-question/comments");
        Files.createDirectories(comments);
        List<Path> written = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Path file = comments.resolve("reply-" + i + ".yaml");
            Files.writeString(file, "id: r" + i + "\nparent: c1\nauthor: Reader " + i + "\nbody: Reply number " + i + ".\n");
            written.add(file);
        }

        Rebuild rebuild = builds.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(rebuild, "no rebuild");
        assertFalse(rebuild.result().failed(), () -> rebuild.result().diagnostics().toString());
        assertTrue(rebuild.changed().containsAll(written), "one rebuild for all ten: " + rebuild.changed());
        assertNull(builds.poll(1, TimeUnit.SECONDS), "a second rebuild for the same burst");
        assertTrue(get(server, "/debates/first-question/").body().contains("Reply number 10."));
    }

    @Test
    void aNewDebateFolderIsWatchedAsItAppears() throws Exception {
        PreviewServer server = started();
        Path folder = content().resolve("debates/second-question");
        Files.createDirectories(folder);
        write(folder.resolve("index.md"), "---\ntitle: Second question?\ndate: 2020-02-03\n---\n\nText.\n");
        awaitPage(server, "/debates/second-question/", body -> body.contains("Second question?"), "the new debate");

        write(folder.resolve("index.md"), "---\ntitle: Second question, edited?\ndate: 2020-02-03\n---\n\nText.\n");
        awaitPage(server, "/debates/second-question/", body -> body.contains("Second question, edited?"),
                "the change inside the new folder");
    }

    @Test
    void closingStopsServingAndDeletesTheTemporaryFolder() throws Exception {
        PreviewServer server = started();
        Path work = server.servedFolder().getParent();
        assertTrue(Files.isDirectory(work));
        URI address = server.address();

        server.close();

        assertFalse(Files.exists(work), "temporary folder left behind");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 2000);
            fail("still accepting connections");
        } catch (IOException expected) {
            // Refused: the server is gone.
        }
    }
}
