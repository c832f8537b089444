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
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.Comment;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Timestamp;

/**
 * Turns the comments of one debate, as loaded, into a validated {@link Thread}.
 *
 * <p>Ids: a comment without {@code id} gets one derived from its parent's id, author, date and
 * body ({@code h} followed by 12 hex digits of their SHA-256), so that it stays the same when other
 * comments are added; identical comments under the same parent get {@code -2}, {@code -3} in input
 * order. An explicit id may not look like a derived one ({@code h}, 12 hex digits and an optional
 * {@code -N}), so no comment can take another's derived id and no derived id ever moves.
 *
 * <p>Comments are written by readers, so a broken one is quarantined, not fatal: a comment whose
 * id is taken or looks derived, whose {@code parent} does not exist, or whose {@code parent}
 * closes a cycle, and one that the reader already marked {@link CommentStatus#LEFT_OUT}, is
 * reported as a warning and left out of the thread. Its replies keep their place under it, shown as
 * a removed comment (a tombstone); a left-out comment without replies that stay is dropped. A
 * comment left out for a bad {@code parent} or a cycle becomes a top-level tombstone.
 *
 * <p>Runs in time linear in the number of comments and never recurses, so a reply chain 100,000
 * deep is fine. Stateless and safe to share between threads.
 */
public final class CommentThreader {

    /** How many "did you mean" look-ups one thread may do, so that a broken file stays linear. */
    private static final int HINT_BUDGET = 20;

    /** What a derived id looks like; explicit ids may not. */
    private static final Pattern DERIVED = Pattern.compile("h[0-9a-f]{12}(-[0-9]+)?");

    /** Threads the comments of one debate; problems go to {@code diagnostics}. */
    public CommentThread thread(List<CommentInput> inputs, Diagnostics diagnostics) {
        int n = inputs.size();
        if (n == 0) {
            return CommentThread.EMPTY;
        }
        String[] ids = new String[n];
        int[] parent = new int[n];
        boolean[] leftOut = new boolean[n];
        for (int i = 0; i < n; i++) {
            leftOut[i] = inputs.get(i).status() == CommentStatus.LEFT_OUT;
        }
        Threading t = new Threading(inputs, ids, parent, leftOut, new HashMap<>(n * 2), diagnostics);
        assignExplicitIds(t);
        resolveParentsAndDerive(t);
        breakCycles(t);
        return flatten(inputs, ids, parent, kept(parent, leftOut), leftOut);
    }

    /**
     * The comments of one debate while they are threaded, by their index in {@code inputs}: their
     * ids, the index of their parents (-1 at the top level), whether each is left out, the index of
     * each id given so far, and where problems go.
     */
    private record Threading(List<CommentInput> inputs, String[] ids, int[] parent, boolean[] leftOut,
            Map<String, Integer> byId, Diagnostics diagnostics) {

        /** Reports {@code message} as a warning and leaves comment {@code i} out of the site. */
        void leaveOut(int i, SourcePosition at, String message) {
            diagnostics.warning(at, message);
            diagnostics.leftOut(inputs.get(i).position());
            leftOut[i] = true;
        }
    }

    private static void assignExplicitIds(Threading t) {
        List<CommentInput> inputs = t.inputs();
        String[] ids = t.ids();
        Map<String, Integer> byId = t.byId();
        for (int i = 0; i < inputs.size(); i++) {
            CommentInput c = inputs.get(i);
            if (c.id().isEmpty()) {
                continue;
            }
            String id = c.id().get();
            SourcePosition at = c.idPosition().orElse(c.position());
            if (DERIVED.matcher(id).matches()) {
                t.leaveOut(i, at, "comment id '" + id + "' looks like a derived id (h and 12 hex digits);"
                        + " choose another id or leave it out");
                continue;
            }
            Integer first = byId.putIfAbsent(id, i);
            if (first != null) {
                SourcePosition firstAt = inputs.get(first).idPosition().orElse(inputs.get(first).position());
                t.leaveOut(i, at, "duplicate comment id '" + id + "' (first at " + where(firstAt, at) + ")");
                continue;
            }
            ids[i] = id;
        }
    }

