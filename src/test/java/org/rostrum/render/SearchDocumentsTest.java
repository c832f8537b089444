package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchDocumentsTest {

    @Test
    void dropsTagsAsSpacesAndDecodesEntities() {
        assertEquals(" Tax &amp; <b>    spend  ", SearchDocuments.text("<p>Tax &amp;amp; &lt;b&gt;<em> </em>&nbsp;spend</p><br>"));
        assertEquals("é ☃ 😀 'x\"", SearchDocuments.text("&#233; &#x2603; &#X1F600; &apos;x&quot;"));
    }

    @Test
    void keepsAnAmpersandWithoutASemicolonInTheTenCharactersAfterIt() {
        assertEquals("A & B a &verylongname; c", SearchDocuments.text("A & B a &verylongname; c"));
        assertEquals("x     y &", SearchDocuments.text("x &bogus; &#zz; y &"));
        assertEquals("&0123456789;", SearchDocuments.text("&0123456789;"));
        assertEquals(" ", SearchDocuments.text("&012345678;"));
    }

    @Test
    void dropsEverythingAfterAnUnclosedTag() {
        assertEquals("before ", SearchDocuments.text("before <a href=\"x\" and never closed &amp; more"));
        assertEquals("", SearchDocuments.text(""));
    }

    /** The text a character at a time, as first written: the oracle of the one that copies runs. */
    private static String textCharByChar(String html) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                out.append(' ');
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                if (end < 0 || end - i > 10) {
                    out.append(c);
                    i++;
                } else {
                    out.append(SearchDocuments.text(html.substring(i, end + 1)));
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void agreesWithReadingACharacterAtATimeOnRandomMarkup() {
        String[] parts = {"<p>", "</p>", "<", ">", "&", ";", "&amp;", "&#233;", "&#x2603;", "&bad;", "a", "Κρήτη ",
            "東京", " ", "\n", "#", "x", "0123456789"};
        Random random = new Random(13);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                html.append(parts[random.nextInt(parts.length)]);
            }
            assertEquals(textCharByChar(html.toString()), SearchDocuments.text(html.toString()), html.toString());
        }
    }
}
