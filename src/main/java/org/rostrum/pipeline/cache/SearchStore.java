package org.rostrum.pipeline.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rostrum.search.PreparedDocuments;

/**
 * What the search index holds of each debate ({@link PreparedDocuments}: its terms counted, its
 * rows), kept beside the output in {@code .<out>.search/} (one
 * file a debate, {@code <slug>.entry}, and {@code order}: the published debates in the site's order), so that a rebuild
 * indexes again only the debates that changed, and a rebuild after comment edits can index without
 * loading the archive. Each entry carries the key it was made for (a fingerprint of the global
 * inputs and of the debate's folder); an entry with another key, damaged or missing reads as
 * absent, and the debate is indexed from its content. Safe to use from many threads for different
 * debates.
 */
public final class SearchStore {

    private static final int FORMAT = 2;

    private final Path folder;

    public SearchStore(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        this.folder = absolute.resolveSibling("." + absolute.getFileName() + ".search");
    }

    /** The folder: also where the index keeps its own state ({@code IndexPatch}). */
    public Path folder() {
        return folder;
    }

    /** The stored entry of {@code slug}, when it was made for {@code key} and reads whole. */
    public Optional<PreparedDocuments> read(String slug, long key) {
        Path file = folder.resolve(slug + ".entry");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != FORMAT || in.getLong() != key) {
                return Optional.empty();
            }
            PreparedDocuments entry = PreparedDocuments.read(in);
            return in.hasRemaining() ? Optional.empty() : Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores the entry of {@code slug} (replacing the file as a whole, so a reader never sees half of it). */
    public void write(String slug, long key, PreparedDocuments entry) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".", ".tmp");
            byte[] bytes = entry.toBytes();
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(ByteBuffer.allocate(12).putInt(FORMAT).putLong(key).array());
                out.write(bytes);
            }
            Files.move(temporary, folder.resolve(slug + ".entry"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search cache: " + e.getMessage(), e);
        }
    }

    /** Forgets every entry (for {@code --clean}). */
    public void clear() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search cache: " + e.getMessage(), e);
        }
    }

    /** Deletes the store and its folder: for a site without search. */
    public void delete() {
        clear();
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the search cache: " + e.getMessage(), e);
        }
    }

    /** The published debates in the order the last full build indexed them, or empty. */
    public Optional<List<String>> order() {
        try {
            return Optional.of(Files.readAllLines(folder.resolve("order"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records the order of the published debates and deletes the entries of debates no longer among them. */
    public void keepOnly(List<String> slugs) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".", ".tmp");
            Files.write(temporary, slugs, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve("order"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Set<String> kept = Set.copyOf(slugs);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".entry") && !kept.contains(name.substring(0, name.length() - 6))) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search cache: " + e.getMessage(), e);
        }
    }
}
