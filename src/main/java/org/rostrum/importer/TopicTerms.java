package org.rostrum.importer;

/** Which WordPress terms of a post become its topics ({@code --topics}). */
public enum TopicTerms {
    /** Categories only; tags are left out and counted in the report. The default. */
    CATEGORIES,
    /** Tags only; categories are left out and counted in the report. */
    TAGS,
    /** Categories and tags alike. */
    BOTH;

    boolean keeps(boolean tag) {
        return this == BOTH || (this == TAGS) == tag;
    }
}
