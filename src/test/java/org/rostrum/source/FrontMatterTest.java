package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/** Where front matter starts and ends, and that the readers and {@link ContentWriter} agree on it. */
class FrontMatterTest {

    @TempDir
    Path temp;

    private static Optional<FrontMatter> find(String text) {
        return FrontMatter.find(new SourceText(Path.of("index.md"), text));
    }

    @Test
    void yamlsDocumentEndClosesFrontMatter() {
        SourceText source = new SourceText(Path.of("index.md"), "---\ntitle: A\n... \nBody\n");
        FrontMatter frontMatter = FrontMatter.find(source).orElseThrow();
        assertEquals("title: A\n", frontMatter.yaml(source));
        assertEquals("Body\n", frontMatter.body());
        assertEquals(new SourcePosition(Path.of("index.md"), 4, 1), frontMatter.bodyStart());
    }

    @Test
    void anIndentedFenceIsTextOfTheYamlNotItsEnd() {
        SourceText source = new SourceText(Path.of("index.md"), "---\nsummary: |\n  ---\n  ...\n---\nBody\n");
        FrontMatter frontMatter = FrontMatter.find(source).orElseThrow();
        assertEquals("summary: |\n  ---\n  ...\n", frontMatter.yaml(source));
        assertEquals("Body\n", frontMatter.body());
    }

    @Test
    void aFenceAfterLeadingSpacesOpensNothing() {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.empty(), FrontMatter.split(new SourceText(Path.of("index.md"), " ---\ntitle: A\n---\n"),
                diagnostics));
        assertEquals(List.of("index.md:1:1: error: missing front matter: the file must start with a line '---'"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void documentEndDoesNotOpenFrontMatter() {
        assertEquals(Optional.empty(), find("...\ntitle: A\n---\n"));
    }

    @Test
    void aDebateClosedByDocumentEndLoads() {
        MiniSite site = MiniSite.withSiteYaml(temp)
                .file("debates/a/index.md", "---\ntitle: A?\ndate: 2019-01-28\ntopics: [Trade]\n...\nBody\n");
        assertEquals(List.of("Trade"), site.loadDebate().topics());
        assertEquals(List.of(), site.messages());
    }

    /** The importers read topics with {@link ContentWriter}, the build with the readers: the same files, the same answer. */
    @ParameterizedTest
    @ValueSource(strings = {
        "---\ntitle: A?\ndate: 2019-01-28\ntopics: [Trade]\n---\nBody\n",
        "---\ntitle: A?\ndate: 2019-01-28\ntopics: [Trade]\n...\nBody\n",
        "\uFEFF---  \r\ntitle: A?\r\ndate: 2019-01-28\r\ntopics: [Trade]\r\n--- \r\nBody\r\n",
        "---\ntitle: A?\ndate: 2019-01-28\nsummary: |\n  ---\ntopics: [Trade]\n---\nBody\n",
        " ---\ntitle: A?\ndate: 2019-01-28\ntopics: [Trade]\n---\nBody\n",
        "---\ntitle: A?\ndate: 2019-01-28\ntopics: [Trade]\n  ---\nBody\n",
    })
    void theReadersAndTheContentWriterFindTheSameFrontMatter(String file) throws IOException {
        MiniSite site = MiniSite.withSiteYaml(temp).file("debates/a/index.md", file);
        List<String> built = site.load().debates().stream().flatMap(d -> d.topics().stream()).toList();
        List<String> imported = new ContentWriter().readTopics(site.path("debates/a/index.md"), new Diagnostics());
        assertEquals(built, imported);
        assertTrue(built.isEmpty() == !site.messages().isEmpty(), "read by both, or by neither: " + site.messages());
    }
}
