package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostrum.pipeline.BuildProgress.Phase;

/** Two phases run at once and told one after the other ({@link PhasePair}). */
class PhasePairTest {

    private static final class Recorder implements BuildProgress {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(Phase phase, int total) {
            events.add("start " + phase.label() + " " + total);
        }

        @Override
        public void advanced(Phase phase, int done) {
            events.add("advance " + phase.label() + " " + done);
        }

        @Override
        public void finished(Phase phase, int done) {
            events.add("end " + phase.label() + " " + done);
        }
    }

    @Test
    void theSecondPhaseIsToldOnlyOnceTheFirstIsOver() {
        Recorder recorder = new Recorder();
        PhasePair pair = new PhasePair(recorder);

        pair.first().started(Phase.SITE_PAGES, 2);
        pair.second().started(Phase.INDEX, 3);
        pair.second().advanced(Phase.INDEX, 1);
        pair.first().advanced(Phase.SITE_PAGES, 1);
        pair.first().advanced(Phase.SITE_PAGES, 2);
        pair.first().finished(Phase.SITE_PAGES, 2);
        pair.firstEnded();
        pair.second().advanced(Phase.INDEX, 2);
        pair.second().advanced(Phase.INDEX, 3);
        pair.second().finished(Phase.INDEX, 3);

        assertEquals(List.of("start site pages 2", "advance site pages 1", "advance site pages 2",
                "end site pages 2", "start index 3", "advance index 2", "advance index 3", "end index 3"),
                recorder.events);
    }

    @Test
    void aSecondPhaseThatEndsFirstIsToldAsStartedAndEndedAfterTheFirst() {
        Recorder recorder = new Recorder();
        PhasePair pair = new PhasePair(recorder);

        pair.second().started(Phase.INDEX, 3);
        pair.second().advanced(Phase.INDEX, 3);
        pair.second().finished(Phase.INDEX, 3);
        pair.first().started(Phase.SITE_PAGES, 1);
        pair.first().finished(Phase.SITE_PAGES, 1);
        pair.firstEnded();

        assertEquals(List.of("start site pages 1", "end site pages 1", "start index 3", "end index 3"),
                recorder.events);
    }

    @Test
    void aFirstPhaseThatToldNothingReleasesTheSecondWhenItsWorkEnds() {
        Recorder recorder = new Recorder();
        PhasePair pair = new PhasePair(recorder);

        pair.second().started(Phase.INDEX, 2);
        pair.second().advanced(Phase.INDEX, 1);
        pair.firstEnded();
        pair.second().advanced(Phase.INDEX, 2);
        pair.second().finished(Phase.INDEX, 2);

        assertEquals(List.of("start index 2", "advance index 2", "end index 2"), recorder.events);
    }

    @Test
    void aSecondPhaseStartedAfterTheFirstIsToldAsItHappens() {
        Recorder recorder = new Recorder();
        PhasePair pair = new PhasePair(recorder);

        pair.firstEnded();
        pair.second().started(Phase.INDEX, 1);
        pair.second().advanced(Phase.INDEX, 1);
        pair.second().finished(Phase.INDEX, 1);

        assertEquals(List.of("start index 1", "advance index 1", "end index 1"), recorder.events);
    }
}
