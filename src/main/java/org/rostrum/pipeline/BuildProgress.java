package org.rostrum.pipeline;

/**
 * Hears how far a build has got, so that a terminal can show a progress bar. {@link SiteBuild} calls
 * {@link #started}, then {@link #advanced} once per item, then {@link #finished}, for each
 * {@link Phase} it runs, in order; a build whose content has errors stops after {@link Phase#LOAD}.
 *
 * <p>During {@link Phase#DEBATE_PAGES} and {@link Phase#SITE_PAGES} the build's threads call
 * {@link #advanced} at once, so implementations must be thread-safe. Calls come once per item and
 * must be cheap: an implementation throttles its own output. The default methods do nothing.
 */
public interface BuildProgress {

    /** Hears nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** The parts of a build that report progress, in the order they run. */
    enum Phase {
        /** Reading {@code content/}: items are debate folders; their number is not known in advance. */
        LOAD("load", "debates"),
        /**
         * Each debate's pages: its comments read and threaded, its pages rendered and (for a build)
         * written, or kept when nothing they show changed: items are debates.
         */
        DEBATE_PAGES("debate pages", "debates"),
        /**
         * The site's own pages (lists, feeds, sitemap, static files) rendered and, for a build,
         * written: items are files.
         */
        SITE_PAGES("site pages", "files"),
        /** Writing the search index: items are the published debates, indexed in the site's order. */
        INDEX("index", "debates");

        private final String label;
        private final String unit;

        Phase(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /** The phase's name as a terminal shows it: {@code load}, {@code debate pages}, {@code site pages}. */
        public String label() {
            return label;
        }

        /** What its items are, in the plural: {@code debates}, {@code files}. */
        public String unit() {
            return unit;
        }
    }

    /**
     * A phase begins.
     *
     * @param total how many items it has, or 0 when that is not known in advance
     */
    default void started(Phase phase, int total) {
    }

    /**
     * One more item of the phase is done.
     *
     * @param done how many items of the phase are done so far, this one included
     */
    default void advanced(Phase phase, int done) {
    }

    /**
     * A phase is over.
     *
     * @param done how many items it handled
     */
    default void finished(Phase phase, int done) {
    }
}
