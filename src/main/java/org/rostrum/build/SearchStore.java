package org.rostrum.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rostrum.search.SearchDebate;
import org.rostrum.search.SearchDocument;

/**
 * What the search index holds of each debate, kept beside the output in {@code .<out>.search/} (one
 * file a debate, {@code <slug>.entry}, and {@code order}: the published debates in the site's order), so that a rebuild
 * indexes again only the debates that changed, and a rebuild after comment edits can index without
 * loading the archive. Each entry carries the key it was made for (a fingerprint of the global
 * inputs and of the debate's folder); an entry with another key, damaged or missing reads as
 * absent, and the debate is indexed from its content. Safe to use from many threads for different
 * debates.
 */
final class SearchStore {

    /** A debate as the index holds it. */
    record Entry(SearchDebate debate, List<SearchDocument> documents) {
        Entry {
            documents = List.copyOf(documents);
        }
    }

    private static final int FORMAT = 1;

    private final Path folder;

    SearchStore(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        this.folder = absolute.resolveSibling("." + absolute.getFileName() + ".search");
    }

    /** The folder: also where the index keeps its own state ({@code IndexPatch}). */
    Path folder() {
        return folder;
    }

    Optional<Entry> read(String slug, long key) {
        Path file = folder.resolve(slug + ".entry");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || in.readLong() != key) {
                return Optional.empty();
            }
            SearchDebate debate = new SearchDebate(in.readInt(), strings(in), strings(in));
            int n = in.readInt();
            List<SearchDocument> docs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                docs.add(new SearchDocument(SearchDocument.Kind.values()[in.readByte()], string(in), string(in),
                        string(in), string(in), string(in), string(in)));
            }
            return Optional.of(new Entry(debate, docs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores the entry of {@code slug} (replacing the file as a whole, so a reader never sees half of it). */
    void write(String slug, long key, Entry entry) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".", ".tmp");
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeLong(key);
                out.writeInt(entry.debate().year());
                strings(out, entry.debate().topics());
                strings(out, entry.debate().people());
                out.writeInt(entry.documents().size());
                for (SearchDocument d : entry.documents()) {
                    out.writeByte(d.kind().ordinal());
                    for (String s : List.of(d.url(), d.heading(), d.author(), d.date(), d.title(), d.text())) {
                        string(out, s);
                    }
                }
            }
            Files.move(temporary, folder.resolve(slug + ".entry"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search cache: " + e.getMessage(), e);
        }
    }

    /** Forgets every entry (for {@code --clean}). */
    void clear() {
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

    /** The published debates in the order the last full build indexed them, or empty. */
    Optional<List<String>> order() {
        try {
            return Optional.of(Files.readAllLines(folder.resolve("order"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records the order of the published debates and deletes the entries of debates no longer among them. */
    void keepOnly(List<String> slugs) {
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

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String s : values) {
            string(out, s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) {
            throw new IOException("bad length");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new IOException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
