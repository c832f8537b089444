package org.rostrum.markdown;

import java.util.List;
import java.util.Optional;

/** The directives a debate body may use, with what their opening line must name. */
enum DirectiveKind {
    READER("reader", "a name", "<name>"),
    RESPONSE("response", "a person id", "<person-id>");

    static final List<String> NAMES = List.of(READER.word, RESPONSE.word);

    private final String word;
    private final String argumentNoun;
    private final String argumentPlaceholder;

    DirectiveKind(String word, String argumentNoun, String argumentPlaceholder) {
        this.word = word;
        this.argumentNoun = argumentNoun;
        this.argumentPlaceholder = argumentPlaceholder;
    }

    static Optional<DirectiveKind> named(String word) {
        for (DirectiveKind kind : values()) {
            if (kind.word.equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The word after {@code :::}, for example {@code reader}. */
    String word() {
        return word;
    }

    /** What the opening line lacks when it has no argument, for example {@code a person id}. */
    String argumentNoun() {
        return argumentNoun;
    }

    /** The complete opening line as an example, for example {@code ::: response <person-id>}. */
    String usage() {
        return "::: " + word + " " + argumentPlaceholder;
    }
}
