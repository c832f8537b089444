package org.rostrum.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * A {@code ::: <name> <argument>} block opened at the top level of a body. Its children are the
 * Markdown between the opening line and the closing {@code :::} (or the end of the text when it is
 * not closed). The name is kept as written, so that an unknown one can be reported.
 */
final class DirectiveBlock extends Block {

    private final String name;
    private final String argument;
    private final int markerOffset;
    private boolean closed;

    DirectiveBlock(String name, String argument, int markerOffset) {
        this.name = name;
        this.argument = argument;
        this.markerOffset = markerOffset;
    }

    /** The word after {@code :::} as written. */
    String name() {
        return name;
    }

    Optional<DirectiveKind> kind() {
        return DirectiveKind.named(name);
    }

    /** The rest of the opening line, stripped; empty when there is none. */
    String argument() {
        return argument;
    }

    /** Offset of the first {@code :} of the opening line in the parsed text. */
    int markerOffset() {
        return markerOffset;
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    /** A known directive with its argument: one that becomes a reader prompt or a response. */
    boolean isWellFormed() {
        return kind().isPresent() && !argument.isEmpty();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
