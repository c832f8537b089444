package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.model.ContentLink;
import org.rostrum.model.Site;

/** The links that editors write inside the site are kept, with their positions, for the link check. */
class EditorLinksTest {

    @TempDir
    Path dir;

    private static List<String> shown(List<ContentLink> links, MiniSite site) {
        return links.stream().map(l -> l.url() + " at " + l.position().toString().replace(site.root.toString(), "content"))
                .toList();
    }

    @Test
    void keepsTheLinksOfPagesBiographiesAndTopicDescriptions() {
        MiniSite site = MiniSite.withSiteYaml(dir)
                .file("pages/about.md", "---\ntitle: About\n---\nSee [a debate](/debates/a/) and [mail](mailto:x@example.org).\n")
                .file("people/ann.yaml", "name: Ann\nbio: |\n  Wrote [this](../../debates/a/#comment-c1).\n")
                .file("topics.yaml", "Security: Debates [on defence](/topics/defence/).\n")
                .debate("a", "title: A?\ndate: 2019-01-28\ntopics: [Security]\n", "Text.\n");
        Site loaded = site.load();
        assertEquals(List.of(), site.messages());
        assertEquals(List.of("/debates/a/ at content/pages/about.md:4:5"), shown(loaded.pages().get(0).links(), site));
        assertEquals(List.of("../../debates/a/#comment-c1 at content/people/ann.yaml:3:9"),
                shown(loaded.people().get(0).bioLinks(), site));
        assertEquals(List.of("/topics/defence/ at content/topics.yaml:1:19"),
                shown(loaded.topics().get(0).descriptionLinks(), site));
    }
}
