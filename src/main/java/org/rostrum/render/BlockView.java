package org.rostrum.render;

import java.util.Optional;

/**
 * One part of a debate's body.
 *
 * @param kind          {@code text} (the editors' own), {@code reader} (a quoted reader's question)
 *                      or {@code response} (a participant's answer)
 * @param html          the block's HTML, rendered from the editors' Markdown: print with {@code ?no_esc}
 * @param anchor        an {@code id} for the block ({@code reader-1}, {@code response-2}); empty for text
 * @param readerName    for {@code reader}: the reader's name; empty otherwise
 * @param person        for {@code response}: who answered
 * @param answersReader for {@code response}: the name of the reader whose question it answers
 * @param answersAnchor for {@code response}: the anchor of that reader block
 */
public record BlockView(String kind, String html, String anchor, String readerName, Optional<PersonRef> person,
        Optional<String> answersReader, Optional<String> answersAnchor) {
}
