package org.rostrum.markdown;

/**
 * Replaces characters that HTML does not allow in a document (controls other than tab and line
 * breaks, C1 controls, lone surrogates, U+FFFE, U+FFFF) with U+FFFD. Markdown can produce them
 * from numeric references such as {@code &#1;}, and browsers and validators reject them.
 */
final class LegalText {

    private LegalText() {
    }

    static String of(String html) {
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
