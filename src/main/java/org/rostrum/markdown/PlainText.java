package org.rostrum.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** Plain text of parsed Markdown, for summaries: no markup, entities decoded, whitespace collapsed. */
final class PlainText {

    private PlainText() {
    }

    /**
     * The text of the first paragraph at the top level of the document (so not inside a directive,
     * list or quote) that has any text; empty when there is none. Raw HTML tags and images are left
     * out; the text of links and code is kept.
     */
    static String firstParagraph(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                StringBuilder text = new StringBuilder();
                append(node, text);
                String collapsed = collapseWhitespace(text);
                if (!collapsed.isEmpty()) {
                    return collapsed;
                }
            }
        }
        return "";
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof HtmlEntity) {
                out.append(child.getChars().unescape());
            } else if (child instanceof Code code) {
                out.append(code.getText());
            } else if (child instanceof AutoLink link) {
                out.append(link.getText());
            } else if (child instanceof MailLink link) {
                out.append(link.getText().unescape());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else if (!(child instanceof HtmlInline || child instanceof HtmlInlineComment
                    || child instanceof Image || child instanceof ImageRef)) {
                append(child, out);
            }
        }
    }

    static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
