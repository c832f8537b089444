package org.rostrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps each library inside the package that owns it (DESIGN section 7) and the pipeline's packages
 * in their order, by reading the import lines of {@code src/main/java}.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/rostrum");

    /** Library import prefix, and the packages of org.rostrum allowed to import it. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.snakeyaml.", Set.of("source"),
            "org.yaml.", Set.of(),
            "com.vladsch.flexmark.html2md.", Set.of("markdown", "importer"),
            "com.vladsch.flexmark.", Set.of("markdown"),
            "freemarker.", Set.of("render"),
            "com.fasterxml.jackson.", Set.of("source", "render"),
            "picocli.", Set.of("cli"),
            "org.jsoup.", Set.of("importer"),
            "com.ibm.icu.", Set.of("slug"));

    /** Packages of org.rostrum that each package may not import: the pipeline only looks back. */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "diag", Set.of("model", "source", "markdown", "thread", "render", "output", "build", "cli", "serve", "importer"),
            "model", Set.of("source", "markdown", "thread", "render", "output", "build", "cli", "serve", "importer"),
            "markdown", Set.of("source", "thread", "render", "output", "build", "cli", "serve"),
            "source", Set.of("thread", "render", "output", "build", "cli", "serve"),
            "thread", Set.of("source", "markdown", "render", "output", "build", "cli", "serve"),
            "render", Set.of("source", "thread", "build", "cli", "serve"),
            "output", Set.of("source", "markdown", "thread", "render", "build", "cli", "serve"),
            "slug", Set.of("diag", "model", "source", "markdown", "thread", "render", "output", "build", "cli", "serve",
                    "importer"),
            "serve", Set.of("source", "markdown", "thread", "render", "output", "cli", "importer"));

    private record Import(Path file, String pkg, String imported) {
    }

    private static List<Import> imports() throws IOException {
        List<Import> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                String pkg = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                for (String line : Files.readAllLines(file)) {
                    String l = line.strip();
                    if (l.startsWith("import ")) {
                        String name = l.substring("import ".length()).replace("static ", "").replace(";", "").strip();
                        all.add(new Import(relative, pkg, name));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void eachLibraryStaysInItsPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Import> imports = imports();
        assertFalse(imports.isEmpty(), "no sources found under " + SOURCES.toAbsolutePath());
        for (Import i : imports) {
            LIBRARIES.entrySet().stream()
                    .filter(e -> i.imported().startsWith(e.getKey()))
                    .max((a, b) -> a.getKey().length() - b.getKey().length())
                    .filter(e -> !e.getValue().contains(i.pkg()))
                    .ifPresent(e -> violations.add(i.file() + " imports " + i.imported()));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packagesOnlyLookBackAlongThePipeline() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Import i : imports()) {
            if (!i.imported().startsWith("org.rostrum.")) {
                continue;
            }
            String target = i.imported().substring("org.rostrum.".length()).split("\\.")[0];
            if (FORBIDDEN.getOrDefault(i.pkg(), Set.of()).contains(target)) {
                violations.add(i.file() + " imports " + i.imported());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyMainCallsSystemExit() throws IOException {
        List<String> callers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("System.exit(") && !file.endsWith("Main.java")) {
                    callers.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), callers);
    }
}
