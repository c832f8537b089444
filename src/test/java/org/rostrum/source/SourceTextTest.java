package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.Files;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;

class SourceTextTest {

    @TempDir
    Path temp;

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reportsInvalidUtf8AtItsLineAndColumn() {
        MiniSite site = new MiniSite(temp).bytes("site.yaml",
                concat(utf8("title: Test\nbase_url: https://example.org/\ndescription: é"), new byte[] {(byte) 0xff},
                        utf8("\n")));
        site.load();
        assertEquals(List.of("content/site.yaml:3:15: error: invalid UTF-8 byte 0xff"), site.messages());
    }

    @Test
    void reportsTruncatedUtf8Sequence() {
        MiniSite site = MiniSite.withSiteYaml(temp).bytes("debates/a/index.md",
                concat(utf8("---\ntitle: A\n"), new byte[] {(byte) 0xe2, (byte) 0x82}, utf8("\n")));
        site.load();
        assertEquals(List.of("content/debates/a/index.md:3:1: error: invalid UTF-8 byte 0xe2"), site.messages());
    }

    @Test
    void skipsByteOrderMark() {
        MiniSite site = new MiniSite(temp).bytes("site.yaml",
                concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(MiniSite.SITE_YAML)));
        Site loaded = site.load();
        assertEquals(List.of(), site.messages());
        assertEquals("Test Archive", loaded.config().title());
    }

    @Test
    void keepsPositionsRightWithCrlfLineEndings() {
        MiniSite site = MiniSite.withSiteYaml(temp).file("debates/a/index.md",
                "---\r\ntitle: A\r\ndate: 2019-01-28\r\ndraft: maybe\r\n---\r\nBody\r\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:4:8: error: field 'draft' must be true or false, not 'maybe'"),
                site.messages());
    }

    @Test
    void keepsPositionsRightWithCrLineEndings() {
        MiniSite site = MiniSite.withSiteYaml(temp).file("debates/a/index.md",
                "---\rtitle: A\rdate: 2019-01-28\rdraft: maybe\r---\rBody\r");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:4:8: error: field 'draft' must be true or false, not 'maybe'"),
                site.messages());
    }

    @Test
    void readsBodyWithCrlfAsPlainNewlines() {
        Debate debate = MiniSite.withSiteYaml(temp).file("debates/a/index.md",
                "---\r\ntitle: A\r\ndate: 2019-01-28\r\n---\r\nFirst line\r\nsame paragraph\r\n\r\nSecond\r\n").loadDebate();
        assertEquals("First line same paragraph", debate.summary());
    }

    @Test
    void rejectsFileWithNulByte() {
        MiniSite site = MiniSite.withSiteYaml(temp).bytes("debates/a/index.md",
                concat(utf8("---\ntitle: A\n"), new byte[] {0}, utf8("---\n")));
        site.load();
        assertEquals(List.of("content/debates/a/index.md:1:1: error: not a text file"), site.messages());
    }

    @Test
    void rejectsFileOverTheSizeLimit() {
        MiniSite site = MiniSite.withSiteYaml(temp).limits(new Limits(100, 100, 100))
                .file("debates/a/index.md", "---\ntitle: A\ndate: 2019-01-28\n---\n" + "x".repeat(200));
        site.load();
        assertEquals(List.of("content/debates/a/index.md:1:1: error: file is too large: 234 bytes (the limit is 100 bytes)"),
                site.messages());
    }

    @Test
    void countsColumnsInUtf16UnitsAfterEmoji() {
        // the emoji is one code point (as the YAML engine counts) but two UTF-16 units (as editors count)
        MiniSite site = MiniSite.withSiteYaml(temp).debate("a",
                "title: \uD83D\uDE00 A\ndate: 2019-01-28\ntopics: [\uD83D\uDE00x, [a]]\n", "Body\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:4:15: error: a topic must be a name, not a list"),
                site.messages());
    }

    @Test
    void reportsMissingFrontMatterInEmptyFile() {
        MiniSite site = MiniSite.withSiteYaml(temp).file("debates/a/index.md", "");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:1:1: error: missing front matter: the file must start with a line '---'"),
                site.messages());
    }

    @Test
    void reportsMissingFrontMatterInWhitespaceOnlyFile() {
        MiniSite site = MiniSite.withSiteYaml(temp).file("debates/a/index.md", "  \n\n \t\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:1:1: error: missing front matter: the file must start with a line '---'"),
                site.messages());
    }

    @Test
    void reportsUnclosedFrontMatter() {
        MiniSite site = MiniSite.withSiteYaml(temp).file("debates/a/index.md", "---\ntitle: A\ndate: 2019-01-28\n\nBody\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:1:1: error: front matter is not closed: add a line '---' after it"),
                site.messages());
    }

    @Test
    void acceptsFrontMatterFencesWithTrailingSpaces() {
        Debate debate = MiniSite.withSiteYaml(temp)
                .file("debates/a/index.md", "---  \ntitle: A\ndate: 2019-01-28\n--- \nBody\n").loadDebate();
        assertEquals("A", debate.title());
        assertTrue(debate.summary().startsWith("Body"));
    }

    @Test
    void reportsFileThatCannotBeRead() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("folder.md"));
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.empty(), SourceText.read(folder, 1_000_000, diagnostics));
        assertEquals(List.of(folder + ":1:1: error: cannot read file: IOException"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void reportsFolderThatCannotBeListed() throws Exception {
        MiniSite site = MiniSite.withSiteYaml(temp).file("people/ann.yaml", "name: Ann\n");
        Path people = site.path("people");
        people.toFile().setReadable(false);
        try {
            assumeFalse(Files.isReadable(people), "the tests run as a user who can read anything");
            site.load();
            assertEquals(List.of("content/people:1:1: error: cannot read folder: AccessDeniedException"), site.messages());
        } finally {
            people.toFile().setReadable(true);
        }
    }

    /**
     * The fast decoding (the JDK's, then the strict decoder only for text with U+FFFD) reads every
     * file as the strict decoder alone does, and reports the same problem at the same place: random
     * files of several scripts, emoji, U+FFFD, NUL bytes, byte-order marks, CR line endings and
     * invalid bytes.
     */
    @Test
    void readsEveryFileAsTheStrictDecoderDoes() throws Exception {
        java.util.Random random = new java.util.Random(3);
        String[] pieces = {"a", "key: value", "\n", "\r\n", "\r", " ", "é", "Ω", "д", "中", "\uD83D\uDE00", "\uFFFD",
            "\u0000", "\uFEFF", "#"};
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xc3, 0}};
        Path file = temp.resolve("f.yaml");
        for (int i = 0; i < 3_000; i++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            if (random.nextInt(5) == 0) {
                out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            }
            for (int k = random.nextInt(40); k > 0; k--) {
                if (random.nextInt(30) == 0) {
                    out.write(bad[random.nextInt(bad.length)]);
                } else {
                    out.write(utf8(pieces[random.nextInt(pieces.length)]));
                }
            }
            byte[] bytes = out.toByteArray();
            Files.write(file, bytes);
            Diagnostics diagnostics = new Diagnostics();
            Optional<SourceText> read = SourceText.read(file, 1 << 20, diagnostics);
            String expected = strictlyDecoded(bytes);
            if (expected == null) {
                assertTrue(read.isEmpty() && diagnostics.hasErrors(), java.util.Arrays.toString(bytes));
                boolean nul = false;
                for (byte b : bytes) {
                    nul |= b == 0;
                }
                assertEquals(nul, diagnostics.sorted().get(0).message().equals("not a text file"));
                continue;
            }
            assertEquals(expected.replace("\r\n", "\n").replace('\r', '\n'), read.orElseThrow().text());
            assertTrue(diagnostics.isEmpty());
            SourceText text = read.get();
            for (int line = 0; line < text.lineCount(); line++) {
                String l = text.line(line);
                for (int column = 0; column <= l.codePointCount(0, l.length()) + 1; column++) {
                    int chars = column <= l.codePointCount(0, l.length()) ? l.offsetByCodePoints(0, column)
                            : l.length() + column - l.codePointCount(0, l.length());
                    assertEquals(chars + 1, text.position(line, column).column(), l + " at " + column);
                }
            }
        }
    }

    /** What the strict decoder reads, or null when the file is no text (a NUL byte) or not UTF-8. */
    private static String strictlyDecoded(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
