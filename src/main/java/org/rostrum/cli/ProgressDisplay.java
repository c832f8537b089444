package org.rostrum.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.rostrum.pipeline.BuildProgress;

/**
 * Shows how far a build has got, on the error stream so that results on standard output stay clean.
 * On a terminal it is a bar redrawn in place ({@code \r}) once the build has run for a second;
 * elsewhere (CI, pipes) a plain line such as {@code site pages: 5000/12000 files (2400/s)} every few
 * seconds of a phase that runs that long. So fast builds print no progress at all; nothing is shown
 * with {@code --quiet}. With
 * {@code --verbose}, each phase ends with a line giving its time, however fast it was.
 *
 * <p>Thread-safe: the rendering threads report at once.
 */
final class ProgressDisplay implements BuildProgress {

    /** How long a build runs before the bar is shown. */
    static final Duration BAR_DELAY = Duration.ofSeconds(1);
    /** How often the bar is redrawn. */
    static final Duration REDRAW = Duration.ofMillis(100);
    /** How long a phase runs before its first plain progress line, and how often one follows. */
    static final Duration LINE_EVERY = Duration.ofSeconds(2);

    private static final int BAR_WIDTH = 24;

    /** How progress is shown. */
    enum Style {
        /** A bar redrawn in place: the error stream is a terminal. */
        BAR,
        /** Plain lines: the error stream is a file or a pipe. */
        LINES,
        /** Nothing: {@code --quiet}. */
        NONE
    }

    /** Whether each phase ends with a line giving its time ({@code --verbose}). */
    enum PhaseTimes {
        HIDDEN,
        SHOWN
    }

    private final PrintWriter err;
    private final Clock clock;
    private final Style style;
    private final boolean verbose;
    private final Instant start;
    private Instant phaseStart;
    private int total;
    private Instant lastShown;
    private int drawnWidth;

    ProgressDisplay(PrintWriter err, Clock clock, Style style, PhaseTimes times) {
        this.err = err;
        this.clock = clock;
        this.style = style;
        this.verbose = times == PhaseTimes.SHOWN && style != Style.NONE;
        this.start = clock.instant();
        this.phaseStart = start;
    }

    /**
     * The display a command asked for: {@code --quiet} shows nothing, a terminal gets a bar,
     * {@code --verbose} adds the phases' times.
     */
    static ProgressDisplay of(Terminal terminal, SourceOptions options) {
        Style style = options.quiet ? Style.NONE : terminal.interactive() ? Style.BAR : Style.LINES;
        return new ProgressDisplay(terminal.err(), terminal.clock(), style,
                options.verbose ? PhaseTimes.SHOWN : PhaseTimes.HIDDEN);
    }

    @Override
    public synchronized void started(Phase phase, int total) {
        this.phaseStart = clock.instant();
        this.total = total;
    }

    @Override
    public synchronized void advanced(Phase phase, int done) {
        if (style == Style.NONE) {
            return;
        }
        Instant now = clock.instant();
        Instant since = style == Style.BAR ? start : phaseStart;
        if (Duration.between(since, now).compareTo(style == Style.BAR ? BAR_DELAY : LINE_EVERY) < 0) {
            return;
        }
        Duration every = style == Style.BAR ? REDRAW : LINE_EVERY;
        if (lastShown != null && Duration.between(lastShown, now).compareTo(every) < 0) {
            return;
        }
        lastShown = now;
        if (style == Style.BAR) {
            String bar = bar(phase, done, now);
            err.print("\r" + bar + " ".repeat(Math.max(0, drawnWidth - bar.length())));
            drawnWidth = bar.length();
        } else {
            err.println(line(phase, done, now));
        }
        err.flush();
    }

    @Override
    public synchronized void finished(Phase phase, int done) {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
        if (verbose) {
            err.println(phase.label() + ": " + done + " " + phase.unit() + " in "
                    + seconds(Duration.between(phaseStart, clock.instant())));
        }
        err.flush();
    }

    /** {@code site pages [######------]  5000/12000 files  2400/s}. */
    private String bar(Phase phase, int done, Instant now) {
        StringBuilder s = new StringBuilder(phase.label());
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, (long) BAR_WIDTH * done / total);
            s.append(" [").append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("]  ")
                    .append(done).append('/').append(total);
        } else {
            s.append("  ").append(done);
        }
        s.append(' ').append(phase.unit());
        rate(done, now).ifPresent(r -> s.append("  ").append(r));
        return s.toString();
    }

    /** {@code site pages: 5000/12000 files (2400/s)}. */
    private String line(Phase phase, int done, Instant now) {
        StringBuilder s = new StringBuilder(phase.label()).append(": ").append(done);
        if (total > 0) {
            s.append('/').append(total);
        }
        s.append(' ').append(phase.unit());
        rate(done, now).ifPresent(r -> s.append(" (").append(r).append(')'));
        return s.toString();
    }

    private Optional<String> rate(int done, Instant now) {
        long millis = Duration.between(phaseStart, now).toMillis();
        if (millis <= 0) {
            return Optional.empty();
        }
        return Optional.of(Math.round(done * 1000.0 / millis) + "/s");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
    }
}
