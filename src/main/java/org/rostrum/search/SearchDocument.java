package org.rostrum.search;

import java.util.Objects;

/**
 * One thing a search can find: a debate (its title, summary and editors' text), a reader's prompt,
 * a response, a published comment, or a page.
 *
 * @param kind    what it is
 * @param url     where it is, relative to the site root, with its fragment
 *                ({@code debates/x/comments/2/index.html#comment-7})
 * @param heading what the result is titled by: the debate's or the page's title
 * @param author  who wrote it: the reader, the person responding, the comment's author; empty for debates and pages
 * @param date    its date as {@code yyyy-mm-dd}, or empty
 * @param title   the words that rank highest: the title of a debate or page, empty for the rest
 * @param text    its plain text (no markup)
 */
public record SearchDocument(Kind kind, String url, String heading, String author, String date, String title,
        String text) {

    /** What a document is; the order of the constants is their code in the index. */
    public enum Kind {
        DEBATE(3.0), PROMPT(2.0), RESPONSE(1.5), COMMENT(1.0), PAGE(2.0);

        /** How much a hit weighs against a hit in a comment. */
        final double boost;

        Kind(double boost) {
            this.boost = boost;
        }
    }

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
