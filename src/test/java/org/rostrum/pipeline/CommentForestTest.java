package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Nothing is lost: random comment forests, written in every form the content format allows, come
 * out with every comment exactly once, under the right parent, in the documented order, in the
 * HTML and in {@code comments.json}.
 *
 * <p>Each try builds one site of four debates, one per form: flat ({@code comments.yaml} with
 * {@code parent}, in any order, replies before their parents included), nested ({@code replies}),
 * one file per comment ({@code comments/*.yaml}, dated or not, with ties), and a mix of all of them
 * with nested replies inside comment files. The expected order is computed here, independently,
 * from the rule that {@code CommentInput} documents: {@code comments.yaml} in file order with nested
 * replies after their parent, then the files of {@code comments/} by date (a date-only value first
 * at the same instant, undated last), then file name; a thread shows each comment followed by its
 * replies in that order. The site's {@code comments.max_depth} and {@code comments.per_page} are
 * random too, so threads are drawn flattened and split into parts.
 *
 * <p>Tries are seeded: {@code -Dforest.seed=N} runs that one seed, {@code -Dforest.tries=N} runs more.
 */
class CommentForestTest {

    private static final int TRIES = Integer.getInteger("forest.tries", 16);
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] AUTHORS = {null, "Anna", "Bo", "Cécile", ""};
    private static final String[] DATES = {null, "2019-01-21", "2019-01-21T00:00:00Z", "2019-01-21T09:30:00Z",
        "2019-01-22T09:30:00+01:00", "2019-01-22T08:30:00Z", "2019-01-20"};

    @TempDir
    Path dir;

    enum Form { FLAT, NESTED, FILES, MIXED }

    /** Where a comment is written. */
    enum Placement {
        /** An entry of the list in {@code comments.yaml}, with {@code parent} when it replies. */
        LIST,
        /** Under its parent's {@code replies}, in the same file as the parent. */
        NESTED,
        /** A file of its own in {@code comments/}, with {@code parent} when it replies. */
        FILE
    }

    /** A generated comment. */
    static final class Node {
        final int index;
        final String token;
        final Node parent;
        final List<Node> children = new ArrayList<>();
        String id;
        String author;
        String date;
        boolean removed;
        Placement placement;
        String fileName;
        int fileOrder;

        Node(int index, Node parent) {
            this.index = index;
            this.token = "tok" + index + "x";
            this.parent = parent;
        }

        int depth() {
            return parent == null ? 0 : parent.depth() + 1;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommentAppearsOnceUnderItsParentInFileOrder() {
        Long only = Long.getLong("forest.seed");
        LongStream seeds = only != null ? LongStream.of(only) : LongStream.range(0, TRIES);
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    private void check(long seed) throws IOException {
        Random random = new Random(seed);
        int maxDepth = 1 + random.nextInt(5);
        int perPage = new int[] {1, 2, 3, 5, 200}[random.nextInt(5)];
        Path root = dir.resolve("seed-" + seed);
        Path content = root.resolve("content");
        write(content.resolve("site.yaml"), "title: Forests\nbase_url: https://example.org/\n"
                + "comments:\n  max_depth: " + maxDepth + "\n  per_page: " + perPage + "\n");
        Map<String, List<Node>> debates = new HashMap<>();
        for (Form form : Form.values()) {
            String slug = form.name().toLowerCase(java.util.Locale.ROOT);
            List<Node> nodes = forest(random, form);
            writeDebate(content.resolve("debates").resolve(slug), form, nodes, random);
            debates.put(slug, nodes);
        }
        BuildResult result = new SiteBuild(MARKDOWN, Clock.systemUTC()).build(BuildOptions.defaults()
                .withContent(content).withTemplates(root.resolve("templates")).withOut(root.resolve("site")));
        assertEquals(List.of(), result.diagnostics(), "seed " + seed);
        for (Map.Entry<String, List<Node>> debate : debates.entrySet()) {
            String where = "seed " + seed + ", " + debate.getKey() + " (max_depth " + maxDepth + ", per_page "
                    + perPage + ")";
            verify(root.resolve("site/debates").resolve(debate.getKey()), debate.getValue(), maxDepth, perPage, where);
        }
    }

    // --- Generating ----------------------------------------------------------------------------

    /** Up to 30 comments, each a top-level comment or a reply to an earlier one, placed by {@code form}. */
    private static List<Node> forest(Random random, Form form) {
        int n = random.nextInt(31);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node parent = i == 0 || random.nextInt(4) == 0 ? null : nodes.get(random.nextInt(i));
            if (parent != null && parent.depth() >= 20) {
                parent = null; // YAML's nesting limit bounds nested replies
            }
            Node node = new Node(i, parent);
            if (parent != null) {
                parent.children.add(node);
            }
            node.author = AUTHORS[random.nextInt(AUTHORS.length)];
            node.date = DATES[random.nextInt(DATES.length)];
            node.removed = random.nextInt(8) == 0;
            node.placement = placement(random, form, node);
            nodes.add(node);
        }
        for (Node node : nodes) {
            boolean referredTo = node.children.stream().anyMatch(c -> c.placement != Placement.NESTED);
            if (referredTo || node.removed || random.nextBoolean()) {
                node.id = (node.removed ? "r" : "c") + node.index;
            }
        }
        return nodes;
    }

    private static Placement placement(Random random, Form form, Node node) {
        return switch (form) {
            case FLAT -> Placement.LIST;
            case NESTED -> node.parent == null ? Placement.LIST : Placement.NESTED;
            case FILES -> Placement.FILE;
            case MIXED -> node.parent != null && random.nextBoolean() ? Placement.NESTED
                    : random.nextBoolean() ? Placement.LIST : Placement.FILE;
        };
    }

    /** Writes {@code comments.yaml} and {@code comments/}, and records each comment's place in file order. */
    private static void writeDebate(Path folder, Form form, List<Node> nodes, Random random) throws IOException {
        write(folder.resolve("index.md"), "---\ntitle: " + form + "?\ndate: 2019-01-20\n---\nText.\n");
        List<Node> list = new ArrayList<>(nodes.stream().filter(n -> n.placement == Placement.LIST).toList());
        if (form != Form.NESTED) {
            Collections.shuffle(list, random); // a flat list may name a parent written further down
        }
        List<Node> fileOrder = new ArrayList<>();
        if (!list.isEmpty()) {
            StringBuilder yaml = new StringBuilder("comments:\n");
            for (Node node : list) {
                writeComment(yaml, node, "  ", fileOrder);
            }
            write(folder.resolve("comments.yaml"), yaml.toString());
        }
        List<Node> files = new ArrayList<>(nodes.stream().filter(n -> n.placement == Placement.FILE).toList());
        for (Node node : files) {
            node.fileName = (char) ('a' + random.nextInt(3)) + "-" + node.index + ".yaml";
        }
        files.sort(Comparator.comparing((Node n) -> sortKey(n.date)).thenComparing(n -> n.fileName));
        for (Node node : files) {
            StringBuilder yaml = new StringBuilder();
            writeComment(yaml, node, "", fileOrder);
            write(folder.resolve("comments").resolve(node.fileName), yaml.toString());
        }
        for (int i = 0; i < fileOrder.size(); i++) {
            fileOrder.get(i).fileOrder = i;
        }
        assertEquals(nodes.size(), fileOrder.size(), "every comment is written once");
    }

    /**
     * Writes one comment mapping and its nested replies. {@code indent} is that of the list item
     * ({@code "  "} in comments.yaml) or empty for a comment file, which is the mapping itself.
     */
    private static void writeComment(StringBuilder yaml, Node node, String indent, List<Node> fileOrder) {
        fileOrder.add(node);
        String first = indent.isEmpty() ? "" : indent + "- ";
        String field = indent.isEmpty() ? "" : indent + "  ";
        List<String> lines = new ArrayList<>();
        if (node.id != null) {
            lines.add("id: " + node.id);
        }
        if (node.parent != null && node.placement != Placement.NESTED) {
            lines.add("parent: " + node.parent.id);
        }
        if (node.author != null) {
            lines.add("author: \"" + node.author + "\"");
        }
        if (node.date != null) {
            lines.add("date: " + node.date);
        }
        if (node.removed) {
            lines.add("status: removed");
        } else {
            lines.add("body: Comment " + node.token + ".");
        }
        for (int i = 0; i < lines.size(); i++) {
            yaml.append(i == 0 ? first : field).append(lines.get(i)).append('\n');
        }
        List<Node> nested = node.children.stream().filter(c -> c.placement == Placement.NESTED).toList();
        if (!nested.isEmpty()) {
            yaml.append(field).append("replies:\n");
            for (Node child : nested) {
                writeComment(yaml, child, field + "  ", fileOrder);
            }
        }
    }

    /**
     * How the files of {@code comments/} sort by date, as documented: by instant, a date-only value
     * first at the same instant, undated last.
     */
    private static String sortKey(String date) {
        return switch (date == null ? "" : date) {
            case "2019-01-20" -> "1";
            case "2019-01-21" -> "2";
            case "2019-01-21T00:00:00Z" -> "3";
            case "2019-01-21T09:30:00Z" -> "4";
            case "2019-01-22T09:30:00+01:00", "2019-01-22T08:30:00Z" -> "5"; // the same instant
            case "" -> "9";
            default -> throw new IllegalArgumentException(date);
        };
    }

    // --- Checking ------------------------------------------------------------------------------

    /** The thread as a reader sees it: top-level comments in file order, each followed by its replies. */
    private static List<Node> readingOrder(List<Node> nodes) {
        Comparator<Node> byFileOrder = Comparator.comparingInt(n -> n.fileOrder);
        List<Node> order = new ArrayList<>();
        List<Node> roots = nodes.stream().filter(n -> n.parent == null).sorted(byFileOrder).toList();
        for (Node root : roots) {
            addDepthFirst(root, byFileOrder, order);
        }
        return order;
    }

    private static void addDepthFirst(Node node, Comparator<Node> byFileOrder, List<Node> order) {
        order.add(node);
        for (Node child : node.children.stream().sorted(byFileOrder).toList()) {
            addDepthFirst(child, byFileOrder, order);
        }
    }

    private static void verify(Path debate, List<Node> nodes, int maxDepth, int perPage, String where)
            throws IOException {
        List<Node> expected = readingOrder(nodes);
        JsonNode comments = JSON.readTree(debate.resolve("comments.json").toFile()).get("comments");
        assertEquals(expected.size(), comments.size(), where + ": comments in comments.json");

        Map<Node, String> ids = new HashMap<>();
        List<Node> roots = expected.stream().filter(n -> n.parent == null).toList();
        for (int i = 0; i < expected.size(); i++) {
            Node node = expected.get(i);
            JsonNode json = comments.get(i);
            String at = where + ": comment " + i + " of comments.json";
            if (node.removed) {
                assertEquals(node.id, json.get("id").asText(), at);
                assertEquals("removed", json.get("status").asText(), at);
            } else {
                assertEquals("Comment " + node.token + ".", json.get("body").asText(), at);
            }
            if (node.id != null) {
                assertEquals(node.id, json.get("id").asText(), at);
            }
            ids.put(node, json.get("id").asText());
            assertEquals(node.parent == null ? null : ids.get(node.parent),
                    json.has("parent") ? json.get("parent").asText() : null, at + ": parent");
            assertEquals(node.depth(), json.get("depth").asInt(), at + ": depth");
            Node root = node;
            while (root.parent != null) {
                root = root.parent;
            }
            int number = roots.indexOf(root) + 1;
            assertEquals(number, json.get("number").asInt(), at + ": number");
            assertEquals((number - 1) / perPage + 1, json.get("page").asInt(), at + ": part of the thread");
        }

        List<Element> shown = new ArrayList<>();
        List<Integer> partOf = new ArrayList<>();
        int parts = Math.max(1, (roots.size() + perPage - 1) / perPage);
        for (int part = 1; part <= parts; part++) {
            Path file = part == 1 ? debate.resolve("index.html") : debate.resolve("comments/" + part + "/index.html");
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element li : page.select("li[id^=comment-]")) {
                shown.add(li);
                partOf.add(part);
            }
        }
        assertEquals(expected.stream().map(n -> "comment-" + ids.get(n)).toList(),
                shown.stream().map(Element::id).toList(), where + ": comments on the pages, in reading order");
        for (int i = 0; i < expected.size(); i++) {
            verifyShown(expected.get(i), shown.get(i), ids, maxDepth, where);
            assertEquals(Integer.valueOf(comments.get(i).get("page").asInt()), partOf.get(i), where + ": part");
        }
    }

    /**
     * A comment on its page: nested in the comment it replies to, or, past {@code comments.max_depth},
     * in the deepest ancestor drawn; a link to its parent; its own text in its own element.
     */
    private static void verifyShown(Node node, Element li, Map<Node, String> ids, int maxDepth, String where) {
        String at = where + ": " + li.id();
        int drawn = Math.min(node.depth(), maxDepth - 1);
        Node enclosing = node;
        for (int d = node.depth(); d > drawn - 1 && enclosing != null; d--) {
            enclosing = enclosing.parent;
        }
        Element around = enclosingComment(li);
        assertEquals(enclosing == null ? null : "comment-" + ids.get(enclosing), around == null ? null : around.id(),
                at + ": the comment it is drawn in");
        if (node.parent != null) {
            String href = "#comment-" + ids.get(node.parent);
            boolean linked = li.select("a[href]").stream()
                    .anyMatch(a -> a.attr("href").equals(href) && enclosingComment(a) == li);
            assertTrue(linked, at + ": a link to the comment it replies to, " + href);
        }
        if (!node.removed) {
            Element text = li.getElementsContainingOwnText(node.token).first();
            assertNotNull(text, at + ": its text");
            assertEquals(li, enclosingComment(text), at + ": its text is its own");
        }
    }

    private static Element enclosingComment(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals("li") && p.id().startsWith("comment-")) {
                return p;
            }
        }
        return null;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
