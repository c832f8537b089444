package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.HostilePayloads.Payload;
import org.rostrum.markdown.MarkdownRenderer;
import org.w3c.dom.NodeList;

/**
 * Every payload of {@code src/test/resources/hostile/payloads.txt} goes through one full build as a
 * comment body, a comment author (also shown as the author replied to), an {@code author_url}, and
 * a debate's title and summary. Then every output file is checked: HTML with jsoup, JSON with
 * Jackson, feeds and sitemaps with an XML parser.
 *
 * <p>Markup that only the theme may produce (scripts, styles, forms, images, meta tags...) is
 * counted in each page and compared with a control build of the same site in which every payload
 * is replaced by harmless text: reader text adds none. Some things are never allowed at all: event
 * handler attributes, URLs with a scheme other than http, https or mailto, {@code <base>},
 * frames, objects, SVG, MathML, {@code srcset}, {@code formaction}, {@code xlink:href}.
 */
class HostileContentTest {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "poster", "data", "background",
            "lowsrc", "dynsrc", "cite", "longdesc", "usemap", "manifest", "ping", "codebase", "archive", "profile",
            "icon");
    private static final Set<String> NEVER_ELEMENTS = Set.of("base", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math", "isindex", "bgsound", "xml", "xss", "portal");
    private static final Set<String> NEVER_ATTRIBUTES = Set.of("srcset", "formaction", "xlink:href");
    private static final List<String> THEME_ONLY = List.of("script", "style", "link", "meta", "form", "input", "button",
            "textarea", "select", "img", "picture", "source", "video", "audio", "track", "noscript", "template",
            "details", "[style]", "[dir]", "[lang]", "[tabindex]", "[autofocus]", "[target]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    static Path dir;

    private static List<Payload> payloads;
    private static Path hostile;
    private static Path control;
    private static List<Integer> authorUrlLines;
    private static BuildResult authorUrlCheck;

    @BeforeAll
    static void buildSites() throws IOException {
        payloads = HostilePayloads.load();
        hostile = dir.resolve("hostile");
        control = dir.resolve("control");
        writeSite(hostile, Payload::text, p -> p.acceptedAsWebLink() ? p.text() : "https://example.org/safe");
        writeSite(control, p -> "Harmless text " + p.name(), p -> "https://example.org/control/" + p.name());
        assertEquals(List.of(), messages(build(hostile), hostile), "the hostile site builds");
        assertEquals(List.of(), messages(build(control), control), "the control site builds");
        authorUrlCheck = writeAuthorUrlSite(dir.resolve("urls"));
    }

    private static BuildResult build(Path root) {
        return new SiteBuild(MARKDOWN, Clock.systemUTC()).build(BuildOptions.defaults()
                .withContent(root.resolve("content")).withTemplates(root.resolve("templates"))
                .withOut(root.resolve("site")));
    }

    private static List<String> messages(BuildResult result, Path root) {
        return result.diagnostics().stream().map(d -> d.toString().replace(root + "/", "")).toList();
    }

    /** One debate per payload, with the payload in every place that shows reader or editor text. */
    private static void writeSite(Path root, Function<Payload, String> text, Function<Payload, String> url)
            throws IOException {
        Path content = root.resolve("content");
        write(content.resolve("site.yaml"), "title: Hostile archive\nbase_url: https://example.org/archive/\n"
                + "per_page: 1000\n");
        LocalDate date = LocalDate.of(2020, 1, 1);
        for (Payload p : payloads) {
            Path debate = content.resolve("debates").resolve(p.name());
            String value = text.apply(p);
            write(debate.resolve("index.md"), "---\n"
                    + "title: " + HostilePayloads.yamlString(value) + "\n"
                    + "date: " + date + "\n"
                    + "topics: [Hostile]\n"
                    + "summary: " + HostilePayloads.yamlString(value + " (summary)") + "\n"
                    + "aliases: [/old/" + p.name() + "/]\n"
                    + "---\n"
                    + "The editors' introduction to " + p.name() + ".\n");
            write(debate.resolve("comments.yaml"), "comments:\n"
                    + "  - id: c1\n    author: Reader\n    date: 2020-02-01T10:00:00Z\n"
                    + "    body: " + HostilePayloads.yamlString(value) + "\n"
                    + "  - id: c2\n    author: " + HostilePayloads.yamlString(value) + "\n    body: Plain text two.\n"
                    + "  - id: c3\n    parent: c2\n    author: Replier\n    body: Plain text three.\n"
                    + "  - id: c4\n    author: Linked\n    author_url: " + HostilePayloads.yamlString(url.apply(p))
                    + "\n    body: Plain text four.\n");
            date = date.plusDays(1);
        }
    }

    /** A debate whose comments have every payload as their {@code author_url}; checked, not built. */
    private static BuildResult writeAuthorUrlSite(Path root) throws IOException {
        Path content = root.resolve("content");
        write(content.resolve("site.yaml"), "title: Links\nbase_url: https://example.org/\n");
        write(content.resolve("debates/urls/index.md"), "---\ntitle: Links?\ndate: 2020-01-01\n---\nText.\n");
        StringBuilder yaml = new StringBuilder("comments:\n");
        authorUrlLines = new ArrayList<>();
        int line = 2;
        for (Payload p : payloads) {
            yaml.append("  - id: ").append(p.name()).append('\n')
                    .append("    author_url: ").append(HostilePayloads.yamlString(p.text())).append('\n')
                    .append("    body: x\n");
            authorUrlLines.add(line + 1);
            line += 3;
        }
        write(content.resolve("debates/urls/comments.yaml"), yaml.toString());
        return new SiteBuild(MARKDOWN, Clock.systemUTC()).check(BuildOptions.defaults()
                .withContent(content).withTemplates(root.resolve("templates")));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void coversTheCheatSheetWithAtLeastSixtyDistinctPayloads() {
        assertTrue(payloads.size() >= 60, "only " + payloads.size() + " payloads");
        Set<String> names = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Payload p : payloads) {
            assertTrue(names.add(p.name()), "two payloads named " + p.name());
            assertTrue(texts.add(p.text()), "payload " + p.name() + " repeats another");
        }
    }

    @Test
    void acceptsOnlyWebUrlsAsAuthorLinksAndDropsTheRestAtTheirPosition() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            if (!payloads.get(i).acceptedAsWebLink()) {
                expected.add("content/debates/urls/comments.yaml:" + authorUrlLines.get(i)
                        + ":17: warning: field 'author_url' must be an http or https URL, not '");
            }
        }
        List<String> actual = messages(authorUrlCheck, dir.resolve("urls")).stream()
                .map(m -> m.contains(", not '") ? m.substring(0, m.indexOf(", not '") + 7) : m)
                .toList();
        assertEquals(expected, actual);
    }

    @TestFactory
    Stream<DynamicTest> noOutputFileCarriesReaderMarkup() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : files(hostile.resolve("site"))) {
            tests.add(DynamicTest.dynamicTest(path, () -> {
                Path file = hostile.resolve("site").resolve(path);
                if (path.endsWith(".html")) {
                    Path harmless = control.resolve("site").resolve(path);
                    assertTrue(Files.exists(harmless), "the control build has no " + path);
                    assertNoReaderMarkup(path, parse(file), parse(harmless));
                } else if (path.endsWith(".json")) {
                    JSON.readTree(file.toFile());
                } else if (path.endsWith(".xml")) {
                    parseXml(file);
                } else if (path.startsWith("search/") && path.endsWith(".js")) {
                    // One call with JSON arguments, nothing that could end a string or the script.
                    String script = Files.readString(file);
                    assertTrue(script.matches("(?s)rostrumSearch\\.(manifest|terms|docs|debates)\\(.*\\);\n"),
                            path + ": " + script);
                    assertFalse(script.contains("<") || script.contains(">") || script.contains("\u2028")
                            || script.contains("\u2029"), path + ": " + script);
                    JSON.readTree("[" + script.substring(script.indexOf('(') + 1, script.length() - 3) + "]");
                }
            }));
        }
        assertTrue(tests.size() > payloads.size() * 2, "every debate and alias page is checked");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyPayloadStaysVisibleAsText() throws Exception {
        Path site = hostile.resolve("site");
        Document home = parse(site.resolve("index.html"));
        String homeText = home.text();
        Map<String, List<String>> feed = feedEntries(parseXml(site.resolve("feed.xml")));
        assertEquals(Math.min(20, payloads.size()), feed.size(), "the feed holds the 20 newest debates");
        JsonNode search = JSON.readTree(site.resolve("search-index.json").toFile());
        List<String> searchTitles = new ArrayList<>();
        search.get("debates").forEach(d -> searchTitles.add(d.get(0).asText()));
        return payloads.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> named(p.name(), () -> {
            // Rostrum shows the control characters that HTML and XML forbid as U+FFFD in text fields.
            String plain = parsed(p.text().strip());
            String summary = plain + " (summary)";
            Document page = parse(site.resolve("debates/" + p.name() + "/index.html"));
            assertShows(page.getElementById("comment-c1"), p.visibleAsBody(), "the comment body");
            String inBody = plain;
            assertShows(page.getElementById("comment-c2"), inBody, "the comment author");
            assertShows(page.getElementById("comment-c3"), inBody, "the author that a reply answers");
            assertTrue(page.title().contains(textOf(plain)), "title " + page.title());
            assertEquals(parsed(summary), page.selectFirst("meta[name=description]").attr("content"), "summary");
            assertTrue(homeText.contains(textOf(inBody + " (summary)")), "the summary on the home page");
            List<String> entry = feed.get("https://example.org/archive/debates/" + p.name() + "/");
            if (entry != null) {
                assertEquals(List.of(xmlText(plain), xmlText(summary)), entry, "title and summary in the feed");
            }
            assertTrue(searchTitles.contains(plain), "the title in the search index");

            JsonNode ld = jsonLd(page);
            assertEquals(plain, ld.get("headline").asText());
            assertEquals(summary, ld.get("text").asText());
            assertEquals(plain, ld.get("comment").get(1).get("author").get("name").asText());

            JsonNode comments = JSON.readTree(site.resolve("debates/" + p.name() + "/comments.json").toFile())
                    .get("comments");
            assertEquals(p.text(), comments.get(0).get("body").asText(), "the body as written, in comments.json");
            assertEquals(plain, comments.get(1).get("author").asText());
            if (p.acceptedAsWebLink()) {
                assertEquals(plain, comments.get(3).get("author_url").asText());
                assertEquals(plain, page.getElementById("comment-c4").selectFirst("a[href]").attr("href"));
            }
        })));
    }

    /** Runs {@code checks}, naming the payload in a failure: surefire reports dynamic tests by number. */
    private static void named(String name, org.junit.jupiter.api.function.Executable checks) throws Throwable {
        try {
            checks.execute();
        } catch (AssertionError e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    // --- HTML checks ---------------------------------------------------------------------------

    private static void assertNoReaderMarkup(String path, Document page, Document harmless) {
        for (Element e : page.getAllElements()) {
            assertFalse(NEVER_ELEMENTS.contains(e.normalName()), () -> path + ": element " + snippet(e));
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> path + ": event handler in " + snippet(e));
                assertFalse(NEVER_ATTRIBUTES.contains(name) || name.endsWith(":href"),
                        () -> path + ": attribute " + name + " in " + snippet(e));
                if (URL_ATTRIBUTES.contains(name)) {
                    String scheme = scheme(a.getValue());
                    assertTrue(scheme.isEmpty() || ALLOWED_SCHEMES.contains(scheme),
                            () -> path + ": " + scheme + ": URL in " + snippet(e));
                }
            }
        }
        for (Element script : page.select("script")) {
            assertThemeScript(path, script);
        }
        for (Element meta : page.select("meta[http-equiv]")) {
            assertAliasRedirect(path, meta);
        }
        for (String selector : THEME_ONLY) {
            assertEquals(harmless.select(selector).size(), page.select(selector).size(),
                    () -> path + ": '" + selector + "' elements that the harmless build does not have: "
                            + page.select(selector).stream().map(HostileContentTest::snippet).toList());
        }
    }

    /** The theme's scripts: the JSON-LD of a page, or a file of the theme or the search index. */
    private static void assertThemeScript(String path, Element script) {
        if (script.hasAttr("src")) {
            String src = Path.of(path).resolveSibling(script.attr("src")).normalize().toString();
            assertTrue(src.startsWith("static/"), path + ": script " + script);
            assertTrue(script.data().isBlank(), path + ": script with both src and content");
            return;
        }
        // The JSON-LD of a page, or the search page's interface strings: data, never run.
        assertEquals(script.id().equals("search-strings") ? "application/json" : "application/ld+json",
                script.attr("type").toLowerCase(Locale.ROOT), path + ": inline script");
        assertFalse(script.data().contains("<"), path + ": raw '<' in the JSON-LD");
        try {
            JSON.readTree(script.data());
        } catch (IOException e) {
            fail(path + ": JSON-LD does not parse: " + e.getMessage());
        }
    }

    /** A refresh is allowed on the redirect page of an alias, to its own debate only. */
    private static void assertAliasRedirect(String path, Element meta) {
        Matcher alias = Pattern.compile("old/([a-z0-9-]+)/index\\.html").matcher(path);
        assertTrue(alias.matches(), path + ": " + meta);
        assertEquals("refresh", meta.attr("http-equiv").toLowerCase(Locale.ROOT), path + ": " + meta);
        String content = meta.attr("content");
        String target = content.substring(content.indexOf("url=") + 4);
        assertEquals("debates/" + alias.group(1) + "/index.html",
                Path.of(path).resolveSibling(target).normalize().toString(), path + ": " + meta);
    }

    /**
     * The scheme of a URL as a browser could read it, and then some: every control, space and
     * invisible character is removed first, and letters are lower-cased.
     */
    static String scheme(String url) {
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean invisible = c <= 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
            if (!invisible) {
                visible.append(c);
            }
        }
        Matcher m = SCHEME.matcher(visible.toString().toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : "";
    }

    private static JsonNode jsonLd(Document page) throws IOException {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(script, "no JSON-LD");
        return JSON.readTree(script.data());
    }

    // --- Visible text --------------------------------------------------------------------------

    private static void assertShows(Element element, String text, String where) {
        assertNotNull(element, where + " is missing");
        String shown = element.text();
        assertTrue(shown.contains(textOf(text)), () -> where + " does not show " + textOf(text) + ": " + shown);
    }

    /**
     * A string as a reader sees it in the page: line breaks normalised, and the control characters
     * that HTML does not allow in a document shown as U+FFFD (Rostrum replaces them when it reads
     * a text field).
     */
    private static String parsed(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\x{00}-\\x{08}\\x{0B}\\x{0C}\\x{0E}-\\x{1F}\\x{7F}-\\x{9F}]", "\uFFFD");
    }

    /**
     * A string as jsoup's {@code text()} shows it: parsed, runs of HTML whitespace as one space,
     * trimmed, without the soft hyphens and zero-width spaces that jsoup leaves out.
     */
    private static String textOf(String text) {
        return parsed(text).replaceAll("[ \\t\\n\\f\\r\\u00A0]+", " ").replaceAll("[\\u00AD\\u200B]", "").strip();
    }

    /** A string as an XML parser reads it back: line breaks normalised, what XML forbids as U+FFFD. */
    private static String xmlText(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[^\\t\\n\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "\uFFFD");
    }

    // --- Files ---------------------------------------------------------------------------------

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.w3c.dom.Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The title and summary of every entry of an Atom feed, by id. */
    private static Map<String, List<String>> feedEntries(org.w3c.dom.Document feed) {
        Map<String, List<String>> entries = new HashMap<>();
        NodeList nodes = feed.getElementsByTagNameNS("*", "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) nodes.item(i);
            entries.put(childText(entry, "id"), List.of(childText(entry, "title"), childText(entry, "summary")));
        }
        return entries;
    }

    private static String childText(org.w3c.dom.Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }

    private static String snippet(Element e) {
        String html = e.outerHtml();
        return html.length() > 200 ? html.substring(0, 200) + "…" : html;
    }
}
