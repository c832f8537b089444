package org.rostrum.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.Comment;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Timestamp;

class CommentThreaderTest {

    private static final Path FILE = Path.of("content/debates/d/comments.yaml");
    private final CommentThreader threader = new CommentThreader();
    private final Diagnostics diagnostics = new Diagnostics();
    private int line = 1;

    private CommentInput byId(String id, String parent) {
        int at = line;
        line += 4;
        return new CommentInput(Optional.ofNullable(id), Optional.ofNullable(parent), OptionalInt.empty(),
                Optional.of("Author " + id), Optional.empty(), Optional.empty(), "Body of " + id,
                CommentStatus.PUBLISHED, new SourcePosition(FILE, at, 5),
                id == null ? Optional.empty() : Optional.of(new SourcePosition(FILE, at, 9)),
                parent == null ? Optional.empty() : Optional.of(new SourcePosition(FILE, at + 1, 13)));
    }

    private CommentInput nested(int parentIndex, String author, String body) {
        int at = line;
        line += 3;
        return new CommentInput(Optional.empty(), Optional.empty(), OptionalInt.of(parentIndex),
                Optional.ofNullable(author), Optional.empty(), Optional.empty(), body, CommentStatus.PUBLISHED,
                new SourcePosition(FILE, at, 7), Optional.empty(), Optional.empty());
    }

    private List<String> errors() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    private static List<String> ids(CommentThread t) {
        return t.comments().stream().map(Comment::id).toList();
    }

    @Test
    void ordersRepliesUnderTheirParentsDepthFirstInInputOrder() {
        CommentThread t = threader.thread(List.of(byId("a", null), byId("b", null), byId("a1", "a"),
                byId("b1", "b"), byId("a2", "a"), byId("a1x", "a1")), diagnostics);
        assertEquals(List.of(), errors());
        assertEquals(List.of("a", "a1", "a1x", "a2", "b", "b1"), ids(t));
        assertEquals(List.of(0, 1, 2, 1, 0, 1), t.comments().stream().map(Comment::depth).toList());
        assertEquals(List.of(1, 1, 1, 1, 2, 2), t.comments().stream().map(Comment::number).toList());
        assertEquals(List.of(2, 1, 0, 0, 1, 0), t.comments().stream().map(Comment::replyCount).toList());
        assertEquals(2, t.topLevelCount());
        assertEquals(Optional.of("a1"), t.comments().get(2).parentId());
    }

    @Test
    void numbersTopLevelCommentsFromOne() {
        CommentThread t = threader.thread(List.of(byId("x", null), byId("y", null), byId("z", null)), diagnostics);
        assertEquals(List.of(1, 2, 3), t.comments().stream().map(Comment::number).toList());
    }

