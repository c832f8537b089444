package org.rostrum.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rostrum.search.SearchDocument;
import org.rostrum.search.SearchIndexWriter;
import org.rostrum.search.Stemmer;

/**
 * Keeps {@link Layout} the one owner of the output layout: no other class of {@code src/main/java}
 * spells an output path, URL or anchor of the site in a string literal, and no template of the
 * built-in theme builds the address of one of the site's pages itself.
 *
 * <p>What is not the output layout is not checked: paths in the content folder
 * ({@code content/debates/<slug>/index.md}, a debate's {@code comments.json}), which the content
 * format names, and the old addresses of an imported blog. The search index names its own files under {@link Layout#searchFolder()}, since
 * {@code search} uses no other package; {@link #theSearchIndexWritesUnderTheSearchFolder} holds the two
 * together.
 */
class LayoutOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/rostrum");
    private static final Path THEME = Path.of("src/main/theme");
    private static final Path OWNER = MAIN.resolve("layout/Layout.java");
    private static final Path SEARCH = MAIN.resolve("search");

    /** Literals that begin like an output path or URL of the site. */
    private static final List<String> STARTS = List.of("debates/", "/debates/", "topics/", "/topics/", "people/",
            "/people/", "archive/", "/archive/", "search/", "/search/", "static/", "/static/", "page/", "/page/");
    /** Literals that hold a file name or folder of the output layout anywhere. */
    private static final List<String> HOLDS = List.of("/comments/", "comments/parts.js", "feed.xml",
            "sitemap.xml", "sitemap-", "404.html", "index.html", "robots.txt", "search-index.json", "#comment-");
    /** Literals that are the prefix of an anchor the site writes. */
    private static final Set<String> ANCHORS = Set.of("comment-", "response-", "reader-");
    /** Literals that name something else with the same words, by file. */
    private static final Map<String, Set<String>> NOT_THE_OUTPUT = Map.of(
            // the content folder of an imported debate: content/debates/<slug>/
            "importer/PostMedia.java", Set.of("debates/"),
            // WordPress's further pages of an old tag address: /tag/<name>/page/<n>/
            "importer/OldAddresses.java", Set.of("page/"));

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
    /** A template's link from the root that names its target itself, rather than through the view. */
    private static final Pattern BUILT_IN_TEMPLATE = Pattern.compile("\\$\\{page\\.root}(?!\\$\\{|static/)");

    /** The literals of a source file that spell the output layout, as {@code file:line: "literal"}. */
    static List<String> layoutLiterals(String name, String source) {
        String code = strip(source);
        List<String> found = new ArrayList<>();
        Set<String> allowed = NOT_THE_OUTPUT.getOrDefault(name, Set.of());
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            String literal = m.group(1);
            boolean layout = STARTS.stream().anyMatch(literal::startsWith) || HOLDS.stream().anyMatch(literal::contains)
                    || ANCHORS.contains(literal);
            if (layout && !allowed.contains(literal)) {
                int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(name + ":" + line + ": \"" + literal + "\"");
            }
        }
        return found;
    }

    /** {@code source} without comments and text blocks, each replaced by as many line breaks as it had. */
    private static String strip(String source) {
        String code = source;
        for (Pattern p : List.of(TEXT_BLOCK, BLOCK_COMMENT, LINE_COMMENT)) {
            code = p.matcher(code).replaceAll(r -> "\n".repeat((int) r.group().chars().filter(c -> c == '\n').count()));
        }
        return code;
    }

    @Test
    void noMainClassButLayoutSpellsAnOutputPath() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.equals(OWNER) || file.startsWith(SEARCH)) {
                    continue;
                }
                found.addAll(layoutLiterals(MAIN.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
            }
        }
        assertEquals(List.of(), found, "ask Layout for these paths and URLs");
    }

    @Test
    void findsTheLiteralsItGuardsAgainst() {
        String source = """
                class Planted {
                    // "debates/" in a comment is fine
                    String a = "debates/" + slug + "/index.html";
                    String b = "/topics/" + slug + "/";
                    String c = base + "feed.xml";
                    String d = page + "#comment-" + id;
                    String e = "comment-";
                    String f = "content/debates/" + slug;
                    String g = "debates";
                }
                """;
        assertEquals(List.of("render/Planted.java:3: \"debates/\"", "render/Planted.java:3: \"/index.html\"",
                "render/Planted.java:4: \"/topics/\"", "render/Planted.java:5: \"feed.xml\"",
                "render/Planted.java:6: \"#comment-\"", "render/Planted.java:7: \"comment-\""),
                layoutLiterals("render/Planted.java", source));
        assertEquals(List.of(), layoutLiterals("importer/PostMedia.java", "String f = \"debates/\" + slug;"));
    }

    @Test
    void noBuiltInTemplateBuildsTheAddressOfOneOfTheSitesPages() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(THEME)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ftl[hx]")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (BUILT_IN_TEMPLATE.matcher(lines.get(i)).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "give the view the href and write ${page.root}${view.href}");
        assertTrue(BUILT_IN_TEMPLATE.matcher("<a href=\"${page.root}topics/index.html\">").find());
        assertFalse(BUILT_IN_TEMPLATE.matcher("<a href=\"${page.root}${site.links.topics}\">").find());
        assertFalse(BUILT_IN_TEMPLATE.matcher("<link href=\"${page.root}static/style.css\">").find());
    }

    @Test
    void theSearchIndexWritesUnderTheSearchFolder() {
        List<String> paths = new ArrayList<>();
        SearchIndexWriter writer = new SearchIndexWriter(f -> paths.add(f.path()), Stemmer.forLanguage("en"));
        writer.addPage(new SearchDocument(SearchDocument.Kind.PAGE, Layout.page("about"), "About", "", "", "About",
                "what this archive is"));
        writer.finish();
        assertTrue(paths.contains(Layout.searchManifest()), paths.toString());
        assertTrue(paths.stream().allMatch(p -> p.startsWith(Layout.searchFolder())), paths.toString());
    }
}
