package org.rostrum.model;

/**
 * One part of a debate's body, in the order the editors wrote it: their own text, a reader's question
 * they quote, or a participant's response. The HTML of every block was rendered from the editors'
 * (trusted) Markdown.
 */
public sealed interface Block permits EditorialText, ReaderPrompt, Response {

    /** The block's rendered HTML. */
    String html();
}
