package org.rostrum.pipeline;

import org.rostrum.pipeline.BuildProgress.Phase;

/**
 * Two phases that run at once, told to a {@link BuildProgress} one after the other, as it expects:
 * everything of the {@link #first} as it happens; of the {@link #second}, nothing until the first is
 * over, then its start, and from then on the rest as it happens (a second phase that ended before the
 * first is told as started and ended right after it). So a terminal shows the first phase's time, and
 * for the second the time it went on after the first.
 *
 * <p>Thread-safe: each phase's threads report at once.
 */
final class PhasePair {

    private final BuildProgress progress;
    private boolean firstOver;
    private boolean secondStarted;
    private int secondTotal = -1;
    private int secondDone = -1;
    private Phase secondPhase;

    PhasePair(BuildProgress progress) {
        this.progress = progress;
    }

    /** Where the phase told first reports. */
    BuildProgress first() {
        return new BuildProgress() {
            @Override
            public void started(Phase phase, int total) {
                progress.started(phase, total);
            }

            @Override
            public void advanced(Phase phase, int done) {
                progress.advanced(phase, done);
            }

            @Override
            public void finished(Phase phase, int done) {
                firstFinished(phase, done);
            }
        };
    }

    /** Where the phase told second reports. */
    BuildProgress second() {
        return new BuildProgress() {
            @Override
            public void started(Phase phase, int total) {
                secondStarted(phase, total);
            }

            @Override
            public void advanced(Phase phase, int done) {
                secondAdvanced(phase, done);
            }

            @Override
            public void finished(Phase phase, int done) {
                secondFinished(phase, done);
            }
        };
    }

    /**
     * The first phase's work is over, whether or not it told its progress (the site's own pages
     * kept as they were run no phase): the second may now be told.
     */
    synchronized void firstEnded() {
        if (!firstOver) {
            release();
        }
    }

    private synchronized void firstFinished(Phase phase, int done) {
        progress.finished(phase, done);
        release();
    }

    private void release() {
        firstOver = true;
        if (secondPhase != null && !secondStarted) {
            progress.started(secondPhase, secondTotal);
            secondStarted = true;
            if (secondDone >= 0) {
                progress.finished(secondPhase, secondDone);
            }
        }
    }

    private synchronized void secondStarted(Phase phase, int total) {
        secondPhase = phase;
        secondTotal = total;
        if (firstOver) {
            progress.started(phase, total);
            secondStarted = true;
        }
    }

    private synchronized void secondAdvanced(Phase phase, int done) {
        if (secondStarted) {
            progress.advanced(phase, done);
        }
    }

    private synchronized void secondFinished(Phase phase, int done) {
        secondDone = done;
        if (secondStarted) {
            progress.finished(phase, done);
        }
    }
}
