package org.rostrum.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx serving a built site under a sub-path ({@code /archive/}) on a loopback port, for
 * browser tests. Everything it writes (configuration, pid, logs, temp files) stays in its own
 * folder; it runs in the foreground as a child of the test and stops on {@link #close()}.
 *
 * <p>The access log records {@code status path} per request, so a test can ask which requests
 * failed, whatever the browser reported.
 */
final class Nginx implements AutoCloseable {

    static final String PREFIX = "/archive/";

    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** A free loopback port, to build the site for before nginx starts on it. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site's root when served on {@code port}. */
    static String baseUrl(int port) {
        return "http://127.0.0.1:" + port + PREFIX;
    }

    /**
     * Starts {@code nginx} serving {@code site} at {@link #PREFIX} on {@code port}, with the site's
     * {@code 404.html} for missing paths, and waits until it accepts connections.
     */
    static Nginx serve(Path executable, Path site, Path dir, int port) throws IOException, InterruptedException {
        return serve(executable, site, dir, port, "", "");
    }

    /**
     * As {@link #serve(Path, Path, Path, int)}, with {@code http} added to the http block and
     * {@code server} to the server block (for example a map include and the rule that uses it).
     */
    static Nginx serve(Path executable, Path site, Path dir, int port, String http, String server)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, config(site.toAbsolutePath(), dir.toAbsolutePath(), port, http, server),
                StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(executable.toString(), "-p", dir.toString(), "-c", conf.toString(),
                "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        Nginx nginx = new Nginx(process, dir, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped at start: " + nginx.errors());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.close();
        throw new IllegalStateException("nginx did not accept connections on port " + port + ": " + nginx.errors());
    }

    private static String config(Path site, Path dir, int port, String http, String server) {
        String root = site.toString().replace('\\', '/');
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    types {
                        text/html html;
                        text/css css;
                        text/javascript js;
                        application/json json;
                        application/atom+xml xml;
                        image/svg+xml svg;
                        text/plain txt;
                    }
                    default_type application/octet-stream;
                    charset utf-8;
                    charset_types text/css text/javascript application/json application/atom+xml image/svg+xml text/plain;
                    log_format brief '$status $request_uri';
                    access_log %1$s/access.log brief;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %5$s
                    server {
                        listen 127.0.0.1:%2$d;
                        server_name localhost;
                %6$s
                        location %3$s {
                            alias %4$s/;
                            index index.html;
                        }
                        error_page 404 %3$s404.html;
                    }
                }
                """.formatted(dir.toString().replace('\\', '/'), port, PREFIX, root, http, server);
    }

    String baseUrl() {
        return baseUrl(port);
    }

    /** Every request served so far, as {@code status path}, oldest first. */
    List<String> requests() throws IOException {
        Path log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** Requests served so far whose status was 400 or more. */
    List<String> failedRequests() throws IOException {
        List<String> failed = new ArrayList<>();
        for (String line : requests()) {
            if (!line.isEmpty() && line.charAt(0) >= '4') {
                failed.add(line);
            }
        }
        return failed;
    }

    private String errors() {
        try {
            Path log = dir.resolve("error.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "(no error log)";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
