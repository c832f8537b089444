package org.rostrum.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Parses one {@code ::: name argument} ... {@code :::} block into a {@link DirectiveBlock} whose
 * children are ordinary Markdown.
 *
 * <p>The closing line is recognised before any block inside the directive sees it (containers are
 * asked outside-in), except inside a fenced code block, where {@code :::} is code. Closing consumes
 * the line and ends the block on the next line, so that the blocks inside are closed the way Flexmark
 * expects; finishing a container straight away would leave its open children behind.
 */
final class DirectiveParser extends AbstractBlockParser {

    private final DirectiveBlock block;
    private final BasedSequence opening;
    private BasedSequence closing;

    private DirectiveParser(DirectiveBlock block, BasedSequence opening) {
        this.block = block;
        this.opening = opening;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closing != null) {
            return BlockContinue.none();
        }
        MarkerLine marker = MarkerLine.of(state);
        if (marker != null && marker.isClosing()
                && !(state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock)) {
            closing = marker.chars();
            block.markClosed();
            return BlockContinue.atIndex(state.getLineEndIndex());
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // A container: its lines go to the blocks inside it.
    }

    @Override
    public void closeBlock(ParserState state) {
        int end = opening.getEndOffset();
        if (closing != null) {
            end = closing.getEndOffset();
        } else if (block.getLastChild() != null) {
            end = Math.max(end, block.getLastChild().getEndOffset());
        }
        block.setChars(opening.baseSubSequence(opening.getStartOffset(), end));
    }

    /** A {@code :::} line: at most three spaces of indentation, three or more colons, the rest. */
    private record MarkerLine(String name, String argument, BasedSequence chars) {

        static MarkerLine of(ParserState state) {
            if (state.getIndent() >= 4) {
                return null;
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            int i = start;
            while (i < line.length() && line.charAt(i) == ':') {
                i++;
            }
            if (i - start < 3) {
                return null;
            }
            String rest = line.subSequence(i).toString().strip();
            int space = 0;
            while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
                space++;
            }
            return new MarkerLine(rest.substring(0, space), rest.substring(space).strip(),
                    line.subSequence(start).trimEnd());
        }

        boolean isClosing() {
            return name.isEmpty();
        }

        int offset() {
            return chars.getStartOffset();
        }
    }

    /** Leaf block for a {@code :::} line that opens or closes nothing; it consumes its line. */
    private static final class MisplacedMarkerParser extends AbstractBlockParser {
        private final DirectiveMarker block;

        MisplacedMarkerParser(DirectiveMarker block, BasedSequence chars) {
            this.block = block;
            block.setChars(chars);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
            // The marker line was consumed when the block started.
        }

        @Override
        public void closeBlock(ParserState state) {
            // Nothing to assemble.
        }
    }

    /** Registers the directive parser with a Flexmark {@code Parser.Builder}. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            MarkerLine marker = MarkerLine.of(state);
            if (marker == null) {
                return BlockStart.none();
            }
            // The block that will hold the new one: not a paragraph it interrupts, and not a list,
            // which holds only items and hands anything else to its parent.
            Node container = matched.getBlockParser().getBlock();
            while (container instanceof Paragraph || container instanceof ListBlock) {
                container = container.getParent();
            }
            DirectiveBlock enclosing = (DirectiveBlock) container.getAncestorOfType(DirectiveBlock.class);
            if (container instanceof DirectiveBlock directive) {
                enclosing = directive;
            }
            boolean topLevel = container instanceof Document || container instanceof DirectiveBlock;
            BlockParser parser;
            if (marker.isClosing()) {
                parser = misplaced(topLevel ? DirectiveMarker.Problem.CLOSES_NOTHING
                        : DirectiveMarker.Problem.NOT_AT_TOP_LEVEL, marker, null);
            } else if (enclosing != null) {
                parser = misplaced(DirectiveMarker.Problem.NESTED, marker, enclosing);
            } else if (!topLevel) {
                parser = misplaced(DirectiveMarker.Problem.NOT_AT_TOP_LEVEL, marker, null);
            } else {
                parser = new DirectiveParser(new DirectiveBlock(marker.name(), marker.argument(), marker.offset()),
                        marker.chars());
            }
            return BlockStart.of(parser).atIndex(state.getLineEndIndex());
        }

        private static BlockParser misplaced(DirectiveMarker.Problem problem, MarkerLine marker,
                DirectiveBlock enclosing) {
            return new MisplacedMarkerParser(
                    new DirectiveMarker(problem, marker.name(), marker.offset(), enclosing), marker.chars());
        }
    }
}
