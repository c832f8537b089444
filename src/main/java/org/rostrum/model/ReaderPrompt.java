package org.rostrum.model;

import java.util.Objects;

/**
 * A reader's question or comment quoted by the editors ({@code ::: reader <name>}).
 *
 * @param index 0-based position among the reader prompts of the same debate, used by responses to
 *              say which prompt they answer
 * @param name  the reader's name as the editors wrote it (free text)
 * @param html  the quoted text
 */
public record ReaderPrompt(int index, String name, String html) implements Block {
    public ReaderPrompt {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(html, "html");
    }
}
