package org.rostrum.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rostrum.importer.ImportReport.Format;
import org.rostrum.importer.ImportReport.Outcome;

/** Counts an import as it goes; {@link #report()} freezes the counts. */
final class Tally {

    private final Format format;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private int itemsRead;
    private int commentsRead;
    private final Map<String, Integer> shortcodesLeft = new TreeMap<>();
    private final List<MediaSummary.RemoteMedia> remote = new ArrayList<>();

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

    /** Counts the shortcodes of one post that were left as text, by name. */
    void shortcodesLeft(Map<String, Integer> byName) {
        byName.forEach((name, n) -> {
            shortcodesLeft.merge(name, n, Integer::sum);
            add(Outcome.SHORTCODE_LEFT, n);
        });
    }

    void remote(List<MediaSummary.RemoteMedia> links) {
        remote.addAll(links);
        add(Outcome.MEDIA_REMOTE, links.size());
    }

    ImportReport report() {
        return new ImportReport(format, itemsRead, commentsRead, counts, new MediaSummary(shortcodesLeft, remote));
    }
}
