package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.Timestamp;
import org.rostrum.source.CommentDraft;

class ThreadPlannerTest {

    private static final Path EXPORT = Path.of("export.xml");

    private final Diagnostics diagnostics = new Diagnostics();

    private static ExportedComment comment(String key, String parent, Outcome fate, int minute, int line) {
        return new ExportedComment(key, Optional.ofNullable(parent), fate, Optional.of("A" + key), Optional.empty(),
                Optional.of(new Timestamp(ZonedDateTime.of(2020, 1, 1, 0, minute, 0, 0, ZoneOffset.UTC), false)),
                "body " + key, new SourcePosition(EXPORT, line, 1));
    }

    private ThreadPlanner.Plan plan(ExportedComment... comments) {
        return ThreadPlanner.plan(List.of(comments), "x-", ExportedComment::html, diagnostics);
    }

    private static List<String> shape(ThreadPlanner.Plan plan) {
        return plan.comments().stream().map(c -> c.id().orElseThrow() + "<" + c.parent().orElse("")
                + (c.status() == CommentStatus.REMOVED ? " removed" : "")).toList();
    }

    @Test
    void keepsEveryUnpublishedAncestorOfAPublishedReplyAsRemoved() {
        ThreadPlanner.Plan plan = plan(
                comment("1", null, Outcome.COMMENT_SPAM, 0, 1),
                comment("2", "1", Outcome.COMMENT_PENDING, 1, 2),
                comment("3", "2", Outcome.COMMENT_WRITTEN, 2, 3),
                comment("4", "1", Outcome.COMMENT_PENDING, 3, 4));

        assertEquals(List.of("x-1< removed", "x-2<x-1 removed", "x-3<x-2"), shape(plan));
        assertEquals(Map.of(Outcome.COMMENT_TOMBSTONE, 2, Outcome.COMMENT_WRITTEN, 1, Outcome.COMMENT_PENDING, 1),
                plan.counts());
        CommentDraft removed = plan.comments().get(0);
        assertEquals(Optional.empty(), removed.author());
        assertEquals("", removed.body());
    }

    @Test
    void ordersRepliesUnderTheirParentsBySiblingDateThenId() {
        ThreadPlanner.Plan plan = plan(
                comment("10", null, Outcome.COMMENT_WRITTEN, 5, 1),
                comment("9", null, Outcome.COMMENT_WRITTEN, 5, 2),
                comment("3", "9", Outcome.COMMENT_WRITTEN, 9, 3),
                comment("4", "9", Outcome.COMMENT_WRITTEN, 7, 4),
                comment("1", null, Outcome.COMMENT_WRITTEN, 8, 5));

        assertEquals(List.of("x-9<", "x-4<x-9", "x-3<x-9", "x-10<", "x-1<"), shape(plan));
    }

    @Test
    void placesOrphansAtTheTopWithANote() {
        ThreadPlanner.Plan plan = plan(comment("5", "404", Outcome.COMMENT_WRITTEN, 0, 1),
                comment("6", "5", Outcome.COMMENT_WRITTEN, 1, 2));

        assertEquals(List.of("x-5<", "x-6<x-5"), shape(plan));
        assertEquals(ThreadPlanner.ORPHAN_NOTE + "\n\nbody 5", plan.comments().get(0).body());
        assertEquals("body 6", plan.comments().get(1).body());
        assertEquals(1, plan.counts().get(Outcome.ORPHAN_PLACED_AT_TOP));
    }

    @Test
    void givesAPublishedCommentWithoutTextANote() {
        ThreadPlanner.Plan plan = ThreadPlanner.plan(List.of(comment("1", null, Outcome.COMMENT_WRITTEN, 0, 1)),
                "x-", c -> " ", diagnostics);

        assertEquals(ThreadPlanner.EMPTY_NOTE, plan.comments().get(0).body());
    }

    @Test
    void breaksParentLoopsWithAWarning() {
        ThreadPlanner.Plan plan = plan(comment("1", "2", Outcome.COMMENT_WRITTEN, 0, 1),
                comment("2", "1", Outcome.COMMENT_WRITTEN, 1, 2),
                comment("3", "3", Outcome.COMMENT_WRITTEN, 2, 3));

        assertEquals(List.of("x-1<", "x-2<x-1", "x-3<"), shape(plan));
        assertEquals(List.of(
                "export.xml:1:1: warning: comment 1 is its own ancestor through its parents; written at the top level",
                "export.xml:3:1: warning: comment 3 is its own ancestor through its parents; written at the top level"),
                diagnostics.sorted().stream().map(Object::toString).toList());
        assertEquals(3, plan.counts().get(Outcome.COMMENT_WRITTEN));
    }

    @Test
    void reportsDuplicateIdsAndKeepsTheFirst() {
        ThreadPlanner.Plan plan = plan(comment("1", null, Outcome.COMMENT_WRITTEN, 0, 4),
                comment("1", null, Outcome.COMMENT_WRITTEN, 1, 9));

        assertEquals(List.of("x-1<"), shape(plan));
        assertEquals(List.of("export.xml:9:1: error: duplicate comment id 1 (first at line 4)"),
                diagnostics.sorted().stream().map(Object::toString).toList());
        assertEquals(Map.of(Outcome.COMMENT_WRITTEN, 1, Outcome.COMMENT_ERROR, 1), plan.counts());
    }

    @Test
    void writesDeletedCommentsAsRemovedEvenWithoutReplies() {
        ThreadPlanner.Plan plan = plan(comment("1", null, Outcome.COMMENT_DELETED, 0, 1));

        assertEquals(List.of("x-1< removed"), shape(plan));
        assertEquals(Map.of(Outcome.COMMENT_DELETED, 1), plan.counts());
    }

    @Test
    void handlesAThreadTenThousandRepliesDeep() {
        ExportedComment[] chain = new ExportedComment[10_000];
        for (int i = 0; i < chain.length; i++) {
            chain[i] = comment(Integer.toString(i), i == 0 ? null : Integer.toString(i - 1),
                    Outcome.COMMENT_WRITTEN, 0, i + 1);
        }
        ThreadPlanner.Plan plan = plan(chain);

        assertEquals(10_000, plan.comments().size());
        assertEquals(Optional.of("x-9998"), plan.comments().get(9_999).parent());
    }
}
