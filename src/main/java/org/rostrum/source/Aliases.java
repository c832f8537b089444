package org.rostrum.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Old URL paths of a debate ({@code aliases}), each of which gets a redirect page. An alias is a
 * path from the site root: it is normalised to start with {@code /} and, unless it names an
 * {@code .html} or {@code .htm} file, to end with {@code /}.
 */
final class Aliases {

    /** The longest file or folder name common file systems take, in UTF-8 bytes. */
    static final int MAX_NAME_BYTES = 255;
    /**
     * The longest alias, in UTF-8 bytes: far below the limit of a whole path (4096 bytes on Linux,
     * 1024 on macOS), which must also hold the output folder's own path.
     */
    static final int MAX_PATH_BYTES = 512;

    private Aliases() {
    }

    /** The normalised alias, or why it cannot be one. */
    record Result(Optional<String> alias, String problem) {
    }

    /** The {@code aliases} field of {@code fields}, normalised, without duplicates; problems reported at their item. */
    static java.util.List<String> read(Fields fields, org.rostrum.diag.Diagnostics diagnostics) {
        java.util.List<String> aliases = new java.util.ArrayList<>();
        fields.list("aliases", "a list of paths", text -> "write aliases: [" + text + "]").ifPresent(list -> {
            for (Value item : list.items()) {
                if (!(item instanceof Value.Scalar scalar) || scalar.text().isBlank()) {
                    diagnostics.error(item.position(), "an alias must be a path, not "
                            + (item instanceof Value.Scalar ? "empty" : item.kind()));
                    continue;
                }
                Result result = normalise(scalar.text().strip());
                if (result.alias().isEmpty()) {
                    diagnostics.error(item.position(), "invalid alias " + Fields.quote(scalar.text().strip())
                            + ": " + result.problem());
                } else if (!aliases.contains(result.alias().get())) {
                    aliases.add(result.alias().get());
                }
            }
        });
        return aliases;
    }

    static Result normalise(String written) {
        Optional<String> problem = problem(written);
        if (problem.isPresent()) {
            return new Result(Optional.empty(), problem.get());
        }
        String path = written.startsWith("/") ? written : "/" + written;
        String lower = path.toLowerCase(Locale.ROOT);
        if (!path.endsWith("/") && !lower.endsWith(".html") && !lower.endsWith(".htm")) {
            path = path + "/";
        }
        return new Result(Optional.of(path), "");
    }

    private static Optional<String> problem(String path) {
        if (path.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("control characters are not allowed");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("backslashes are not allowed");
        }
        if (path.contains("://")) {
            return Optional.of("write the path without the site, e.g. /2019/01/russia-nato/");
        }
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            return Optional.of("'?' and '#' are not allowed; an alias is a path only");
        }
        if (path.contains("//")) {
            return Optional.of("'//' is not allowed");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("'" + segment + "' is not allowed");
            }
            int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                return Optional.of("a part of it is " + bytes + " bytes long; file systems allow names of at most "
                        + MAX_NAME_BYTES);
            }
        }
        int length = path.getBytes(StandardCharsets.UTF_8).length;
        if (length > MAX_PATH_BYTES) {
            return Optional.of("it is " + length + " bytes long; an alias may have at most " + MAX_PATH_BYTES);
        }
        if (path.equals("/")) {
            return Optional.of("the site root cannot be an alias");
        }
        return Optional.empty();
    }
}
