package org.rostrum.pipeline.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.rostrum.output.Fingerprint;

/**
 * Fingerprints of the inputs of a build, taken from the file system's names, sizes and
 * modification times (no file is read): for each debate folder one of the whole folder and one of
 * everything in it but its comments, and one for everything else a build depends on
 * (the files directly in the content folder: {@code site.yaml}, {@code topics.yaml},
 * {@code redirects.yaml}, a logo; {@code people/}, {@code pages/}, {@code i18n/}, the site's templates).
 * An incremental build re-reads a debate only when its fingerprint changed, and everything when the
 * global one did; a debate whose comments alone changed is rebuilt without the rest of the archive
 * when nothing else shows the change (the pipeline's {@code CommentEdit}).
 *
 * <p>This runs before every build, including one in which nothing changed, so it makes as few
 * system calls as it can: one directory listing and one {@code stat} per file, relative to the
 * open folder where the platform allows it.
 *
 * @param debates by folder name: the whole folder
 * @param pages   by folder name: the folder without {@code comments.yaml}, {@code comments.json} and
 *                {@code comments/}
 * @param global  the rest of the content and the templates
 * @param racy    the files changed within {@link Fingerprint#RACY_MILLIS} of the scan, whose size
 *                and time may not tell a later change: by name ({@code debates/x/comments.yaml},
 *                {@code templates:layout.ftlh}), the fingerprint of their bytes. The cache keeps
 *                them and the next build compares their bytes ({@link #verified}), as Git does.
 */
public record InputScan(Map<String, Long> debates, Map<String, Long> pages, long global, Map<String, Long> racy) {

    /** Nothing scanned. */
    public static final InputScan NONE = new InputScan(Map.of(), Map.of(), 0, Map.of());

    /** What a fingerprint is mixed with when a racy file's bytes changed under the same size and time. */
    private static final long RACY_CHANGE = Fingerprint.of("racy file changed");

    /** The prefix of a template's name in {@link #racy}. */
    private static final String TEMPLATES = "templates:";

    /** The entries of a debate folder that hold its comments (see {@code CommentReader}). */
    private static final Set<String> COMMENT_FILES = Set.of("comments.yaml", "comments.json", "comments");

