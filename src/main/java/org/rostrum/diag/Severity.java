package org.rostrum.diag;

/** How bad a problem is: errors fail the build, warnings are printed and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed between position and message: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
