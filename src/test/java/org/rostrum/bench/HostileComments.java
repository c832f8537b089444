package org.rostrum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds to one debate of an archive the reader comments that once made Flexmark quadratic, each
 * about 1 MB and in a file of its own in the debate's {@code comments/} folder, plus a 1 MB comment
 * of ordinary paragraphs for comparison. The benchmark times a clean build with and without them.
 *
 * <pre>{@code java -cp ... org.rostrum.bench.HostileComments <debate dir>}</pre>
 */
public final class HostileComments {

    /** Each shape, repeated to about 1 MB in one paragraph (or one line). */
    static final Map<String, String> SHAPES = shapes();

    private static final int BYTES = 1 << 20;

    private HostileComments() {
    }

    private static Map<String, String> shapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("entity-numeric", "&#106;");
        shapes.put("entity-named", "&amp;");
        shapes.put("list-markers", "1. ");
        shapes.put("autolinks", "<http://a.b/>");
        shapes.put("open-links", "[a](\u2039");
        shapes.put("paragraphs", "Ordinary words in a paragraph of their own, with *emphasis*.\n\n");
        return shapes;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: HostileComments <debate dir>");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).resolve("comments");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
            StringBuilder yaml = new StringBuilder("author: Hostile Reader\nbody: |\n");
            String unit = shape.getValue();
            int count = BYTES / unit.getBytes(StandardCharsets.UTF_8).length;
            for (String line : unit.repeat(count).split("\n", -1)) {
                yaml.append(line.isEmpty() ? "" : "  " + line).append('\n');
            }
            Files.writeString(folder.resolve("hostile-" + shape.getKey() + ".yaml"), yaml, StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + SHAPES.size() + " comments of about 1 MB into " + folder);
    }
}
