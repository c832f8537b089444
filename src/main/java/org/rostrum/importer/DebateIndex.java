package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.source.ContentWriter;

/**
 * The debates already in a content folder, found by the addresses a Disqus thread may give: the
 * debate's own page ({@code /debates/<slug>/}), any of its {@code aliases}, or its slug.
 *
 * <p>Only each {@code index.md}'s front matter is read, not the whole site through
 * {@code ContentLoader}: loading would hold every debate's comments in memory at once (against the
 * import's bounded memory) and would leave out a debate with an unrelated error, such as an unknown
 * person, so that its comments could not be matched.
 */
final class DebateIndex {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Set<String> slugs = new HashSet<>();
    private final Map<String, String> byPath = new HashMap<>();

    private DebateIndex() {
    }

    /** Reads the front matter of every {@code debates/<slug>/index.md} under {@code into}, in slug order. */
    static DebateIndex read(Path into, ContentWriter writer, Diagnostics diagnostics) {
        DebateIndex index = new DebateIndex();
        Path debates = into.resolve("debates");
        if (!Files.isDirectory(debates)) {
            return index;
        }
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(debates)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (SLUG.matcher(name).matches() && Files.isRegularFile(folder.resolve("index.md"))) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(debates), "cannot list the debates: " + e.getMessage());
            return index;
        }
        for (String slug : names) {
            index.slugs.add(slug);
            index.byPath.putIfAbsent("/debates/" + slug + "/", slug);
            Path file = debates.resolve(slug).resolve("index.md");
            List<String> aliases;
            try {
                aliases = writer.readAliases(file, diagnostics);
            } catch (IOException e) {
                diagnostics.warning(SourcePosition.startOf(file), "cannot read aliases: " + e.getMessage());
                continue;
            }
            for (String alias : aliases) {
                Aliases.matchKey(alias).ifPresent(path -> index.byPath.putIfAbsent(path, slug));
            }
        }
        return index;
    }

    /**
     * The debate a thread belongs to: by its identifier first (a slug, or an address among its
     * space-separated words), then by its link.
     */
    Optional<String> match(String identifier, String link) {
        for (String word : identifier.split("\\s+")) {
            if (slugs.contains(word)) {
                return Optional.of(word);
            }
            if (word.startsWith("/") || word.contains("://")) {
                Optional<String> slug = Aliases.matchKey(word).map(byPath::get);
                if (slug.isPresent()) {
                    return slug;
                }
            }
        }
        return Aliases.matchKey(link).map(byPath::get);
    }
}
