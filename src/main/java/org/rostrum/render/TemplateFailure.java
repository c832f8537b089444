package org.rostrum.render;

/**
 * A template that is missing, does not parse, or fails on some page: where and why.
 *
 * @see SiteRenderer
 */
public final class TemplateFailure extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;

    TemplateFailure(String file, int line, int column, String message) {
        super(message, null, false, false);
        this.file = file;
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    /** The template file, as a path the user can open (or the built-in theme's name for it). */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
