package org.rostrum.importer;

import java.util.EnumMap;
import java.util.Map;
import org.rostrum.importer.ImportReport.Format;
import org.rostrum.importer.ImportReport.Outcome;

/** Counts an import as it goes; {@link #report()} freezes the counts. */
final class Tally {

    private final Format format;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private int itemsRead;
    private int commentsRead;

    Tally(Format format) {
        this.format = format;
    }

    void itemRead() {
        itemsRead++;
    }

    void commentsRead(int n) {
        commentsRead += n;
    }

    void add(Outcome outcome) {
        add(outcome, 1);
    }

    void add(Outcome outcome, int n) {
        if (n != 0) {
            counts.merge(outcome, n, Integer::sum);
        }
    }

    ImportReport report() {
        return new ImportReport(format, itemsRead, commentsRead, counts);
    }
}