    /**
     * Resolves every parent to an index and derives the missing ids. Nested replies come after
     * their parent in the input, so one pass in input order sees each parent's id first; a
     * {@code parent} written by id always names an explicit id.
     */
    private static void resolveParentsAndDerive(Threading t) {
        List<CommentInput> inputs = t.inputs();
        String[] ids = t.ids();
        int[] parent = t.parent();
        Map<String, Integer> byId = t.byId();
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
                    t.leaveOut(i, c.parentPosition().orElse(c.position()),
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
     * Finds the comments that cannot be reached from a top-level comment (they are on or below a
     * cycle of {@code parent} references) and breaks each cycle at its first comment in input order:
     * that comment is reported at its {@code parent}, left out and made top-level, so that the rest
     * of the cycle hangs below its tombstone.
     */
    private static void breakCycles(Threading t) {
        List<CommentInput> inputs = t.inputs();
        String[] ids = t.ids();
        int[] parent = t.parent();
        int n = inputs.size();
        boolean[] reached = reachedFromTop(parent);
        int[] seenInWalk = new int[n];
        Arrays.fill(seenInWalk, -1);
        for (int start = 0; start < n; start++) {
            if (reached[start]) {
                continue;
            }
            int i = start;
            while (i >= 0 && !reached[i] && seenInWalk[i] < 0) {
                seenInWalk[i] = start;
                i = parent[i];
            }
            if (i >= 0 && !reached[i] && seenInWalk[i] == start) {
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
                t.leaveOut(first, c.parentPosition().orElse(c.position()),
                        "reply cycle: " + String.join(" -> ", path) + " (a comment cannot be its own ancestor)");
                parent[first] = -1;
            }
            // The whole walk now hangs below a top-level comment; a cycle is reported once.
            for (int k = start; k >= 0 && !reached[k] && seenInWalk[k] == start; k = parent[k]) {
                reached[k] = true;
            }
        }
    }

    /** Which comments lead up to a top-level comment through their parents. */
    private static boolean[] reachedFromTop(int[] parent) {
        int n = parent.length;
        byte[] state = new byte[n]; // 0 unknown, 1 reached, 2 not reached
        int[] path = new int[n];
        for (int start = 0; start < n; start++) {
            int length = 0;
            int i = start;
            while (i >= 0 && state[i] == 0 && length < n) {
                state[i] = 3; // on the current walk
                path[length++] = i;
                i = parent[i];
            }
            byte result = i < 0 || state[i] == 1 ? (byte) 1 : (byte) 2;
            for (int k = 0; k < length; k++) {
                state[path[k]] = result;
            }
        }
        boolean[] reached = new boolean[n];
        for (int i = 0; i < n; i++) {
            reached[i] = state[i] == 1;
        }
        return reached;
    }

    /** The comments shown: those not left out, and the left-out ones that have such a comment below them. */
    private static boolean[] kept(int[] parent, boolean[] leftOut) {
        boolean[] kept = new boolean[parent.length];
        for (int i = 0; i < parent.length; i++) {
            if (leftOut[i]) {
                continue;
            }
            for (int k = i; k >= 0 && !kept[k]; k = parent[k]) {
                kept[k] = true;
            }
        }
        return kept;
    }

    /**
     * Orders the kept comments depth-first (siblings in input order) with an explicit stack and
     * numbers the top-level ones. Left-out comments that are kept become tombstones.
     */
    private static CommentThread flatten(List<CommentInput> inputs, String[] ids, int[] parent, boolean[] kept,
            boolean[] leftOut) {
        int n = inputs.size();
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            if (kept[i] && parent[i] >= 0) {
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
            if (!kept[i]) {
                continue;
            }
            if (parent[i] >= 0) {
                children[parent[i]][filled[parent[i]]++] = i;
            } else {
                roots.add(i);
            }
        }
        List<Comment> ordered = new ArrayList<>(n);
        int[] depth = new int[n];
        int[] stack = new int[n];
        int number = 0;
        for (int root : roots) {
            number++;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int i = stack[--top];
                String parentId = parent[i] >= 0 ? ids[parent[i]] : null;
                Place place = new Place(depth[i], number, childCount[i]);
                ordered.add(leftOut[i] ? tombstone(inputs.get(i), ids[i], parentId, place)
                        : comment(inputs.get(i), ids[i], parentId, place));
                for (int k = children[i].length - 1; k >= 0; k--) {
                    int child = children[i][k];
                    depth[child] = depth[i] + 1;
                    stack[top++] = child;
                }
            }
        }
        return new CommentThread(ordered, roots.size());
    }

    /**
     * Where a comment stands in its thread: how deep, the number of the top-level comment it is
     * under, and how many replies it has.
     */
    private record Place(int depth, int number, int replies) {
    }

    private static Comment comment(CommentInput c, String id, String parentId, Place place) {
        return new Comment(id, Optional.ofNullable(parentId), c.author().filter(a -> !a.isBlank()), c.authorUrl(),
                c.date(), c.body(), c.status(), place.depth(), place.number(), place.replies(), c.position(),
                c.staff(), c.lang());
    }

    /** A left-out comment that keeps its replies: shown as removed, with nothing the reader wrote. */
    private static Comment tombstone(CommentInput c, String id, String parentId, Place place) {
        return new Comment(id, Optional.ofNullable(parentId), Optional.empty(), Optional.empty(), Optional.empty(), "",
                CommentStatus.REMOVED, place.depth(), place.number(), place.replies(), c.position());
    }

    /** {@code line 12} within the same file, {@code path:line:column} across files. */
    private static String where(SourcePosition first, SourcePosition at) {
        return first.file().equals(at.file()) ? "line " + first.line() : first.toString();
    }
}
