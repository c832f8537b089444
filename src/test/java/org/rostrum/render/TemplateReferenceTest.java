package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/templates.md} true: every template of the built-in theme has its section, every
 * public view record of this package has its table with every field and the field's type, and the
 * records each template is said to reach are the ones its root record reaches.
 */
class TemplateReferenceTest {

    private static final Path DOC = Path.of("docs/templates.md");
    private static final Path TEMPLATES = Path.of("src/main/theme");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([^`]+)` \\| .+\\|$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");

    /** The doc's sections by heading, for headings of {@code level} (3 for {@code ###}). */
    private static Map<String, String> sections(int level) throws IOException {
        String text = Files.readString(DOC);
        Map<String, String> sections = new LinkedHashMap<>();
        String marker = "#".repeat(level) + " ";
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n# end").split("\n")) {
            boolean isHeading = line.startsWith("#");
            if (isHeading && heading != null) {
                sections.put(heading, body.toString());
                heading = null;
            }
            if (line.startsWith(marker)) {
                heading = line.substring(marker.length()).strip();
                body.setLength(0);
            } else if (heading != null && !isHeading) {
                body.append(line).append('\n');
            }
        }
        return sections;
    }

    /** Every public record of this package, found among the compiled classes beside this one's. */
    private static Map<String, Class<?>> viewRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Theme.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/rostrum/render");
        Map<String, Class<?>> records = new TreeMap<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName("org.rostrum.render." + name);
                if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
                    records.put(type.getSimpleName(), type);
                }
            }
        }
        return records;
    }

    /** A component's type as the doc writes it: {@code Optional<PersonRef>}, {@code List<DebateCard>}, {@code int}. */
    private static String typeName(Type type) {
        return type.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace(", ", ",");
    }

    /** The records of this package that {@code root}'s fields lead to, directly or through other records. */
    private static Set<String> reachable(Class<?> root, Map<String, Class<?>> records) {
        Set<String> seen = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            for (RecordComponent c : todo.pop().getRecordComponents()) {
                List<Type> types = new ArrayList<>(List.of(c.getGenericType()));
                if (c.getGenericType() instanceof ParameterizedType p) {
                    types.addAll(List.of(p.getActualTypeArguments()));
                }
                for (Type t : types) {
                    if (t instanceof Class<?> k && records.containsValue(k) && seen.add(k.getSimpleName())) {
                        todo.push(k);
                    }
                }
            }
        }
        return seen;
    }

    @Test
    void everyViewRecordAndEveryFieldIsDescribedWithItsType() throws Exception {
        Map<String, Class<?>> records = viewRecords();
        assertTrue(records.containsKey("HomePage") && records.containsKey("CommentView") && records.size() > 20,
                "view records not found: " + records.keySet());
        Map<String, String> sections = sections(4);
        List<String> problems = new ArrayList<>();
        for (Class<?> record : records.values()) {
            String section = sections.get(record.getSimpleName());
            if (section == null) {
                problems.add(record.getSimpleName() + ": no '#### " + record.getSimpleName() + "' section");
                continue;
            }
            Map<String, String> documented = new LinkedHashMap<>();
            Matcher row = ROW.matcher(section);
            while (row.find()) {
                documented.put(row.group(1), row.group(2));
            }
            Map<String, String> actual = new LinkedHashMap<>();
            for (RecordComponent c : record.getRecordComponents()) {
                actual.put(c.getName(), typeName(c.getGenericType()));
            }
            if (!documented.equals(actual)) {
                problems.add(record.getSimpleName() + ": the doc lists " + documented + " but the record has " + actual);
            }
        }
        for (String heading : sections.keySet()) {
            if (!records.containsKey(heading)) {
                problems.add("'#### " + heading + "' describes no view record");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTemplateIsDescribedWithTheRecordsItReaches() throws Exception {
        Map<String, Class<?>> records = viewRecords();
        Map<String, String> sections = sections(3);
        Set<String> templates = new TreeSet<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftlh") || n.endsWith(".ftlx"))
                    .forEach(templates::add);
        }
        assertTrue(templates.contains("layout.ftlh"), "templates not found: " + templates);
        List<String> problems = new ArrayList<>();
        for (String template : templates) {
            if (!sections.containsKey(template)) {
                problems.add(template + ": no '### " + template + "' section");
            }
        }
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String name = section.getKey();
            if (!name.matches(".*\\.ftl[hx]")) {
                continue;
            }
            if (!templates.contains(name)) {
                problems.add("'### " + name + "' describes a template that does not exist");
                continue;
            }
            String text = section.getValue().replace('\n', ' ');
            Matcher receives = Pattern.compile("Receives `(\\w+)`.*?; reaches ([^.]*)\\.").matcher(text);
            if (!receives.find()) {
                if (!text.contains("A library")) {
                    problems.add(name + ": says neither which record it receives nor that it is a library");
                }
                continue;
            }
            Class<?> root = records.get(receives.group(1));
            if (root == null) {
                problems.add(name + ": receives unknown record " + receives.group(1));
                continue;
            }
            Set<String> listed = new TreeSet<>();
            Matcher names = NAME.matcher(receives.group(2));
            while (names.find()) {
                listed.add(names.group(1));
            }
            if (!listed.equals(reachable(root, records))) {
                problems.add(name + ": the doc says it reaches " + listed + " but " + root.getSimpleName() + " reaches "
                        + reachable(root, records));
            }
        }
        for (String library : List.of("layout.ftlh", "thread.ftlh", "debate-parts.ftlh")) {
            if (templates.contains(library) && sections.containsKey(library)
                    && !sections.get(library).contains("library")) {
                problems.add(library + ": not described as a library");
            }
        }
        assertEquals(List.of(), problems);
    }
}
