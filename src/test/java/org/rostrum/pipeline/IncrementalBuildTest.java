package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Incremental builds: a rebuild reads, renders and writes only what its changes need, and its
 * output is always byte for byte the output of a clean build of the same content.
 */
class IncrementalBuildTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    Path dir;

    private InlineSite site;

    private static String debate(String slug, String title, String date, String topics) {
        return "-- content/debates/" + slug + "/index.md --\n---\ntitle: " + title + "\ndate: " + date + "\ntopics: ["
                + topics + "]\n---\nThe editors' text of " + slug + ".\n\n::: response ana\nAna's answer.\n:::\n";
    }

    private void site() {
        site = InlineSite.of(dir, InlineSite.SITE_YAML + "per_page: 2\n" + """
                -- content/people/ana.yaml --
                name: Ana Expert
                role: Economist
                """
                + debate("alpha", "Alpha?", "2019-01-01", "Economy") + InlineSite.comments("alpha", "first", "second")
                + debate("beta", "Beta?", "2020-01-01", "Economy, Security") + InlineSite.comments("beta", "one", "two", "three")
                + debate("gamma", "Gamma?", "2021-01-01", "Security") + InlineSite.comments("gamma", "only"));
    }

    private BuildResult build() {
        BuildResult result = new SiteBuild(MARKDOWN, Clock.systemUTC()).build(site.options());
        assertEquals(List.of(), InlineSite.messages(result));
        return result;
    }

    private Map<String, FileTime> times() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.out())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(site.out().relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    /** Sets every output file's time to long ago, so that a rewrite shows as a newer time. */
    private void ageOutput() throws IOException {
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> walk = Files.walk(site.out())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    private Set<String> rewritten() throws IOException {
        Set<String> changed = new TreeSet<>();
        times().forEach((path, time) -> {
            if (time.toMillis() != 1_000_000_000_000L) {
                changed.add(path);
            }
        });
        return changed;
    }

    /** A clean build of the same content into another folder. */
    private FileTree cleanBuild() throws IOException {
        Path clean = dir.resolve("clean-" + System.nanoTime());
        BuildResult result = new SiteBuild(MARKDOWN, Clock.systemUTC())
                .build(site.options().withOut(clean).withClean(true));
        assertEquals(List.of(), InlineSite.messages(result));
        return FileTree.of(clean);
    }

    private void assertSameAsCleanBuild(String after) throws IOException {
        FileTree.assertSame(cleanBuild(), FileTree.of(site.out()), "after " + after);
    }

    @Test
    void rebuildingUnchangedContentWritesNothing() throws IOException {
        site();
        BuildResult first = build();
        ageOutput();
        BuildResult second = build();
        assertEquals(0, second.files());
        assertEquals(first.files(), second.unchanged());
        assertEquals(Set.of(), rewritten());
    }

    @Test
    void editingOneCommentRewritesOnlyThatDebatesPageAndData() throws IOException {
        site();
        build();
        ageOutput();
        site.write(InlineSite.comments("beta", "one", "two, edited", "three"));
        BuildResult result = build();
        // With the comment's fragment of the search index and the shards of its words (search/t/ +
        // the hex of their first letters): "1" (its author, Reader 1), "edited" and "two", whose
        // scores in it changed with its length.
        assertEquals(Set.of("debates/beta/index.html", "debates/beta/comments.json", "search/d/0.js",
                "search/t/31.js", "search/t/65.js", "search/t/74.js"), rewritten());
        assertEquals(6, result.files());
        assertSameAsCleanBuild("editing a comment");
    }

    @Test
    void addingACommentAlsoUpdatesTheListsThatCountIt() throws IOException {
        site();
        build();
        ageOutput();
        site.write(InlineSite.comments("gamma", "only", "a second one"));
        build();
        Set<String> changed = rewritten();
        assertTrue(changed.containsAll(Set.of("debates/gamma/index.html", "debates/gamma/comments.json", "index.html",
                "topics/security/index.html")), changed.toString());
        assertFalse(changed.contains("debates/alpha/index.html"), changed.toString());
        assertFalse(changed.contains("debates/beta/index.html"), changed.toString());
        assertSameAsCleanBuild("adding a comment");
    }

    @Test
    void changingATitleUpdatesItsNeighboursListsAndFeeds() throws IOException {
        site();
        build();
        ageOutput();
        site.write(debate("beta", "Beta, renamed?", "2020-01-01", "Economy, Security"));
        build();
        Set<String> changed = rewritten();
        assertTrue(changed.containsAll(Set.of("debates/beta/index.html", "debates/alpha/index.html",
                "debates/gamma/index.html", "feed.xml", "search-index.json", "topics/economy/index.html")),
                changed.toString());
        assertSameAsCleanBuild("changing a title");
    }

    @Test
    void aDeletedDebateLosesItsFiles() throws IOException {
        site();
        build();
        InlineSite.deleteTree(dir.resolve("content/debates/alpha"));
        build();
        assertFalse(Files.exists(site.out().resolve("debates/alpha")));
        assertSameAsCleanBuild("deleting a debate");
    }

    @Test
    void aFileDeletedFromTheOutputIsWrittenAgain() throws IOException {
        site();
        build();
        Files.delete(site.out().resolve("debates/beta/index.html"));
        Files.delete(site.out().resolve("index.html"));
        build();
        assertSameAsCleanBuild("deleting output files by hand");
    }

    @Test
    void aCorruptedCacheMeansAFullBuild() throws IOException {
        site();
        build();
        Path cache = dir.resolve(".site.cache");
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(cache, bytes);
        site.write(InlineSite.comments("alpha", "first, changed while the cache was broken", "second"));
        build();
        assertSameAsCleanBuild("corrupting the cache");
    }

    @Test
    void aTemplateChangeRendersEverythingButWritesOnlyWhatChanged() throws IOException {
        site();
        build();
        ageOutput();
        site.write("""
                -- templates/year.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.page site=site page=page ; part><#if part == "main"><h1>Year ${year.year?c}</h1></#if></@layout.page>
                """);
        build();
        Set<String> changed = rewritten();
        assertEquals(Set.of("archive/2019/index.html", "archive/2020/index.html", "archive/2021/index.html"), changed);
        assertSameAsCleanBuild("changing a template");
    }

    @Test
    void incrementalBuildsEqualCleanBuildsAfterRandomEdits() throws IOException {
        site();
        build();
        Random random = new Random(20261126);
        List<String> slugs = new ArrayList<>(List.of("alpha", "beta", "gamma"));
        Map<String, Integer> counts = new TreeMap<>(Map.of("alpha", 2, "beta", 3, "gamma", 1));
        for (int step = 0; step < 18; step++) {
            int kind = random.nextInt(9);
            String slug = slugs.get(random.nextInt(slugs.size()));
            String what;
            switch (kind) {
                case 0 -> {
                    site.write(InlineSite.comments(slug, "edited " + step, "more " + random.nextInt(100)));
                    counts.put(slug, 2);
                    what = "comments of " + slug;
                }
                case 8 -> {
                    String[] bodies = new String[counts.get(slug)];
                    for (int i = 0; i < bodies.length; i++) {
                        bodies[i] = "reworded " + step + "." + i;
                    }
                    site.write(InlineSite.comments(slug, bodies));
                    what = "the text of the comments of " + slug;
                }
                case 1 -> {
                    site.write(debate(slug, "Retitled " + step + "?", "20" + (10 + random.nextInt(14)) + "-06-01",
                            random.nextBoolean() ? "Economy" : "Security, Culture"));
                    what = "front matter of " + slug;
                }
                case 2 -> {
                    String fresh = "new-" + step;
                    site.write(debate(fresh, "New " + step + "?", "2018-0" + (1 + random.nextInt(9)) + "-15", "Economy")
                            + InlineSite.comments(fresh, "hello"));
                    slugs.add(fresh);
                    counts.put(fresh, 1);
                    what = "a new debate " + fresh;
                }
                case 3 -> {
                    if (slugs.size() > 1) {
                        InlineSite.deleteTree(dir.resolve("content/debates/" + slug));
                        slugs.remove(slug);
                    }
                    what = "deleting " + slug;
                }
                case 4 -> {
                    site.write("-- content/people/ana.yaml --\nname: Ana " + step + "\nrole: Economist\n");
                    what = "a person's name";
                }
                case 5 -> {
                    site.write(InlineSite.SITE_YAML + "per_page: " + (1 + random.nextInt(3)) + "\n");
                    what = "per_page";
                }
                case 6 -> {
                    site.write("-- content/debates/" + slug + "/notes.txt --\nnotes " + step + "\n");
                    what = "a bundle file of " + slug;
                }
                default -> {
                    site.write(debate(slug, "Drafted " + step + "?", "2019-05-05", "Economy")
                            .replace("topics:", "draft: " + random.nextBoolean() + "\ntopics:"));
                    what = "draft state of " + slug;
                }
            }
            build();
            assertSameAsCleanBuild("step " + step + ": " + what);
        }
    }

    @Test
    void aSiteInSeveralLanguagesRebuiltAfterEachEditEqualsACleanBuild() throws IOException {
        site();
        site.write("-- content/site.yaml --\ntitle: Test Archive\nbase_url: https://example.org/\nper_page: 2\n"
                + "languages: [en, de]\n");
        site.write("-- content/debates/beta/index.de.md --\n---\ntitle: Beta auf Deutsch?\n---\nText.\n");
        build();
        ageOutput();
        BuildResult unchanged = build();
        assertEquals(0, unchanged.files(), "nothing changed, nothing written");
        String[][] edits = {
            {"-- content/debates/beta/index.de.md --\n---\ntitle: Beta, neu?\n---\nNeuer Text.\n",
                "the title of a translation"},
            {"-- content/debates/alpha/index.de.md --\n---\ntitle: Alpha übersetzt?\n---\nText.\n",
                "a new translation"},
            {InlineSite.comments("beta", "one", "two, edited", "three"), "a comment of a translated debate"},
            {"-- content/topics.yaml --\nEconomy:\n  names:\n    de: Wirtschaft\n", "a topic's German name"},
            {"-- content/pages/about.md --\n---\ntitle: About\n---\nText.\n", "a new page"},
            {"-- content/pages/about.de.md --\n---\ntitle: Über\n---\nText.\n", "its translation"},
        };
        for (String[] edit : edits) {
            site.write(edit[0]);
            build();
            assertSameAsCleanBuild(edit[1]);
        }
        Files.delete(site.root.resolve("content/debates/beta/index.de.md"));
        build();
        assertSameAsCleanBuild("deleting a translation");
        assertTrue(site.read("de/debates/beta/index.html").contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" lang=\"en\" dir=\"ltr\">"));
    }
}
