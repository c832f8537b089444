package org.rostrum.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the terms of documents ({@link Words} then the site's {@link Stemmer}) with little allocation:
 * each distinct word is folded and stemmed once, and a document's terms come back as ids into one
 * dictionary shared by all the documents counted here. A run of ASCII letters and digits between
 * ASCII separators is a word as it stands (lower-cased); only a run with other characters goes
 * through {@link Words#words}, which folds it: the two agree because ASCII characters neither
 * compose with their neighbours nor change how they are lower-cased, except around a capital sigma,
 * so text with one is counted the slow way as a whole. Not thread-safe.
 */
final class TermCounter {

    private final Stemmer stemmer;

    private static final char CAPITAL_SIGMA = '\u03a3';

    private final List<String> terms = new ArrayList<>();
    private final java.util.Map<String, Integer> termIds = new java.util.HashMap<>();
    /** Words seen, by the hash of their characters (open addressing), and the term id of each. */
    private char[][] words = new char[1024][];
    private int[] wordTerms = new int[1024];
    private int wordCount;
    private final char[] buffer = new char[Words.MAX_LENGTH];
    /** The counts of the document being counted, by term id, and which ids it has. */
    private int[] counts = new int[256];
    private int[] present = new int[64];
    private int presentCount;

    /** A counter whose terms are the words' stems by {@code stemmer}. */
    TermCounter(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** Counts the words of {@code text}, each {@code weight} times, into the current document; returns how many. */
    int add(String text, int weight) {
        if (text.indexOf(CAPITAL_SIGMA) >= 0) {
            return slow(text, weight);
        }
        int n = text.length();
        int words = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 && !isAsciiAlnum(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && ((c = text.charAt(i)) >= 0x80 || isAsciiAlnum(c))) {
                ascii &= c < 0x80;
                i++;
            }
            if (ascii) {
                int len = Math.min(i - start, Words.MAX_LENGTH);
                for (int j = 0; j < len; j++) {
                    char a = text.charAt(start + j);
                    buffer[j] = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
                }
                count(word(buffer, len), weight);
                words++;
            } else {
                words += slow(text.substring(start, i), weight);
            }
        }
        return words;
    }

    private int slow(String text, int weight) {
        List<String> found = Words.words(text);
        for (String w : found) {
            w.getChars(0, w.length(), buffer, 0);
            count(word(buffer, w.length()), weight);
        }
        return found.size();
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    /** The term id of the folded word in {@code chars[0, len)}. */
    private int word(char[] chars, int len) {
        int hash = 0;
        for (int j = 0; j < len; j++) {
            hash = 31 * hash + chars[j];
        }
        int mask = words.length - 1;
        int slot = mix(hash) & mask;
        while (words[slot] != null) {
            if (Arrays.equals(words[slot], 0, words[slot].length, chars, 0, len)) {
                return wordTerms[slot];
            }
            slot = (slot + 1) & mask;
        }
        char[] key = Arrays.copyOf(chars, len);
        String term = stemmer.stem(new String(key));
        Integer id = termIds.get(term);
        if (id == null) {
            id = terms.size();
            terms.add(term);
            termIds.put(term, id);
        }
        words[slot] = key;
        wordTerms[slot] = id;
        if (++wordCount * 2 > words.length) {
            grow();
        }
        return id;
    }

    private static int mix(int h) {
        h *= 0x9e3779b9;
        return h ^ (h >>> 15);
    }

    private void grow() {
        char[][] oldWords = words;
        int[] oldTerms = wordTerms;
        words = new char[oldWords.length * 2][];
        wordTerms = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int s = 0; s < oldWords.length; s++) {
            char[] w = oldWords[s];
            if (w == null) {
                continue;
            }
            int hash = 0;
            for (char c : w) {
                hash = 31 * hash + c;
            }
            int slot = mix(hash) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = w;
            wordTerms[slot] = oldTerms[s];
        }
    }

    private void count(int term, int weight) {
        if (term >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(term + 1, counts.length * 2));
        }
        if (counts[term] == 0) {
            if (presentCount == present.length) {
                present = Arrays.copyOf(present, presentCount * 2);
            }
            present[presentCount++] = term;
        }
        counts[term] += weight;
    }

    /** A document's terms (ids into {@link #terms()}, in the order first counted) and their weighted counts. */
    record Counted(int[] ids, int[] weights) {
    }

    /** The current document's terms and their weighted counts, and starts the next document. */
    Counted take() {
        int[] ids = Arrays.copyOf(present, presentCount);
        int[] weights = new int[presentCount];
        for (int k = 0; k < presentCount; k++) {
            weights[k] = counts[ids[k]];
            counts[ids[k]] = 0;
        }
        presentCount = 0;
        return new Counted(ids, weights);
    }

    /** The terms counted so far, by id. */
    String[] terms() {
        return terms.toArray(String[]::new);
    }
}
