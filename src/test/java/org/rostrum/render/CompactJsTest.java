package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactJsTest {

    @Test
    void leavesOutIndentationBlankLinesAndCommentLines() {
        assertEquals("(function () {\nvar a = 1; // kept: after code\nreturn a\n}());\n",
                CompactJs.compact("// head\n(function () {\n\n  // why\n  var a = 1; // kept: after code\n    return a\n}());\n"));
    }

    @Test
    void keepsLicenceCommentsAndLineBreaks() {
        assertEquals("//! licence\nvar s = \"// not a comment\"\nvar t = 2\n",
                CompactJs.compact("//! licence\n  var s = \"// not a comment\"\r\n  var t = 2"));
    }

    @Test
    void aScriptWithATemplateOrAContinuedStringIsServedAsWritten() {
        String template = "var t = `\n  // inside\n`;\n";
        assertEquals(template, CompactJs.compact(template));
        String continued = "var s = \"one \\\n  // inside\";\n";
        assertEquals(continued, CompactJs.compact(continued));
    }
}
