package org.rostrum.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import java.util.function.Consumer;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;

/**
 * Reports the directive problems of a parsed body, each at the first {@code :} of its line.
 *
 * <p>Messages: {@code unknown directive 'respones' (did you mean 'response'?)},
 * {@code directive 'reader' needs a name: '::: reader <name>'},
 * {@code directive 'response' is not closed: add a line ':::' after it},
 * {@code directives do not nest: close 'reader' (line 3) with a line ':::' before opening 'response'},
 * {@code ':::' closes no directive}, {@code directive 'reader' must not be inside a list or block quote},
 * and outside debates {@code directives are only allowed in debates}.
 */
final class DirectiveProblems {

    private DirectiveProblems() {
    }

    static void reportInDebate(Document document, SourceMap sourceMap, Diagnostics diagnostics) {
        visit(document, node -> {
            if (node instanceof DirectiveBlock block) {
                directiveProblem(block).ifPresent(m -> diagnostics.error(sourceMap.position(block.markerOffset()), m));
                if (!block.isClosed()) {
                    diagnostics.error(sourceMap.position(block.markerOffset()),
                            "directive '" + block.name() + "' is not closed: add a line ':::' after it");
                }
            } else if (node instanceof DirectiveMarker marker) {
                diagnostics.error(sourceMap.position(marker.markerOffset()), markerProblem(marker, sourceMap));
            }
        });
    }

    /** Outside debates every directive line is one problem; what is inside a directive is not looked at. */
    static void reportOutsideDebates(Document document, SourceMap sourceMap, Diagnostics diagnostics) {
        visit(document, node -> {
            if (node instanceof DirectiveBlock block) {
                diagnostics.error(sourceMap.position(block.markerOffset()), "directives are only allowed in debates");
            } else if (node instanceof DirectiveMarker marker && marker.enclosing().isEmpty()) {
                diagnostics.error(sourceMap.position(marker.markerOffset()), "directives are only allowed in debates");
            }
        });
    }

    private static Optional<String> directiveProblem(DirectiveBlock block) {
        Optional<DirectiveKind> kind = block.kind();
        if (kind.isEmpty()) {
            String hint = Hints.didYouMean(block.name(), DirectiveKind.NAMES);
            return Optional.of("unknown directive '" + block.name() + "'"
                    + (hint.isEmpty() ? " (expected 'reader' or 'response')" : hint));
        }
        if (block.argument().isEmpty()) {
            return Optional.of("directive '" + block.name() + "' needs " + kind.get().argumentNoun()
                    + ": '" + kind.get().usage() + "'");
        }
        return Optional.empty();
    }

    private static String markerProblem(DirectiveMarker marker, SourceMap sourceMap) {
        String what = marker.name().isEmpty() ? "':::'" : "directive '" + marker.name() + "'";
        return switch (marker.problem()) {
            case CLOSES_NOTHING -> "':::' closes no directive";
            case NOT_AT_TOP_LEVEL -> what + " must not be inside a list or block quote";
            case NESTED -> {
                DirectiveBlock open = marker.enclosing().orElseThrow();
                yield "directives do not nest: close '" + open.name() + "' (line "
                        + sourceMap.position(open.markerOffset()).line() + ") with a line ':::' before opening '"
                        + marker.name() + "'";
            }
        };
    }

    /** Visits every block of the tree, in document order. */
    private static void visit(Node node, Consumer<Node> action) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            action.accept(child);
            if (child instanceof Block) {
                visit(child, action);
            }
        }
    }
}
