package org.rostrum.model;

/** A removed comment keeps its place and its replies but not its text. */
public enum CommentStatus {
    PUBLISHED, REMOVED
}
