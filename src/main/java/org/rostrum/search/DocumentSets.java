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
 * of two forms is shorter:
 * <ul>
 * <li>{@code 1}, a bitmap: character {@code i} of {@link #DIGITS} holds documents {@code 6i} to
 * {@code 6i+5}, the lowest bit first (one character per six documents of the index);</li>
 * <li>{@code 0}, a list: the gaps between the documents ({@link Varints}, the first from 0).</li>
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

    /** {@code members} (increasing) as {@code 1,"bitmap"} or {@code 0,"list"}, whichever is shorter. */
    static String encode(int[] members, int docs) {
        StringBuilder list = new StringBuilder(members.length * 2);
        int last = 0;
        for (int doc : members) {
            Varints.append(list, doc - last);
            last = doc;
        }
        int bitmapLength = (docs + 5) / 6;
        if (list.length() <= bitmapLength) {
            return "0,\"" + list + "\"";
        }
        int[] bits = new int[bitmapLength];
        for (int doc : members) {
            bits[doc / 6] |= 1 << (doc % 6);
        }
        StringBuilder bitmap = new StringBuilder(bitmapLength + 4).append("1,\"");
        for (int b : bits) {
            bitmap.append(DIGITS.charAt(b));
        }
        return bitmap.append('"').toString();
    }

    /** The documents of a set in either form ({@link #encode}, without the quotes). */
    static List<Integer> decode(int form, String text) {
        List<Integer> out = new ArrayList<>();
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
