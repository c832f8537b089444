package org.rostrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files under a folder, by path relative to it with {@code /}, with their bytes: what the tests
 * compare when they say that two builds, or a site before and after a failed build or import, are
 * the same. The one way the tests read and compare trees.
 */
public final class FileTree {

    private final SortedMap<String, byte[]> files;

    private FileTree(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /** The regular files under {@code root}; none when it does not exist. */
    public static FileTree of(Path root) {
        return read(root, false);
    }

    /**
     * Every entry under {@code root}, {@code root} itself as {@code ""}: files with their bytes,
     * folders with none, symbolic links (not followed) as {@code -> target}.
     */
    public static FileTree withFoldersAndLinks(Path root) {
        return read(root, true);
    }

    private static FileTree read(Path root, boolean everything) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return new FileTree(files);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    if (everything) {
                        files.put(name, ("-> " + Files.readSymbolicLink(p)).getBytes(StandardCharsets.UTF_8));
                    }
                } else if (Files.isDirectory(p)) {
                    if (everything) {
                        files.put(name, new byte[0]);
                    }
                } else {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileTree(files);
    }

    /** This tree less the paths that start with {@code prefix}. */
    public FileTree without(String prefix) {
        SortedMap<String, byte[]> kept = new TreeMap<>(files);
        kept.keySet().removeIf(path -> path.startsWith(prefix));
        return new FileTree(kept);
    }

    /** The relative paths, sorted. */
    public Set<String> paths() {
        return files.keySet();
    }

    public byte[] bytes(String path) {
        return files.get(path).clone();
    }

    /** Every file as UTF-8 text, by path, sorted. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    /** The paths whose bytes differ in {@code other}, or that are new there, sorted. */
    public List<String> changedIn(FileTree other) {
        List<String> changed = new ArrayList<>();
        other.files.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, files.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    /**
     * Fails unless {@code actual} has the same paths as {@code expected}, each with the same bytes.
     * The first file that differs is shown as text, so that the failure reads as a diff;
     * {@code what} says which trees these are.
     */
    public static void assertSame(FileTree expected, FileTree actual, String what) {
        assertEquals(expected.paths(), actual.paths(), what + ": the same files");
        List<String> differing = expected.changedIn(actual);
        if (!differing.isEmpty()) {
            String first = differing.get(0);
            assertEquals(new String(expected.files.get(first), StandardCharsets.UTF_8),
                    new String(actual.files.get(first), StandardCharsets.UTF_8),
                    what + ": " + differing.size() + " files differ, first " + first);
            fail(what + ": " + differing.size() + " files differ in bytes that are not UTF-8 text, first " + first);
        }
    }

    /**
     * Fails unless {@code built} is byte for byte the golden copy in {@code golden}; with
     * {@code -Dgolden.update=true}, replaces the golden copy with {@code built} instead (after an
     * intended change: review the diff).
     */
    public static void assertGolden(Path golden, FileTree built) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(golden)) {
                try (Stream<Path> walk = Files.walk(golden)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (String path : built.paths()) {
                Path target = golden.resolve(path);
                Files.createDirectories(target.getParent());
                Files.write(target, built.bytes(path));
            }
            return;
        }
        if (!Files.isDirectory(golden)) {
            fail("no golden files in " + golden + ": run with -Dgolden.update=true");
        }
        assertSame(FileTree.of(golden), built, "the golden copy (after an intended change: -Dgolden.update=true)");
    }
}
