package org.rostrum.pipeline.cache;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rostrum.pipeline.cache.StoreIndex.Location;
import org.rostrum.search.PreparedDocuments;

/**
 * What the search index holds of each debate ({@link PreparedDocuments}: its terms counted, its
 * rows), kept beside the output in {@code .<out>.search/}, so that a rebuild indexes again only the
 * debates that changed, and a rebuild after comment edits can index without loading the archive.
 *
 * <p>The entries are records ({@link PackRecord}) appended to a few pack files
 * ({@code entries.<n>.pack}: each thread that writes at the same time appends to its own, up to
 * {@value #WRITERS} packs), found
 * through an index ({@code entries.index}: each debate's pack, offset, length and key, and the
 * published debates in the site's order) that {@link #save} and {@link #keepOnly} write. An entry
 * is read from its offset alone, never the whole pack. Each entry carries the key it was made for
 * (a fingerprint of the global inputs and of the debate's folder); an entry with another key, or
 * damaged, cut short or missing, reads as absent, and the debate is indexed from its content.
 *
 * <p>Packs are only appended to, and the index is replaced as a whole, so a build interrupted at
 * any point leaves the index of the last save, whose entries are all still where it says. A save
 * copies the live entries of a pack that is mostly garbage (or of the smallest packs, when there
 * are more than {@value #MAX_PACKS}) to a new pack, writes the index, then deletes the packs it no
 * longer names.
 *
 * <p>{@link #read} and {@link #write} are safe from many threads for different debates;
 * {@link #save}, {@link #keepOnly}, {@link #clear} and {@link #delete} are not to be called while
 * they run.
 */
public final class SearchStore {

    /** More packs than this, and a save merges the smallest. */
    static final int MAX_PACKS = 32;
    /**
     * At most this many packs are appended to at once: more writers wait for one (an append is
     * one system call, quick beside making the entry), so a machine with many cores does not
     * leave a pack per core.
     */
    static final int WRITERS = 4;

    private final Path folder;
    private final Map<String, Location> entries;
    private volatile Optional<List<String>> order;
    /** The packs that nobody is appending to just now; a writer takes one, or makes one. */
    private final LinkedBlockingQueue<Pack> writable = new LinkedBlockingQueue<>();
    /** How many packs were made since the last save, at most {@value #WRITERS}. */
    private int made;
    private final AtomicInteger nextPack;

    /** The store of the output folder {@code out}, as its last save left it. */
    public SearchStore(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        this.folder = absolute.resolveSibling("." + absolute.getFileName() + ".search");
        StoreIndex index = StoreIndex.read(folder);
        this.entries = new ConcurrentHashMap<>(index.entries());
        this.order = index.order();
        int last = index.entries().values().stream().mapToInt(Location::pack).max().orElse(-1);
        for (int n : packsOnDisk()) {
            last = Math.max(last, n);
        }
        this.nextPack = new AtomicInteger(last + 1);
    }

    /** The folder: also where the index keeps its own state ({@code IndexPatch}). */
    public Path folder() {
        return folder;
    }

