package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.slug.Slug;
import org.rostrum.source.ContentWriter;

/**
 * The topic names a content folder already uses, by slug, so that an import spells a topic the way
 * the archive does and never adds a second spelling that {@code check} would refuse. Read as
 * {@code check} reads them: {@code topics.yaml} first, then the debates in slug order, the first
 * spelling of a slug winning. Only front matter is read, not the whole site.
 */
final class ExistingTopics {

    private ExistingTopics() {
    }

    /** Spelling by slug; empty for a new content folder. */
    static Map<String, String> read(Path into, ContentWriter writer, Diagnostics diagnostics) {
        Map<String, String> spellings = new HashMap<>();
        Path topicsFile = into.resolve("topics.yaml");
        try {
            if (Files.isRegularFile(topicsFile)) {
                add(writer.readTopicNames(topicsFile, diagnostics), spellings);
            }
            Path debates = into.resolve("debates");
            if (!Files.isDirectory(debates)) {
                return spellings;
            }
            TreeSet<Path> indexes = new TreeSet<>();
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(debates)) {
                for (Path folder : folders) {
                    if (Files.isRegularFile(folder.resolve("index.md"))) {
                        indexes.add(folder.resolve("index.md"));
                    }
                }
            }
            for (Path index : indexes) {
                add(writer.readTopics(index, diagnostics), spellings);
            }
        } catch (IOException e) {
            diagnostics.warning(SourcePosition.startOf(into), "cannot read the topics already in the content folder: "
                    + e.getMessage());
        }
        return spellings;
    }

    private static void add(List<String> names, Map<String, String> spellings) {
        for (String name : names) {
            String slug = Slug.of(name.strip());
            if (!slug.isEmpty()) {
                spellings.putIfAbsent(slug, name.strip());
            }
        }
    }
}
