package org.rostrum.source;

import java.nio.file.Path;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;

/**
 * Reads content files as text, YAML or JSON, within the {@link Limits}. Each method reads its file
 * once and reports every problem; an empty result means the file could not be used.
 *
 * <p>Immutable and safe to share between threads.
 */
final class SourceFiles {

    private final Limits limits;
    private final YamlReader yaml;
    private final JsonReader json;

    SourceFiles(Limits limits) {
        this.limits = limits;
        this.yaml = new YamlReader(limits);
        this.json = new JsonReader(limits);
    }

    Optional<SourceText> text(Path file, Diagnostics diagnostics) {
        return SourceText.read(file, limits.maxFileBytes(), diagnostics);
    }

    /** Reads YAML already in memory (a table packed into Rostrum). */
    Optional<Value> yaml(SourceText source, Diagnostics diagnostics) {
        return yaml.read(source, diagnostics);
    }

    Optional<Value> yaml(Path file, Diagnostics diagnostics) {
        return text(file, diagnostics).flatMap(source -> yaml.read(source, diagnostics));
    }

    /** The YAML front matter of a Markdown file. */
    Optional<Value> frontMatter(SourceText source, FrontMatter frontMatter, Diagnostics diagnostics) {
        return yaml.read(source, new YamlReader.Span(frontMatter.yamlFrom(), frontMatter.yamlTo(),
                FrontMatter.YAML_FIRST_LINE), limits.maxFrontMatterValueChars(), diagnostics);
    }

    Optional<Value> json(Path file, Diagnostics diagnostics) {
        return text(file, diagnostics).flatMap(source -> json.read(source, diagnostics));
    }
}
