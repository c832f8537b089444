package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LegalXmlFormatTest {

    @Test
    void replacesCharactersThatXmlForbidsAndEscapesMarkup() throws Exception {
        StringWriter out = new StringWriter();
        LegalXmlFormat.INSTANCE.output("bell\u0007 nul\u0000 <b>&\uFFFE\uFFFF", out);
        assertEquals("bell\uFFFD nul\uFFFD &lt;b&gt;&amp;\uFFFD\uFFFD", out.toString());
        assertEquals("a\uFFFDb &lt;", LegalXmlFormat.INSTANCE.escapePlainText("a\u001Bb <"));
    }

    @Test
    void keepsTabsLineBreaksAndCharactersBeyondTheBasicPlane() {
        String text = "tab\tline\nreturn\r emoji \uD83D\uDE00 end";
        assertSame(text, LegalXmlFormat.legal(text));
    }

    @Test
    void replacesLoneSurrogates() {
        assertEquals("a\uFFFDb\uFFFD", LegalXmlFormat.legal("a\uD83Db\uDE00"));
    }
}
