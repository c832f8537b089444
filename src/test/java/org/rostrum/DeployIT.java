package org.rostrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.markdown.MarkdownRenderer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The deployment guide: docs/deploying.md shows the tested nginx configuration and the example workflow
 * as they are in {@code deploy/}, and the nginx configuration really serves a built archive under
 * a sub-path (when nginx is installed; {@code .ci/run} installs it).
 */
class DeployIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path NGINX_CONF = Path.of("deploy/nginx.conf");
    private static final Path WORKFLOW = Path.of("deploy/github-workflow.yml");
    private static final String DEBATE = "should-the-eu-tax-aviation-fuel";

    @TempDir
    Path dir;

    @Test
    void theDeployingGuideShowsTheNginxConfigurationAndTheWorkflowAsTheyAre() throws IOException {
        String guide = Files.readString(Path.of("docs/deploying.md"));
        assertTrue(guide.contains("```nginx\n" + Files.readString(NGINX_CONF) + "```\n"),
                "docs/deploying.md does not show deploy/nginx.conf verbatim");
        assertTrue(guide.contains("```yaml\n" + Files.readString(WORKFLOW) + "```\n"),
                "docs/deploying.md does not show deploy/github-workflow.yml verbatim");
    }

    @Test
    void theWorkflowChecksEveryChangeAndBuildsAndDeploysMain() throws IOException {
        Object parsed = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(WORKFLOW));
        Map<?, ?> workflow = (Map<?, ?>) parsed;
        Map<?, ?> on = (Map<?, ?>) workflow.get("on");
        assertTrue(on.containsKey("push") && on.containsKey("pull_request"), on.toString());
        Map<?, ?> jobs = (Map<?, ?>) workflow.get("jobs");
        assertEquals(List.of("check", "build", "deploy"), List.copyOf(jobs.keySet()));
        assertFalse(((Map<?, ?>) jobs.get("check")).containsKey("if"), "check runs on every change");
        assertTrue(runs(jobs.get("check")).contains("./rostrum check --strict"));
        Map<?, ?> build = (Map<?, ?>) jobs.get("build");
        assertEquals("github.event_name == 'push' && github.ref == 'refs/heads/main'", build.get("if"));
        assertTrue(runs(build).contains("./rostrum build"));
        assertEquals("build", ((Map<?, ?>) jobs.get("deploy")).get("needs"));
    }

    private static String runs(Object job) {
        StringBuilder all = new StringBuilder();
        for (Object step : (List<?>) ((Map<?, ?>) job).get("steps")) {
            Object run = ((Map<?, ?>) step).get("run");
            if (run != null) {
                all.append(run).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void nginxServesTheArchiveUnderASubPathWithTheTestedConfiguration() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed at " + NGINX);
        int port = freePort();
        Path root = dir.resolve("www");
        BuildResult built = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(BuildOptions.defaults()
                .withOut(root.resolve("debates"))
                .withBaseUrl(Optional.of("http://127.0.0.1:" + port + "/debates/")));
        assertFalse(built.failed(), built.diagnostics().toString());

        Process nginx = startNginx(root, port);
        try {
            awaitPort(port, nginx);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            URI base = URI.create("http://127.0.0.1:" + port + "/");

            HttpResponse<String> home = get(http, base.resolve("/debates/"));
            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
            assertTrue(home.body().contains("static/style.css"), home.body());

            HttpResponse<String> debate = get(http, base.resolve("/debates/debates/" + DEBATE + "/"));
            assertEquals(200, debate.statusCode());
            assertTrue(debate.body().contains("Should the EU tax aviation fuel?"), debate.body());

            HttpResponse<String> folder = get(http, base.resolve("/debates/topics"));
            assertEquals(301, folder.statusCode());
            assertEquals("/debates/topics/", folder.headers().firstValue("Location").orElse(""));

            HttpResponse<String> css = get(http, base.resolve("/debates/static/style.css"));
            assertEquals(200, css.statusCode());
            assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));

            HttpResponse<String> missing = get(http, base.resolve("/debates/no/such/page/"));
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Page not found"), missing.body());
            assertTrue(missing.body().contains("href=\"/debates/static/style.css\""),
                    "the 404 page's links work at any depth: " + missing.body());

            HttpResponse<String> comments = get(http, base.resolve("/debates/debates/" + DEBATE + "/comments.json"));
            assertEquals(200, comments.statusCode());
            assertEquals("application/json; charset=utf-8", comments.headers().firstValue("Content-Type").orElse(""));
            assertTrue(comments.body().contains("\"debate\":\"" + DEBATE + "\""), comments.body());
        } finally {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Runs nginx in the foreground, as this user, with {@code deploy/nginx.conf} as its only server:
     * the configuration is copied as it is except for its root folder and its port, inside a
     * minimal main configuration whose files all live in the test's folder.
     */
    private Process startNginx(Path root, int port) throws IOException {
        String server = Files.readString(NGINX_CONF)
                .replace("root /var/www/example;", "root " + root.toAbsolutePath() + ";")
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        assertTrue(server.contains(root.toAbsolutePath().toString()) && server.contains(":" + port + ";"),
                "deploy/nginx.conf no longer has the root and listen lines this test rewrites");
        Path prefix = dir.resolve("nginx");
        Files.createDirectories(prefix);
        String temp = prefix.toAbsolutePath().toString();
        String main = "daemon off;\nmaster_process off;\nworker_processes 1;\npid " + temp + "/nginx.pid;\n"
                + "error_log " + temp + "/error.log warn;\n"
                + "events { worker_connections 64; }\n"
                + "http {\n"
                + "    include /etc/nginx/mime.types;\n"
                + "    default_type application/octet-stream;\n"
                + "    access_log off;\n"
                + "    client_body_temp_path " + temp + "/client_body;\n"
                + "    proxy_temp_path " + temp + "/proxy;\n"
                + "    fastcgi_temp_path " + temp + "/fastcgi;\n"
                + "    uwsgi_temp_path " + temp + "/uwsgi;\n"
                + "    scgi_temp_path " + temp + "/scgi;\n"
                + server
                + "}\n";
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, main);
        return new ProcessBuilder(NGINX.toString(), "-p", temp, "-c", conf.toAbsolutePath().toString(),
                "-e", temp + "/error.log")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("output.txt").toFile())
                .start();
    }

    private void awaitPort(int port, Process nginx) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                fail("nginx stopped: " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        fail("nginx did not listen on " + port + ": " + log());
    }

    private String log() throws IOException {
        Path prefix = dir.resolve("nginx");
        StringBuilder text = new StringBuilder();
        for (String name : List.of("output.txt", "error.log")) {
            Path file = prefix.resolve(name);
            if (Files.exists(file)) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
