package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.bench.ArchiveGenerator;
import org.rostrum.diag.Diagnostics;

/**
 * {@link BlockYaml} against the engine: every text it composes must read exactly as the engine
 * reads it (values, positions, problems), on generated archives of every shape, on texts written
 * for its edges, and on many small random edits of both, which also make the errors it must leave
 * to the engine.
 */
class BlockYamlTest {

    private static final List<String> SHAPES = List.of("plain", "markdown", "quoted", "files", "unicode", "real");

    private final YamlReader shortcut = new YamlReader(Limits.DEFAULT, true);
    private final YamlReader engine = new YamlReader(Limits.DEFAULT, false);

    @TempDir
    Path temp;

    /** The outcome of reading a text: the value and every problem, as text. */
    private record Read(Optional<Value> value, List<String> problems) {
    }

    private static Read read(YamlReader reader, SourceText source, YamlReader.Span span, int maxScalarChars) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Value> value = reader.read(source, span, maxScalarChars, diagnostics);
        return new Read(value, diagnostics.sorted().stream().map(Object::toString).toList());
    }

    private static YamlReader.Span whole(SourceText source) {
        return new YamlReader.Span(0, source.text().length(), 0);
    }

    /** Asserts that both read {@code text} alike; returns whether the shortcut composed it. */
    private boolean agree(String name, String text) {
        SourceText source = new SourceText(Path.of(name), text);
        YamlReader.Span span = whole(source);
        if (text.startsWith("---\n")) {
            Optional<FrontMatter> front = FrontMatter.split(source, new Diagnostics());
            if (front.isPresent()) {
                span = new YamlReader.Span(front.get().yamlFrom(), front.get().yamlTo(), FrontMatter.YAML_FIRST_LINE);
            }
        }
        assertEquals(read(engine, source, span, 300), read(shortcut, source, span, 300), () -> name + ":\n" + visible(text));
        return BlockYaml.compose(source.text(), span.from(), span.to(), Integer.MAX_VALUE, 100).isPresent();
    }

    /** The text with every character but printable ASCII and line feeds written as {@code \\uXXXX}. */
    private static String visible(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c == '\n' || c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format("\\u%04x", c)));
        return b.toString();
    }

    private List<Path> archive(String shape) throws IOException {
        Path dir = temp.resolve(shape);
        ArchiveGenerator.write(20, 7, shape, dir);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".md")).sorted().toList();
        }
    }

    /**
     * Every file is read alike; every comment file is composed by the shortcut (front matter with
     * flow lists such as {@code topics: [a, b]} is left to the engine: it is a small share of reading).
     */
    @Test
    void composesEveryCommentFileOfEveryArchiveShapeAsTheEngineDoes() throws IOException {
        for (String shape : SHAPES) {
            List<String> declined = new ArrayList<>();
            int commentFiles = 0;
            for (Path file : archive(shape)) {
                boolean comments = file.getFileName().toString().equals("comments.yaml")
                        || file.getParent().getFileName().toString().equals("comments");
                commentFiles += comments ? 1 : 0;
                if (!agree(file.toString(), Files.readString(file)) && comments) {
                    declined.add(file.toString());
                }
            }
            assertTrue(commentFiles >= 10, shape + ": comment files " + commentFiles);
            assertEquals(List.of(), declined, shape);
        }
    }

    @Test
    void agreesWithTheEngineOnRandomEditsOfArchiveFiles() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String shape : List.of("real", "quoted", "files")) {
            for (Path file : archive(shape)) {
                String text = Files.readString(file);
                if (text.length() < 6_000) {
                    texts.add(text);
                }
            }
        }
        texts.addAll(EDGES);
        Random random = new Random(11);
        int composed = 0;
        for (int i = 0; i < 6_000; i++) {
            String text = edit(texts.get(random.nextInt(texts.size())), random);
            if (agree("edit-" + i + ".yaml", text)) {
                composed++;
            }
        }
        assertTrue(composed > 1_000, "edits composed by the shortcut: " + composed);
    }

    /** Texts at the edges of what {@link BlockYaml} reads; each must be composed by it. */
    private static final List<String> EDGES = List.of(
            "comments:\n- id: a\n  body: x\n- id: b\n  replies:\n  - id: c\n    body: y\n  status: removed\n",
            "comments:\n  - id: a\n    body: |\n      one\n\n      two\n\n\n    author: \"\"\n",
            "a: |-\n  text\n  more\n\nb: 'it''s'\nc: \"q \\\" \\\\ \\n \\t \\u00e9 \\/ \\_ \\N \\0 \\e\"\n",
            "a: |\n    deep\n  \n      deeper\n     \n",
            "a: |\n  no final break",
            "a:\nb:   \nc: ~\nd: null\n",
            "x: 😀 and 😀 x\ny: 日本語 no\n",
            "list:\n  - one\n  - \"two\"\n  - 'three'\n  - |\n    four\n",
            "t: a:b\nu: x [y] {z}, w\nv: x#y\n",
            "n:\n  m:\n    k: v\n  l: w\n",
            "date: 2010-01-06T12:24Z\nbody: \"  lead  and trail  \"\n",
            "title: Emoji 😀 before\nlater: \"😀\"\n");

    @Test
    void composesTheEdgesOfItsShape() {
        for (String edge : EDGES) {
            assertTrue(agree("edge.yaml", edge), edge);
        }
    }

    @Test
    void leavesOtherYamlToTheEngine() {
        for (String other : List.of("a: &x 1\nb: *x\n", "a: !!str 1\n", "a: b # comment\n", "# c\na: b\n",
                "a: >\n  folded\n", "a: |+\n  kept\n\n", "a: |2\n   x\n", "a: [1, 2]\n", "a: \"two\n  lines\"\n",
                "a: \tb\n", "a: b\r\n", "--- \na: b\n", "a: b\n---\nc: d\n", "\"a\": b\n", "a: b\n c\n",
                "- - a\n", "-\n  a: b\n", "a:\n  b\n", "plain\n", "", "a: \"\\x41\"\n", "a: b\n  c: d\n",
                "a: |\n\n  x\n", "a: b: c\n", "? a\n: b\n", "a: \"x\" y\n")) {
            SourceText source = new SourceText(Path.of("x.yaml"), other);
            assertFalse(BlockYaml.compose(other, 0, other.length(), Integer.MAX_VALUE, 100).isPresent(), other);
            assertEquals(read(engine, source, whole(source), 300), read(shortcut, source, whole(source), 300), other);
        }
    }

    @Test
    void leavesNestingAtTheDepthLimitToTheEngine() {
        String deep = "a:\n  b:\n    c:\n      d: e\n";
        assertTrue(BlockYaml.compose(deep, 0, deep.length(), 1000, 4).isPresent());
        assertFalse(BlockYaml.compose(deep, 0, deep.length(), 1000, 3).isPresent());
        assertFalse(BlockYaml.compose(deep, 0, deep.length(), deep.length() - 1, 4).isPresent());
    }

    private static final String EDIT_CHARS = " \n:-#\"'\\|>&*!?[]{},.~\t\r\u0085\u2028\u00e9😀ab0";

    /** One to three random insertions, deletions or replacements of characters YAML cares about. */
    private static String edit(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.length());
            if (at > 0 && Character.isLowSurrogate(b.charAt(at))) {
                at--;
            }
            int op = random.nextInt(3);
            if (op != 1 && !b.isEmpty()) {
                b.delete(at, Math.min(b.length(), at + (Character.isHighSurrogate(b.charAt(at)) ? 2 : 1)));
            }
            if (op != 0) {
                int pick = random.nextInt(EDIT_CHARS.length() - 1);
                if (Character.isLowSurrogate(EDIT_CHARS.charAt(pick))) {
                    pick--;
                }
                b.insert(at, EDIT_CHARS, pick, pick + Character.charCount(EDIT_CHARS.codePointAt(pick)));
            }
        }
        return b.toString();
    }
}
