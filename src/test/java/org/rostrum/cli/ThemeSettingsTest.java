package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a site changes of the theme without copying it: its own stylesheet, a logo, its own values, its templates folder. */
class ThemeSettingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String SITE_YAML = "title: Courier\nbase_url: https://example.org/\n";

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private Path out;

    @BeforeEach
    void site() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("debates/a"));
        Files.writeString(content.resolve("debates/a/index.md"), "---\ntitle: A?\ndate: 2020-01-01\n---\nText.\n");
        templates = Files.createDirectories(dir.resolve("templates"));
        out = dir.resolve("site");
    }

    private void siteYaml(String more) throws IOException {
        Files.writeString(content.resolve("site.yaml"), SITE_YAML + more);
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private CommandRun build() {
        return CommandRun.of(CLOCK, "build", "--quiet", "--content", content.toString(), "--templates",
                templates.toString(), "--out", out.toString());
    }

    private String page(String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void aCustomStylesheetIsLinkedAfterTheThemesAndCopied() throws IOException {
        siteYaml("");
        write(templates.resolve("static/custom.css"), ":root { --accent: #8a1538; }\n");

        CommandRun run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String home = page("index.html");
        assertTrue(home.contains("<link rel=\"stylesheet\" href=\"static/style.css\">\n"
                + "<link rel=\"stylesheet\" href=\"static/custom.css\">\n"), home);
        assertTrue(page("debates/a/index.html").contains("<link rel=\"stylesheet\" href=\"../../static/custom.css\">"));
        assertEquals(":root { --accent: #8a1538; }\n", page("static/custom.css"));
    }

    @Test
    void withoutACustomStylesheetOnlyTheThemesIsLinked() throws IOException {
        siteYaml("");
        CommandRun run = build();
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(page("index.html").contains("custom.css"));
        assertFalse(Files.exists(out.resolve("static/custom.css")));
    }

    @Test
    void aLogoInTheContentFolderIsCopiedAndShownInTheHeader() throws IOException {
        siteYaml("logo: courier.svg\n");
        write(content.resolve("courier.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        CommandRun run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(page("index.html").contains("<a class=\"site-title\" href=\"index.html\" aria-current=\"page\">"
                + "<img class=\"site-logo\" src=\"courier.svg\" alt=\"\" height=\"40\">Courier</a>"), page("index.html"));
        assertTrue(page("debates/a/index.html").contains("<img class=\"site-logo\" src=\"../../courier.svg\""));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", page("courier.svg"));
    }

    @Test
    void aChangedLogoInTheContentFolderIsCopiedByTheNextBuild() throws IOException {
        siteYaml("logo: courier.svg\n");
        write(content.resolve("courier.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        settled(dir, 60);
        assertEquals(0, CommandRun.of(Clock.systemUTC(), "build", "--content", content.toString(), "--templates",
                templates.toString(), "--out", out.toString()).exitCode());

        write(content.resolve("courier.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n");
        settled(content.resolve("courier.svg"), 30);
        CommandRun again = CommandRun.of(Clock.systemUTC(), "build", "--content", content.toString(), "--templates",
                templates.toString(), "--out", out.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n", page("courier.svg"));
    }

    /** Dates every file under {@code root} {@code minutes} back, so that a build takes them as settled. */
    private static void settled(Path root, int minutes) throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(60L * minutes));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }

    @Test
    void aLogoAmongTheSitesStaticFilesIsShownFromThere() throws IOException {
        siteYaml("logo: brand/courier.png\n");
        write(templates.resolve("static/brand/courier.png"), "png");

        CommandRun run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(page("index.html").contains("<img class=\"site-logo\" src=\"static/brand/courier.png\""));
        assertEquals("png", page("static/brand/courier.png"));
    }

    @Test
    void aLogoThatIsNowhereIsAnErrorAtItsField() throws IOException {
        siteYaml("logo: courier.svg\n");

        CommandRun run = build();

        assertEquals(1, run.exitCode());
        assertEquals(content.resolve("site.yaml") + ":3:7: error: logo 'courier.svg' not found: put the file directly "
                + "in the content folder or in " + templates.resolve("static") + "\n"
                + "error: build failed with 1 error; " + out + " was left as it was\n", run.err());
    }

    @Test
    void paramsReachTheTemplatesAsSiteParams() throws IOException {
        siteYaml("""
                params:
                  accent: "#8a1538"
                  founded: 2019
                  donate: true
                  menu: [About, Contact]
                """);
        write(templates.resolve("404.ftlh"), "${site.params.accent} ${site.params.founded + 5}"
                + " <#if site.params.donate>donate</#if> <#list site.params.menu as m>${m};</#list>\n");

        CommandRun run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "params is a known field: no 'unknown field' warning");
        assertEquals("#8a1538 2024 donate About;Contact;\n", page("404.html"));
    }

    @Test
    void aTemplatesFolderGivenButMissingIsAnError() throws IOException {
        siteYaml("");
        Path missing = dir.resolve("templtes");
        String expected = missing + ":1:1: error: templates folder not found: leave out --templates to build with the "
                + "built-in theme alone\n";

        for (String command : new String[] {"build", "check", "serve"}) {
            CommandRun run = CommandRun.of(CLOCK, command, "--content", content.toString(), "--templates",
                    missing.toString());
            assertEquals(2, run.exitCode(), command);
            assertEquals(expected, run.err(), command);
            assertEquals("", run.out(), command);
        }
    }

    @Test
    void aTemplatesOptionNamingAFileIsAnError() throws IOException {
        siteYaml("");
        Path file = Files.writeString(dir.resolve("layout.ftlh"), "");
        CommandRun run = CommandRun.of(CLOCK, "check", "--content", content.toString(), "--templates", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(file + ":1:1: error: --templates names a file, not a folder: leave out --templates to build with "
                + "the built-in theme alone\n", run.err());
    }
}
