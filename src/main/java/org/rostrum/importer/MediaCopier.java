package org.rostrum.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.importer.MediaSummary.RemoteMedia;

/**
 * Brings the media files a post shows into the archive: finds each file of the old site in the
 * local uploads folder (by the {@code YYYY/MM/name} path after {@code wp-content/uploads/}) or, when
 * allowed, downloads it, and copies it next to the debate under a file name of its own.
 *
 * <p>A file is a <em>media file of the old site</em> when its address is one of the export's
 * attachment addresses or lies under {@code /wp-content/uploads/} on the blog's host (or a host that
 * serves its attachments). Images, audio and video on other hosts are fetched only with
 * {@link MediaOptions#downloadExternal()}. Everything else is left alone.
 *
 * <p>Downloads use one {@link HttpClient}, at most {@link MediaOptions#concurrency()} at a time,
 * with a timeout per request and retries after network errors, HTTP 429 and 5xx; each file is kept
 * in the cache folder, so that a second import downloads nothing. Not thread-safe itself: one import
 * calls it from one thread. {@link #close()} stops the download threads.
 */
final class MediaCopier implements AutoCloseable {

    private static final Pattern DATED = Pattern.compile("(?:^|/)([0-9]{4}/[0-9]{2}/[^/]+)$");
    private static final Pattern SIZED = Pattern.compile("-[0-9]+x[0-9]+(\\.[A-Za-z0-9]+)$");
    private static final Pattern MEDIA_EXTENSION = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?"
            + "|mp3|m4a|ogg|oga|wav|flac|aac|mp4|m4v|webm|ogv|mov)$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:src|href|poster|data)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
    private static final Set<String> RESERVED = Set.of("index.md", "comments.yaml", "comments.json", "comments");

    private final MediaOptions options;
    private final Attachments attachments;
    private final Set<String> siteHosts = new HashSet<>();
    private ExecutorService downloads;
    private HttpClient client;

    MediaCopier(MediaOptions options, Attachments attachments) {
        this.options = options;
        this.attachments = attachments;
        attachments.urls().forEach(url -> hostOf(url).ifPresent(siteHosts::add));
    }

    /** Tells the copier the blog's address, whose host serves the old site's uploads. */
    void blogUrl(String url) {
        hostOf(url).ifPresent(siteHosts::add);
    }

