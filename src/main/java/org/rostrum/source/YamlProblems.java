package org.rostrum.source;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.diag.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Says what a YAML syntax error means in the words of the person who made it, with a hint for the
 * mistakes editors make most: a colon in an unquoted value, a quote never closed, a line indented
 * unlike its neighbours, a tab. Anything else keeps the engine's own words, with the line it
 * refers to counted in the file, not in the YAML.
 */
final class YamlProblems {

    /** A syntax error: where to report it and what to say. */
    record Problem(SourcePosition position, String message) {
    }

    private static final Pattern BAD_START = Pattern.compile(
            "found character '(.)' that cannot start any token.*", Pattern.DOTALL);
    /** {@code key: value} on one line, the value not quoted, possibly as a list item. */
    private static final Pattern KEY_VALUE = Pattern.compile("(\\s*(?:- )?[^\\s:#\"'][^:#]*?):\\s+([^\"'|>].*)");

    private YamlProblems() {
    }

    /**
     * The problem of {@code e}, a syntax error in {@code source}; {@code at} turns the engine's
     * marks into positions in the file.
     */
    static Problem describe(MarkedYamlEngineException e, SourceText source,
            Function<Optional<Mark>, SourcePosition> at) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        SourcePosition here = at.apply(e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark());
        if (problem.contains("\\t(TAB)")) {
            return new Problem(here, "tabs are not allowed in YAML; indent with spaces");
        }
        if (problem.contains("found another document")) {
            return new Problem(here, "invalid YAML: a file holds one document; remove the second '---'");
        }
        Matcher badStart = BAD_START.matcher(problem);
        if (badStart.matches()) {
            return new Problem(here, "invalid YAML: a value cannot start with '" + badStart.group(1)
                    + "'; put it in quotes");
        }
        if (problem.contains("mapping values are not allowed here")) {
            Optional<String> indented = keyIndentedUnderValue(source, here);
            if (indented.isPresent()) {
                return new Problem(here, "invalid YAML: inconsistent indentation: " + indented.get());
            }
            return new Problem(here, "invalid YAML: a colon followed by a space inside a value; " + quoteHint(source, here));
        }
        if (context.contains("quoted scalar") && e.getContextMark().isPresent()) {
            SourcePosition opening = at.apply(e.getContextMark());
            return new Problem(opening, "invalid YAML: the quoted value that starts here is never closed;"
                    + " end it with the same quote it starts with");
        }
        if (context.contains("simple key") && e.getContextMark().isPresent()) {
            return new Problem(at.apply(e.getContextMark()), "invalid YAML: this line is not 'key: value' and not a"
                    + " list item; if it continues the value above, indent it more than the key of that value");
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-'")) {
            return new Problem(here, "invalid YAML: inconsistent indentation" + indentationHint(source, here));
        }
        String where = "";
        if (!context.isBlank() && e.getContextMark().isPresent()) {
            where = " (" + context + " at line " + at.apply(e.getContextMark()).line() + ")";
        }
        return new Problem(here, "invalid YAML: " + problem + where);
    }

    /** The line at {@code here} with its value put in quotes, or a general hint. */
    private static String quoteHint(SourceText source, SourcePosition here) {
        Matcher m = KEY_VALUE.matcher(source.line(here.line() - 1));
        if (m.matches()) {
            String value = m.group(2).strip().replace("\\", "\\\\").replace("\"", "\\\"");
            return "put the value in quotes: " + m.group(1).strip() + ": \"" + value + "\"";
        }
        return "put the value in quotes";
    }

    /**
     * When the line at {@code here} is a {@code key: value} indented deeper than a {@code key: value}
     * line above it, YAML reads it as the rest of that value: say so.
     */
    private static Optional<String> keyIndentedUnderValue(SourceText source, SourcePosition here) {
        int lineIndex = here.line() - 1;
        String line = source.line(lineIndex);
        Matcher m = KEY_VALUE.matcher(line);
        for (int above = lineIndex - 1; m.matches() && above >= 0; above--) {
            String other = source.line(above);
            if (other.isBlank()) {
                continue;
            }
            Matcher key = KEY_VALUE.matcher(other);
            if (key.matches() && indentation(other) < indentation(line)) {
                return Optional.of("line " + here.line() + " is indented more than line " + (above + 1)
                        + ", so it reads as part of the value of " + Fields.quote(key.group(1).strip())
                        + "; indent " + Fields.quote(m.group(1).strip()) + " like " + Fields.quote(key.group(1).strip()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * How the line at {@code here} is indented, against the nearest line above of the same kind (a
     * list item against a list item, a key against a key).
     */
    private static String indentationHint(SourceText source, SourcePosition here) {
        int lineIndex = here.line() - 1;
        String line = source.line(lineIndex);
        int indent = indentation(line);
        boolean item = line.stripLeading().startsWith("- ");
        for (int above = lineIndex - 1; above >= 0; above--) {
            String other = source.line(above);
            if (other.isBlank() || other.strip().equals("---")) {
                continue;
            }
            if (other.stripLeading().startsWith("- ") == item && indentation(other) != indent) {
                return ": line " + here.line() + " is indented by " + spaces(indent) + ", line " + (above + 1)
                        + " above it by " + spaces(indentation(other)) + "; indent the "
                        + (item ? "items of one list" : "keys of one mapping") + " by the same number of spaces";
            }
        }
        return ": line " + here.line() + " is indented by " + spaces(indent)
                + ", which matches no list or key above it";
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String spaces(int n) {
        return n == 1 ? "1 space" : n + " spaces";
    }
}
