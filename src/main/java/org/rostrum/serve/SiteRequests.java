package org.rostrum.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.rostrum.layout.Layout;
import org.rostrum.serve.PreviewServer.State;
import org.rostrum.serve.ServedFolder.BadRequest;
import org.rostrum.serve.ServedFolder.Forbidden;
import org.rostrum.serve.ServedFolder.Found;
import org.rostrum.serve.ServedFolder.NotFound;
import org.rostrum.serve.ServedFolder.Redirect;

/**
 * Answers the preview server's requests: the reload channel and script under {@code /__rostrum/},
 * and every other path from the served folder. HTML responses get the reload script, and after a
 * failed build the error panel. A missing path gets the site's {@code 404.html} with status 404.
 * Only GET and HEAD are allowed, and only with a {@code Host} that {@link HostCheck} accepts. Nothing is cached by the browser, so a reload always shows the
 * latest build.
 *
 * <p>Thread-safe: called by the server's threads at once; the build state is read once per request.
 */
final class SiteRequests {

    private static final String TEXT = "text/plain; charset=utf-8";
    /** How long a request waits for the site while a build swaps a new one in. */
    private static final int SWAP_WAIT_MILLIS = 1000;
    private static final int SWAP_POLL_MILLIS = 20;

    private final ServedFolder folder;
    private final LiveReload live;
    private final Supplier<State> state;
    private final HostCheck hosts;

    SiteRequests(ServedFolder folder, LiveReload live, Supplier<State> state, HostCheck hosts) {
        this.folder = folder;
        this.live = live;
        this.state = state;
        this.hosts = hosts;
    }

    void handle(HttpExchange exchange) throws IOException {
        try {
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 403, "403 Forbidden: this preview answers only at its own address\n",
                        exchange.getRequestMethod().equals("HEAD"));
                exchange.close();
                return;
            }
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "405 Method Not Allowed\n", false);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            State current = state.get();
            if (LiveReload.EVENTS_PATH.equals(path) && !head) {
                live.connect(exchange, current.build());
                return;
            }
            if (LiveReload.SCRIPT_PATH.equals(path)) {
                send(exchange, 200, "text/javascript; charset=utf-8",
                        LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8), head);
            } else if (path != null && path.startsWith("/__rostrum/")) {
                text(exchange, 404, "404 Not Found\n", head);
            } else {
                site(exchange, path, current, head);
            }
            exchange.close();
        } catch (IOException e) {
            exchange.close();
        } catch (RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    private void site(HttpExchange exchange, String path, State current, boolean head) throws IOException {
        if (!current.hasSite()) {
            send(exchange, 500, ContentTypes.HTML, PageOverlay.standalone(current.build(), current.problems()), head);
            return;
        }
        awaitSwap();
        ServedFolder.Resolution resolution = folder.resolve(path);
        if (resolution instanceof Found found) {
            file(exchange, 200, found.file(), current, head);
        } else if (resolution instanceof Redirect redirect) {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", redirect.location() + (query != null ? "?" + query : ""));
            text(exchange, 302, "302 Found\n", head);
        } else if (resolution instanceof NotFound) {
            notFound(exchange, current, head);
        } else if (resolution instanceof Forbidden) {
            text(exchange, 403, "403 Forbidden\n", head);
        } else if (resolution instanceof BadRequest) {
            text(exchange, 400, "400 Bad Request\n", head);
        }
    }

    private void notFound(HttpExchange exchange, State current, boolean head) throws IOException {
        Path page = folder.root().resolve(Layout.notFound());
        if (Files.isRegularFile(page)) {
            file(exchange, 404, page, current, head);
        } else {
            text(exchange, 404, "404 Not Found\n", head);
        }
    }

    private void file(HttpExchange exchange, int status, Path file, State current, boolean head) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        if (ContentTypes.isHtml(type)) {
            byte[] page = PageOverlay.insert(Files.readAllBytes(file),
                    PageOverlay.fragment(current.build(), current.problems()));
            send(exchange, status, type, page, head);
            return;
        }
        headers(exchange, type);
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        long size = Files.size(file);
        exchange.sendResponseHeaders(status, size == 0 ? -1 : size);
        try (OutputStream body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    /** Waits briefly while a build is swapping the new site in, when the folder is missing for a moment. */
    private void awaitSwap() {
        for (int waited = 0; !folder.exists() && waited < SWAP_WAIT_MILLIS; waited += SWAP_POLL_MILLIS) {
            try {
                Thread.sleep(SWAP_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void text(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, TEXT, text.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        headers(exchange, type);
        if (head || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
