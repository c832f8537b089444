package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and unusual input, one case per folder of {@code src/test/resources/invalid/} (its
 * README lists them). Each case is the small site in {@code _base/} with the case's files laid
 * over it, and for some cases files that this test generates (binary files, symbolic links, files
 * too large to commit). The real command line builds it, and what it prints on stderr, with paths
 * relative to the case folder, must be exactly the case's {@code expected.txt}, after a first line
 * {@code exit N}: 1 with every error and its position, or 0 where the input is legal and builds.
 * No case may print a stack trace. Where a case builds, its output is checked as well.
 *
 * <p>After an intended change of messages, rewrite the expected files with
 * {@code mvn -q test -Dtest=InvalidInputTest -Dinvalid.update=true} and review the diff.
 */
class InvalidInputTest {

    static final Path CASES = Path.of("src/test/resources/invalid");
    private static final String BASE = "_base";

    /** Files that cannot (or should not) be committed, written into the content folder of a case. */
    private interface Generator {
        void write(Path content) throws IOException;
    }

    /** What a case that builds must have produced, checked in its output folder. */
    private interface OutputCheck {
        void check(Path site) throws IOException;
    }

    private static final Map<String, Generator> GENERATED = Map.of(
            "huge-comment-body", InvalidInputTest::hugeCommentBody,
            "deep-reply-chain", InvalidInputTest::deepReplyChain,
            "binary-index-md", content -> Files.write(content.resolve("debates/nato/index.md"), binary()),
            "invalid-utf8", InvalidInputTest::invalidUtf8,
            "byte-order-mark", InvalidInputTest::byteOrderMark,
            "crlf-line-endings", content -> crlf(content, "debates/nato/index.md", "debates/nato/comments.yaml"),
            "crlf-positions", content -> crlf(content, "debates/nato/comments.yaml"),
            "symlink-outside-content", InvalidInputTest::symlinksOutside,
            "file-too-large", InvalidInputTest::fileTooLarge,
            "template-link-outside", InvalidInputTest::templateLinksOutside);

    private static final Map<String, OutputCheck> CHECKS = Map.of(
            "huge-comment-body", InvalidInputTest::checkHugeCommentBody,
            "deep-reply-chain", InvalidInputTest::checkDeepReplyChain,
            "byte-order-mark", site -> assertEquals("Could Russia ever join NATO?", debatePage(site).selectFirst("h1").text()),
            "crlf-line-endings", InvalidInputTest::checkCrlf,
            "empty-comments-yaml", site -> assertTrue(debatePage(site).select("li[id^=comment-]").isEmpty()));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> eachCasePrintsItsDocumentedDiagnosticsAndNoStackTrace() throws IOException {
        return cases().stream().map(name -> DynamicTest.dynamicTest(name, () -> runCase(name)));
    }

    @Test
    void everyGeneratedCaseAndCheckHasItsFolder() throws IOException {
        List<String> cases = cases();
        assertTrue(cases.containsAll(GENERATED.keySet()), "generated cases without a folder");
        assertTrue(cases.containsAll(CHECKS.keySet()), "checks without a case");
        assertTrue(cases.size() >= 20, "cases: " + cases);
    }

