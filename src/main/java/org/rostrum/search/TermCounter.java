package org.rostrum.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the terms of documents ({@link Words} then the site's {@link Stemmer}) with little allocation:
 * each distinct word is folded and stemmed once for as long as the counter lives (across debates,
 * up to {@value #MAX_WORDS} words), and a document's terms come back as ids into a dictionary shared
 * by the documents counted since {@link #startDictionary}, in the order first counted. Text is read
 * a character at a time through a {@link FoldTable}; a stretch between separators with a character
 * the table cannot fold alone (a combining mark, a surrogate, a character that folds to several) goes
 * through {@link Words#words} as a whole, which agrees because folding never reaches across a
 * separator; text with a capital sigma, whose lower case depends on its neighbours across
 * separators, is counted the slow way as a whole. Not thread-safe.
 */
final class TermCounter {

    /** How many distinct words the counter remembers before it starts afresh (at {@link #startDictionary}). */
    static final int MAX_WORDS = 1 << 16;

    private static final char CAPITAL_SIGMA = '\u03a3';
    private static final int SLOT = 4;

    private final Stemmer stemmer;
    private final FoldTable table = new FoldTable();

    /** Every term met, by its id for this counter's life (the "global" ids), and the id of each. */
    private final List<String> terms = new ArrayList<>();
    private final java.util.Map<String, Integer> termIds = new java.util.HashMap<>();
    /**
     * Words seen, by the hash of their characters (open addressing): per slot of {@value #SLOT} numbers
     * the word's hash, its global term id, its offset in {@link #pool} and its length (0: an empty slot),
     * together so that a look-up reads one place.
     */
    private int[] slots = new int[SLOT * 1024];
    /** The words' characters, one after the other: a slot names its word's offset and length here. */
    private char[] pool = new char[8192];
    private int poolSize;
    private int wordCount;
    private final char[] buffer = new char[Words.MAX_LENGTH];
    private char[] text = new char[256];
    private char[] cleaned = new char[1024];
    private int cleanedLength;
    /** The current dictionary: the global ids of its terms, and each global id's place in it (when {@code stamp} is current). */
    private int[] dictionary = new int[256];
    private int dictionarySize;
    private int[] place = new int[256];
    private int[] stamp = new int[256];
    private int generation = 1;
    /** The counts of the document being counted, by id in the dictionary, and which ids it has. */
    private int[] counts = new int[256];
    private int[] present = new int[64];
    private int presentCount;

    /** A counter whose terms are the words' stems by {@code stemmer}. */
    TermCounter(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** The table the counter folds with, which also knows what {@link SearchIndexWriter#clean} blanks. */
    FoldTable table() {
        return table;
    }

    /**
     * Starts a new dictionary: the ids of the documents counted from now on are into it. Call
     * between documents only.
     */
    void startDictionary() {
        generation++;
        dictionarySize = 0;
        if (wordCount > MAX_WORDS) {
            terms.clear();
            termIds.clear();
            slots = new int[SLOT * 1024];
            poolSize = 0;
            wordCount = 0;
        }
    }

    /** Counts the words of {@code text}, each {@code weight} times, into the current document; returns how many. */
    int add(String text, int weight) {
        if (text.indexOf(CAPITAL_SIGMA) >= 0) {
            return slow(text, weight);
        }
        int n = text.length();
        if (this.text.length < n) {
            this.text = new char[Math.max(n, this.text.length * 2)];
        }
        text.getChars(0, n, this.text, 0);
        return counted(this.text, 0, n, weight);
    }

    /** {@link #add(String, int)} of the characters {@code chars[from, to)}. */
    int add(char[] chars, int from, int to, int weight) {
        for (int i = from; i < to; i++) {
            if (chars[i] == CAPITAL_SIGMA) {
                return slow(new String(chars, from, to - from), weight);
            }
        }
        return counted(chars, from, to, weight);
    }

    /** {@link #add(char[], int, int, int)} of text known to hold no capital sigma. */
    private int counted(char[] chars, int from, int to, int weight) {
        int[] entries = table.entries();
        char[] buffer = this.buffer;
        int words = 0;
        int length = 0;
        int hash = 0;
        int stretch = from;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            int e = entries[c];
            if (e == 0) {
                e = table.entry(c);
            }
            int kind = FoldTable.kind(e);
            if (kind == FoldTable.LETTER) {
                if (length < Words.MAX_LENGTH) {
                    char f = FoldTable.folded(e);
                    buffer[length] = f;
                    hash = 31 * hash + f;
                }
                length++;
                continue;
            }
            if (kind == FoldTable.SLOW) {
                while (i < to && FoldTable.kind(table.entry(chars[i])) != FoldTable.SEPARATOR) {
                    i++;
                }
                words += slow(new String(chars, stretch, i - stretch), weight);
            } else if (length > 0) {
                count(word(buffer, Math.min(length, Words.MAX_LENGTH), hash), weight);
                words++;
            }
            length = 0;
            hash = 0;
            stretch = i + 1;
        }
        if (length > 0) {
            count(word(buffer, Math.min(length, Words.MAX_LENGTH), hash), weight);
            words++;
        }
        return words;
    }

    /**
     * {@link #add(String, int)} of {@code text} {@linkplain SearchIndexWriter#clean cleaned}, cleaning
     * it into {@link #cleaned()} ({@link #cleanedLength()} characters) in the same pass: a character
     * the cleaning blanks is always a separator to the {@link FoldTable} (a test checks every one),
     * so the words of the text and of its cleaned form are the same but where a capital sigma makes
     * folding look across separators; such text is cleaned first and counted whole the slow way.
     */
    int addCleaning(String text, int weight) {
        int n = text.length();
        if (cleaned.length < n) {
            cleaned = new char[Math.max(n, cleaned.length * 2)];
        }
        char[] chars = cleaned;
        text.getChars(0, n, chars, 0);
        if (text.indexOf(CAPITAL_SIGMA) >= 0) {
            cleanedLength = clean(table, chars, n);
            return slow(new String(chars, 0, cleanedLength), weight);
        }
        int[] entries = table.entries();
        char[] buffer = this.buffer;
        int size = 0;
        boolean space = false;
        int words = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            int e = entries[c];
            if (e == 0) {
                e = table.entry(c);
            }
            int kind = e >>> 16;
            if (kind == FoldTable.SEPARATOR || kind == (FoldTable.SEPARATOR | FoldTable.BLANK >>> 16)) {
                if ((e & FoldTable.BLANK) != 0) {
                    space = size > 0;
                } else {
                    if (space) {
                        chars[size++] = ' ';
                        space = false;
                    }
                    chars[size++] = c;
                }
                i++;
                continue;
            }
            if (space) {
                chars[size++] = ' ';
                space = false;
            }
            int start = size;
            int length = 0;
            int hash = 0;
            while (kind == FoldTable.LETTER) {
                chars[size++] = c;
                if (length < Words.MAX_LENGTH) {
                    char f = FoldTable.folded(e);
                    buffer[length] = f;
                    hash = 31 * hash + f;
                }
                length++;
                if (++i == n) {
                    break;
                }
                c = chars[i];
                e = entries[c];
                if (e == 0) {
                    e = table.entry(c);
                }
                kind = e >>> 16;
            }
            if (kind == FoldTable.SLOW) {
                int end = stretchEnd(chars, i, n);
                System.arraycopy(chars, i, chars, size, end - i);
                size += end - i;
                i = end;
                words += slow(new String(chars, start, size - start), weight);
            } else {
                count(word(buffer, Math.min(length, Words.MAX_LENGTH), hash), weight);
                words++;
            }
        }
        cleanedLength = size;
        return words;
    }

    /** Where the stretch of characters from {@code chars[i]} ends: at the first separator, or {@code n}. */
    private int stretchEnd(char[] chars, int i, int n) {
        while (i < n && FoldTable.kind(table.entry(chars[i])) != FoldTable.SEPARATOR) {
            i++;
        }
        return i;
    }

    /**
     * {@link SearchIndexWriter#clean} of {@code chars[0, n)} in place, with what {@code table} blanks;
     * returns its length.
     */
    static int clean(FoldTable table, char[] chars, int n) {
        int size = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (table.blank(c)) {
                space = size > 0;
            } else {
                if (space) {
                    chars[size++] = ' ';
                    space = false;
                }
                chars[size++] = c;
            }
        }
        return size;
    }

    /** The text {@link #addCleaning} cleaned last, in its first {@link #cleanedLength()} characters. */
    char[] cleaned() {
        return cleaned;
    }

    /** The length of the text {@link #addCleaning} cleaned last. */
    int cleanedLength() {
        return cleanedLength;
    }

    private int slow(String text, int weight) {
        List<String> found = Words.words(text);
        for (String w : found) {
            w.getChars(0, w.length(), buffer, 0);
            count(word(buffer, w.length(), w.hashCode()), weight);
        }
        return found.size();
    }

    /**
     * The id in the current dictionary of the folded word in {@code chars[0, len)}, whose
     * {@link String#hashCode} is {@code hash}.
     */
    private int word(char[] chars, int len, int hash) {
        int[] slots = this.slots;
        char[] pool = this.pool;
        int mask = slots.length / SLOT - 1;
        int slot = mix(hash) & mask;
        int at;
        while (slots[(at = slot * SLOT) + 3] != 0) {
            if (slots[at] == hash && slots[at + 3] == len && same(pool, slots[at + 2], chars, len)) {
                return place(slots[at + 1]);
            }
            slot = (slot + 1) & mask;
        }
        String term = stemmer.stem(new String(chars, 0, len));
        Integer id = termIds.get(term);
        if (id == null) {
            id = terms.size();
            terms.add(term);
            termIds.put(term, id);
        }
        if (poolSize + len > pool.length) {
            this.pool = Arrays.copyOf(pool, Math.max(poolSize + len, pool.length * 2));
        }
        System.arraycopy(chars, 0, this.pool, poolSize, len);
        slots[at] = hash;
        slots[at + 1] = id;
        slots[at + 2] = poolSize;
        slots[at + 3] = len;
        poolSize += len;
        if (++wordCount * 2 > mask + 1) {
            grow();
        }
        return place(id);
    }

    private static boolean same(char[] pool, int offset, char[] chars, int len) {
        for (int i = 0; i < len; i++) {
            if (pool[offset + i] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    /** The place of global term {@code id} in the current dictionary, added at its end when new. */
    private int place(int id) {
        if (id >= stamp.length) {
            int size = Math.max(id + 1, stamp.length * 2);
            stamp = Arrays.copyOf(stamp, size);
            place = Arrays.copyOf(place, size);
        }
        if (stamp[id] == generation) {
            return place[id];
        }
        if (dictionarySize == dictionary.length) {
            dictionary = Arrays.copyOf(dictionary, dictionarySize * 2);
        }
        stamp[id] = generation;
        place[id] = dictionarySize;
        dictionary[dictionarySize] = id;
        return dictionarySize++;
    }

    private static int mix(int h) {
        h *= 0x9e3779b9;
        return h ^ (h >>> 15);
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length / SLOT - 1;
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 3] == 0) {
                continue;
            }
            int slot = mix(old[at]) & mask;
            while (slots[slot * SLOT + 3] != 0) {
                slot = (slot + 1) & mask;
            }
            System.arraycopy(old, at, slots, slot * SLOT, SLOT);
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

    /** A document's terms (ids into {@link #terms()}) and their weighted counts. */
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

    /** The terms of the current dictionary, by id. */
    String[] terms() {
        String[] out = new String[dictionarySize];
        for (int k = 0; k < dictionarySize; k++) {
            out[k] = terms.get(dictionary[k]);
        }
        return out;
    }
}
