package org.rostrum.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Severity;
import org.rostrum.diag.SourcePosition;

class PageOverlayTest {

    private static String insert(String html, String fragment) {
        return new String(PageOverlay.insert(html.getBytes(StandardCharsets.UTF_8), fragment), StandardCharsets.UTF_8);
    }

    @Test
    void insertsBeforeTheLastClosingBodyTag() {
        assertEquals("<body><p>ü</p>X</BODY>\n", insert("<body><p>ü</p></BODY>\n", "X"));
        assertEquals("<p>&lt;/body&gt;</p>X</body></html>", insert("<p>&lt;/body&gt;</p></body></html>", "X"));
    }

    @Test
    void appendsToAPageWithoutBodyTag() {
        assertEquals("<p>fragment of a page</p>X", insert("<p>fragment of a page</p>", "X"));
    }

    @Test
    void afterAGoodBuildOnlyTheScriptIsAdded() {
        assertEquals("<script src=\"/__rostrum/live.js\" data-build=\"3\"></script>", PageOverlay.fragment(3, List.of()));
    }

    @Test
    void thePanelListsEveryProblemEscaped() {
        List<Diagnostic> problems = List.of(
                new Diagnostic(Severity.ERROR, new SourcePosition(Path.of("content/debates/a/index.md"), 3, 7),
                        "unknown person '<b>x</b>' & more"),
                new Diagnostic(Severity.WARNING, new SourcePosition(Path.of("content/site.yaml"), 1, 1), "odd \"field\""));

        String fragment = PageOverlay.fragment(2, problems);

        assertTrue(fragment.contains(">content/debates/a/index.md:3:7: error: unknown person &#39;&lt;b&gt;x&lt;/b&gt;&#39; "
                + "&amp; more</li>"), fragment);
        assertTrue(fragment.contains(">content/site.yaml:1:1: warning: odd &quot;field&quot;</li>"), fragment);
        assertTrue(fragment.contains("(2 problems)"), fragment);
        assertTrue(fragment.endsWith(LiveReload.scriptTag(2)), fragment);
        assertFalse(fragment.contains("<b>"), fragment);
    }
}