    /** Every address in attributes ({@code src}, {@code href}, {@code poster}, {@code data}) of {@code html}, resolved against {@code base}. */
    static List<String> addressesIn(String html, String base) {
        List<String> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(html);
        while (m.find()) {
            String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            resolve(base, HtmlToMarkdown.decodeEntities(raw.strip())).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Finds the files of {@code urls} that are media for the file {@code file} (relative to the
     * content folder, for the report). When {@code copyable} is false the media are only noted as
     * remote, with {@code whyNot} as the reason.
     */
    Batch prepare(String file, Collection<String> urls, boolean copyable, String whyNot) {
        Batch batch = new Batch(file, copyable ? "" : whyNot);
        if (!copyable) {
            return batch;
        }
        Map<String, CompletableFuture<Found>> pending = new LinkedHashMap<>();
        for (String url : urls) {
            String key = MediaKey.of(url);
            if (!pending.containsKey(key) && kindOf(url) != Kind.OTHER) {
                pending.put(key, find(url));
            }
        }
        pending.forEach((key, future) -> batch.add(key, future.join()));
        return batch;
    }

    private enum Kind { SITE, EXTERNAL, OTHER }

    private Kind kindOf(String url) {
        Optional<String> host = hostOf(url);
        if (host.isEmpty()) {
            return Kind.OTHER;
        }
        if (attachments.isAttachment(url) || siteHosts.contains(host.get()) && pathOf(url).contains("/wp-content/uploads/")) {
            return Kind.SITE;
        }
        return !siteHosts.contains(host.get()) && MEDIA_EXTENSION.matcher(pathOf(url)).matches() ? Kind.EXTERNAL
                : Kind.OTHER;
    }

    /** Where a file was found, or why it was not. */
    private record Found(String url, Optional<Path> source, String reason) {
    }

    private CompletableFuture<Found> find(String url) {
        if (kindOf(url) == Kind.EXTERNAL) {
            return options.downloadExternal() ? download(url)
                    : CompletableFuture.completedFuture(new Found(url, Optional.empty(),
                            "on another host; --download-external copies it"));
        }
        Optional<Path> local = options.uploads().flatMap(dir -> inUploads(dir, url));
        if (local.isPresent()) {
            return CompletableFuture.completedFuture(new Found(url, local, ""));
        }
        if (options.download()) {
            return download(url);
        }
        return CompletableFuture.completedFuture(new Found(url, Optional.empty(), options.uploads().isPresent()
                ? "not in the uploads folder" : "no --uploads folder or --download given"));
    }

    /** The file for {@code url} in the uploads folder: its dated path, else the full-size original of a resized image. */
    static Optional<Path> inUploads(Path uploads, String url) {
        String path = URLDecoder.decode(pathOf(url).replace("+", "%2B"), StandardCharsets.UTF_8);
        int at = path.indexOf("/wp-content/uploads/");
        String relative;
        if (at >= 0) {
            relative = path.substring(at + "/wp-content/uploads/".length());
        } else {
            Matcher dated = DATED.matcher(path);
            relative = dated.find() ? dated.group(1) : path.substring(path.lastIndexOf('/') + 1);
        }
        for (String candidate : List.of(relative, SIZED.matcher(relative).replaceFirst("$1"))) {
            Path file = uploads.resolve(candidate).normalize();
            if (!candidate.isEmpty() && file.startsWith(uploads.normalize()) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private CompletableFuture<Found> download(String url) {
        Path cached = options.cache().resolve(cacheName(url));
        if (Files.isRegularFile(cached)) {
            return CompletableFuture.completedFuture(new Found(url, Optional.of(cached), ""));
        }
        if (downloads == null) {
            downloads = Executors.newFixedThreadPool(options.concurrency(), r -> {
                Thread t = new Thread(r, "media-download");
                t.setDaemon(true);
                return t;
            });
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(options.timeout()).build();
        }
        return CompletableFuture.supplyAsync(() -> fetch(url, cached), downloads);
    }

    private Found fetch(String url, Path cached) {
        String reason = "";
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            try {
                HttpRequest request = HttpRequest.newBuilder(new URI(url)).timeout(options.timeout())
                        .header("User-Agent", "Rostrum importer").GET().build();
                Files.createDirectories(cached.getParent());
                Path part = Files.createTempFile(cached.getParent(), ".download-", ".part");
                HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(part));
                int status = response.statusCode();
                if (status == 200 && isWebPageInstead(response, url)) {
                    Files.deleteIfExists(part);
                    return new Found(url, Optional.empty(), "download failed: the server sent a web page, not the file");
                }
                if (status == 200) {
                    Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return new Found(url, Optional.of(cached), "");
                }
                Files.deleteIfExists(part);
                reason = "download failed: HTTP " + status;
                if (status != 429 && status < 500) {
                    break;
                }
            } catch (java.net.http.HttpTimeoutException e) {
                reason = "download failed: no answer within " + options.timeout().toMillis() + " ms";
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                reason = "download failed: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Found(url, Optional.empty(), "download interrupted");
            }
            pause(attempt);
        }
        String tries = options.attempts() == 1 ? "" : " (" + options.attempts() + " tries)";
        return new Found(url, Optional.empty(), reason.startsWith("download failed: HTTP 4") ? reason : reason + tries);
    }

    /** Whether a server answered with an HTML page (a login or "not found" page sent as 200) for a file that is not one. */
    private static boolean isWebPageInstead(HttpResponse<?> response, String url) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") && !pathOf(url).toLowerCase(Locale.ROOT).matches(".*\\.html?$");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The cache's name for a download: a digest of the address, then the file's own name. */
    private static String cacheName(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12) + "-" + fileName(url);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** A safe file name for the file at {@code url}: its last path segment, decoded, with only letters, digits, {@code . _ -}. */
    static String fileName(String url) {
        String path = pathOf(url);
        String last = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        String safe = last.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "media" : safe;
    }

    private static Optional<String> resolve(String base, String address) {
        try {
            URI uri = base.isEmpty() ? new URI(address) : new URI(base).resolve(address);
            return uri.isAbsolute() ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> hostOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String pathOf(String url) {
        try {
            String path = new URI(url.strip()).getRawPath();
            return path == null ? "" : path;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (downloads != null) {
            downloads.shutdownNow();
        }
    }

    /**
     * The media of one written file: which were found and under what name they go next to it, and
     * which stay remote. As {@link MediaLinks}, it notes every media address asked for that it cannot
     * give a local name, once.
     */
    final class Batch implements MediaLinks {
        private final String file;
        private final String whyNotCopyable;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, Path> sources = new LinkedHashMap<>();
        private final Map<String, String> reasons = new LinkedHashMap<>();
        private final Set<String> taken = new HashSet<>(RESERVED);
        private final Map<String, RemoteMedia> remote = new LinkedHashMap<>();

        private Batch(String file, String whyNotCopyable) {
            this.file = file;
            this.whyNotCopyable = whyNotCopyable;
        }

        private void add(String key, Found found) {
            if (found.source().isEmpty()) {
                reasons.put(key, found.reason());
                return;
            }
            String name = fileName(found.url());
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                int dot = name.lastIndexOf('.');
                unique = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
            }
            names.put(key, unique);
            sources.put(unique, found.source().get());
        }

        @Override
        public Optional<String> local(String url) {
            String key = MediaKey.of(url);
            String name = names.get(key);
            if (name != null) {
                return Optional.of(name);
            }
            if (kindOf(url) != Kind.OTHER && !remote.containsKey(key)) {
                String reason = !whyNotCopyable.isEmpty() ? whyNotCopyable : reasons.getOrDefault(key, "not found");
                remote.put(key, new RemoteMedia(file, url, reason));
            }
            return Optional.empty();
        }

        /**
         * The same files seen from another written file ({@code otherFile}, for the report), which
         * links a copy by the address {@code address} makes of its name.
         */
        MediaLinks seenFrom(String otherFile, java.util.function.UnaryOperator<String> address) {
            return url -> {
                String key = MediaKey.of(url);
                String name = names.get(key);
                if (name != null) {
                    return Optional.of(address.apply(name));
                }
                if (kindOf(url) != Kind.OTHER && !remote.containsKey(otherFile + " " + key)) {
                    String reason = !whyNotCopyable.isEmpty() ? whyNotCopyable : reasons.getOrDefault(key, "not found");
                    remote.put(otherFile + " " + key, new RemoteMedia(otherFile, url, reason));
                }
                return Optional.empty();
            };
        }

        /** Copies every file found into {@code folder} (made only when there is one); returns how many. */
        int copyInto(Path folder) throws IOException {
            if (sources.isEmpty()) {
                return 0;
            }
            Files.createDirectories(folder);
            for (Map.Entry<String, Path> entry : sources.entrySet()) {
                Files.copy(entry.getValue(), folder.resolve(entry.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
            return sources.size();
        }

        /** The media links asked for that stay remote, in the order asked. */
        List<RemoteMedia> remote() {
            return List.copyOf(remote.values());
        }
    }
}
