package org.rostrum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes WordPress's implicit paragraphs explicit, as WordPress's own {@code wpautop} does when it
 * shows a post or comment: blank lines separate paragraphs and single line breaks become
 * {@code <br>}. Without this, HTML-to-Markdown conversion would join a classic-editor post into one
 * paragraph. Block-editor content (with {@code <!-- wp:} markers) already has its paragraphs and
 * is returned unchanged, as WordPress does.
 */
final class WordPressParagraphs {

    private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt"
            + "|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section"
            + "|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";
    private static final Pattern PRE = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
    private static final Pattern DOUBLE_BR = Pattern.compile("(?i)<br\\s*/?>\\s*<br\\s*/?>");
    private static final Pattern BLOCK_OPEN = Pattern.compile("(?i)(<" + BLOCKS + "[\\s/>])");
    private static final Pattern BLOCK_CLOSE = Pattern.compile("(?i)(</" + BLOCKS + ">)");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern P_AROUND_BLOCK = Pattern.compile("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)\\s*</p>");
    private static final Pattern P_BEFORE_BLOCK = Pattern.compile("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)");
    private static final Pattern P_AFTER_BLOCK = Pattern.compile("(?i)(</?" + BLOCKS + "[^>]*>)\\s*</p>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?<!<br />|<br/>|<br>)[ \t]*\n");
    private static final Pattern BR_AFTER_BLOCK = Pattern.compile("(?i)(</?" + BLOCKS + "[^>]*>)\\s*<br />");
    private static final Pattern BR_BEFORE_BLOCK = Pattern.compile(
            "(?i)<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)");

    private WordPressParagraphs() {
    }

    static String apply(String html) {
        if (html.isBlank() || html.contains("<!-- wp:")) {
            return html;
        }
        String text = html.replace("\r\n", "\n").replace('\r', '\n');
        List<String> pres = new ArrayList<>();
        Matcher pre = PRE.matcher(text);
        StringBuilder protectedText = new StringBuilder();
        while (pre.find()) {
            pre.appendReplacement(protectedText, placeholder(pres.size()));
            pres.add(pre.group());
        }
        pre.appendTail(protectedText);
        text = protectedText.toString();

        text = DOUBLE_BR.matcher(text).replaceAll("\n\n");
        text = BLOCK_OPEN.matcher(text).replaceAll("\n\n$1");
        text = BLOCK_CLOSE.matcher(text).replaceAll("$1\n\n");
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String p = paragraph.strip();
            if (!p.isEmpty()) {
                out.append("<p>").append(p).append("</p>\n");
            }
        }
        text = out.toString();
        text = P_AROUND_BLOCK.matcher(text).replaceAll("$1");
        text = P_BEFORE_BLOCK.matcher(text).replaceAll("$1");
        text = P_AFTER_BLOCK.matcher(text).replaceAll("$1");
        text = LINE_BREAK.matcher(text).replaceAll("<br />\n");
        text = BR_AFTER_BLOCK.matcher(text).replaceAll("$1");
        text = BR_BEFORE_BLOCK.matcher(text).replaceAll("$1");
        text = text.replaceAll("<br />\n$", "\n");
        for (int i = 0; i < pres.size(); i++) {
            text = text.replace(placeholder(i), pres.get(i));
        }
        return text;
    }

    /** A block-level stand-in for the {@code n}th {@code <pre>}, whose line breaks must stay as they are. */
    private static String placeholder(int n) {
        return "<pre wp-pre-tag-" + n + "></pre>";
    }
}
