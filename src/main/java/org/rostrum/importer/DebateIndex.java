package org.rostrum.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.layout.Layout;
import org.rostrum.source.ContentWriter;

/**
 * The debates and standalone pages already in a content folder, found by the addresses a Disqus
 * thread may give: a debate's own page ({@code /debates/<slug>/}), a page's
 * ({@code /about/team/} for {@code pages/about/team.md}), any of their {@code aliases}, or a
 * debate's slug.
 *
 * <p>Only each {@code index.md}'s or page's front matter is read, not the whole site through
 * {@code ContentLoader}: loading would hold every debate's comments in memory at once (against the
 * import's bounded memory) and would leave out a debate with an unrelated error, such as an unknown
 * person, so that its comments could not be matched. Where a debate and a page claim the same
 * address, the debate has it.
 */
final class DebateIndex {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String PAGE_COMMENTS = ".comments.yaml";

    /**
     * Where the comments of a matched thread go.
     *
     * @param name the debate's slug, or the page's path below {@code pages/} without {@code .md}
     *             ({@code about/team})
     * @param page whether it is a standalone page
     */
    record Target(String name, boolean page) {

        /** {@code debates/<slug>/comments.yaml} or {@code pages/<path>.comments.yaml} under {@code into}. */
        Path commentsFile(Path into) {
            return page ? into.resolve("pages").resolve(name + PAGE_COMMENTS)
                    : into.resolve("debates").resolve(name).resolve("comments.yaml");
        }

        /** For ordering the writes: debates first, each kind by name. */
        String sortKey() {
            return (page ? "2 " : "1 ") + name;
        }
    }

    private final Set<String> slugs = new HashSet<>();
    private final Map<String, Target> byPath = new HashMap<>();

    private DebateIndex() {
    }

    /**
     * Reads the front matter of every {@code debates/<slug>/index.md} under {@code into}, in slug
     * order, then of every page of {@code pages/} (in its folders too), in path order.
     */
    static DebateIndex read(Path into, ContentWriter writer, Diagnostics diagnostics) {
        DebateIndex index = new DebateIndex();
        Path debates = into.resolve("debates");
        if (Files.isDirectory(debates)) {
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
                index.add(Layout.url(Layout.debate(slug)), debates.resolve(slug).resolve("index.md"),
                        new Target(slug, false), writer, diagnostics);
            }
        }
        for (String page : pages(into.resolve("pages"), diagnostics)) {
            index.add(Layout.url(Layout.page(page)), into.resolve("pages").resolve(page + ".md"), new Target(page, true), writer,
                    diagnostics);
        }
        return index;
    }

    /** Notes {@code target} at its own path and at the aliases written in {@code file}. */
    private void add(String path, Path file, Target target, ContentWriter writer, Diagnostics diagnostics) {
        byPath.putIfAbsent(path, target);
        List<String> aliases;
        try {
            aliases = writer.readAliases(file, diagnostics);
        } catch (IOException e) {
            diagnostics.warning(SourcePosition.startOf(file), "cannot read aliases: " + e.getMessage());
            return;
        }
        for (String alias : aliases) {
            Aliases.matchKey(alias).ifPresent(key -> byPath.putIfAbsent(key, target));
        }
    }

    /**
     * The pages below {@code pagesDir} as paths without {@code .md} ({@code about/team}), sorted;
     * hidden files and the {@code .files} folders of pages left out, as the build does.
     */
    private static List<String> pages(Path pagesDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(pagesDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(pagesDir)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> pagesDir.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".md") && !path.endsWith(PAGE_COMMENTS))
                    .filter(path -> Arrays.stream(path.split("/")).noneMatch(
                            segment -> segment.startsWith(".") || segment.endsWith(".files")))
                    .map(path -> path.substring(0, path.length() - ".md".length()))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.startOf(pagesDir), "cannot list the pages: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * The debate or page a thread belongs to: by its identifier first (a debate's slug, or an
     * address among its space-separated words), then by its link.
     */
    Optional<Target> match(String identifier, String link) {
        for (String word : identifier.split("\\s+")) {
            if (slugs.contains(word)) {
                return Optional.of(new Target(word, false));
            }
            if (word.startsWith("/") || word.contains("://")) {
                Optional<Target> target = Aliases.matchKey(word).map(byPath::get);
                if (target.isPresent()) {
                    return target;
                }
            }
        }
        return Aliases.matchKey(link).map(byPath::get);
    }
}
