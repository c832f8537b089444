package org.rostrum.render;

import freemarker.core.XMLOutputFormat;
import org.rostrum.markdown.LegalText;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's XML output format for {@code .ftlx} templates (the feeds), except that characters
 * that XML 1.0 does not allow at all (controls other than tab and line breaks, lone surrogates,
 * U+FFFE and U+FFFF), and the C1 controls, are written as U+FFFD ({@link LegalText}). Escaping cannot make them legal, and one of them in a
 * title would make the whole feed unreadable for every feed reader.
 */
final class LegalXmlFormat extends XMLOutputFormat {

    static final LegalXmlFormat INSTANCE = new LegalXmlFormat();

    private LegalXmlFormat() {
    }

    @Override
    public void output(String textToEscape, Writer out) throws IOException, TemplateModelException {
        super.output(legal(textToEscape), out);
    }

    @Override
    public String escapePlainText(String plainText) {
        return super.escapePlainText(legal(plainText));
    }

    /** {@code text} with every character that XML 1.0 forbids (and the C1 controls) replaced by U+FFFD. */
    static String legal(String text) {
        return LegalText.of(text);
    }
}
