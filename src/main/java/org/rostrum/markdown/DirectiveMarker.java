package org.rostrum.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * A {@code :::} line in a place where it opens or closes nothing: a closing line with no open
 * directive, a directive opened inside another one, or one opened inside a list or block quote.
 * It renders as nothing; the problem is reported from the tree after parsing.
 */
final class DirectiveMarker extends Block {

    enum Problem { CLOSES_NOTHING, NESTED, NOT_AT_TOP_LEVEL }

    private final Problem problem;
    private final String name;
    private final int markerOffset;
    private final DirectiveBlock enclosing;

    DirectiveMarker(Problem problem, String name, int markerOffset, DirectiveBlock enclosing) {
        this.problem = problem;
        this.name = name;
        this.markerOffset = markerOffset;
        this.enclosing = enclosing;
    }

    Problem problem() {
        return problem;
    }

    /** The word after {@code :::}; empty for a closing line. */
    String name() {
        return name;
    }

    int markerOffset() {
        return markerOffset;
    }

    /** For {@link Problem#NESTED}: the directive that is still open. */
    Optional<DirectiveBlock> enclosing() {
        return Optional.ofNullable(enclosing);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
