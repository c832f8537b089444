package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.source.InterfaceStrings;
import org.rostrum.model.Block;
import org.rostrum.model.Comment;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.DebateStatus;
import org.rostrum.model.EditorialText;
import org.rostrum.model.Person;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;
import org.rostrum.model.Site;
import org.rostrum.model.SiteConfig;
import org.rostrum.model.ThreadStats;
import org.rostrum.model.Timestamp;
import org.rostrum.model.Topic;
import org.rostrum.output.OutputFile;
import org.rostrum.slug.Slug;

/** Renders archives built directly from model records, and reads the HTML back with jsoup. */
class SiteRendererTest {

    @TempDir
    Path dir;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SourcePosition AT = SourcePosition.startOf(Path.of("content/x"));

    private static SiteConfig config(int maxDepth, int commentsPerPage) {
        return new SiteConfig("Test Archive", "https://example.org/archive/", Optional.of("Debates, kept."), "en",
                BERLIN, Optional.of("Example Press"), 2, maxDepth, commentsPerPage);
    }

    private static Timestamp date(String iso) {
        return new Timestamp(ZonedDateTime.parse(iso), false);
    }

    private static Debate debate(String slug, String date, List<String> topics, List<Block> body) {
        return new Debate(slug, Path.of("content/debates/" + slug), AT, "Question " + slug + "?",
                new Timestamp(java.time.LocalDate.parse(date).atStartOfDay(BERLIN), true), Optional.empty(), topics,
                "Summary of " + slug + ".", Optional.empty(), DebateStatus.ARCHIVED, false, List.of(), body,
                List.of(), List.of());
    }

    private static Comment comment(String id, String parent, int depth, int number, String author) {
        return new Comment(id, Optional.ofNullable(parent), Optional.ofNullable(author), Optional.empty(),
                Optional.of(date("2019-01-29T10:02:00Z")), "Text of " + id, CommentStatus.PUBLISHED, depth, number, 0, AT);
    }

    private static Person person(String id, String name) {
        return new Person(id, name, Optional.of("Role of " + name), Optional.empty(), Optional.empty(), List.of(),
                SourcePosition.startOf(Path.of("content/people/" + id + ".yaml")));
    }

    /** A site with its threads, as the build hands them to the renderer. */
    private record Archive(Site site, Map<String, CommentThread> threads) {
    }

    /** Every generated file of the archive, by path: the debates' own and the site's. */
    private Map<String, String> render(Archive archive) {
        SiteRenderer renderer = new SiteRenderer(new MarkdownRenderer(), Theme.open(dir.resolve("no-templates")),
                archive.site(), new InterfaceStrings()::shipped);
        List<OutputFile> files = new ArrayList<>();
        Map<String, ThreadStats> stats = new java.util.HashMap<>();
        for (Debate d : archive.site().debates()) {
            CommentThread thread = archive.threads().getOrDefault(d.slug(), CommentThread.EMPTY);
            stats.put(d.slug(), thread.stats());
            files.addAll(renderer.debateFiles(d, thread));
        }
        files.addAll(renderer.siteFiles(stats));
        return files.stream().filter(f -> f instanceof OutputFile.Generated).collect(Collectors.toMap(OutputFile::path,
                f -> new String(((OutputFile.Generated) f).content().get(), StandardCharsets.UTF_8)));
    }

    private static Archive archive(SiteConfig config, List<Debate> debates, Map<String, CommentThread> threads,
            List<Person> people) {
        List<Topic> topics = debates.stream().flatMap(d -> d.topics().stream()).distinct().sorted()
                .map(n -> new Topic(n, Slug.of(n), Optional.empty())).toList();
        return new Archive(new Site(config, debates, people, topics, List.of()), threads);
    }

