package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What would make a build fail when it writes is found before, by {@code check} and {@code build}
 * alike, at the content that causes it: pages named like the site's own pages, names too long for a
 * file system, aliases onto the further parts of a thread.
 */
class OutputPlanTest {

    private static final String DEBATE = """
            -- content/debates/nato/index.md --
            ---
            title: Could Russia ever join NATO?
            date: 2019-01-28
            %s
            ---
            The editors' introduction.
            """;

    @TempDir
    Path dir;

    private List<String> checkAndBuild(InlineSite site) {
        List<String> checked = relative(InlineSite.messages(site.check()));
        List<String> built = relative(InlineSite.messages(site.build()));
        assertEquals(checked, built, "check and build report the same");
        assertFalse(Files.exists(site.out()), "nothing written");
        return checked;
    }

    private List<String> relative(List<String> messages) {
        return messages.stream().map(m -> m.replace(dir + "/", "")).toList();
    }

    @Test
    void reportsPagesNamedLikeTheSitesOwnPages() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE.formatted("")
                + "-- content/pages/search.md --\n---\ntitle: Search\n---\nText.\n"
                + "-- content/pages/archive.md --\n---\ntitle: Archive\n---\nText.\n");

        assertEquals(List.of(
                "content/pages/archive.md:1:1: error: output file 'archive/index.html' would be written twice: by this"
                        + " file and by the site itself",
                "content/pages/search.md:1:1: error: output file 'search/index.html' would be written twice: by this"
                        + " file and by the site itself"),
                checkAndBuild(site));
    }

    @Test
    void reportsAliasesAndTopicsTooLongForAFileName() {
        String alias = "/old/" + "é".repeat(130) + "/";
        String topic = "T" + "a".repeat(300);
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML
                + DEBATE.formatted("aliases: [\"" + alias + "\"]\ntopics: [" + topic + "]"));

        assertEquals(List.of(
                "content/debates/nato/index.md:4:11: error: invalid alias '/old/" + "é".repeat(55) + "…': a part of"
                        + " it is 260 bytes long; file systems allow names of at most 255",
                "content/debates/nato/index.md:5:10: error: topic 'T" + "a".repeat(59) + "…' is too long: its slug,"
                        + " the name of its folder, has 301 characters; file systems allow at most 255"),
                checkAndBuild(site));
    }

    @Test
    void reportsAnAliasTooLongForAPath() {
        String alias = "/a" + "/abcdefghi".repeat(60) + "/";
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE.formatted("aliases: [\"" + alias + "\"]"));

        assertEquals(List.of("content/debates/nato/index.md:4:11: error: invalid alias '/a/abcdefghi/abcdefghi/abcdefghi"
                + "/abcdefghi/abcdefghi/abcdefg…': it is 603 bytes long; an alias may have at most 512"), checkAndBuild(site));
    }

    @Test
    void reportsAnAliasOntoTheSecondPartOfAThread() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + "comments:\n  per_page: 1\n"
                + DEBATE.formatted("aliases: [/debates/nato/comments/2/]")
                + InlineSite.comments("nato", "First.", "Second."));

        assertEquals(List.of("content/debates/nato/index.md:1:1: error: output file 'debates/nato/comments/2/index.html'"
                + " is kept for part 2 of the comments of debate 'nato'"), checkAndBuild(site));
    }
}
