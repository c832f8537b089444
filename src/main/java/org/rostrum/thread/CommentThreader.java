package org.rostrum.thread;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.Comment;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Timestamp;

/**
 * Turns the comments of one debate, as loaded, into a validated {@link Thread}.
 *
 * <p>Ids: a comment without {@code id} gets one derived from its parent's id, author, date and
 * body ({@code h} followed by 12 hex digits of their SHA-256), so that it stays the same when other
 * comments are added; identical comments under the same parent get {@code -2}, {@code -3} in input
 * order. Rules checked, each reported at its position: ids are unique, a {@code parent} exists, and
 * no comment is its own ancestor. A thread with errors is still returned with every comment that
 * could be placed, so that rendering can go on and report its own problems; the build stops anyway.
 *
 * <p>Runs in time linear in the number of comments and never recurses, so a reply chain 100,000
 * deep is fine. Stateless and safe to share between threads.
 */
public final class CommentThreader {

    /** How many "did you mean" look-ups one thread may do, so that a broken file stays linear. */
    private static final int HINT_BUDGET = 20;

    /** Threads the comments of one debate; problems go to {@code diagnostics}. */
    public CommentThread thread(List<CommentInput> inputs, Diagnostics diagnostics) {
        int n = inputs.size();
        if (n == 0) {
            return CommentThread.EMPTY;
        }
        String[] ids = new String[n];
        int[] parent = new int[n];
        Map<String, Integer> byId = new HashMap<>(n * 2);
        assignExplicitIds(inputs, ids, byId, diagnostics);
        resolveParentsAndDerive(inputs, ids, parent, byId, diagnostics);
        return flatten(inputs, ids, parent, diagnostics);
    }

    private static void assignExplicitIds(List<CommentInput> inputs, String[] ids, Map<String, Integer> byId,
            Diagnostics diagnostics) {
        for (int i = 0; i < inputs.size(); i++) {
            CommentInput c = inputs.get(i);
            if (c.id().isEmpty()) {
                continue;
            }
            String id = c.id().get();
            Integer first = byId.putIfAbsent(id, i);
            if (first != null) {
                SourcePosition at = c.idPosition().orElse(c.position());
                SourcePosition firstAt = inputs.get(first).idPosition().orElse(inputs.get(first).position());
                diagnostics.error(at, "duplicate comment id '" + id + "' (first at " + where(firstAt, at) + ")");
            }
            ids[i] = id;
        }
    }

    /**
     * Resolves every parent to an index and derives the missing ids. Nested replies come after
     * their parent in the input, so one pass in input order sees each parent's id first; a
     * {@code parent} written by id always names an explicit id.
     */
    private static void resolveParentsAndDerive(List<CommentInput> inputs, String[] ids, int[] parent,
            Map<String, Integer> byId, Diagnostics diagnostics) {
        Map<String, Integer> derivedUses = new HashMap<>();
        int hints = HINT_BUDGET;
        for (int i = 0; i < inputs.size(); i++) {
            CommentInput c = inputs.get(i);
            parent[i] = -1;
            if (c.parentIndex().isPresent()) {
                parent[i] = c.parentIndex().getAsInt();
            } else if (c.parentId().isPresent()) {
                String wanted = c.parentId().get();
                Integer p = byId.get(wanted);
                if (p == null) {
                    String hint = hints-- > 0 ? Hints.didYouMean(wanted, byId.keySet()) : "";
                    diagnostics.error(c.parentPosition().orElse(c.position()),
                            "unknown parent '" + wanted + "': no comment in this debate has that id" + hint);
                } else {
                    parent[i] = p;
                }
            }
            if (ids[i] == null) {
                String parentId = parent[i] >= 0 && ids[parent[i]] != null ? ids[parent[i]] : "";
                String base = derivedId(parentId, c);
                int use = derivedUses.merge(base, 1, Integer::sum);
                String id = use == 1 ? base : base + "-" + use;
                while (byId.containsKey(id)) {
                    use = derivedUses.merge(base, 1, Integer::sum);
                    id = base + "-" + use;
                }
                ids[i] = id;
                byId.put(id, i);
            }
        }
    }