    @Test
    void leavesOutAReplyToAnUnknownComment() {
        CommentThread t = threader.thread(List.of(byId("c1", null), byId("c2", "missing")), diagnostics);
        assertEquals(List.of("content/debates/d/comments.yaml:5:5: warning: reader comment left out of the site",
                "content/debates/d/comments.yaml:6:13: warning: unknown parent 'missing': no comment in "
                + "this debate has that id"), errors());
        assertEquals(List.of("c1"), ids(t));
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void keepsRepliesToALeftOutCommentUnderATombstone() {
        CommentThread t = threader.thread(List.of(byId("c1", null), byId("c2", "missing"), byId("c3", "c2"),
                nested(2, "Ann", "Nested under c3")), diagnostics);
        assertEquals(4, t.comments().size());
        Comment tombstone = t.comments().get(1);
        assertEquals(List.of("c2", "", "true", "0", "2", "1"), List.of(tombstone.id(), tombstone.body(),
                String.valueOf(tombstone.isRemoved()), String.valueOf(tombstone.depth()),
                String.valueOf(tombstone.number()), String.valueOf(tombstone.replyCount())));
        assertEquals(Optional.empty(), tombstone.author());
        assertEquals(List.of("c3", "c2", "1"), List.of(t.comments().get(2).id(), t.comments().get(2).parentId().get(),
                String.valueOf(t.comments().get(2).depth())));
        assertEquals("Body of c3", t.comments().get(2).body());
    }

    @Test
    void suggestsTheClosestIdForAMisspeltParent() {
        threader.thread(List.of(byId("franz-1", null), byId("reply", "franz1")), diagnostics);
        assertEquals(List.of("content/debates/d/comments.yaml:5:5: warning: reader comment left out of the site",
                "content/debates/d/comments.yaml:6:13: warning: unknown parent 'franz1': no comment in "
                + "this debate has that id (did you mean 'franz-1'?)"), errors());
    }

    @Test
    void leavesOutTheSecondOfTwoCommentsWithOneId() {
        CommentThread t = threader.thread(List.of(byId("c1", null), byId("c1", null)), diagnostics);
        assertEquals(List.of("content/debates/d/comments.yaml:5:5: warning: reader comment left out of the site",
                "content/debates/d/comments.yaml:5:9: warning: duplicate comment id 'c1' (first at line 1)"), errors());
        assertEquals(List.of("c1"), ids(t));
        assertEquals("Body of c1", t.comments().get(0).body());
    }

    @Test
    void namesTheOtherFileOfADuplicateId() {
        CommentInput other = new CommentInput(Optional.of("c1"), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "x", CommentStatus.PUBLISHED,
                new SourcePosition(Path.of("content/debates/d/comments/b.yaml"), 1, 1),
                Optional.of(new SourcePosition(Path.of("content/debates/d/comments/b.yaml"), 1, 5)), Optional.empty());
        threader.thread(List.of(byId("c1", null), other), diagnostics);
        assertEquals(List.of("content/debates/d/comments/b.yaml:1:1: warning: reader comment left out of the site",
                "content/debates/d/comments/b.yaml:1:5: warning: duplicate comment id 'c1' (first at "
                + "content/debates/d/comments.yaml:1:9)"), errors());
    }

    @Test
    void reportsAParentCycleOnceWithItsPath() {
        CommentThread t = threader.thread(List.of(byId("top", null), byId("a", "c"), byId("b", "a"), byId("c", "b"),
                byId("below", "b")), diagnostics);
        assertEquals(List.of("content/debates/d/comments.yaml:5:5: warning: reader comment left out of the site",
                "content/debates/d/comments.yaml:6:13: warning: reply cycle: a -> c -> b -> a "
                + "(a comment cannot be its own ancestor)"), errors());
        assertEquals(List.of("top", "a", "b", "c", "below"), ids(t));
        assertEquals(List.of(true, false, false, false), t.comments().subList(1, 5).stream().map(Comment::isRemoved).toList());
        assertEquals(List.of(0, 1, 2, 2), t.comments().subList(1, 5).stream().map(Comment::depth).toList());
    }

    @Test
    void reportsACommentThatRepliesToItself() {
        CommentThread t = threader.thread(List.of(byId("self", "self")), diagnostics);
        assertEquals(List.of("content/debates/d/comments.yaml:1:5: warning: reader comment left out of the site",
                "content/debates/d/comments.yaml:2:13: warning: reply cycle: self -> self "
                + "(a comment cannot be its own ancestor)"), errors());
        assertEquals(List.of(), ids(t));
    }

    @Test
    void derivesStableIdsFromParentAuthorDateAndBody() {
        List<CommentInput> first = List.of(byId("root", null), nested(0, "Ana", "I agree."));
        String before = threader.thread(first, diagnostics).comments().get(1).id();
        List<CommentInput> more = new ArrayList<>(List.of(byId("earlier", null)));
        more.add(byId("root", null));
        more.add(nested(1, "Ana", "I agree."));
        more.add(nested(1, "Ben", "I don't."));
        CommentThread after = threader.thread(more, diagnostics);
        assertEquals(List.of(), errors());
        assertEquals(before, after.comments().stream().filter(c -> c.author().equals(Optional.of("Ana")))
                .findFirst().orElseThrow().id());
        assertTrue(before.matches("h[0-9a-f]{12}"), before);
    }

    @Test
    void derivedIdsDependOnTheParent() {
        CommentThread t = threader.thread(List.of(byId("p", null), byId("q", null), nested(0, "Ana", "Same."),
                nested(1, "Ana", "Same.")), diagnostics);
        assertNotEquals(t.comments().get(1).id(), t.comments().get(3).id());
    }

    @Test
    void numbersIdenticalCommentsUnderTheSameParent() {
        CommentThread t = threader.thread(List.of(byId("p", null), nested(0, null, "+1"), nested(0, null, "+1")),
                diagnostics);
        String first = t.comments().get(1).id();
        assertEquals(first + "-2", t.comments().get(2).id());
    }

    @Test
    void keepsRemovedCommentsAndTheirReplies() {
        CommentInput removed = new CommentInput(Optional.of("gone"), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "", CommentStatus.REMOVED,
                new SourcePosition(FILE, 1, 1), Optional.empty(), Optional.empty());
        CommentThread t = threader.thread(List.of(removed, byId("kept", "gone")), diagnostics);
        assertEquals(List.of("gone", "kept"), ids(t));
        assertTrue(t.comments().get(0).isRemoved());
        assertEquals(1, t.publishedCount());
    }

    @Test
    void treatsABlankAuthorAsAnonymous() {
        CommentInput blank = new CommentInput(Optional.of("x"), Optional.empty(), OptionalInt.empty(),
                Optional.of("  "), Optional.empty(), Optional.of(new Timestamp(ZonedDateTime.parse("2019-01-29T10:02:00Z"),
                false)), "Hi", CommentStatus.PUBLISHED, new SourcePosition(FILE, 1, 1), Optional.empty(), Optional.empty());
        assertEquals(Optional.empty(), threader.thread(List.of(blank), diagnostics).comments().get(0).author());
    }

    @Test
    void threadsAHundredThousandDeepReplyChainWithoutRecursion() {
        int n = 100_000;
        List<CommentInput> chain = new ArrayList<>(n);
        chain.add(byId("c0", null));
        for (int i = 1; i < n; i++) {
            chain.add(byId("c" + i, "c" + (i - 1)));
        }
        CommentThread t = threader.thread(chain, diagnostics);
        assertFalse(diagnostics.hasErrors());
        assertEquals(n, t.size());
        assertEquals(n - 1, t.comments().get(n - 1).depth());
        assertEquals("c" + (n - 1), t.comments().get(n - 1).id());
    }

    @Test
    void keepsEveryCommentOfAWideThreadInOrder() {
        List<CommentInput> wide = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            wide.add(byId("t" + i, null));
        }
        CommentThread t = threader.thread(wide, diagnostics);
        assertEquals(5000, t.topLevelCount());
        assertEquals("t4999", t.comments().get(4999).id());
        assertEquals(5000, t.comments().get(4999).number());
    }
}