    @Test
    void drawsRepliesNestedAndFlattensThoseDeeperThanMaxDepth() {
        List<Comment> comments = List.of(
                comment("a", null, 0, 1, "Ann"),
                comment("a1", "a", 1, 1, null),
                comment("a1x", "a1", 2, 1, "Cy"),
                comment("a1xy", "a1x", 3, 1, "Dee"),
                comment("b", null, 0, 2, "Bo"));
        Archive archive = archive(config(3, 200), List.of(debate("d", "2019-01-28", List.of(), List.of())),
                Map.of("d", new CommentThread(comments, 2)), List.of());
        Document page = Jsoup.parse(render(archive).get("debates/d/index.html"));

        Element thread = page.selectFirst("ol.thread");
        assertEquals(List.of("comment-a", "comment-b"), thread.children().eachAttr("id"));
        Element a = page.getElementById("comment-a");
        assertEquals(List.of("comment-a1"), a.select("> details > ol > li").eachAttr("id"));
        Element a1 = page.getElementById("comment-a1");
        assertEquals(List.of("comment-a1x", "comment-a1xy"), a1.select("> details > ol > li").eachAttr("id"),
                "depth 3 is drawn at depth 2, the deepest of max_depth 3, beside its parent");
        assertEquals("replied to Cy", page.getElementById("comment-a1xy").selectFirst(".replied-to").text());
        assertEquals("#comment-a1x", page.getElementById("comment-a1xy").selectFirst(".replied-to a").attr("href"));
        assertEquals("Anonymous", page.getElementById("comment-a1").selectFirst(".comment-author").text());
        assertEquals("3 replies to Ann", a.selectFirst("> details > summary").text());
        assertEquals("1.", a.selectFirst(".comment-number").text());
        assertEquals("#comment-a", a.selectFirst("a.permalink").attr("href"));
        assertEquals(5, page.select("li.comment").size());
    }

    @Test
    void showsRemovedCommentsWithTheirReplies() {
        Comment removed = new Comment("gone", Optional.empty(), Optional.of("Secret"), Optional.empty(), Optional.empty(),
                "", CommentStatus.REMOVED, 0, 1, 1, AT);
        Archive archive = archive(config(4, 200), List.of(debate("d", "2019-01-28", List.of(), List.of())),
                Map.of("d", new CommentThread(List.of(removed, comment("r", "gone", 1, 1, "Rae")), 1)), List.of());
        Document page = Jsoup.parse(render(archive).get("debates/d/index.html"));
        Element gone = page.getElementById("comment-gone");
        assertEquals("This comment was removed.", gone.selectFirst(".removed-note").text());
        assertFalse(gone.text().contains("Secret"), "a removed comment does not show its author");
        assertEquals("comment-r", gone.selectFirst("details li.comment").id());
        assertEquals("1 comment", page.selectFirst("#comments-heading").text());
    }

    @Test
    void splitsALongThreadIntoPartsOfWholeTopLevelComments() {
        List<Comment> comments = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            comments.add(comment("t" + i, null, 0, i, "T" + i));
            comments.add(comment("t" + i + "r", "t" + i, 1, i, "R" + i));
        }
        Archive archive = archive(config(4, 2), List.of(debate("d", "2019-01-28", List.of(), List.of())),
                Map.of("d", new CommentThread(comments, 5)), List.of());
        Map<String, String> site = render(archive);
        List<String> seen = new ArrayList<>();
        for (String part : List.of("debates/d/index.html", "debates/d/comments/2/index.html",
                "debates/d/comments/3/index.html")) {
            seen.addAll(Jsoup.parse(site.get(part)).select("li.comment").eachAttr("id"));
        }
        assertEquals(comments.stream().map(c -> "comment-" + c.id()).toList(), seen);
        assertFalse(site.containsKey("debates/d/comments/4/index.html"));
        Document second = Jsoup.parse(site.get("debates/d/comments/2/index.html"));
        assertEquals("../../../../", second.selectFirst("link[rel=stylesheet]").attr("href").replace("static/style.css", ""));
        assertEquals("../../../../debates/d/index.html", second.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(site.get("debates/d/comments.json").contains("\"page\":3"));
    }

