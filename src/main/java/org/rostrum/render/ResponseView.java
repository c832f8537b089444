package org.rostrum.render;

import java.util.Optional;

/**
 * One response a person gave, for their page.
 *
 * @param debate        the debate it belongs to
 * @param href          the response itself on the debate's page, relative to the site root
 * @param html          the response, rendered Markdown: print with {@code ?no_esc}
 * @param answersReader the name of the reader whose question it answers
 * @param questionHtml  that reader's question, rendered Markdown: print with {@code ?no_esc}
 */
public record ResponseView(DebateCard debate, String href, String html, Optional<String> answersReader,
        Optional<String> questionHtml) {
}
