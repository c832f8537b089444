package org.rostrum.search;

import java.text.Normalizer;

/**
 * What each character of the Basic Multilingual Plane becomes in {@link Words#words}, when that
 * does not depend on its neighbours, worked out the first time the character is met: a letter or
 * digit folded to one character ({@code É} to {@code e}, {@code Ж} to {@code ж}, {@code 東} to
 * itself), a separator, or "ask {@link Words}" for the rest (combining marks, surrogates, the
 * capital sigma, characters that fold to several). Folding a run of characters one at a time
 * agrees with folding it whole when every character of it is one of the first two kinds: each
 * decomposes to a starter (checked: nothing reorders around it) followed by non-spacing marks
 * only, which folding drops, and lower-casing in the root locale maps such a starter on its own.
 * Also says which characters {@link SearchIndexWriter#clean} blanks. Not thread-safe.
 */
final class FoldTable {

    static final int LETTER = 1;
    static final int SEPARATOR = 2;
    static final int SLOW = 3;
    /** The bit of an entry that says {@link SearchIndexWriter#clean} blanks the character: such a character is a {@link #SEPARATOR}. */
    static final int BLANK = 1 << 20;

    /** Per character, 0 until worked out, then its kind (bits 16-18), its folded form (bits 0-15) and {@link #BLANK}. */
    private final int[] entries = new int[1 << 16];

    /** The entry of {@code c}: {@link #kind} and {@link #folded} read it. */
    int entry(char c) {
        int e = entries[c];
        return e != 0 ? e : (entries[c] = work(c));
    }

    /**
     * The entries themselves, by character, for a loop that reads many: an entry of 0 is not worked
     * out yet ({@link #entry} works it out).
     */
    int[] entries() {
        return entries;
    }

    static int kind(int entry) {
        return (entry >>> 16) & 7;
    }

    static char folded(int entry) {
        return (char) entry;
    }

    /** Whether {@link SearchIndexWriter#clean} makes {@code c} a space. */
    boolean blank(char c) {
        return c < 0x80 ? c <= ' ' || c == 0x7f : (entry(c) & BLANK) != 0;
    }

    private static int work(char c) {
        boolean blank = Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT && c != '\u200d';
        return (blank ? BLANK : 0) | fold(c);
    }

    private static int fold(char c) {
        if (Character.isSurrogate(c) || c == '\u03a3' || isMark(c)) {
            return SLOW << 16;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char starter = decomposed.charAt(0);
        if (isMark(starter) || starter == '\u03a3' || Character.isSurrogate(starter)) {
            return SLOW << 16;
        }
        for (int i = 1; i < decomposed.length(); i++) {
            if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                return SLOW << 16;
            }
        }
        String probe = "\u0301" + starter + "\u0316";
        if (!Normalizer.normalize(probe, Normalizer.Form.NFD).equals(probe)) {
            return SLOW << 16;
        }
        String folded = Words.fold(String.valueOf(c));
        if (folded.length() != 1 || Character.isSurrogate(folded.charAt(0))) {
            return SLOW << 16;
        }
        char f = folded.charAt(0);
        return (Character.isLetterOrDigit(f) ? LETTER : SEPARATOR) << 16 | f;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