    /** The stored entry of {@code slug}, when it was made for {@code key} and reads whole. */
    public Optional<PreparedDocuments> read(String slug, long key) {
        Location at = entries.get(slug);
        if (at == null || at.key() != key) {
            return Optional.empty();
        }
        try {
            Optional<ByteBuffer> payload = Pack.read(folder, at.pack(), at.offset(), at.length())
                    .flatMap(r -> PackRecord.payload(r, slug, key));
            if (payload.isEmpty()) {
                return Optional.empty();
            }
            PreparedDocuments entry = PreparedDocuments.read(payload.get());
            return payload.get().hasRemaining() ? Optional.empty() : Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores the entry of {@code slug}, made for {@code key}: appended to a pack, found by later
     * reads of this store at once and by other stores once {@link #save} wrote the index.
     */
    public void write(String slug, long key, PreparedDocuments entry) {
        try {
            entries.put(slug, append(PackRecord.of(slug, key, entry.toBytes()), key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search cache: " + e.getMessage(), e);
        }
    }

    private Location append(byte[] record, long key) throws IOException {
        Pack pack = take();
        try {
            return new Location(pack.number(), pack.append(record), record.length, key);
        } finally {
            writable.offer(pack);
        }
    }

    /**
     * A pack to append to: a free one, a new one while fewer than {@value #WRITERS} were made, or
     * else the next one freed.
     */
    private Pack take() throws IOException {
        Pack pack = writable.poll();
        if (pack != null) {
            return pack;
        }
        synchronized (this) {
            if (made < WRITERS) {
                made++;
                Files.createDirectories(folder);
                return new Pack(nextPack.getAndIncrement(), folder);
            }
        }
        try {
            return writable.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Lets the next writes go to new packs. */
    private synchronized void closePacks() {
        writable.clear();
        made = 0;
    }

    /** Forgets every entry (for {@code --clean}). */
    public void clear() {
        entries.clear();
        order = Optional.empty();
        closePacks();
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
        return order;
    }

    /** Records the order of the published debates, forgets the entries of the others, and saves. */
    public void keepOnly(List<String> slugs) {
        Set<String> kept = Set.copyOf(slugs);
        entries.keySet().retainAll(kept);
        order = Optional.of(List.copyOf(slugs));
        save();
    }

    /**
     * Writes the index, so that the next build finds what was stored, compacting the packs first
     * when they hold much garbage, and deletes the packs the index no longer names (and the files
     * of the store's earlier formats).
     */
    public void save() {
        try {
            Files.createDirectories(folder);
            compact();
            new StoreIndex(order, entries).write(folder);
            closePacks();
            Set<Integer> named = entries.values().stream().map(Location::pack).collect(Collectors.toSet());
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    int pack = Pack.number(name);
                    if (pack >= 0 && !named.contains(pack) || name.endsWith(".entry") || name.equals("order")) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search cache: " + e.getMessage(), e);
        }
    }

    /**
     * Copies the live entries of the packs that are more than half garbage, and of the smallest
     * packs when there are more than {@value #MAX_PACKS}, into new packs. An entry that does not
     * read whole is dropped.
     */
    private void compact() throws IOException {
        Map<Integer, Long> live = new HashMap<>();
        entries.values().forEach(l -> live.merge(l.pack(), (long) l.length(), Long::sum));
        Map<Integer, Long> sizes = new HashMap<>();
        for (int n : packsOnDisk()) {
            sizes.put(n, Files.size(Pack.path(folder, n)));
        }
        Set<Integer> copied = new java.util.HashSet<>();
        sizes.forEach((n, size) -> {
            if (live.getOrDefault(n, 0L) * 2 < size) {
                copied.add(n);
            }
        });
        List<Integer> rest = sizes.keySet().stream().filter(n -> !copied.contains(n))
                .sorted(Comparator.comparing(sizes::get)).toList();
        if (rest.size() > MAX_PACKS) {
            copied.addAll(rest.subList(0, rest.size() - MAX_PACKS / 2));
        }
        List<Map.Entry<String, Location>> moved = new ArrayList<>(entries.entrySet().stream()
                .filter(e -> copied.contains(e.getValue().pack())).toList());
        moved.sort(Comparator.comparing((Map.Entry<String, Location> e) -> e.getValue().pack())
                .thenComparing(e -> e.getValue().offset()));
        closePacks();
        for (Map.Entry<String, Location> e : moved) {
            Location l = e.getValue();
            Optional<byte[]> record;
            try {
                record = Pack.read(folder, l.pack(), l.offset(), l.length())
                        .filter(r -> PackRecord.payload(r, e.getKey(), l.key()).isPresent());
            } catch (IOException ex) {
                record = Optional.empty();
            }
            if (record.isPresent()) {
                entries.put(e.getKey(), append(record.get(), l.key()));
            } else {
                entries.remove(e.getKey());
            }
        }
    }

    /** The numbers of the pack files in the folder. */
    private List<Integer> packsOnDisk() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> Pack.number(f.getFileName().toString())).filter(n -> n >= 0).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
