package org.rostrum.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.diag.Diagnostic;

/** How results of builds and checks are printed. */
final class Reports {

    private Reports() {
    }

    /** Every problem, one a line, sorted by file and position. */
    static void printDiagnostics(BuildResult result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d);
        }
    }

    /**
     * Prints {@code N reader comments left out, see warnings} when comments were quarantined, and
     * returns whether {@code strict} makes that a failure (then it says so).
     */
    static boolean leftOutFails(BuildResult result, boolean strict, PrintWriter err) {
        long n = result.leftOutComments();
        if (n == 0) {
            return false;
        }
        err.println(count(n, "reader comment", "reader comments") + " left out, see warnings");
        if (strict) {
            err.println("error: --strict: reader comments were left out");
        }
        return strict;
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String seconds(BuildResult result) {
        return String.format(Locale.ROOT, "%.2f s", result.elapsed().toMillis() / 1000.0);
    }

    /** {@code 3 errors and 1 warning}. */
    static String problems(BuildResult result) {
        long errors = result.diagnostics().stream().filter(d -> d.severity().label().equals("error")).count();
        long warnings = result.diagnostics().size() - errors;
        String text = count(errors, "error", "errors");
        return warnings == 0 ? text : text + " and " + count(warnings, "warning", "warnings");
    }
}
