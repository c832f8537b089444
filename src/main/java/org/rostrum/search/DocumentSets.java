package org.rostrum.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every document of each capped term (one in more than {@link SearchIndexWriter#MAX_POSTINGS}
 * documents, whose shard keeps only its best; its postings there start with {@link #CAPPED}), so
 * that a query of several words finds every document with all of them. One file a term,
 * {@code search/s/<hex of the term>.js}: {@code rostrumSearch.set("term",form,"text")}, in whichever
 * of three forms is shortest (the first of them among equals):
 * <ul>
 * <li>{@code 0}, a list: the gaps between the documents ({@link Varints}, the first from 0);</li>
 * <li>{@code 1}, a bitmap: character {@code i} of {@link #DIGITS} holds documents {@code 6i} to
 * {@code 6i+5}, the lowest bit first (one character per six documents of the index);</li>
 * <li>{@code 2 + k}, Rice codes: a bit stream, six bits a character as in the bitmap, of each gap
 * {@code g} (the document minus the one before minus one, the first from -1) as {@code g >> k}
 * one bits, a zero bit and the {@code k} low bits of {@code g}, lowest first; the last character
 * is filled with one bits. Near the entropy of a random set: at one document in five, about 3.6
 * bits a document of the set against 6 for the list and 5 for the bitmap.</li>
 * </ul>
 */
final class DocumentSets {

    /** What starts the postings of a capped term in its shard. */
    static final String CAPPED = "*";
    static final String DIGITS = Varints.LAST + Varints.MORE;
    static final String FOLDER = "search/s/";
    private static final char[] DIGIT = DIGITS.toCharArray();

    private DocumentSets() {
    }

    static SearchIndexWriter.IndexFile file(String term, int[] members, int docs) {
        return new SearchIndexWriter.IndexFile(path(term),
                new Script().call("set").string(term).raw(",").raw(encode(members, docs)).end());
    }

    static String path(String term) {
        String shard = SearchIndexWriter.shardPath(term);
        return FOLDER + shard.substring(shard.lastIndexOf('/') + 1);
    }

    /** {@code members} (increasing) as {@code form,"text"} in the shortest form. */
    static String encode(int[] members, int docs) {
        long listLength = 0;
        int last = 0;
        for (int doc : members) {
            listLength += Varints.length(doc - last);
            last = doc;
        }
        int bitmapLength = (docs + 5) / 6;
        int k = bestK(members);
        long riceLength = (riceBits(members, k) + 5) / 6;
        if (listLength <= bitmapLength && listLength <= riceLength) {
            StringBuilder list = new StringBuilder((int) listLength);
            last = 0;
            for (int doc : members) {
                Varints.append(list, doc - last);
                last = doc;
            }
            return "0,\"" + list + "\"";
        }
        if (bitmapLength <= riceLength) {
            int[] sixes = new int[bitmapLength];
            for (int doc : members) {
                sixes[doc / 6] |= 1 << doc % 6;
            }
            char[] out = new char[bitmapLength];
            for (int i = 0; i < bitmapLength; i++) {
                out[i] = DIGIT[sixes[i]];
            }
            return "1,\"" + new String(out) + "\"";
        }
        return (2 + k) + ",\"" + rice(members, k, (int) riceLength) + "\"";
    }

    /** The Rice codes of {@code members}' gaps with parameter {@code k}, six bits a character, in {@code length} characters. */
    private static String rice(int[] members, int k, int length) {
        Bits bits = new Bits(length);
        int before = -1;
        for (int doc : members) {
            int g = doc - before - 1;
            for (int q = g >>> k; q > 0; q -= 30) {
                int n = Math.min(q, 30);
                bits.put((1 << n) - 1, n);
            }
            bits.put(0, 1);
            bits.put(g & ((1 << k) - 1), k);
            before = doc;
        }
        return bits.end();
    }

    /** A stream of bits written six a character ({@link #DIGITS}), the lowest first, its last character filled with ones. */
    private static final class Bits {

        private final char[] out;
        private int size;
        private long pending;
        private int pendingBits;

        Bits(int length) {
            out = new char[length];
        }

        /** Appends the {@code n} (at most 30) low bits of {@code v}, the lowest first. */
        void put(int v, int n) {
            pending |= (long) v << pendingBits;
            pendingBits += n;
            while (pendingBits >= 6) {
                out[size++] = DIGIT[(int) (pending & 63)];
                pending >>>= 6;
                pendingBits -= 6;
            }
        }

        String end() {
            if (pendingBits > 0) {
                put((1 << (6 - pendingBits)) - 1, 6 - pendingBits);
            }
            return new String(out, 0, size);
        }
    }

    /**
     * The Rice parameter that codes the gaps of {@code members} in the fewest bits (the smallest
     * among equals). The count of bits is convex in the parameter ({@code (k + 1) n} grows by
     * {@code n} a step while the quotients shrink by {@code ceil((g >> k) / 2)} a gap, less at each
     * step), so the search stops at the first parameter that does no better than the one before.
     */
    private static int bestK(int[] members) {
        int best = 0;
        long bestBits = riceBits(members, 0);
        for (int k = 1; k < 24; k++) {
            long bits = riceBits(members, k);
            if (bits >= bestBits) {
                break;
            }
            best = k;
            bestBits = bits;
        }
        return best;
    }

    private static long riceBits(int[] members, int k) {
        long bits = (long) (k + 1) * members.length;
        int before = -1;
        for (int doc : members) {
            bits += (doc - before - 1) >>> k;
            before = doc;
        }
        return bits;
    }

    /** The documents of a set in any form ({@link #encode}, without the quotes). */
    static List<Integer> decode(int form, String text) {
        List<Integer> out = new ArrayList<>();
        if (form >= 2) {
            int k = form - 2;
            int end = text.length() * 6;
            int at = 0;
            int doc = -1;
            while (true) {
                int q = 0;
                while (at < end && bit(text, at)) {
                    q++;
                    at++;
                }
                if (at++ >= end) {
                    return out;
                }
                int low = 0;
                for (int b = 0; b < k; b++) {
                    low |= bit(text, at++) ? 1 << b : 0;
                }
                doc += (q << k) + low + 1;
                out.add(doc);
            }
        }
        int v = 0;
        int doc = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = DIGITS.indexOf(text.charAt(i));
            if (form == 1) {
                for (int b = 0; b < 6; b++) {
                    if ((digit >> b & 1) != 0) {
                        out.add(i * 6 + b);
                    }
                }
            } else if (digit >= 32) {
                v = v * 32 + digit - 32;
            } else {
                doc += v * 32 + digit;
                out.add(doc);
                v = 0;
            }
        }
        return out;
    }

    private static boolean bit(String text, int at) {
        return (DIGITS.indexOf(text.charAt(at / 6)) >> at % 6 & 1) != 0;
    }

    /**
     * The set files of an index after a patch: the capped terms are those whose encoded postings
     * start with {@link #CAPPED}; a term in {@code made} gets its file made again, the others the file
     * the output holds. Empty when the output lacks one.
     */
    static Optional<List<SearchIndexWriter.IndexFile>> patched(Map<String, String> encoded,
            Map<String, int[]> made, int docs, Path out) throws IOException {
        List<SearchIndexWriter.IndexFile> files = new ArrayList<>();
        for (Map.Entry<String, String> e : encoded.entrySet()) {
            if (!e.getValue().startsWith(CAPPED)) {
                continue;
            }
            int[] members = made.get(e.getKey());
            if (members != null) {
                files.add(file(e.getKey(), members, docs));
                continue;
            }
            Path file = out.resolve(path(e.getKey()));
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            files.add(new SearchIndexWriter.IndexFile(path(e.getKey()), Files.readAllBytes(file)));
        }
        return Optional.of(files);
    }
}