    public static InputScan of(Path content, Path templates) {
        long now = System.currentTimeMillis();
        Map<String, Long> racy = new ConcurrentHashMap<>();
        Map<String, Long> debates = new ConcurrentHashMap<>();
        Map<String, Long> pages = new ConcurrentHashMap<>();
        Path debatesDir = content.resolve("debates");
        if (Files.isDirectory(debatesDir)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(debatesDir)) {
                List<Path> entries = new ArrayList<>();
                stream.forEach(entries::add);
                SecureDirectoryStream<Path> secure = stream instanceof SecureDirectoryStream<Path> s ? s : null;
                entries.parallelStream().forEach(entry -> {
                    String prefix = content.relativize(entry).toString().replace('\\', '/') + "/";
                    Folder folder = folder(secure, entry, new Racy(now, prefix, racy));
                    if (folder != null) {
                        String name = entry.getFileName().toString();
                        debates.put(name, Fingerprint.mix(folder.page, folder.comments));
                        pages.put(name, folder.page);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long global = Fingerprint.of("global");
        List<Path> others = new ArrayList<>(filesIn(content));
        others.addAll(List.of(content.resolve("people"), content.resolve("pages"), content.resolve("i18n"), templates));
        for (Path p : others) {
            String prefix = p.equals(templates) ? TEMPLATES : relative(content, p);
            global = Fingerprint.mix(global, tree(p, new Racy(now, prefix, racy)));
        }
        return new InputScan(new TreeMap<>(debates), new TreeMap<>(pages), global, new TreeMap<>(racy));
    }

    /**
     * This scan, with the fingerprints of the folders (or of the global inputs) changed where a file
     * that was racy at the last build ({@code previous}, that build's {@link #racy}) now has other
     * bytes, or can no longer be read, though its size and time may not show it.
     */
    public InputScan verified(Map<String, Long> previous, Path content, Path templates) {
        if (previous.isEmpty()) {
            return this;
        }
        Map<String, Long> newDebates = new TreeMap<>(debates);
        Map<String, Long> newPages = new TreeMap<>(pages);
        long newGlobal = global;
        for (Map.Entry<String, Long> e : previous.entrySet()) {
            String name = e.getKey();
            Path file = name.startsWith(TEMPLATES) ? templates.resolve(name.substring(TEMPLATES.length()))
                    : content.resolve(name);
            if (bytesOf(file) == e.getValue()) {
                continue;
            }
            String[] parts = name.split("/", 3);
            if (parts.length == 3 && parts[0].equals("debates") && newDebates.containsKey(parts[1])) {
                newDebates.merge(parts[1], RACY_CHANGE, Fingerprint::mix);
                if (!COMMENT_FILES.contains(parts[2].split("/", 2)[0])) {
                    newPages.merge(parts[1], RACY_CHANGE, Fingerprint::mix);
                }
            } else if (!(parts.length == 3 && parts[0].equals("debates"))) {
                newGlobal = Fingerprint.mix(newGlobal, RACY_CHANGE);
            }
        }
        return new InputScan(newDebates, newPages, newGlobal, racy);
    }

    /** The fingerprint of a file's bytes, or 0 when it cannot be read. */
    private static long bytesOf(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Fingerprint.of(Files.readAllBytes(file)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code p} relative to {@code content}, with {@code /} between names, ending in {@code /} for a folder. */
    private static String relative(Path content, Path p) {
        String r = content.relativize(p).toString().replace('\\', '/');
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? r + "/" : r;
    }

    /**
     * Where a scan notes its racy files: the time of the scan, the name of the folder being listed
     * as {@link #racy} names it, and the map.
     */
    record Racy(long now, String prefix, Map<String, Long> files) {

        /** The file's fingerprint from its size and time, noting its bytes when it is racy. */
        long fingerprint(Path file, String relative, BasicFileAttributes a) throws IOException {
            if (Fingerprint.isRacy(a, now)) {
                files.put(prefix + relative, Fingerprint.of(Files.readAllBytes(file)));
            }
            return Fingerprint.ofFile(a);
        }
    }

    /** The two fingerprints of a debate folder. */
    private record Folder(long page, long comments) {
    }

    /**
     * The fingerprints of the debate folder {@code entry}, or null when it is not a folder (a file
     * or a link, which the loader does not read as a debate either).
     */
    private static Folder folder(SecureDirectoryStream<Path> parent, Path entry, Racy racy) {
        Sums sums = new Sums();
        try {
            if (parent == null) {
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    return null;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(entry)) {
                    list(files, null, "", racy, sums);
                }
            } else {
                try (SecureDirectoryStream<Path> files = parent.newDirectoryStream(entry.getFileName(),
                        LinkOption.NOFOLLOW_LINKS)) {
                    list(files, files, "", racy, sums);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            // A folder that cannot be read: the build reads it again and reports why.
            sums.page += Fingerprint.of("unreadable " + System.nanoTime());
        }
        return new Folder(Fingerprint.mix(sums.page, sums.pageCount), Fingerprint.mix(sums.comments, sums.commentCount));
    }

    /**
     * The fingerprints of a folder's entries, added up so that the order in which the file system
     * lists them does not matter (names in a folder are unique, so no two entries cancel out).
     */
    private static final class Sums {
        long page;
        long pageCount;
        long comments;
        long commentCount;
    }

    /**
     * Adds the fingerprint of every file listed by {@code files} (recursively, links not followed) to the
     * comments' sum when it holds comments and to the page's otherwise.
     */
    private static void list(DirectoryStream<Path> files, SecureDirectoryStream<Path> secure, String prefix,
            Racy racy, Sums sums) throws IOException {
        for (Path file : files) {
            Path name = file.getFileName();
            String text = name.toString();
            BasicFileAttributes a = secure == null
                    ? Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    : secure.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                            .readAttributes();
            String relative = prefix.isEmpty() ? text : prefix + text;
            boolean comment = prefix.isEmpty() ? COMMENT_FILES.contains(text) : prefix.startsWith("comments/");
            long h;
            if (a.isDirectory()) {
                h = Fingerprint.of(relative + "/");
                if (secure == null) {
                    try (DirectoryStream<Path> inner = Files.newDirectoryStream(file)) {
                        list(inner, null, relative + "/", racy, sums);
                    }
                } else {
                    try (SecureDirectoryStream<Path> inner = secure.newDirectoryStream(name,
                            LinkOption.NOFOLLOW_LINKS)) {
                        list(inner, inner, relative + "/", racy, sums);
                    }
                }
            } else {
                h = Fingerprint.mix(Fingerprint.mix(Fingerprint.of(relative), racy.fingerprint(file, relative, a)),
                        a.isSymbolicLink() ? 1 : 0);
            }
            if (comment) {
                sums.comments += h;
                sums.commentCount++;
            } else {
                sums.page += h;
                sums.pageCount++;
            }
        }
    }

    /**
     * The files directly in the content folder, sorted: {@code site.yaml}, {@code topics.yaml} and
     * any file {@code site.yaml} names, such as its {@code logo}.
     */
    private static List<Path> filesIn(Path content) {
        try (Stream<Path> list = Files.list(content)) {
            return list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(content.resolve("site.yaml"), content.resolve("topics.yaml"));
        }
    }

    /**
     * The names, sizes and modification times of every file under {@code root} (or of the file
     * itself), noting the racy ones in {@code racy}.
     */
    static long tree(Path root, Racy racy) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return Fingerprint.of("absent:" + root);
        }
        List<String> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    entries.add(relative + "\u0000" + racy.fingerprint(file, relative, a) + "\u0000" + a.isSymbolicLink());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    entries.add(root.relativize(file) + "\u0000unreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Fingerprint.of("unreadable:" + root);
        }
        entries.sort(null);
        return Fingerprint.of(root.getFileName() + "\n" + String.join("\n", entries));
    }

    /** The names and bytes of every file under {@code root}: Rostrum's own classes, in development. */
    static long bytesOfTree(Path root) {
        Map<String, Long> all = new TreeMap<>();
        // Every file counts as racy at a time long ago, so every file's bytes are noted.
        long metadata = tree(root, new Racy(Long.MIN_VALUE / 2, "", all));
        return Fingerprint.mix(metadata, Fingerprint.of(all.toString()));
    }
}
