package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.varia.NullAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.markdown.MarkdownRenderer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every page of the example archive passes the Nu HTML Checker (the validator behind
 * validator.w3.org/nu), run in-process with the same schema as its command line: HTML with RDFa
 * Lite, so that Open Graph {@code <meta property>} tags are valid.
 */
class ValidHtmlIT {

    /** The checker's default schema, resolved from the copy inside its jar. */
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheExampleArchivePassesTheNuHtmlChecker() throws Exception {
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withOut(out));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());

        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 40, "the example archive has pages of every kind, found " + pages.size());

        List<String> errors = errors(out, pages);
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors in " + pages.size()
                + " pages:\n" + String.join("\n", errors.subList(0, Math.min(50, errors.size()))));
    }

    @Test
    void importedCommentsWithTheirOldAnchorsAndFormattingAreValid() throws Exception {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + """
                -- content/debates/votes/index.md --
                ---
                title: Votes at 16?
                date: 2024-01-01
                aliases: [/2019/01/votes-at-16/]
                ---
                Body.
                -- content/debates/votes/comments.yaml --
                comments:
                  - id: wp-881
                    author: Ann
                    body: "| a | b |\\n|---|--:|\\n| 1 | 2 |\\n\\nline one<br />\\nline two, ~~struck~~, <kbd>Ctrl</kbd>"
                  - id: wp-882
                    parent: wp-881
                    author: Ben
                    staff: true
                    body: "> quoted\\n\\n- one\\n- two\\n\\n`code`"
                  - id: "12"
                    author: Cy
                    body: native
                  - id: wp-12
                    author: Di
                    body: old
                """);
        BuildResult built = site.build();
        assertEquals(List.of(), InlineSite.messages(built));
        Path debate = site.out().resolve("debates/votes/index.html");
        String html = Files.readString(debate);
        assertTrue(html.contains("<span id=\"comment-881\"></span>"), html);
        assertTrue(html.contains("<span id=\"comment-882\"></span>"), html);
        for (String shown : List.of("<td align=\"right\">2</td>", "line one<br />", "<del>struck</del>",
                "<kbd>Ctrl</kbd>", "<blockquote>", "<li>two</li>", "<code>code</code>")) {
            assertTrue(html.contains(shown), shown);
        }
        assertEquals(1, html.split("id=\"comment-12\"", -1).length - 1, "the old anchor of wp-12 is taken by 12");
        assertEquals(1, html.split("<span class=\"staff-badge\">staff</span>", -1).length - 1, "Ben's badge");
        assertTrue(html.contains("Ben</bdi></span> <span class=\"staff-badge\">"), html);
        List<String> errors = errors(site.out(), List.of(debate, site.out().resolve("2019/01/votes-at-16/index.html")));
        assertEquals(List.of(), errors);
    }

    /** What the checker finds wrong in {@code pages}, each as {@code file:line:column: message}. */
    static List<String> errors(Path out, List<Path> pages) throws Exception {
        Messages messages = new Messages(out);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        quietLog4j();
        validator.setUpMainSchema(SCHEMA, messages);
        validator.setUpValidatorAndParsers(messages, false, false);
        for (Path page : pages) {
            messages.file = page;
            try (InputStream in = Files.newInputStream(page)) {
                InputSource source = new InputSource(in);
                source.setSystemId(page.toUri().toString());
                source.setEncoding("UTF-8");
                validator.checkHtmlInputSource(source);
            }
        }
        return messages.errors;
    }

    /**
     * Loading the checker configures log4j 1.2 (which it brings) to print DEBUG messages on the
     * console, and FreeMarker logs through log4j wherever it finds it: every later test in this JVM
     * would print FreeMarker's template-cache chatter. This puts log4j back to silent.
     */
    private static void quietLog4j() {
        LogManager.resetConfiguration();
        LogManager.getRootLogger().setLevel(Level.OFF);
        LogManager.getRootLogger().addAppender(new NullAppender());
    }

    /** Collects the checker's messages as {@code file:line:column: message}. */
    private static final class Messages implements ErrorHandler {
        final Path root;
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        Path file;

        Messages(Path root) {
            this.root = root;
        }

        private String describe(SAXParseException e) {
            String where = file == null ? "<schema>" : root.relativize(file).toString().replace('\\', '/');
            return where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }
    }
}
