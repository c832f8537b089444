package org.rostrum.markdown;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides, before any parsing, whether a reader's comment may go through Flexmark or must be shown
 * as escaped plain text, so that no comment can make a build slow.
 *
 * <p>Why: Flexmark's inline parser matches entities ({@code &}), autolinks and inline HTML
 * ({@code <}), code spans ({@code `}) and link labels and destinations ({@code [}, {@code ]}) with
 * regular expressions whose match result copies the whole rest of the paragraph
 * ({@code Matcher.toMatchResult} calls {@code toString()} on its input). Each such mark therefore
 * costs time proportional to the paragraph's length, and a paragraph of {@code k} marks and
 * {@code n} characters costs {@code k × n}: {@code &#106;} written 20,000 times takes seconds.
 * Nested lists and quotes cost Flexmark time proportional to their depth on every line when they
 * close ({@code 1. } written 20,000 times on one line is a list 20,000 levels deep).
 *
 * <p>So the budget is a bound on that work, computed in one pass over the text: the sum over
 * paragraphs (text between blank lines) of marks times length must stay within {@link #WORK},
 * no line may open more than {@link #NESTING} characters of list and quote markers, and the whole
 * comment is at most {@link #CHARS} characters. Within the budget Flexmark's work on a comment is
 * at most proportional to {@link #WORK} plus its length; over it, the comment is shown as text,
 * which takes linear time. Stateless.
 */
public final class CommentBudget {

    /** The longest comment formatted as Markdown, in characters. */
    public static final int CHARS = 100_000;

    /** The most Flexmark work per comment: marks times the length of their paragraph, summed. */
    public static final long WORK = 10_000_000L;

    /** The longest run of list and quote markers (with the spaces between them) at the start of a line. */
    public static final int NESTING = 100;

    private CommentBudget() {
    }

    /**
     * Why {@code markdown} must be shown as plain text, or empty when it may be formatted. The
     * reason is a phrase that completes "comment shown as plain text: ...".
     */
    public static Optional<String> problem(String markdown) {
        if (markdown.length() > CHARS) {
            return Optional.of(tooLong());
        }
        return problem(markdown.toCharArray());
    }

    /**
     * {@link #problem(String)} of the comment whose characters are {@code markdown}: read from an
     * array, since under the quick compiler the launcher runs with {@code String.charAt} costs a call
     * per character, above all on text in other scripts.
     */
    static Optional<String> problem(char[] markdown) {
        if (markdown.length > CHARS) {
            return Optional.of(tooLong());
        }
        int n = markdown.length;
        if ((long) n * n <= WORK) {
            // the work estimate is at most marks times length, so at most n * n: only the nesting can be over
            return nesting(markdown) > NESTING ? Optional.of(tooDeep()) : Optional.empty();
        }
        // one pass for both measures: every comment is checked when it is read and again when it is rendered
        int deepest = 0;
        int run = 0;
        boolean atStart = true;
        long work = 0;
        int paragraphStart = 0;
        long marks = 0;
        int lineStart = 0;
        boolean blankLine = true;
        for (int i = 0; i < n; i++) {
            char c = markdown[i];
            if (c == '\n') {
                if (blankLine) {
                    work += marks * (lineStart - paragraphStart);
                    marks = 0;
                    paragraphStart = i + 1;
                }
                lineStart = i + 1;
                blankLine = true;
                atStart = true;
                run = 0;
                continue;
            }
            if (c == '&' || c == '<' || c == '`' || c == '[' || c == ']') {
                marks++;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                blankLine = false;
            }
            if (atStart && (c == ' ' || c == '\t' || c == '>' || c == '-' || c == '+' || c == '*'
                    || c == '.' || c == ')' || (c >= '0' && c <= '9'))) {
                deepest = Math.max(deepest, ++run);
            } else {
                atStart = false;
            }
        }
        if (blankLine) {
            // the sentinel line break at the end, as work() reads it
            work += marks * (lineStart - paragraphStart);
            marks = 0;
            paragraphStart = n + 1;
        }
        work += marks * (n - paragraphStart);
        if (deepest > NESTING) {
            return Optional.of(tooDeep());
        }
        if (work > WORK) {
            return Optional.of("a paragraph has too many links, entities, code spans or tags for its length");
        }
        return Optional.empty();
    }

    private static String tooDeep() {
        return "a line opens lists or quotes more than " + NESTING + " characters deep";
    }

    /** {@link #nesting(String)} of an array: only the start of each line is read closely. */
    private static int nesting(char[] markdown) {
        int deepest = 0;
        int n = markdown.length;
        int i = 0;
        while (i < n) {
            int lineStart = i;
            while (i < n && nestingMark(markdown[i])) {
                i++;
            }
            deepest = Math.max(deepest, i - lineStart);
            while (i < n && markdown[i] != '\n') {
                i++;
            }
            i++;
        }
        return deepest;
    }

    private static boolean nestingMark(char c) {
        return c == ' ' || c == '\t' || c == '>' || c == '-' || c == '+' || c == '*' || c == '.' || c == ')'
                || (c >= '0' && c <= '9');
    }

    private static String tooLong() {
        return "it is longer than " + String.format(Locale.ROOT, "%,d", CHARS) + " characters";
    }

    /**
     * The work estimate that {@link #WORK} bounds: for each paragraph, the number of {@code & < ` [ ]}
     * in it times its length in characters. One pass; paragraphs end at a line that is empty or blank.
     */
    static long work(String markdown) {
        return work(markdown, false);
    }

    /**
     * Why editors' Markdown would take Flexmark too long, or empty. Only the work estimate applies
     * (editors' text may be long and deeply nested lists fail on their own), and lines with a
     * {@code |} count as paragraphs of their own, because Flexmark parses each table cell apart.
     */
    static Optional<String> editorialProblem(String markdown) {
        return work(markdown, true) > WORK
                ? Optional.of("a paragraph has too many links, entities, code spans or tags for its length")
                : Optional.empty();
    }

    private static long work(String markdown, boolean tableLinesApart) {
        long work = 0;
        int paragraphStart = 0;
        long marks = 0;
        int n = markdown.length();
        int lineStart = 0;
        boolean blankLine = true;
        boolean pipe = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? markdown.charAt(i) : '\n';
            switch (c) {
                case '&', '<', '`', '[', ']' -> marks++;
                case '|' -> pipe = tableLinesApart;
                default -> {
                    // other characters cost Flexmark a constant each
                }
            }
            if (c == '\n') {
                if (pipe) {
                    work += marks * (i + 1 - paragraphStart);
                    marks = 0;
                    paragraphStart = i + 1;
                    pipe = false;
                } else if (blankLine) {
                    work += marks * (lineStart - paragraphStart);
                    marks = 0;
                    paragraphStart = i + 1;
                }
                lineStart = i + 1;
                blankLine = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                blankLine = false;
            }
        }
        return work + marks * (n - paragraphStart);
    }

    /** The longest run of {@code > - + *}, {@code 1.}, {@code 1)} and spaces that starts a line. */
    static int nesting(String markdown) {
        int deepest = 0;
        int run = 0;
        boolean atStart = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                atStart = true;
                run = 0;
            } else if (atStart && (c == ' ' || c == '\t' || c == '>' || c == '-' || c == '+' || c == '*'
                    || c == '.' || c == ')' || (c >= '0' && c <= '9'))) {
                deepest = Math.max(deepest, ++run);
            } else {
                atStart = false;
            }
        }
        return deepest;
    }
}