    /** {@code h} and the first 12 hex digits of SHA-256 over parent id, author, date and body. */
    static String derivedId(String parentId, CommentInput c) {
        String date = c.date().map(Timestamp::instant).map(Object::toString).orElse("");
        String key = parentId + '\u0000' + c.author().orElse("") + '\u0000' + date + '\u0000' + c.body();
        byte[] digest = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder("h");
        for (int i = 0; i < 6; i++) {
            id.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
        }
        return id.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Orders the comments depth-first (siblings in input order) with an explicit stack, numbers the
     * top-level ones, and reports comments that cannot be reached from a top-level comment: those
     * are on or below a cycle of {@code parent} references.
     */
    private static CommentThread flatten(List<CommentInput> inputs, String[] ids, int[] parent, Diagnostics diagnostics) {
        int n = inputs.size();
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
            }
        }
        int[][] children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] filled = new int[n];
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][filled[parent[i]]++] = i;
            } else {
                roots.add(i);
            }
        }
        List<Comment> ordered = new ArrayList<>(n);
        boolean[] placed = new boolean[n];
        int[] depth = new int[n];
        int[] stack = new int[n];
        int number = 0;
        for (int root : roots) {
            number++;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int i = stack[--top];
                placed[i] = true;
                ordered.add(comment(inputs.get(i), ids[i], parent[i] >= 0 ? ids[parent[i]] : null, depth[i],
                        number, childCount[i]));
                for (int k = children[i].length - 1; k >= 0; k--) {
                    int child = children[i][k];
                    depth[child] = depth[i] + 1;
                    stack[top++] = child;
                }
            }
        }
        if (ordered.size() < n) {
            reportCycles(inputs, ids, parent, placed, diagnostics);
        }
        return new CommentThread(ordered, roots.size());
    }

    private static Comment comment(CommentInput c, String id, String parentId, int depth, int number, int replies) {
        return new Comment(id, Optional.ofNullable(parentId), c.author().filter(a -> !a.isBlank()), c.authorUrl(),
                c.date(), c.body(), c.status(), depth, number, replies, c.position(), c.staff());
    }

    /** Reports each cycle once, at the {@code parent} of its first comment in input order. */
    private static void reportCycles(List<CommentInput> inputs, String[] ids, int[] parent, boolean[] placed,
            Diagnostics diagnostics) {
        int n = inputs.size();
        int[] seenInWalk = new int[n];
        Arrays.fill(seenInWalk, -1);
        for (int start = 0; start < n; start++) {
            if (placed[start]) {
                continue;
            }
            int i = start;
            while (i >= 0 && !placed[i] && seenInWalk[i] < 0) {
                seenInWalk[i] = start;
                i = parent[i];
            }
            if (i >= 0 && !placed[i] && seenInWalk[i] == start) {
                List<String> cycle = new ArrayList<>();
                int first = i;
                int j = i;
                do {
                    cycle.add(ids[j]);
                    first = Math.min(first, j);
                    j = parent[j];
                } while (j != i);
                int rotate = cycle.indexOf(ids[first]);
                List<String> path = new ArrayList<>(cycle.subList(rotate, cycle.size()));
                path.addAll(cycle.subList(0, rotate));
                path.add(ids[first]);
                CommentInput c = inputs.get(first);
                diagnostics.error(c.parentPosition().orElse(c.position()),
                        "reply cycle: " + String.join(" -> ", path) + " (a comment cannot be its own ancestor)");
            }
            // Mark the whole walk as done so that a cycle is reported once, whichever comment leads to it.
            for (int k = start; k >= 0 && !placed[k] && seenInWalk[k] == start; k = parent[k]) {
                placed[k] = true;
            }
        }
    }

    /** {@code line 12} within the same file, {@code path:line:column} across files. */
    private static String where(SourcePosition first, SourcePosition at) {
        return first.file().equals(at.file()) ? "line " + first.line() : first.toString();
    }
}
