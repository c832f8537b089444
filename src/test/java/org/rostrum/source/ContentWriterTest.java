package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.DebateStatus;
import org.rostrum.model.Link;
import org.rostrum.model.Timestamp;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

class ContentWriterTest {

    private final ContentWriter writer = new ContentWriter();

    @TempDir
    Path dir;

    private static Timestamp utc(int year, int month, int day, int hour, int minute) {
        return new Timestamp(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC), false);
    }

    private static Object yaml(String text) {
        return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
    }

    private static String frontMatterOf(String file) {
        assertTrue(file.startsWith("---\n"), file);
        return file.substring(4, file.indexOf("\n---\n") + 1);
    }

    @Test
    void writesDebateFieldsInDesignOrderAndLeavesAbsentOnesOut() throws Exception {
        DebateDraft debate = new DebateDraft("Could Russia ever join NATO?", utc(2019, 1, 28, 8, 30),
                Optional.of(new Timestamp(LocalDate.of(2019, 2, 1).atStartOfDay(ZoneOffset.UTC), true)),
                List.of("Foreign Affairs", "Security"), Optional.of("A short summary."), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(DebateStatus.CLOSED), false,
                List.of("/2019/01/russia-nato/"), "We had a comment sent in.\n\n::: reader Yvetta\nHi\n:::\n\n");
        writer.writeDebate(dir.resolve("debates/russia-nato"), debate);

        assertEquals("""
                ---
                title: Could Russia ever join NATO?
                date: 2019-01-28T08:30:00Z
                updated: 2019-02-01
                topics:
                  - Foreign Affairs
                  - Security
                summary: A short summary.
                status: closed
                aliases:
                  - /2019/01/russia-nato/
                ---

                We had a comment sent in.

                ::: reader Yvetta
                Hi
                :::
                """, Files.readString(dir.resolve("debates/russia-nato/index.md")));
    }

    @Test
    void writesDraftFlagAndImageFieldsOnlyWhenGiven() {
        DebateDraft debate = new DebateDraft("T", utc(2020, 5, 1, 0, 0), Optional.empty(), List.of(),
                Optional.empty(), Optional.of("cover.jpg"), Optional.of("A cover"), Optional.of("(c) BigStock – Elkov"),
                Optional.empty(), true, List.of(), "");
        assertEquals("""
                ---
                title: T
                date: 2020-05-01T00:00:00Z
                image: cover.jpg
                image_alt: A cover
                image_credit: (c) BigStock – Elkov
                draft: true
                ---
                """, writer.debateText(debate));
    }

    @Test
    void quotesStringsThatAYamlReaderCouldTakeForAnotherType() {
        List<String> tricky = List.of("NO", "on", "yes", "true", "null", "~", "1.10", "42", "0x1F", ".inf",
                "2019-01-28", "", "12:30", "-1e5", "<<");
        for (String title : tricky) {
            String file = writer.debateText(DebateDraft.of(title, utc(2019, 1, 1, 0, 0), ""));
            assertTrue(file.contains("title: \"" + title + "\"\n"), file);
            Map<?, ?> back = (Map<?, ?>) yaml(frontMatterOf(file));
            assertEquals(title, back.get("title"));
        }
    }

    @Test
    void leavesOrdinaryStringsPlain() {
        String file = writer.debateText(DebateDraft.of("Nobody knows", utc(2019, 1, 1, 0, 0), ""));
        assertTrue(file.contains("title: Nobody knows\n"), file);
    }

    @Test
    void writesCommentsFlatWithLiteralBlockBodies() throws Exception {
        List<CommentDraft> comments = List.of(
                CommentDraft.published("c1", Optional.empty(), Optional.of(utc(2019, 1, 29, 10, 2)),
                        "Well, yes, someday.\n\nIf Russia becomes a stable democracy.")
                        .by(Optional.of("Franz M"), Optional.of("https://example.org/franz")),
                CommentDraft.published("c1-1", Optional.of("c1"), Optional.empty(),
                        "Today, how stable can a democracy be?"),
                CommentDraft.removed("c2", Optional.empty(), Optional.of(utc(2019, 1, 30, 0, 0))));
        Path file = dir.resolve("comments.yaml");
        writer.writeComments(file, comments);

        assertEquals("""
                comments:
                  - id: c1
                    author: Franz M
                    author_url: https://example.org/franz
                    date: 2019-01-29T10:02:00Z
                    body: |-
                      Well, yes, someday.

                      If Russia becomes a stable democracy.
                  - id: c1-1
                    parent: c1
                    body: Today, how stable can a democracy be?
                  - id: c2
                    date: 2019-01-30T00:00:00Z
                    status: removed
                """, Files.readString(file));
    }

    @Test
    void commentsReadBackAsTheValuesWritten() throws Exception {
        List<CommentDraft> comments = List.of(
                CommentDraft.published("wp-1", Optional.empty(), Optional.of(utc(2019, 1, 29, 10, 2)),
                        "  indented first line\nline with trailing spaces  \n- not a list?\n# hash\n")
                        .by(Optional.of("O'Brien: \"no\" # not a comment"), Optional.empty()),
                CommentDraft.published("wp-2", Optional.of("wp-1"), Optional.empty(),
                        "tab\there and a control \u0001 char\n\nÜnïcödé 😀")
                        .by(Optional.of("yes"), Optional.empty()),
                CommentDraft.published("wp-3", Optional.of("wp-2"), Optional.empty(), "")
                        .by(Optional.of("NO"), Optional.empty()));
        String text = writer.commentsText(comments);

        Map<?, ?> back = (Map<?, ?>) yaml(text);
        List<?> list = (List<?>) back.get("comments");
        assertEquals(3, list.size());
        for (int i = 0; i < comments.size(); i++) {
            CommentDraft c = comments.get(i);
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("id", c.id().orElseThrow());
            c.parent().ifPresent(p -> expected.put("parent", p));
            c.author().ifPresent(a -> expected.put("author", a));
            c.date().ifPresent(d -> expected.put("date", "2019-01-29T10:02:00Z"));
            expected.put("body", c.body());
            assertEquals(expected, list.get(i));
        }
        assertEquals(text, writer.commentsText(comments), "the same comments give the same bytes");
    }

    @Test
    void writesPersonAndPageFiles() throws Exception {
        writer.writePerson(dir.resolve("people/leonid-gozman.yaml"), new PersonDraft("Leonid Gozman",
                Optional.of("Russian liberal politician"), Optional.of("Born 1950.\n\nPsychologist."),
                Optional.empty(), List.of(new Link("Blog", "https://example.org/blog"))));
        assertEquals("""
                name: Leonid Gozman
                role: Russian liberal politician
                bio: |-
                  Born 1950.

                  Psychologist.
                links:
                  - title: Blog
                    url: https://example.org/blog
                """, Files.readString(dir.resolve("people/leonid-gozman.yaml")));

        writer.writePage(dir.resolve("pages/about.md"), new PageDraft("About", Optional.empty(), false, "Us."));
        assertEquals("---\ntitle: About\n---\n\nUs.\n", Files.readString(dir.resolve("pages/about.md")));
    }

    @Test
    void writesSiteSettings() throws Exception {
        writer.writeSite(dir.resolve("site.yaml"), new SiteDraft("Old Debates: an archive", "https://old.example.org/",
                Optional.of("Debates from the old site"), Optional.of("en-GB")));
        assertEquals("""
                title: 'Old Debates: an archive'
                base_url: https://old.example.org/
                description: Debates from the old site
                language: en-GB
                """, Files.readString(dir.resolve("site.yaml")));
    }

    @Test
    void rejectsInvalidCommentIds() {
        assertThrows(IllegalArgumentException.class, () -> CommentDraft.published("../x", Optional.empty(),
                Optional.empty(), "b"));
        assertThrows(IllegalArgumentException.class, () -> CommentDraft.removed("ok", Optional.of("a b"),
                Optional.empty()));
    }

    @Test
    void mergeKeepsOtherEntriesAndReplacesOwnedOnes() throws Exception {
        Path file = dir.resolve("comments.yaml");
        Files.writeString(file, """
                # kept by hand
                comments:
                  - id: c1
                    author: 'Franz M'
                    body: |
                      Hand-written.
                  - id: dq-9
                    body: stale import
                  - id: c2
                    status: removed
                """);
        List<CommentDraft> imported = List.of(
                CommentDraft.published("dq-1", Optional.empty(), Optional.empty(), "New.")
                        .by(Optional.of("Ann"), Optional.empty()),
                CommentDraft.published("dq-2", Optional.of("dq-1"), Optional.empty(), "Reply."));
        Diagnostics diagnostics = new Diagnostics();

        assertTrue(writer.mergeComments(file, id -> id.startsWith("dq-"), imported, diagnostics));
        String once = Files.readString(file);
        assertEquals("""
                # kept by hand
                comments:
                  - id: c1
                    author: 'Franz M'
                    body: |
                      Hand-written.
                  - id: c2
                    status: removed
                  - id: dq-1
                    author: Ann
                    body: New.
                  - id: dq-2
                    parent: dq-1
                    body: Reply.
                """, once);

        FileTime before = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, before);
        assertTrue(writer.mergeComments(file, id -> id.startsWith("dq-"), imported, diagnostics));
        assertEquals(once, Files.readString(file));
        assertEquals(before, Files.getLastModifiedTime(file), "an unchanged file is not rewritten");
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void mergeKeepsACommentBeforeAListItemAfterItsDashAndThenStaysTheSame() throws Exception {
        Path file = dir.resolve("comments.yaml");
        Files.writeString(file, "comments:\n  # note\n  - id: c1\n    body: x\n");
        Diagnostics diagnostics = new Diagnostics();

        writer.mergeComments(file, id -> false, List.of(), diagnostics);
        String once = Files.readString(file);
        writer.mergeComments(file, id -> false, List.of(), diagnostics);

        assertEquals("comments:\n  - # note\n    id: c1\n    body: x\n", once);
        assertEquals(once, Files.readString(file));
    }

    @Test
    void mergeWithoutFileWritesOneAndMakesNoneForNoComments() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Path file = dir.resolve("debates/x/comments.yaml");
        assertTrue(writer.mergeComments(file, id -> true, List.of(), diagnostics));
        assertFalse(Files.exists(file));
        List<CommentDraft> one = List.of(CommentDraft.removed("dq-1", Optional.empty(), Optional.empty()));
        assertTrue(writer.mergeComments(file, id -> true, one, diagnostics));
        assertEquals(writer.commentsText(one), Files.readString(file));
    }

    @Test
    void mergeReportsBrokenYamlAndLeavesTheFileAlone() throws Exception {
        Path file = dir.resolve("comments.yaml");
        String broken = "comments:\n  - id: c1\n    body: [unclosed\n";
        Files.writeString(file, broken);
        Diagnostics diagnostics = new Diagnostics();

        assertFalse(writer.mergeComments(file, id -> true, List.of(), diagnostics));
        assertEquals(broken, Files.readString(file));
        assertEquals(List.of(file + ":4:1: error: cannot merge comments: expected ',' or ']', but got <stream end>"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void mergeReportsAFileWithoutACommentsList() throws Exception {
        Path file = dir.resolve("comments.yaml");
        Files.writeString(file, "- id: c1\n  body: x\n");
        Diagnostics diagnostics = new Diagnostics();

        assertFalse(writer.mergeComments(file, id -> true, List.of(), diagnostics));
        assertEquals(List.of(file + ":1:1: error: cannot merge comments: expected a mapping with a list 'comments'"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void readsAliasesFromFrontMatter() throws Exception {
        Path index = dir.resolve("index.md");
        Files.writeString(index, "---\ntitle: X\naliases: [/2019/01/x/, /old/x.html]\n---\nBody\n",
                StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(List.of("/2019/01/x/", "/old/x.html"), writer.readAliases(index, diagnostics));
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void warnsWhenAliasesCannotBeRead() throws Exception {
        Path index = dir.resolve("index.md");
        Files.writeString(index, "---\ntitle: X\naliases: [/x/\n---\n");
        Path plain = dir.resolve("plain.md");
        Files.writeString(plain, "No front matter\n");
        Diagnostics diagnostics = new Diagnostics();

        assertEquals(List.of(), writer.readAliases(index, diagnostics));
        assertEquals(List.of(), writer.readAliases(plain, diagnostics));
        assertEquals(List.of(
                index + ":3:14: warning: cannot read aliases: expected ',' or ']', but got <stream end>",
                plain + ":1:1: warning: cannot read aliases: no front matter between two '---' lines"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void removedCommentWithTextKeepsItsBody() {
        CommentDraft removed = new CommentDraft(Optional.of("c9"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), CommentStatus.REMOVED, "kept");
        assertEquals("comments:\n  - id: c9\n    status: removed\n    body: kept\n",
                writer.commentsText(List.of(removed)));
    }
}
