package org.rostrum.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reload channel between the preview server and the pages open in browsers: server-sent events
 * at {@link #EVENTS_PATH}, which the script at {@link #SCRIPT_PATH} (injected into every HTML page
 * while serving, never written to the built site) listens to.
 *
 * <p>Each connection first gets {@code hello} with the number of the current build; after every
 * build, good or failed, all connections get {@code reload} with the new number. The script reloads
 * its page on {@code reload}, and on a {@code hello} whose number differs from the build its page
 * was served from, so that a build finished while the connection was down is not missed.
 *
 * <p>Thread-safe: connections arrive on the server's threads and events go out from the build thread.
 */
final class LiveReload implements AutoCloseable {

    static final String EVENTS_PATH = "/__rostrum/events";
    static final String SCRIPT_PATH = "/__rostrum/live.js";

    /** The script that reloads the page; {@code data-build} on its tag says which build the page is from. */
    static final String SCRIPT = """
            (function () {
              var tag = document.currentScript;
              var build = tag ? tag.getAttribute("data-build") : null;
              var events = new EventSource("%s");
              events.addEventListener("reload", function () { location.reload(); });
              events.addEventListener("hello", function (e) {
                if (build !== null && e.data !== build) { location.reload(); }
              });
            })();
            """.formatted(EVENTS_PATH);

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();

    /** The tag that loads the script into a page served from build {@code build}. */
    static String scriptTag(int build) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + build + "\"></script>";
    }

    /**
     * Answers a request for {@link #EVENTS_PATH}: keeps the response open as an event stream and
     * greets it with the current build's number. Returns at once; the connection stays open until
     * the browser leaves or {@link #close()}.
     */
    void connect(HttpExchange exchange, int build) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Connection connection = new Connection(exchange);
        connections.add(connection);
        send(connection, "retry: 1000\nevent: hello\ndata: " + build + "\n\n");
    }

    /** Tells every open page that build {@code build} is done. */
    void reload(int build) {
        for (Connection c : connections) {
            send(c, "event: reload\ndata: " + build + "\n\n");
        }
    }

    /** A comment line to every connection, so that ones the browser dropped are found and closed. */
    void keepAlive() {
        for (Connection c : connections) {
            send(c, ": keep-alive\n\n");
        }
    }

    int connectionCount() {
        return connections.size();
    }

    @Override
    public void close() {
        for (Connection c : connections) {
            c.close();
            connections.remove(c);
        }
    }

    private void send(Connection connection, String event) {
        if (!connection.send(event)) {
            connections.remove(connection);
        }
    }

    /** One open event stream; writes are serialised so events never interleave. */
    private static final class Connection {
        private final HttpExchange exchange;
        private final OutputStream body;
        private boolean closed;

        Connection(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        /** Sends one event; false, with the connection closed, when the browser has gone. */
        synchronized boolean send(String event) {
            if (closed) {
                return false;
            }
            try {
                body.write(event.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        synchronized void close() {
            if (!closed) {
                closed = true;
                exchange.close();
            }
        }
    }
}
