package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RostrumTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Rostrum.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), Clock.systemUTC()));
    }

    private void site() throws IOException {
        Files.createDirectories(dir.resolve("content/debates/a"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: T\nbase_url: https://example.org/\n");
        Files.writeString(dir.resolve("content/debates/a/index.md"), "---\ntitle: A?\ndate: 2020-01-01\n---\nText.\n");
    }

    @Test
    void buildPrintsOneSummaryLineAndExitsZero() throws IOException {
        site();
        int code = run("build", "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString(),
                "--templates", dir.resolve("templates").toString());
        assertEquals(0, code, err.toString());
        String summary = out.toString().strip();
        assertTrue(summary.matches("Built 1 debate and 0 comments into .*site: \\d+ pages; \\d+ files written in \\d+\\.\\d\\d s"),
                summary);
        assertEquals("", err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("site/debates/a/index.html")));
    }

    @Test
    void checkExitsOneAndListsErrorsWithPositions() throws IOException {
        site();
        Files.writeString(dir.resolve("content/debates/a/comments.yaml"), "comments:\n  - body: x\nreplies: []\n");
        int code = run("check", "--content", dir.resolve("content").toString());
        assertEquals(1, code);
        assertEquals(dir.resolve("content/debates/a/comments.yaml") + ":3:1: error: unknown field 'replies'"
                + "\nerror: check found 1 error\n", err.toString());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void readerTextInAProblemCannotWriteExtraLinesIntoTheLog() throws IOException {
        site();
        Files.writeString(dir.resolve("content/debates/a/comments.yaml"),
                "comments:\n  - parent: \"nope\\ncontent/site.yaml:1:1: error: forged\"\n    body: x\n");
        int code = run("check", "--strict", "--content", dir.resolve("content").toString());
        assertEquals(1, code);
        String file = dir.resolve("content/debates/a/comments.yaml").toString();
        assertEquals(file + ":2:5: warning: reader comment left out of the site\n"
                + file + ":2:13: warning: unknown parent 'nope\\ncontent/site.yaml:1:1: error: forged': no comment in"
                + " this debate has that id\n1 reader comment left out, see warnings\n"
                + "error: --strict: reader comments were left out\n", err.toString());
    }

    @Test
    void checkLeavesOutAReaderMistakeAndFailsOnlyWhenStrict() throws IOException {
        site();
        Files.writeString(dir.resolve("content/debates/a/comments.yaml"), "comments:\n  - parent: nope\n    body: x\n");
        String file = dir.resolve("content/debates/a/comments.yaml").toString();
        String warnings = file + ":2:5: warning: reader comment left out of the site\n"
                + file + ":2:13: warning: unknown parent 'nope': no comment in this debate has that id\n"
                + "1 reader comment left out, see warnings\n";
        assertEquals(0, run("check", "--quiet", "--content", dir.resolve("content").toString()));
        assertEquals(warnings, err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("check", "--quiet", "--strict", "--content", dir.resolve("content").toString()));
        assertEquals(warnings + "error: --strict: reader comments were left out\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("build", "--quiet", "--strict", "--content", dir.resolve("content").toString(),
                "--out", dir.resolve("site").toString()));
        assertEquals(warnings + "error: --strict: reader comments were left out\n", err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("site/debates/a/index.html")), "--strict still builds the site");
    }

    @Test
    void failedBuildSaysTheOutputWasLeftAlone() throws IOException {
        int code = run("build", "--content", dir.resolve("missing").toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, code);
        assertTrue(err.toString().endsWith("error: build failed with 1 error; " + dir.resolve("site")
                + " was left as it was\n"), err.toString());
        assertTrue(err.toString().startsWith(dir.resolve("missing") + ":1:1: error: content folder not found"),
                err.toString());
    }

    @Test
    void buildRefusesAFileAsItsOutputFolderAndExitsOne() throws IOException {
        site();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "remember the milk\n");
        int code = run("build", "--content", dir.resolve("content").toString(), "--out", notes.toString(),
                "--templates", dir.resolve("templates").toString());
        assertEquals(1, code);
        assertEquals(notes + ":1:1: error: output folder '" + notes + "' is a file, not a folder\nerror: build failed"
                + " with 1 error; " + notes + " was left as it was\n", err.toString());
        assertEquals("remember the milk\n", Files.readString(notes));
    }

    @Test
    void buildRefusesABaseUrlThatSiteYamlWouldRefuse() throws IOException {
        site();
        String[][] cases = {
            {"javascript:alert(1)//", "must be an absolute http or https URL such as https://archive.example.org/,"
                + " not 'javascript:alert(1)//'"},
            {"", "must be an absolute http or https URL such as https://archive.example.org/, not ''"},
            {"not a url", "must be an absolute http or https URL such as https://archive.example.org/, not 'not a url'"},
            {"https://editor:s3cret@example.org/", "must not contain a user name or password (user:password@): it"
                + " would be published on every page"},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);
            int code = run("build", "--content", dir.resolve("content").toString(), "--out",
                    dir.resolve("site").toString(), "--templates", dir.resolve("templates").toString(),
                    "--base-url", c[0]);
            assertEquals(2, code, c[0]);
            assertEquals("error: --base-url " + c[1] + "\n", err.toString());
        }
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        assertEquals(2, run("biuld"));
        assertTrue(err.toString().contains("Did you mean: rostrum build?"), err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("build", "--drafs"));
        assertTrue(err.toString().contains("Unknown option: '--drafs'"), err.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Usage: rostrum"), err.toString());
    }

    /** --version alone declares no command (picocli's model of each would cost start-up time). */
    @Test
    void versionPrintsTheReleaseLineAloneWithEitherOption() {
        String expected = "rostrum " + Version.current().version() + " (commit " + Version.current().commit() + ")\n";
        assertEquals(0, run("--version"));
        assertEquals(0, run("-V"));
        assertEquals(expected + expected, out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build"), out.toString());
        assertTrue(out.toString().contains("check"), out.toString());
    }

    @Test
    void importsAWordPressExportAndPrintsTheReport() throws IOException {
        Path export = Path.of("src/test/resources/import/wordpress-1.2.xml");
        int code = run("import", "wordpress", export.toString(), "--into", dir.resolve("content").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("WordPress"), out.toString());
        try (var debates = Files.list(dir.resolve("content/debates"))) {
            assertTrue(debates.count() > 0);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--content", dir.resolve("content").toString()), err.toString());
    }

    @Test
    void importCopiesMediaFromTheUploadsFolderAndListsWhatStaysRemote() throws IOException {
        Path export = Path.of("src/test/resources/import/wordpress-media.xml");
        Path list = dir.resolve("remote.txt");
        int code = run("import", "wordpress", export.toString(), "--into", dir.resolve("content").toString(),
                "--uploads", "src/test/resources/import/uploads", "--remote-list", list.toString());

        assertEquals(0, code, err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("content/debates/summit/flag.jpg")));
        assertTrue(Files.isRegularFile(dir.resolve("content/pages/about.files/cat.jpg")));
        assertEquals("""
                debates/summit/index.md\thttps://old.example.org/wp-content/uploads/2019/01/missing.png\tnot in the uploads folder
                debates/summit/index.md\thttps://images.example.net/elsewhere.jpg\ton another host; --download-external copies it
                """, Files.readString(list));
        assertTrue(out.toString().endsWith("the 2 media links still pointing elsewhere are listed in " + list + "\n"),
                out.toString());
    }

    @Test
    void importWithAMissingUploadsFolderIsAUsageError() {
        Path missing = dir.resolve("no-such-uploads");
        assertEquals(2, run("import", "wordpress", "src/test/resources/import/wordpress-media.xml", "--into",
                dir.resolve("content").toString(), "--uploads", missing.toString()));
        assertEquals("error: --uploads " + missing + " is not a folder\n", err.toString().replace(System.lineSeparator(), "\n"));
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void importWithoutAFormatIsAUsageError() {
        assertEquals(2, run("import"));
        assertTrue(err.toString().contains("wordpress or disqus"), err.toString());
    }
}
