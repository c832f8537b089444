package org.rostrum.render;

import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's XML output format for {@code .ftlx} templates (the feeds), except that characters
 * that XML 1.0 does not allow at all (controls other than tab and line breaks, lone surrogates,
 * U+FFFE and U+FFFF) are written as U+FFFD. Escaping cannot make them legal, and one of them in a
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

    /** {@code text} with every character that XML 1.0 forbids replaced by U+FFFD. */
    static String legal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean legal;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!legal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(legal ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }
}
