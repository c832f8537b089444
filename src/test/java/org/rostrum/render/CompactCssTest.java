package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactCssTest {

    @Test
    void leavesOutCommentsIndentationAndBlankLines() {
        assertEquals("a { color: red; }\nb {\nmargin: 0;\n}\n",
                CompactCss.compact("/* head\n   two lines */\n\na { color: red; } /* why */\n  b {\n    margin: 0;\n  }\n\n"));
    }

    @Test
    void keepsLicenceCommentsAndWhatIsQuoted() {
        assertEquals("/*! licence */\na::before { content: \"/* not a comment */\"; }\nb { content: '\\'/*'; }\n",
                CompactCss.compact("/*! licence */\na::before { content: \"/* not a comment */\"; }\nb { content: '\\'/*'; }"));
    }

    @Test
    void anUnclosedCommentEndsTheSheet() {
        assertEquals("a { }\n", CompactCss.compact("a { }\n/* never closed\nb { }"));
    }
}
