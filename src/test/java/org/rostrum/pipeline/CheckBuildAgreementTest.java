package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Severity;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Whatever {@code check} accepts, {@code build} builds: small archives generated from a fixed seed,
 * each with a few of the hazards that only show when files are written (pages named like the site's
 * own pages, aliases onto other outputs or into a debate's folder, long names, topics and people
 * whose files clash, threads long enough for a second part), are checked as {@code rostrum check}
 * does (drafts and future debates included) and, when the check finds no error, built.
 *
 * <p>A seeded generator rather than a property-testing library: it needs no new dependency, every
 * run tries the same archives, and a failure names the seed and the archive to rebuild by hand.
 */
class CheckBuildAgreementTest {

    private static final long SEED = 20261203L;
    private static final int ARCHIVES = 60;

    private static final String LONG = "x".repeat(300);
    private static final List<String> SLUGS = List.of("a", "b", "search", "topics");
    private static final List<String> PAGES = List.of("search", "archive", "topics", "people", "about", "page",
            "static", "debates", "policy", "contact", "help", "faq", "imprint", "privacy", "team");
    private static final List<String> ALIASES = List.of("/search/", "/old/", "/archive/", "/archive/2019/",
            "/topics/economy/", "/topics/", "/people/alice/", "/people/", "/debates/a/comments/2/", "/debates/b/",
            "/feed.xml/", "/" + LONG + "/", "/deep" + "/abcdefghi".repeat(60) + "/", "/old/" + "é".repeat(130) + ".html", "/page/2/", "/404.html",
            "/about/", "/sitemap.xml/", "/robots.txt/", "/search-index.json/", "/static/", "/debates/a/comments.json/",
            "/old-1/", "/old-2/", "/2019/01/x.html", "/2019/02/y/", "/blog/a/", "/blog/b/", "/p/1/", "/p/2/", "/q.htm",
            "/z/", "/w/", "/v/", "/u/", "/t/", "/s/", "/r/", "/n/", "/m/", "/l/", "/k/", "/j/");
    private static final List<String> TOPICS = List.of("Economy", "Search", "Ünïcode", "T" + "a".repeat(300),
            "Feed", "Politics", "Law", "Schools", "Health", "Energy", "Page", "Transport", "Housing", "Culture");
    private static final List<String> PEOPLE = List.of("alice", "bob", "index");
    private static final List<String> PHOTOS = List.of("alice.jpg", "index.html", "bob", "alice", "a.jpg", "b.png",
            "c.svg", "d.jpg", "e.jpg", "f.png");
    private static final List<String> BUNDLE = List.of("map.svg", "comments/2/index.html", "index.html",
            "old/index.html", "chart.png", "data.csv", "notes.txt", "photo.jpg");

    @TempDir
    Path dir;

    @Test
    void whatCheckAcceptsBuildBuilds() throws IOException {
        Random random = new Random(SEED);
        MarkdownRenderer markdown = new MarkdownRenderer();
        int accepted = 0;
        for (int n = 0; n < ARCHIVES; n++) {
            String files = archive(random);
            Path root = dir.resolve("archive-" + n);
            InlineSite site = InlineSite.of(root, files);
            SiteBuild build = new SiteBuild(markdown, Clock.systemUTC());
            BuildResult checked = build.check(site.options().withDrafts(true).withFuture(true));
            if (checked.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                continue;
            }
            accepted++;
            BuildResult built = build.build(site.options());
            assertEquals(List.of(), InlineSite.messages(built).stream().filter(m -> m.contains(": error: ")).toList(),
                    "seed " + SEED + ", archive " + n + ": check found no error, build failed. Files:\n" + files);
        }
        // The generator must make both kinds, or the test proves nothing.
        assertTrue(accepted >= ARCHIVES / 6 && accepted <= ARCHIVES * 5 / 6, "archives accepted: " + accepted);
    }

    private static String archive(Random random) {
        StringBuilder files = new StringBuilder(InlineSite.SITE_YAML).append("comments:\n  per_page: 1\n");
        for (String slug : some(random, SLUGS, 1, 3)) {
            files.append("-- content/debates/").append(slug).append("/index.md --\n---\ntitle: Debate ")
                    .append(slug).append("?\ndate: 2019-01-2").append(random.nextInt(8) + 1).append('\n');
            List<String> aliases = some(random, ALIASES, 0, 2);
            if (!aliases.isEmpty()) {
                files.append("aliases: [").append(String.join(", ", aliases.stream().map(a -> "\"" + a + "\"").toList()))
                        .append("]\n");
            }
            List<String> topics = some(random, TOPICS, 0, 2);
            if (!topics.isEmpty()) {
                files.append("topics: [").append(String.join(", ", topics)).append("]\n");
            }
            files.append("---\nThe editors' introduction.\n");
            int comments = random.nextInt(3);
            if (comments > 0) {
                String[] bodies = new String[comments];
                for (int i = 0; i < comments; i++) {
                    bodies[i] = "Comment " + i + ".";
                }
                files.append(InlineSite.comments(slug, bodies));
            }
            for (String file : some(random, BUNDLE, 0, 1)) {
                files.append("-- content/debates/").append(slug).append('/').append(file).append(" --\n<p>x</p>\n");
            }
        }
        for (String page : some(random, PAGES, 0, 2)) {
            files.append("-- content/pages/").append(page).append(".md --\n---\ntitle: Page ").append(page)
                    .append("\n---\nText.\n");
        }
        List<String> photos = new ArrayList<>(some(random, PHOTOS, 0, 2));
        for (String person : some(random, PEOPLE, 0, 2)) {
            files.append("-- content/people/").append(person).append(".yaml --\nname: Person ").append(person).append('\n');
            if (!photos.isEmpty()) {
                String photo = photos.remove(0);
                files.append("photo: ").append(photo).append('\n');
                files.append("-- content/people/").append(photo).append(" --\nimage\n");
            }
        }
        return files.toString();
    }

    /** Between {@code min} and {@code max} different items of {@code pool}. */
    private static List<String> some(Random random, List<String> pool, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return List.copyOf(chosen);
    }
}
