package org.rostrum.render;

/**
 * Plain text from the HTML that Rostrum's own Markdown renderer produced, for data formats
 * (JSON-LD) that want text: tags dropped, block ends turned into spaces, the entities that the
 * renderer writes decoded, whitespace collapsed. Not a general HTML parser.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String plain(String html) {
        StringBuilder text = new StringBuilder(html.length());
        boolean inTag = false;
        boolean space = true;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                }
            } else if (c == '<' || Character.isWhitespace(c)) {
                inTag = c == '<';
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else {
                String decoded = null;
                int semicolon = c == '&' ? html.indexOf(';', i) : -1;
                if (semicolon > i && semicolon - i <= 10) {
                    decoded = decode(html.substring(i + 1, semicolon));
                }
                if (decoded != null) {
                    text.append(decoded);
                    i = semicolon;
                } else {
                    text.append(c);
                }
                space = false;
            }
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    private static String decode(String entity) {
        switch (entity) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            default:
                break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            }
            if (entity.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
