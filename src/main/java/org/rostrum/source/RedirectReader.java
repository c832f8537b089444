package org.rostrum.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.Redirect;

/**
 * Reads {@code redirects.yaml}: a mapping from old paths of the site to the pages they moved to,
 * both written from the site root.
 *
 * <pre>{@code
 * /category/security/: /topics/security/
 * /feed/: /feed.xml
 * }</pre>
 *
 * <p>An old path is checked and normalised as a debate's alias is; a target must be a path from
 * the site root without {@code #}, {@code .} or {@code ..} segments, and may end in a query
 * ({@code /search/?q=budget%20cuts}), kept as written. Whether the target
 * is a page of the site is checked with the other links of the build. A path given twice is
 * reported at its second place. Entries in file order. Immutable.
 */
final class RedirectReader {

    static final String FILE = "redirects.yaml";

    private final SourceFiles files;
    private final ContentTree tree;

    RedirectReader(SourceFiles files, ContentTree tree) {
        this.files = files;
        this.tree = tree;
    }

    /** The redirects of {@code file}; none when it does not exist. Problems go to {@code diagnostics}. */
    List<Redirect> read(Path file, Diagnostics diagnostics) {
        List<Redirect> redirects = new ArrayList<>();
        if (!Files.isRegularFile(file) || !tree.isReadable(file, diagnostics)) {
            return redirects;
        }
        Optional<Value> value = files.yaml(file, diagnostics);
        if (value.isEmpty() || value.get() instanceof Value.Empty) {
            return redirects;
        }
        if (!(value.get() instanceof Value.Mapping mapping)) {
            diagnostics.error(value.get().position(),
                    FILE + " must be a mapping from old paths to new ones, not " + value.get().kind());
            return redirects;
        }
        Set<String> seen = new HashSet<>();
        for (Value.Entry entry : mapping.entries()) {
            String written = entry.key().text().strip();
            Aliases.Result from = Aliases.normalise(written);
            if (from.alias().isEmpty()) {
                diagnostics.error(entry.key().position(), "invalid old path " + Fields.quote(written) + ": "
                        + from.problem());
                continue;
            }
            if (!(entry.value() instanceof Value.Scalar target) || target.text().isBlank()) {
                diagnostics.error(entry.value().position(), "the new path of " + Fields.quote(written)
                        + " must be a path such as /topics/security/, not " + kindOf(entry.value()));
                continue;
            }
            String to = target.text().strip();
            Optional<String> problem = targetProblem(to);
            if (problem.isPresent()) {
                diagnostics.error(target.textPosition(), "invalid new path " + Fields.quote(to) + ": " + problem.get());
            } else if (!seen.add(from.alias().get())) {
                diagnostics.error(entry.key().position(), "old path " + Fields.quote(from.alias().get())
                        + " is redirected twice");
            } else {
                redirects.add(new Redirect(from.alias().get(), to, target.textPosition()));
            }
        }
        return redirects;
    }

    private static Optional<String> targetProblem(String to) {
        if (!to.startsWith("/") || to.startsWith("//")) {
            return Optional.of("write a path from the site root, e.g. /topics/security/");
        }
        if (to.indexOf('#') >= 0 || to.indexOf('\\') >= 0 || to.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("'#', backslashes and control characters are not allowed");
        }
        int query = to.indexOf('?');
        if (query >= 0 && (query == to.length() - 1
                || to.substring(query).chars().anyMatch(Character::isWhitespace))) {
            return Optional.of("a query must be written after '?' without spaces, e.g. /search/?q=budget%20cuts");
        }
        for (String segment : (query < 0 ? to : to.substring(0, query)).split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("'" + segment + "' is not allowed");
            }
        }
        return Optional.empty();
    }

    private static String kindOf(Value value) {
        return value instanceof Value.Scalar ? "empty" : value.kind();
    }
}
