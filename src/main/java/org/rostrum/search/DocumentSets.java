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

    private DocumentSets() {
    }

    /** The set files of the terms in more than {@code cap} documents of an index of {@code docs} (in parallel). */
    static List<SearchIndexWriter.IndexFile> files(Map<String, Postings> terms, int docs, int cap) {
        return terms.entrySet().parallelStream().filter(e -> e.getValue().count() > cap)
                .map(e -> file(e.getKey(), e.getValue().decode().docs(), docs)).toList();
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
        StringBuilder list = new StringBuilder(members.length * 2);
        int last = 0;
        for (int doc : members) {
            Varints.append(list, doc - last);
            last = doc;
        }
        int bitmapLength = (docs + 5) / 6;
        int k = bestK(members);
        long riceLength = (riceBits(members, k) + 5) / 6;
        if (list.length() <= bitmapLength && list.length() <= riceLength) {
            return "0,\"" + list + "\"";
        }
        if (bitmapLength <= riceLength) {
            boolean[] bits = new boolean[bitmapLength * 6];
            for (int doc : members) {
                bits[doc] = true;
            }
            return "1,\"" + characters(bits, bits.length) + "\"";
        }
        boolean[] bits = new boolean[(int) riceLength * 6];
        java.util.Arrays.fill(bits, true);
        int at = 0;
        int before = -1;
        for (int doc : members) {
            int g = doc - before - 1;
            at += g >>> k;
            bits[at++] = false;
            for (int b = 0; b < k; b++) {
                bits[at++] = (g >>> b & 1) != 0;
            }
            before = doc;
        }
        return (2 + k) + ",\"" + characters(bits, bits.length) + "\"";
    }

    /** The Rice parameter that codes the gaps of {@code members} in the fewest bits. */
    private static int bestK(int[] members) {
        int best = 0;
        for (int k = 1; k < 24; k++) {
            if (riceBits(members, k) < riceBits(members, best)) {
                best = k;
            }
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

    private static String characters(boolean[] bits, int n) {
        StringBuilder out = new StringBuilder(n / 6);
        for (int i = 0; i < n; i += 6) {
            int v = 0;
            for (int b = 0; b < 6; b++) {
                v |= bits[i + b] ? 1 << b : 0;
            }
            out.append(DIGITS.charAt(v));
        }
        return out.toString();
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
