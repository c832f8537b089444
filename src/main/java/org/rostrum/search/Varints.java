package org.rostrum.search;

/**
 * Non-negative numbers as short runs of characters that need no escape in a JavaScript string: five
 * bits a character, most significant first, the last from {@link #LAST} and the others from
 * {@link #MORE}. Numbers below 32 take one character, below 1,024 two.
 */
final class Varints {

    static final String LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
    static final String MORE = "ghijklmnopqrstuvwxyz0123456789-_";
    private static final char[] LAST_DIGIT = LAST.toCharArray();
    private static final char[] MORE_DIGIT = MORE.toCharArray();

    private Varints() {
    }

    /** How many characters {@link #append} writes for {@code n} (non-negative). */
    static int length(int n) {
        return Math.max(1, (36 - Integer.numberOfLeadingZeros(n)) / 5);
    }

    static void append(StringBuilder out, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        if (n < 32) {
            out.append(LAST_DIGIT[n]);
            return;
        }
        int shift = 5;
        while ((n >>> shift) >= 32) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(MORE_DIGIT[(n >>> shift) & 31]);
        }
        out.append(LAST_DIGIT[n & 31]);
    }
}
