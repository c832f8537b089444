package org.rostrum.model;

/**
 * A removed comment keeps its place and its replies but not its text. A left-out comment is one
 * that a reader got wrong (see the threader): it never reaches a page, and when it has replies they
 * stay under it, shown as a removed comment.
 */
public enum CommentStatus {
    PUBLISHED, REMOVED, LEFT_OUT
}
