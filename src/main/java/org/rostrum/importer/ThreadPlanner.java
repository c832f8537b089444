package org.rostrum.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.model.Timestamp;
import org.rostrum.source.CommentDraft;

/**
 * Decides which comments of one post or thread are written and in what order.
 *
 * <ul>
 * <li>Published comments are written; a comment that is not, but has published replies (directly
 * or through other such comments), is written as a removed placeholder so that its replies keep
 * their place. Deleted comments are always written as removed.</li>
 * <li>A reply whose parent is not in the export is written at the top level, with a note at the
 * start of its body. A published comment without text gets a note as its body, since a comment
 * that is not removed must have one. So is a reply caught in a loop of parents (a damaged export), with a warning.</li>
 * <li>Comments are written in reading order: each followed by its replies, depth first, siblings by
 * date and then by export id, so that parents always come before their replies.</li>
 * </ul>
 * Every comment given is counted under exactly one outcome.
 */
final class ThreadPlanner {

    static final String ORPHAN_NOTE = "*In reply to a comment that is not in the export.*";
    /** The body of a published comment whose text is empty: a comment must have a body. */
    static final String EMPTY_NOTE = "*This comment has no text.*";

    private static final Comparator<ExportedComment> SIBLING_ORDER = Comparator
            .comparing((ExportedComment c) -> c.date().map(Timestamp::instant).orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ExportedComment::key, ThreadPlanner::compareKeys);

    private ThreadPlanner() {
    }

    /** The comments to write and how many went each way. */
    record Plan(List<CommentDraft> comments, Map<Outcome, Integer> counts) {
    }

    /**
     * @param comments  one post's or thread's comments, in export order
     * @param idPrefix  put before each export id to make the comment id, for example {@code wp-}
     * @param markdown  the Markdown body of a comment that is written
     */
    static Plan plan(List<ExportedComment> comments, String idPrefix, Function<ExportedComment, String> markdown,
            Diagnostics diagnostics) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        Map<String, ExportedComment> byKey = new LinkedHashMap<>();
        for (ExportedComment comment : comments) {
            ExportedComment first = byKey.putIfAbsent(comment.key(), comment);
            if (first != null) {
                diagnostics.error(comment.position(), "duplicate comment id " + comment.key()
                        + " (first at line " + first.position().line() + ")");
                counts.merge(Outcome.COMMENT_ERROR, 1, Integer::sum);
            }
        }
        Set<String> kept = keptKeys(byKey);
        Map<String, List<ExportedComment>> replies = new HashMap<>();
        List<ExportedComment> roots = new ArrayList<>();
        Set<String> orphans = new HashSet<>();
        for (ExportedComment comment : byKey.values()) {
            if (!kept.contains(comment.key())) {
                counts.merge(comment.fate(), 1, Integer::sum);
                continue;
            }
            Outcome outcome = comment.isWritten() || comment.fate() == Outcome.COMMENT_DELETED
                    ? comment.fate() : Outcome.COMMENT_TOMBSTONE;
            counts.merge(outcome, 1, Integer::sum);
            Optional<String> parent = comment.parentKey();
            if (parent.isEmpty()) {
                roots.add(comment);
            } else if (!byKey.containsKey(parent.get())) {
                roots.add(comment);
                orphans.add(comment.key());
            } else {
                replies.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(comment);
            }
        }
        List<CommentDraft> drafts = new ArrayList<>(kept.size());
        Set<String> written = new HashSet<>();
        roots.sort(SIBLING_ORDER);
        Walk walk = new Walk(replies, orphans, written, drafts, idPrefix, markdown);
        walk.from(roots);
        List<ExportedComment> looped = new ArrayList<>();
        for (ExportedComment comment : byKey.values()) {
            if (kept.contains(comment.key()) && !written.contains(comment.key())) {
                looped.add(comment);
            }
        }
        looped.sort(SIBLING_ORDER);
        for (ExportedComment comment : looped) {
            if (!written.contains(comment.key())) {
                diagnostics.warning(comment.position(), "comment " + comment.key()
                        + " is its own ancestor through its parents; written at the top level");
                orphans.add(comment.key());
                walk.from(List.of(comment));
            }
        }
        counts.merge(Outcome.ORPHAN_PLACED_AT_TOP, orphans.size(), Integer::sum);
        counts.values().removeIf(n -> n == 0);
        return new Plan(List.copyOf(drafts), counts);
    }

    /** Published and deleted comments, and every ancestor that one of them needs. */
    private static Set<String> keptKeys(Map<String, ExportedComment> byKey) {
        Set<String> kept = new HashSet<>();
        for (ExportedComment comment : byKey.values()) {
            if (!comment.isWritten() && comment.fate() != Outcome.COMMENT_DELETED) {
                continue;
            }
            ExportedComment current = comment;
            Set<String> seen = new HashSet<>();
            while (current != null && seen.add(current.key()) && kept.add(current.key())) {
                current = current.parentKey().map(byKey::get).orElse(null);
            }
        }
        return kept;
    }

    /**
     * Writes comments as drafts, each before its replies: the replies by parent key, the keys of
     * the comments placed at the top level, and what has been written so far, in order.
     */
    private record Walk(Map<String, List<ExportedComment>> replies, Set<String> orphans, Set<String> written,
            List<CommentDraft> drafts, String idPrefix, Function<ExportedComment, String> markdown) {

        /** Writes {@code roots} and everything under them not written yet, depth first, without recursion. */
        void from(List<ExportedComment> roots) {
            Deque<ExportedComment> stack = new ArrayDeque<>();
            for (int i = roots.size() - 1; i >= 0; i--) {
                stack.push(roots.get(i));
            }
            while (!stack.isEmpty()) {
                ExportedComment comment = stack.pop();
                if (!written.add(comment.key())) {
                    continue;
                }
                boolean top = orphans.contains(comment.key());
                drafts.add(draft(comment, top, idPrefix, markdown));
                List<ExportedComment> children = new ArrayList<>(replies.getOrDefault(comment.key(), List.of()));
                children.sort(SIBLING_ORDER);
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
    }

    private static CommentDraft draft(ExportedComment comment, boolean top, String idPrefix,
            Function<ExportedComment, String> markdown) {
        String id = idPrefix + comment.key();
        Optional<String> parent = top ? Optional.empty() : comment.parentKey().map(k -> idPrefix + k);
        if (!comment.isWritten()) {
            return CommentDraft.removed(id, parent, comment.date());
        }
        String body = markdown.apply(comment);
        if (body.isBlank()) {
            body = EMPTY_NOTE;
        }
        if (top) {
            body = ORPHAN_NOTE + "\n\n" + body;
        }
        return CommentDraft.published(id, parent, comment.date(), body).by(comment.author(), comment.authorUrl());
    }

    /** Numbers by value ({@code 9} before {@code 10}), anything else as text. */
    static int compareKeys(String a, String b) {
        boolean numberA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean numberB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (numberA && numberB) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return numberA != numberB ? (numberA ? -1 : 1) : a.compareTo(b);
    }
}
