package org.rostrum.markdown;

/**
 * Replaces characters that HTML and XML do not allow in a document (controls other than tab and
 * line breaks, C1 controls, lone surrogates, U+FFFE, U+FFFF) with U+FFFD. YAML and JSON escapes
 * and Markdown's numeric references (such as {@code &#1;}) can produce them; browsers, validators
 * and feed readers reject them. The one place that decides which characters a page may hold: the
 * loader applies it to text fields, the comment renderer to its output, the feeds to their values.
 */
public final class LegalText {

    private LegalText() {
    }

    /** {@code html} with every forbidden character replaced by U+FFFD; the same string when there is none. */
    public static String of(String html) {
        StringBuilder out = null;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(html.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!legal && out == null) {
                out = new StringBuilder(html.length()).append(html, 0, i);
            }
            if (out != null) {
                out.append(legal ? c : '\uFFFD');
            }
        }
        return out == null ? html : out.toString();
    }
}
