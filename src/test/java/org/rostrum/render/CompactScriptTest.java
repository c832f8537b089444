package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactScriptTest {

    @Test
    void leavesOutCommentLinesBlankLinesAndIndentation() {
        assertEquals("(function () {\nvar a = 1; // kept after code\nreturn \"// kept in a string\";\n}());\n",
                CompactScript.compact("""
                        // What this does.
                        (function () {

                          var a = 1; // kept after code
                            // an indented comment
                          return "// kept in a string";
                        }());
                        """));
    }

    @Test
    void leavesAScriptWithATemplateLiteralOrAContinuedStringAsItIs() {
        String template = "var a = `\n  // inside\n`;\n";
        assertEquals(template, CompactScript.compact(template));
        String continued = "var a = \"one \\\n  // two\";\n";
        assertEquals(continued, CompactScript.compact(continued));
    }
}
