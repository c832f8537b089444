package org.rostrum.model;

/**
 * The counts of a debate's thread that pages other than the debate's own need (lists, feeds,
 * sitemaps), kept when the comments themselves are not.
 *
 * @param published comments that are not removed: the count shown to readers
 * @param total     every comment, removed ones included
 * @param topLevel  top-level comments, which decide how many pages the thread takes
 */
public record ThreadStats(int published, int total, int topLevel) {

    public static final ThreadStats NONE = new ThreadStats(0, 0, 0);

    public ThreadStats {
        if (published < 0 || total < published || topLevel < 0 || topLevel > total) {
            throw new IllegalArgumentException("inconsistent thread counts: " + published + "/" + total + "/" + topLevel);
        }
    }
}
