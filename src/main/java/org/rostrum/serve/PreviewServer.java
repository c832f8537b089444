package org.rostrum.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Severity;
import org.rostrum.diag.SourcePosition;

/**
 * {@code rostrum serve}: builds a site into a private temporary folder, serves it over HTTP with
 * the JDK's server, watches the content and templates folders, rebuilds after every burst of
 * changes and tells the open pages to reload.
 *
 * <p>A build that fails leaves the last good site in place: it goes on being served, with a panel
 * over every HTML page that lists the problems, until a build succeeds again. Nothing the server
 * adds to pages (the reload script, the panel) is ever written to the built files.
 *
 * <p>Threads: the server's own threads answer requests; one build thread waits for changes and
 * runs {@link SiteBuild} through its public API, one build at a time. {@link #close()} may be
 * called from any thread, a shutdown hook included.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /**
     * Enough threads that slow clients (each holds one while it sends its request) do not keep the
     * others waiting; bounded, because each is a platform thread.
     */
    private static final int HTTP_THREADS = 32;
    /**
     * The JDK server's limit, in seconds, on the time a client may take to send its request, after
     * which it closes the connection and frees the thread. The server reads it once, from a system
     * property, when the first server of the JVM is made; it has no other way to set it.
     */
    private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    private static final String REQUEST_SECONDS = "10";

    /** The latest build: its number and, when it failed, its problems. */
    record State(int build, List<Diagnostic> problems, boolean hasSite) {
        State {
            problems = List.copyOf(problems);
        }
    }

    private final SiteBuild build;
    private final BuildOptions options;
    private final PreviewListener listener;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final ScheduledExecutorService keepAlive;
    private final SiteWatcher watcher;
    private final LiveReload live = new LiveReload();
    private final Path workDir;
    private final URI address;
    private final SiteRequests requests;
    private final Thread buildThread;
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile State state = new State(-1, List.of(), false);

    /** Where the server listens: its HTTP server, the address it serves, and the host names it answers to. */
    private record Endpoint(HttpServer http, URI address, HostCheck hosts) {
    }

    /** What the server watches and where it builds: the watcher of the sources, and its temporary folder. */
    private record Folders(SiteWatcher watcher, Path workDir) {
    }

    private PreviewServer(SiteBuild build, BuildOptions options, PreviewListener listener, Endpoint endpoint,
            Folders folders) {
        this.build = build;
        this.listener = listener;
        this.http = endpoint.http();
        this.watcher = folders.watcher();
        this.workDir = folders.workDir();
        this.address = endpoint.address();
        this.options = options.withOut(workDir.resolve("site")).withBaseUrl(Optional.of(address.toString()));
        this.requests = new SiteRequests(new ServedFolder(this.options.out()), live, () -> state, endpoint.hosts());
        this.httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, daemon("rostrum-http"));
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(daemon("rostrum-keep-alive"));
        this.buildThread = daemon("rostrum-build").newThread(this::watchAndRebuild);
    }

    /**
     * Binds {@code bind} (port 0 takes a free port), builds the site once and starts serving it.
     * The first build may fail: the server then shows its problems until a change fixes them.
     * Unless the JVM was started with its own value, sets the JDK server's request time limit
     * ({@value #MAX_REQUEST_TIME}, {@value #REQUEST_SECONDS} seconds) before the first server is made:
     * a client that sends its request more slowly is cut off.
     *
     * @param options what to build; its {@code out} and {@code baseUrl} are replaced by the server's
     *                own temporary folder and address, so that absolute URLs point at the preview
     * @throws IOException when the address cannot be bound (in use, say) or the folders cannot be watched
     */
    public static PreviewServer start(SiteBuild build, BuildOptions options, InetSocketAddress bind,
            PreviewListener listener) throws IOException {
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, REQUEST_SECONDS);
        }
        HttpServer http = HttpServer.create(bind, 0);
        Path workDir = null;
        SiteWatcher watcher = null;
        try {
            URI address = addressOf(bind.getAddress(), http.getAddress().getPort());
            workDir = Files.createTempDirectory("rostrum-serve-");
            watcher = SiteWatcher.start(List.of(options.content(), options.templates()));
            PreviewServer server = new PreviewServer(build, options, listener,
                    new Endpoint(http, address, HostCheck.of(bind.getAddress(), http.getAddress().getPort())),
                    new Folders(watcher, workDir));
            server.rebuild(List.of());
            http.createContext("/", server.requests::handle);
            http.setExecutor(server.httpThreads);
            http.start();
            server.buildThread.start();
            server.keepAlive.scheduleAtFixedRate(server.live::keepAlive, KEEP_ALIVE.toMillis(),
                    KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
            return server;
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            if (watcher != null) {
                watcher.close();
            }
            if (workDir != null) {
                deleteTree(workDir);
            }
            throw e;
        }
    }

    /** The served address, {@code http://127.0.0.1:8080/}: also the base URL the site is built with. */
    public URI address() {
        return address;
    }

    /** The temporary folder the site is built into and served from; deleted by {@link #close()}. */
    public Path servedFolder() {
        return options.out();
    }

    /** Blocks until {@link #close()} has stopped the server. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops watching and serving, ends the open reload connections, interrupts a build in progress
     * and deletes the temporary folder. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing is all that was asked of it.
        }
        buildThread.interrupt();
        keepAlive.shutdownNow();
        live.close();
        http.stop(0);
        httpThreads.shutdownNow();
        try {
            buildThread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(workDir);
        stopped.countDown();
    }

    /** The build thread: waits for a batch of changes, rebuilds, and again, until closed. */
    private void watchAndRebuild() {
        try {
            while (!closed.get()) {
                Set<Path> changed = watcher.nextBatch();
                if (changed.isEmpty() || closed.get()) {
                    return;
                }
                rebuild(new ArrayList<>(changed));
            }
        } catch (InterruptedException e) {
            // close() stops the thread this way.
        }
    }

    /** Builds once, publishes the outcome to the request threads, then tells the pages and the listener. */
    private void rebuild(List<Path> changed) {
        int number = builds.get();
        BuildResult result = buildSafely();
        if (closed.get()) {
            return;
        }
        State previous = state;
        state = new State(number, result.failed() ? result.diagnostics() : List.of(),
                previous.hasSite() || !result.failed());
        live.reload(number);
        builds.incrementAndGet();
        listener.built(new Rebuild(number, changed, result));
    }

    /**
     * Runs the build; a bug that escapes it becomes a problem shown like any other, so that one bad
     * build never stops the server.
     */
    private BuildResult buildSafely() {
        try {
            return build.build(options, listener.progress());
        } catch (RuntimeException e) {
            Diagnostic problem = new Diagnostic(Severity.ERROR, SourcePosition.startOf(options.content()),
                    "internal error while building: " + e);
            return new BuildResult(List.of(problem), 0, 0, 0, 0, Duration.ZERO);
        }
    }

    /** {@code http://127.0.0.1:8080/}; a server bound to every address is shown as {@code localhost}. */
    static URI addressOf(InetAddress bound, int port) {
        String host;
        if (bound == null || bound.isAnyLocalAddress()) {
            host = "localhost";
        } else if (bound instanceof Inet6Address) {
            String literal = bound.getHostAddress();
            int scope = literal.indexOf('%');
            host = "[" + (scope < 0 ? literal : literal.substring(0, scope)) + "]";
        } else {
            host = bound.getHostAddress();
        }
        return URI.create("http://" + host + ":" + port + "/");
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Deletes a folder and everything in it, as far as it can: leftovers in the temporary folder are harmless. */
    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort.
        }
    }
}
