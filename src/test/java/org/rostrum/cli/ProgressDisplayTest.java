package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rostrum.pipeline.BuildProgress.Phase;
import org.rostrum.cli.ProgressDisplay.PhaseTimes;
import org.rostrum.cli.ProgressDisplay.Style;

class ProgressDisplayTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2024-05-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final StringWriter text = new StringWriter();

    private ProgressDisplay display(Style style, PhaseTimes times) {
        return new ProgressDisplay(new PrintWriter(text), clock, style, times);
    }

    private void at(long millis, Runnable step) {
        clock.advance(Duration.ofMillis(millis));
        step.run();
    }

    @Test
    void aBuildFasterThanASecondShowsNothing() {
        for (Style style : new Style[] {Style.BAR, Style.LINES}) {
            ProgressDisplay p = display(style, PhaseTimes.HIDDEN);
            p.started(Phase.SITE_PAGES, 100);
            at(500, () -> p.advanced(Phase.SITE_PAGES, 60));
            at(400, () -> p.advanced(Phase.SITE_PAGES, 100));
            p.finished(Phase.SITE_PAGES, 100);
        }
        assertEquals("", text.toString());
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceAndClearedWhenThePhaseEnds() {
        ProgressDisplay p = display(Style.BAR, PhaseTimes.HIDDEN);
        p.started(Phase.SITE_PAGES, 100);
        at(1500, () -> p.advanced(Phase.SITE_PAGES, 50));
        at(50, () -> p.advanced(Phase.SITE_PAGES, 51));
        at(50, () -> p.advanced(Phase.SITE_PAGES, 100));
        p.finished(Phase.SITE_PAGES, 100);

        String first = "site pages [############------------]  50/100 files  33/s";
        String second = "site pages [########################]  100/100 files  63/s";
        assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r", text.toString());
    }

    @Test
    void elsewherePlainLinesComeEveryTwoSecondsOfALongPhase() {
        ProgressDisplay p = display(Style.LINES, PhaseTimes.HIDDEN);
        p.started(Phase.LOAD, 0);
        at(300, () -> p.finished(Phase.LOAD, 40));
        p.started(Phase.SITE_PAGES, 12000);
        at(1900, () -> p.advanced(Phase.SITE_PAGES, 4000));
        at(600, () -> p.advanced(Phase.SITE_PAGES, 5000));
        at(1000, () -> p.advanced(Phase.SITE_PAGES, 6000));
        at(1000, () -> p.advanced(Phase.SITE_PAGES, 9000));
        p.finished(Phase.SITE_PAGES, 12000);

        assertEquals("site pages: 5000/12000 files (2000/s)\nsite pages: 9000/12000 files (2000/s)\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aPhaseWithoutKnownTotalShowsItsCount() {
        ProgressDisplay p = display(Style.LINES, PhaseTimes.HIDDEN);
        p.started(Phase.LOAD, 0);
        at(2500, () -> p.advanced(Phase.LOAD, 2000));
        assertEquals("load: 2000 debates (800/s)\n", text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void verboseAddsTheTimeOfEveryPhase() {
        ProgressDisplay p = display(Style.LINES, PhaseTimes.SHOWN);
        p.started(Phase.LOAD, 0);
        at(420, () -> p.finished(Phase.LOAD, 10));
        p.started(Phase.DEBATE_PAGES, 10);
        at(30, () -> p.finished(Phase.DEBATE_PAGES, 10));

        assertEquals("load: 10 debates in 0.42 s\ndebate pages: 10 debates in 0.03 s\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void quietShowsNothingHoweverLongTheBuild() {
        ProgressDisplay p = display(Style.NONE, PhaseTimes.SHOWN);
        p.started(Phase.SITE_PAGES, 100);
        at(5000, () -> p.advanced(Phase.SITE_PAGES, 50));
        p.finished(Phase.SITE_PAGES, 100);
        assertEquals("", text.toString());
    }
}
