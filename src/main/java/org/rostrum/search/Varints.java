package org.rostrum.search;

/**
 * Non-negative numbers as short runs of characters that need no escape in a JavaScript string: five
 * bits a character, most significant first, the last from {@link #LAST} and the others from
 * {@link #MORE}. Numbers below 32 take one character, below 1,024 two.
 */
final class Varints {

    static final String LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
    static final String MORE = "ghijklmnopqrstuvwxyz0123456789-_";

    private Varints() {
    }

    static void append(StringBuilder out, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        int shift = 0;
        while ((n >>> shift) >= 32) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(MORE.charAt((n >>> shift) & 31));
        }
        out.append(LAST.charAt(n & 31));
    }
}
