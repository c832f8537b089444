package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.Timestamp;

class CommentReaderTest {

    @TempDir
    Path temp;

    private MiniSite site() {
        return MiniSite.withSiteYaml(temp).debate("a");
    }

    private MiniSite withComments(String yaml) {
        return site().file("debates/a/comments.yaml", yaml);
    }

    private List<CommentInput> comments(MiniSite site) {
        return site.loadComments();
    }

    /** The bodies with their parent index (or parent id), to check order and flattening at a glance. */
    private static List<String> outline(List<CommentInput> comments) {
        return comments.stream().map(c -> c.body().strip()
                + c.parentIndex().stream().mapToObj(i -> "^" + i).findFirst().orElse("")
                + c.parentId().map(p -> "@" + p).orElse("")).toList();
    }

    @Test
    void readsFlatCommentsWithPositions() {
        MiniSite site = withComments("""
                comments:
                  - id: c1
                    author: Franz M
                    author_url: https://franz.example.org/
                    date: 2019-01-29T10:02:00Z
                    body: |
                      Well, yes.
                  - id: c1-1
                    parent: c1
                    body: Today?
                  - id: c2
                    status: removed
                """);
        List<CommentInput> comments = comments(site);
        assertEquals(List.of(), site.messages());
        Path file = site.path("debates/a/comments.yaml");
        assertEquals(List.of(
                new CommentInput(Optional.of("c1"), Optional.empty(), OptionalInt.empty(), Optional.of("Franz M"),
                        Optional.of("https://franz.example.org/"),
                        Optional.of(new Timestamp(ZonedDateTime.of(2019, 1, 29, 10, 2, 0, 0, ZoneOffset.UTC), false)),
                        "Well, yes.\n", CommentStatus.PUBLISHED, new SourcePosition(file, 2, 5),
                        Optional.of(new SourcePosition(file, 2, 9)), Optional.empty()),
                new CommentInput(Optional.of("c1-1"), Optional.of("c1"), OptionalInt.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), "Today?", CommentStatus.PUBLISHED,
                        new SourcePosition(file, 8, 5), Optional.of(new SourcePosition(file, 8, 9)),
                        Optional.of(new SourcePosition(file, 9, 13))),
                new CommentInput(Optional.of("c2"), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), "", CommentStatus.REMOVED, new SourcePosition(file, 11, 5),
                        Optional.of(new SourcePosition(file, 11, 9)), Optional.empty())), comments);
    }

    @Test
    void flattensNestedRepliesRightAfterTheirParent() {
        List<CommentInput> comments = comments(withComments("""
                comments:
                  - body: A
                    replies:
                      - body: A1
                        replies:
                          - body: A1a
                      - body: A2
                  - body: B
                """));
        assertEquals(List.of("A", "A1^0", "A1a^1", "A2^0", "B"), outline(comments));
    }

    @Test
    void rejectsReplyWithParentUnderReplies() {
        MiniSite site = withComments("""
                comments:
                  - id: c1
                    body: A
                    replies:
                      - parent: c1
                        body: A1
                """);
        List<CommentInput> comments = comments(site);
        assertEquals(List.of("A", "A1^0"), outline(comments));
        assertEquals(CommentStatus.LEFT_OUT, comments.get(1).status());
        assertEquals(List.of("content/debates/a/comments.yaml:5:9: warning: reader comment left out of the site",
                "content/debates/a/comments.yaml:5:17: warning: a reply under 'replies' must not also have"
                + " 'parent'"), site.messages());
    }

    @Test
    void appendsCommentFilesByDateThenNameUndatedLast() {
        List<CommentInput> comments = comments(withComments("comments:\n  - body: first\n")
                .file("debates/a/comments/b.yaml", "date: 2019-01-02\nbody: b\n")
                .file("debates/a/comments/a.yaml", "date: 2019-01-02\nbody: a\n")
                .file("debates/a/comments/c.yaml", "date: 2019-01-01T12:00:00+05:00\nbody: c\nreplies:\n  - body: c1\n")
                .file("debates/a/comments/z.yaml", "body: z\n")
                .file("debates/a/comments/y.yaml", "body: y\nparent: c9\n"));
        assertEquals(List.of("first", "c", "c1^1", "a", "b", "y@c9", "z"), outline(comments));
    }

    @Test
    void readsCommentFilesWithoutCommentsYaml() {
        List<CommentInput> comments = comments(site().file("debates/a/comments/1.yaml", "id: x\nbody: one\n"));
        assertEquals(List.of("one"), outline(comments));
        assertEquals(new SourcePosition(temp.resolve("content/debates/a/comments/1.yaml"), 1, 1),
                comments.get(0).position());
    }

    @Test
    void warnsAboutOtherFilesInCommentsFolder() {
        MiniSite site = site().file("debates/a/comments/1.yml", "body: x\n").file("debates/a/comments/.keep", "");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments/1.yml:1:1: warning: unexpected file '1.yml' is ignored:"
                + " comment files end in .yaml"), site.messages());
    }

    @Test
    void readsCommentsJsonWithPositions() {
        MiniSite site = site().file("debates/a/comments.json", """
                {"comments": [
                  {"id": "c1", "author": "Ann", "date": "2019-01-29", "body": "Hi"},
                  {"id": 12, "parent": "c1", "body": "Re", "replies": [{"body": "Re2", "author": null}]}
                ]}
                """);
        List<CommentInput> comments = comments(site);
        assertEquals(List.of(), site.messages());
        assertEquals(List.of("Hi", "Re@c1", "Re2^1"), outline(comments));
        Path file = site.path("debates/a/comments.json");
        assertEquals(new SourcePosition(file, 2, 3), comments.get(0).position());
        assertEquals(Optional.of(new SourcePosition(file, 2, 10)), comments.get(0).idPosition());
        assertEquals(Optional.of("12"), comments.get(1).id());
        assertEquals(Optional.of(new SourcePosition(file, 3, 24)), comments.get(1).parentPosition());
        assertEquals(Optional.empty(), comments.get(2).author());
    }

    @Test
    void rejectsCommentsJsonBesideCommentsYaml() {
        MiniSite site = withComments("comments:\n  - body: yaml\n").file("debates/a/comments.json",
                "{\"comments\": [{\"body\": \"json\"}]}");
        assertEquals(List.of("yaml"), outline(comments(site)));
        assertEquals(List.of("content/debates/a/comments.json:1:1: error: comments.json and comments.yaml cannot both"
                + " be used; keep one of them"), site.messages());
    }

    @Test
    void reportsJsonSyntaxErrorAtItsPosition() {
        MiniSite site = site().file("debates/a/comments.json", "{\"comments\": [\n  {\"body\": \"x\",}\n]}\n");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.json:2:16: error: invalid JSON: Unexpected character ('}'"
                + " (code 125)): was expecting double-quote to start field name"), site.messages());
    }

    @Test
    void rejectsDuplicateKeyInJson() {
        MiniSite site = site().file("debates/a/comments.json", "{\"comments\": [\n  {\"body\": \"x\", \"body\": \"y\"}\n]}\n");
        assertEquals(List.of("x"), outline(comments(site)));
        assertEquals(List.of("content/debates/a/comments.json:2:17: error: duplicate key 'body' (first at line 2)"),
                site.messages());
    }

    @Test
    void rejectsDeeplyNestedJsonWithoutStackOverflow() {
        MiniSite site = site().file("debates/a/comments.json", "[".repeat(100_000) + "]".repeat(100_000));
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.json:1:101: error: nesting is too deep (more than 100 levels)"),
                site.messages());
    }

    @Test
    void rejectsDeeplyNestedRepliesWithoutStackOverflow() {
        StringBuilder yaml = new StringBuilder("comments:\n");
        String indent = "  ";
        for (int i = 0; i < 60; i++) {
            yaml.append(indent).append("- body: r").append(i).append('\n')
                    .append(indent).append("  replies:\n");
            indent += "    ";
        }
        yaml.append(indent).append("- body: last\n");
        MiniSite site = withComments(yaml.toString());
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.yaml:100:201: error: nesting is too deep (more than 100 levels)"),
                site.messages());
    }

    @Test
    void readsTenMegabyteBody() {
        String body = ("A reader's long comment line. ".repeat(33) + "\n").repeat(10_000);
        StringBuilder yaml = new StringBuilder("comments:\n  - id: long\n    body: |\n");
        body.lines().forEach(line -> yaml.append("      ").append(line).append('\n'));
        MiniSite site = withComments(yaml.toString());
        List<CommentInput> comments = comments(site);
        assertEquals(List.of("content/debates/a/comments.yaml:3:11: warning: comment shown as plain text: it is longer"
                + " than 100,000 characters"), site.messages());
        assertEquals(body, comments.get(0).body());
    }

    @Test
    void warnsThatACommentOverTheBudgetIsShownAsText() {
        MiniSite site = withComments("comments:\n  - id: bomb\n    body: \"" + "&#106;".repeat(10_000) + "\"\n");
        assertEquals("&#106;".repeat(10_000), comments(site).get(0).body());
        assertEquals(List.of("content/debates/a/comments.yaml:3:11: warning: comment shown as plain text: a paragraph"
                + " has too many links, entities, code spans or tags for its length"), site.messages());
    }

    @Test
    void stopsOneLargeAnchoredTextRepeatedByManyAliases() {
        StringBuilder yaml = new StringBuilder("comments:\n  - body: &big \"" + "x".repeat(1_000_000) + "\"\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("  - body: *big\n");
        }
        MiniSite site = withComments(yaml.toString());
        assertEquals(List.of(), comments(site));
        assertEquals(List.of("content/debates/a/comments.yaml:4:11: error: aliases repeat more than 1,048,576 characters"
                + " of text"), site.messages());
    }

    @Test
    void allowsAliasesThatRepeatLittleText() {
        MiniSite site = withComments("comments:\n  - author: &ann Ann\n    body: &b Hello\n  - author: *ann\n"
                + "    body: *b\n");
        assertEquals(List.of("Hello", "Hello"), outline(comments(site)));
        assertEquals(List.of(), site.messages());
    }

    @Test
    void rejectsInvalidCommentId() {
        MiniSite site = withComments("comments:\n  - id: a b\n    body: x\n  - id: " + "x".repeat(65) + "\n    body: y\n");
        List<CommentInput> comments = comments(site);
        assertEquals(Optional.empty(), comments.get(0).id());
        assertEquals(List.of(
                "content/debates/a/comments.yaml:2:5: warning: reader comment left out of the site",
                "content/debates/a/comments.yaml:2:9: warning: field 'id' must be 1 to 64 letters, digits, '_' or '-',"
                        + " not 'a b'",
                "content/debates/a/comments.yaml:4:5: warning: reader comment left out of the site",
                "content/debates/a/comments.yaml:4:9: warning: field 'id' must be 1 to 64 letters, digits, '_' or '-',"
                        + " not '" + "x".repeat(60) + "…'"), site.messages());
    }

    @Test
    void dropsAnAuthorUrlThatIsNotHttpAndKeepsTheComment() {
        MiniSite site = withComments("comments:\n  - author_url: javascript:alert(1)\n    body: x\n"
                + "  - author_url: www.example.com\n    body: y\n  - author_url: 'https://a.example/\"x'\n    body: z\n"
                + "  - author_url: [https://a.example/]\n    body: w\n");
        List<CommentInput> comments = comments(site);
        assertEquals(List.of(CommentStatus.PUBLISHED), comments.stream().map(CommentInput::status).distinct().toList());
        assertEquals(List.of(), comments.stream().flatMap(c -> c.authorUrl().stream()).toList());
        assertEquals(List.of("content/debates/a/comments.yaml:2:17: warning: field 'author_url' must be an http or https"
                + " URL, not 'javascript:alert(1)'; the link is left out",
                "content/debates/a/comments.yaml:4:17: warning: field 'author_url' must be an http or https"
                + " URL, not 'www.example.com'; the link is left out",
                "content/debates/a/comments.yaml:6:17: warning: field 'author_url' must be an http or https"
                + " URL, not 'https://a.example/\"x'; the link is left out",
                "content/debates/a/comments.yaml:8:17: warning: field 'author_url' must be an http or https"
                + " URL, not a list; the link is left out"), site.messages());
    }

    @Test
    void rejectsUnknownCommentStatus() {
        MiniSite site = withComments("comments:\n  - status: deleted\n    body: x\n");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.yaml:2:5: warning: reader comment left out of the site",
                "content/debates/a/comments.yaml:2:13: warning: field 'status' must be published or removed,"
                + " not 'deleted'"), site.messages());
    }

    @Test
    void requiresBodyUnlessRemovedAndKeepsTheComment() {
        MiniSite site = withComments("comments:\n  - id: c1\n    author: Ann\n  - id: c2\n    status: removed\n");
        assertEquals(List.of(CommentStatus.LEFT_OUT, CommentStatus.REMOVED),
                comments(site).stream().map(CommentInput::status).toList());
        assertEquals(List.of("content/debates/a/comments.yaml:2:5: warning: missing required field 'body' (only a"
                + " removed comment may have none)",
                "content/debates/a/comments.yaml:2:5: warning: reader comment left out of the site"), site.messages());
    }

    @Test
    void keepsTextOfRemovedComment() {
        assertEquals("gone", comments(withComments("comments:\n  - status: removed\n    body: gone\n")).get(0).body());
    }

    @Test
    void rejectsCommentsYamlThatIsAList() {
        MiniSite site = withComments("- body: x\n");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.yaml:1:1: error: comments.yaml must be a mapping with a list"
                + " 'comments', not a list"), site.messages());
    }

    @Test
    void rejectsCommentThatIsNotAMapping() {
        MiniSite site = withComments("comments:\n  - just text\n  - body: ok\n");
        assertEquals(List.of("ok"), outline(comments(site)));
        assertEquals(List.of("content/debates/a/comments.yaml:2:5: warning: a comment must be a mapping of fields, not text",
                "content/debates/a/comments.yaml:2:5: warning: reader comment left out of the site"), site.messages());
    }

    @Test
    void rejectsAMisspeltCommentsKeySoNoCommentIsLostSilently() {
        MiniSite site = withComments("coments:\n  - body: x\n");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.yaml:1:1: error: unknown field 'coments' (did you mean"
                + " 'comments'?)"), site.messages());
    }

    @Test
    void warnsAboutUnknownCommentField() {
        MiniSite site = withComments("comments:\n  - autor: Ann\n    body: x\n");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.yaml:2:5: warning: unknown field 'autor' (did you mean"
                + " 'author'?)"), site.messages());
    }

    @Test
    void rejectsCommentsWrittenAsText() {
        MiniSite site = withComments("comments: Nice debate!\n");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.yaml:1:11: error: field 'comments' must be a list of comments,"
                + " not text (start each comment with '- ')"), site.messages());
    }

    @Test
    void rejectsRepliesWrittenAsText() {
        MiniSite site = withComments("comments:\n  - body: x\n    replies: Agreed\n");
        assertEquals(List.of("x"), outline(comments(site)));
        assertEquals(List.of("content/debates/a/comments.yaml:2:5: warning: reader comment left out of the site",
                "content/debates/a/comments.yaml:3:14: warning: field 'replies' must be a list of comments,"
                + " not text (start each reply with '- ')"), site.messages());
    }

    @Test
    void rejectsContentAfterTheJsonDocument() {
        MiniSite site = site().file("debates/a/comments.json", "{\"comments\": []}\n{\"comments\": []}\n");
        site.loadComments();
        assertEquals(List.of("content/debates/a/comments.json:2:1: error: invalid JSON: unexpected content after the end"
                + " of the document"), site.messages());
    }

    @Test
    void warnsAboutFolderInCommentsFolder() {
        MiniSite site = site().file("debates/a/comments/old/1.yaml", "body: x\n");
        assertEquals(List.of(), comments(site));
        assertEquals(List.of("content/debates/a/comments/old:1:1: warning: unexpected folder 'old' is ignored: comment"
                + " files end in .yaml"), site.messages());
    }
}
