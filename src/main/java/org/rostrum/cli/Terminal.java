package org.rostrum.cli;

import java.io.PrintWriter;
import java.time.Clock;

/**
 * Where commands print and what time it is: passed in, so that commands run the same in tests.
 *
 * @param out         results and summaries
 * @param err         problems and progress
 * @param clock       the time, for build timing, progress and today's date
 * @param interactive whether {@code err} is a terminal that can redraw a progress bar in place;
 *                    otherwise (CI, pipes, tests) progress is printed as plain lines
 */
public record Terminal(PrintWriter out, PrintWriter err, Clock clock, boolean interactive) {

    /** A terminal that is not interactive: progress, when there is any, comes as plain lines. */
    public Terminal(PrintWriter out, PrintWriter err, Clock clock) {
        this(out, err, clock, false);
    }
}
