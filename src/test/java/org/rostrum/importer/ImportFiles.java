package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.FileTree;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Reading back what an import wrote, for the importer tests. */
final class ImportFiles {

    private ImportFiles() {
    }

    static Path export(String name) {
        return Path.of("src/test/resources/import", name);
    }

    /** Every regular file under {@code root}, by relative path with {@code /}, as text. */
    static Map<String, String> tree(Path root) {
        return FileTree.of(root).texts();
    }

    /** The entries of a {@code comments.yaml}, each as a map of its fields. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> comments(Path file) throws IOException {
        Object data = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        return (List<Map<String, Object>>) ((Map<String, Object>) data).get("comments");
    }

    /** One expected comment: the fields that are present, in order. */
    static Map<String, Object> comment(String... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    /** Every value of {@code <element>} in an export, CDATA or not. */
    static List<String> valuesOf(Path export, String element) throws IOException {
        String xml = Files.readString(export, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<" + Pattern.quote(element) + ">(?:<!\\[CDATA\\[)?([^<\\]]*)").matcher(xml);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    /** Fails when any file under {@code root} contains any of {@code secrets}. */
    static void assertNoneContains(Path root, List<String> secrets) {
        assertFalse(secrets.isEmpty(), "the export must have values to look for");
        tree(root).forEach((name, text) -> {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), name + " contains " + secret);
            }
        });
    }

    /** How deep each comment is, from the {@code parent} fields. */
    static Map<String, Integer> depths(List<Map<String, Object>> comments) {
        Map<String, String> parents = new LinkedHashMap<>();
        for (Map<String, Object> c : comments) {
            parents.put((String) c.get("id"), (String) c.get("parent"));
        }
        Map<String, Integer> depths = new LinkedHashMap<>();
        for (String id : parents.keySet()) {
            int depth = 0;
            for (String p = parents.get(id); p != null; p = parents.get(p)) {
                depth++;
            }
            depths.put(id, depth);
        }
        return depths;
    }
}
