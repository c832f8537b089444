package org.rostrum.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.rostrum.output.Fingerprint;

/**
 * Fingerprints of the inputs of a build, taken from the file system's names, sizes and
 * modification times (no file is read): one for each debate folder, and one for everything else a
 * build depends on ({@code site.yaml}, {@code topics.yaml}, {@code people/}, {@code pages/}, the
 * site's templates). An incremental build re-reads a debate only when its fingerprint changed, and
 * everything when the global one did.
 *
 * @param debates by folder name
 * @param global  the rest of the content and the templates
 */
record InputScan(Map<String, Long> debates, long global) {

    static InputScan of(Path content, Path templates) {
        long now = System.currentTimeMillis();
        Map<String, Long> debates = new ConcurrentHashMap<>();
        Path debatesDir = content.resolve("debates");
        if (Files.isDirectory(debatesDir)) {
            List<Path> folders;
            try (Stream<Path> list = Files.list(debatesDir)) {
                folders = list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            folders.parallelStream().forEach(f -> debates.put(f.getFileName().toString(), tree(f, now)));
        }
        long global = Fingerprint.of("global");
        for (Path p : List.of(content.resolve("site.yaml"), content.resolve("topics.yaml"), content.resolve("people"),
                content.resolve("pages"), templates)) {
            global = Fingerprint.mix(global, tree(p, now));
        }
        return new InputScan(new TreeMap<>(debates), global);
    }

    /**
     * The names, sizes and modification times of every file under {@code root} (or of the file
     * itself), and the bytes of those changed in the last few seconds ({@link Fingerprint#ofFile}).
     */
    static long tree(Path root, long now) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return Fingerprint.of("absent:" + root);
        }
        List<String> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
                    entries.add(root.relativize(file) + "\u0000" + Fingerprint.ofFile(file, a, now) + "\u0000"
                            + a.isSymbolicLink());
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
}