    @Test
    void linksResponsesToPeopleAndTheReaderTheyAnswer() {
        List<Block> body = List.of(new EditorialText("<p>Intro</p>"), new ReaderPrompt(0, "Yvetta", "<p>Absurd?</p>"),
                new Response("leo", "<p>No.</p>", OptionalInt.of(0), AT));
        Archive archive = archive(config(4, 200), List.of(debate("d", "2019-01-28", List.of("Foreign Affairs"), body)),
                Map.of(), List.of(person("leo", "Leo Gozwin")));
        Map<String, String> site = render(archive);
        Document page = Jsoup.parse(site.get("debates/d/index.html"));
        Element response = page.getElementById("response-1");
        assertEquals("../../people/leo/index.html", response.selectFirst(".response-name a").attr("href"));
        assertEquals("#reader-1", response.selectFirst(".answers a").attr("href"));
        assertEquals("Yvetta asks", page.getElementById("reader-1").selectFirst(".prompt-who").text());
        assertEquals("../../topics/foreign-affairs/index.html", page.selectFirst(".kicker a").attr("href"));
        Document person = Jsoup.parse(site.get("people/leo/index.html"));
        assertEquals("../../debates/d/index.html#response-1",
                person.select(".person-response a").last().attr("href"));
    }

    @Test
    void paginatesTheHomePageNewestFirst() {
        List<Debate> debates = List.of(debate("c", "2021-01-01", List.of(), List.of()),
                debate("b", "2020-01-01", List.of(), List.of()), debate("a", "2019-01-01", List.of(), List.of()));
        Map<String, String> site = render(archive(config(4, 200), debates, Map.of(), List.of()));
        assertEquals(List.of("debates/c/index.html", "debates/b/index.html"),
                Jsoup.parse(site.get("index.html")).select(".card-title a").eachAttr("href"));
        Document second = Jsoup.parse(site.get("page/2/index.html"));
        assertEquals(List.of("../../debates/a/index.html"), second.select(".card-title a").eachAttr("href"));
        assertEquals("../../index.html", second.selectFirst("a[rel=prev]").attr("href"));
    }

    @Test
    void escapesJsonLdSoThatNoCommentCanCloseTheScript() {
        Comment evil = new Comment("e", Optional.empty(), Optional.of("</script><script>alert(1)</script>"),
                Optional.empty(), Optional.empty(), "</script><b>&", CommentStatus.PUBLISHED, 0, 1, 0, AT);
        Archive archive = archive(config(4, 200), List.of(debate("d", "2019-01-28", List.of(), List.of())),
                Map.of("d", new CommentThread(List.of(evil), 1)), List.of());
        String html = render(archive).get("debates/d/index.html");
        Document page = Jsoup.parse(html);
        assertEquals(1, page.select("script:not([src])").size(), "only the JSON-LD script is inline");
        assertEquals(List.of("../../static/thread.js"), page.select("script[src]").eachAttr("src"), "and the theme's own");
        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(json.contains("<"), json);
        assertTrue(json.contains("\\u003C/script\\u003E") || json.contains("\\u003c/script\\u003e"), json);
    }

    @Test
    void reportsATemplateErrorWithItsPosition() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("index.ftlh"), "<p>\n  ${site.nope}\n</p>\n");
        List<OutputFile> files = new SiteRenderer(new MarkdownRenderer(), Theme.open(templates),
                archive(config(4, 200), List.of(), Map.of(), List.of()).site(), new InterfaceStrings()::shipped)
                .siteFiles(Map.of());
        OutputFile.Generated home = (OutputFile.Generated) files.stream().filter(f -> f.path().equals("index.html"))
                .findFirst().orElseThrow();
        TemplateFailure failure = assertThrows(TemplateFailure.class, () -> home.content().get());
        assertEquals(templates.resolve("index.ftlh").toString(), failure.file());
        assertEquals(2, failure.line());
        assertEquals(5, failure.column());
        assertTrue(failure.getMessage().contains("site.nope"), failure.getMessage());
    }
}
