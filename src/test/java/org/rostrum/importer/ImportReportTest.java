package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rostrum.importer.ImportReport.Format;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.importer.ImportReport.Unit;

class ImportReportTest {

    @Test
    void addsUpWhenEveryThingReadHasOneOutcome() {
        ImportReport report = new ImportReport(Format.WORDPRESS, 2, 3, Map.of(Outcome.DEBATE_WRITTEN, 1,
                Outcome.ITEM_PRIVATE, 1, Outcome.COMMENT_WRITTEN, 2, Outcome.COMMENT_SPAM, 1,
                Outcome.ORPHAN_PLACED_AT_TOP, 1));

        assertTrue(report.addsUp());
        assertEquals(3, report.total(Unit.COMMENT));
        assertEquals(0, report.count(Outcome.ITEM_TRASH));
    }

    @Test
    void saysSoWhenTheNumbersDoNotAddUp() {
        ImportReport report = new ImportReport(Format.DISQUS, 1, 2, Map.of(Outcome.THREAD_MATCHED, 1,
                Outcome.COMMENT_WRITTEN, 1));

        assertFalse(report.addsUp());
        assertEquals("""
                Disqus export: read 1 thread and 2 posts
                threads
                    1  matched to a debate
                posts
                    1  written
                the numbers do not add up: 1 of 1 threads and 1 of 2 posts accounted for
                """, report.render());
    }

    @Test
    void leavesOutOutcomesThatDidNotOccur() {
        ImportReport report = new ImportReport(Format.WORDPRESS, 0, 0, Map.of(Outcome.COMMENT_SPAM, 0));

        assertEquals(Map.of(), report.counts());
        assertEquals("WordPress export: read 0 items and 0 comments\n", report.render());
    }
}
