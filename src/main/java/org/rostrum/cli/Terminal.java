package org.rostrum.cli;

import java.io.PrintWriter;
import java.time.Clock;

/**
 * Where commands print and what time it is: passed in, so that commands run the same in tests.
 *
 * @param out   results and summaries
 * @param err   problems
 * @param clock the time, for build timing and today's date
 */
public record Terminal(PrintWriter out, PrintWriter err, Clock clock) {
}
