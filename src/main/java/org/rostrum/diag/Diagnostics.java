package org.rostrum.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of one build (or one check) so that all of them can be reported together.
 *
 * <p>Thread-safe: the stages of a build report from several threads at once. The order in which
 * problems are reported does not matter; {@link #sorted()} gives the order in which they are shown.
 */
public final class Diagnostics {

    /** The warning at the start of each reader comment that is left out of the site, one per comment. */
    public static final String LEFT_OUT = "reader comment left out of the site";

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void report(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(SourcePosition position, String message) {
        report(new Diagnostic(Severity.ERROR, position, message));
    }

    public void warning(SourcePosition position, String message) {
        report(new Diagnostic(Severity.WARNING, position, message));
    }

    /**
     * Notes that the reader comment starting at {@code comment} is left out of the site, with a
     * warning of its own; its problems are reported as warnings beside it. Noting the same comment
     * again changes nothing.
     */
    public void leftOut(SourcePosition comment) {
        warning(comment, LEFT_OUT);
    }

    /** Reports every problem of {@code other}, errors as warnings. */
    public synchronized void addAllAsWarnings(Diagnostics other) {
        for (Diagnostic d : other.sorted()) {
            all.add(d.severity() == Severity.ERROR ? new Diagnostic(Severity.WARNING, d.position(), d.message()) : d);
        }
    }

    public synchronized void addAll(Diagnostics other) {
        all.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized int errorCount() {
        return (int) all.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public synchronized int warningCount() {
        return all.size() - errorCount();
    }

    public synchronized boolean isEmpty() {
        return all.isEmpty();
    }

    /** Every problem reported so far, sorted by file, line and column; duplicates removed. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        Collections.sort(copy);
        List<Diagnostic> distinct = new ArrayList<>(copy.size());
        for (Diagnostic d : copy) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(d)) {
                distinct.add(d);
            }
        }
        return List.copyOf(distinct);
    }
}
