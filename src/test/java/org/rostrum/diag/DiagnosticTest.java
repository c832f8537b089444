package org.rostrum.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    private static final SourcePosition AT = new SourcePosition(Path.of("content/debates/a/comments.yaml"), 2, 13);

    @Test
    void escapesLineBreaksAndControlCharactersSoThatAProblemIsOneLine() {
        Diagnostic d = new Diagnostic(Severity.ERROR, AT,
                "unknown parent 'x\ncontent/site.yaml:1:1: error: forged\r\t\u0007\u001b[31m'");

        assertEquals("content/debates/a/comments.yaml:2:13: error: unknown parent 'x\\ncontent/site.yaml:1:1: error:"
                + " forged\\r\\t\\u0007\\u001B[31m'", d.toString());
    }

    @Test
    void escapesLineSeparatorsAndBidirectionalOverrides() {
        Diagnostic d = new Diagnostic(Severity.WARNING, AT, "a\u2028b\u2029c\u202ed\u2066e\u0085f");

        assertEquals("a\\u2028b\\u2029c\\u202Ed\\u2066e\\u0085f", d.message());
    }

    @Test
    void escapesLineBreaksInThePathOfTheFile() {
        Diagnostic d = new Diagnostic(Severity.ERROR, SourcePosition.startOf(Path.of("content/a\nb.md")), "bad");

        assertEquals("content/a\\nb.md:1:1: error: bad", d.toString());
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        String message = "unknown person 'jämes' (did you mean 'james'?) – «ok» 日本";

        assertSame(message, new Diagnostic(Severity.ERROR, AT, message).message());
    }
}
