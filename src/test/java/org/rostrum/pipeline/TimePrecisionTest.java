package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times written to nine digits of a second are published to three at most, as HTML's {@code <time>} takes. */
class TimePrecisionTest {

    /** A valid global date and time string of HTML (seconds optional, one to three digits of a fraction). */
    private static final Pattern HTML_DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?");

    @TempDir
    Path dir;

    @Test
    void nanosecondTimesArePublishedToTheMillisecond() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + """
                -- content/debates/nato/index.md --
                ---
                title: Could Russia ever join NATO?
                date: 2019-01-28T09:30:15.123456789+01:00
                ---
                The editors' introduction.
                -- content/debates/nato/comments.yaml --
                comments:
                  - id: c1
                    author: Franz
                    date: 2019-01-29T10:15:30.987654321+01:00
                    body: Well, yes.
                  - id: c2
                    author: Ines
                    date: 2019-01-29T10:16:00.000000001+01:00
                    body: No.
                """);
        assertEquals(List.of(), InlineSite.messages(site.build()));

        Document page = Jsoup.parse(site.read("debates/nato/index.html"));
        List<String> times = page.select("time[datetime]").stream().map(t -> t.attr("datetime")).toList();
        assertTrue(times.contains("2019-01-29T10:15:30.987+01:00"), times.toString());
        assertTrue(times.contains("2019-01-29T10:16:00+01:00"), times.toString());
        for (Element time : page.select("time[datetime]")) {
            assertTrue(HTML_DATE_TIME.matcher(time.attr("datetime")).matches(), time.outerHtml());
        }
        assertTrue(site.read("feed.xml").contains("2019-01-28T09:30:15.123+01:00"), "the feed too");
        assertTrue(site.read("debates/nato/comments.json").contains("2019-01-29T10:15:30.987+01:00"),
                "and the comments' JSON");
    }
}