    static List<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_")).sorted().toList();
        }
    }

    private void runCase(String name) throws IOException {
        Path root = dir.resolve(name);
        copyTree(CASES.resolve(BASE), root);
        copyTree(CASES.resolve(name), root);
        Files.deleteIfExists(root.resolve("expected.txt"));
        Files.createDirectories(root.resolve("templates"));
        if (GENERATED.containsKey(name)) {
            GENERATED.get(name).write(root.resolve("content"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // --quiet: no progress lines, which a slow machine would print on stderr; errors are still printed
        int code = Rostrum.run(new String[] {"build", "--quiet", "--content", root.resolve("content").toString(),
            "--templates", root.resolve("templates").toString(), "--out", root.resolve("site").toString()},
                new Terminal(new PrintWriter(out), new PrintWriter(err), Clock.systemUTC()));
        String stderr = err.toString().replace(root + "/", "");
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception") || stderr.contains("internal error"),
                "a stack trace or internal error:\n" + stderr);
        String actual = "exit " + code + "\n" + stderr;
        Path expectedFile = CASES.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("invalid.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "no expected.txt: run with -Dinvalid.update=true and review it");
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, name);
        if (code == 0) {
            assertTrue(Files.isRegularFile(root.resolve("site/debates/nato/index.html")), "the debate was built");
            if (CHECKS.containsKey(name)) {
                CHECKS.get(name).check(root.resolve("site"));
            }
        } else {
            assertFalse(Files.exists(root.resolve("site")), "a failed build wrote no site");
        }
    }

    // --- Generated files -----------------------------------------------------------------------

    /** A 10 MB comment: many paragraphs, the last one marked. */
    private static void hugeCommentBody(Path content) throws IOException {
        StringBuilder yaml = new StringBuilder("comments:\n  - id: huge\n    author: Long Winded\n    body: |\n");
        String paragraph = "      Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor *incididunt* "
                + "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.\n\n";
        while (yaml.length() < 10 * 1024 * 1024) {
            yaml.append(paragraph);
        }
        yaml.append("      The very last paragraph.\n");
        Files.writeString(content.resolve("debates/nato/comments.yaml"), yaml);
    }

    private static void checkHugeCommentBody(Path site) throws IOException {
        String html = Files.readString(site.resolve("debates/nato/index.html"));
        assertTrue(html.length() > 10 * 1024 * 1024, "the whole body is on the page");
        assertTrue(html.contains("<p>The very last paragraph.</p>"));
        assertTrue(Files.readString(site.resolve("debates/nato/comments.json")).contains("The very last paragraph."));
    }

    /** 100,000 comments, each replying to the one before. */
    private static void deepReplyChain(Path content) throws IOException {
        StringBuilder yaml = new StringBuilder("comments:\n  - id: c0\n    body: start\n");
        for (int i = 1; i < 100_000; i++) {
            yaml.append("  - id: c").append(i).append("\n    parent: c").append(i - 1).append("\n    body: reply ")
                    .append(i).append('\n');
        }
        Files.writeString(content.resolve("debates/nato/comments.yaml"), yaml);
    }

    private static void checkDeepReplyChain(Path site) throws IOException {
        String html = Files.readString(site.resolve("debates/nato/index.html"));
        assertTrue(html.contains("id=\"comment-c0\"") && html.contains("id=\"comment-c99999\""));
        JsonNode comments = new ObjectMapper().readTree(site.resolve("debates/nato/comments.json").toFile()).get("comments");
        assertEquals(100_000, comments.size());
        JsonNode last = comments.get(99_999);
        assertEquals(List.of("c99999", "c99998", 99_999),
                List.of(last.get("id").asText(), last.get("parent").asText(), last.get("depth").asInt()));
    }

    /** The start of a PNG file: not text (it has NUL bytes). */
    private static byte[] binary() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    }

    /** Latin-1 {@code é} (0xE9) where UTF-8 is expected, on line 3. */
    private static void invalidUtf8(Path content) throws IOException {
        byte[] start = "comments:\n  - id: c1\n    body: caf".getBytes(StandardCharsets.US_ASCII);
        byte[] end = " au lait\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[start.length + 1 + end.length];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9;
        System.arraycopy(end, 0, bytes, start.length + 1, end.length);
        Files.write(content.resolve("debates/nato/comments.yaml"), bytes);
    }

    private static void byteOrderMark(Path content) throws IOException {
        for (String file : List.of("debates/nato/index.md", "debates/nato/comments.yaml", "site.yaml")) {
            Path path = content.resolve(file);
            Files.writeString(path, "\uFEFF" + Files.readString(path), StandardCharsets.UTF_8);
        }
    }

    private static void crlf(Path content, String... files) throws IOException {
        for (String file : files) {
            Path path = content.resolve(file);
            Files.writeString(path, Files.readString(path).replace("\n", "\r\n"), StandardCharsets.UTF_8);
        }
    }

    private static void checkCrlf(Path site) throws IOException {
        String html = Files.readString(site.resolve("debates/nato/index.html"));
        assertFalse(html.contains("\r"), "no carriage return reaches the page");
        Document page = debatePage(site);
        assertEquals("Is the idea absurd today?", page.selectFirst("#reader-1 blockquote").text());
        assertEquals("Today, how stable can a democracy be?",
                page.selectFirst("#comment-c2 .comment-body").text());
    }

    /** A file and a debate folder that link out of the content folder, to files beside it. */
    private static void symlinksOutside(Path content) throws IOException {
        Path outside = content.resolveSibling("outside");
        Files.createDirectories(outside.resolve("debate"));
        Files.writeString(outside.resolve("secret.txt"), "not for the site\n");
        Files.writeString(outside.resolve("debate/index.md"), "---\ntitle: Leaked?\ndate: 2019-01-01\n---\nLeak.\n");
        Files.createSymbolicLink(content.resolve("debates/nato/secret.txt"), Path.of("../../../outside/secret.txt"));
        Files.createSymbolicLink(content.resolve("debates/leak"), Path.of("../../outside/debate"));
    }

    /** The site's own templates folder, with a page template and a static file that link out of it. */
    private static void templateLinksOutside(Path content) throws IOException {
        Path templates = content.resolveSibling("templates");
        Path outside = content.resolveSibling("outside");
        Files.createDirectories(templates.resolve("static"));
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("page.ftlh"), "<p>A template from outside: ${title}</p>\n");
        Files.writeString(outside.resolve("secret.txt"), "not for the site\n");
        Files.createSymbolicLink(templates.resolve("page.ftlh"), Path.of("../outside/page.ftlh"));
        Files.createSymbolicLink(templates.resolve("static/secret.txt"), Path.of("../../outside/secret.txt"));
    }

    /** A sparse file one byte over the 64 MiB limit: nothing is read. */
    private static void fileTooLarge(Path content) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(content.resolve("debates/nato/comments.yaml").toFile(), "rw")) {
            file.setLength((64L << 20) + 1);
        }
    }

    // --- Helpers -------------------------------------------------------------------------------

    private static Document debatePage(Path site) {
        try {
            return Jsoup.parse(site.resolve("debates/nato/index.html").toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Map<Path, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                files.put(p, to.resolve(from.relativize(p).toString()));
            }
        }
        for (Map.Entry<Path, Path> e : files.entrySet()) {
            if (Files.isDirectory(e.getKey())) {
                Files.createDirectories(e.getValue());
            } else {
                Files.copy(e.getKey(), e.getValue(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
