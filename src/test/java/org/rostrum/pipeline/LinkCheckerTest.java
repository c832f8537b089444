package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.diag.Diagnostics;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Site;
import org.rostrum.output.SiteWriter;
import org.rostrum.render.Theme;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.thread.CommentThreader;

class LinkCheckerTest {

    @TempDir
    Path dir;

    private static final String SITE = InlineSite.SITE_YAML + """
            comments:
              per_page: 2
            -- content/debates/nato/index.md --
            ---
            title: Could Russia ever join NATO?
            date: 2019-01-28
            topics: [Foreign Affairs]
            aliases: [/2019/01/russia-nato/]
            ---
            The editors' introduction.

            ::: reader Yvetta
            Is the idea absurd today?
            :::

            ::: response leonid
            I think we must have Russia in NATO.
            :::
            -- content/debates/nato/map file.png --
            not really a picture
            -- content/debates/nato/comments.yaml --
            comments:
              - id: c1
                body: One.
              - id: c2
                body: Two.
              - id: c3
                body: Three, on part 2.
            -- content/debates/later/index.md --
            ---
            title: Not yet?
            date: 2019-03-01
            draft: true
            ---
            Soon.
            -- content/people/leonid.yaml --
            name: Leonid G.
            -- content/pages/about.md --
            ---
            title: About
            ---
            Who we are.
            """;

    /** A debate whose body links with every kind of link; each line is one link. */
    private static String debateLinking(String... links) {
        StringBuilder body = new StringBuilder("""
                -- content/debates/links/index.md --
                ---
                title: Links?
                date: 2019-02-01
                ---
                """);
        for (String link : links) {
            body.append("[x](").append(link).append(")\n\n");
        }
        return body.toString();
    }

    /** A check as {@code rostrum check} runs it: drafts included. */
    private List<String> checkWithDrafts(String files) {
        InlineSite site = InlineSite.of(dir, files);
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).check(site.options().withDrafts(true));
        return InlineSite.messages(result).stream().map(m -> m.replace(dir + "/", "")).toList();
    }

    private List<String> build(String files) {
        InlineSite site = InlineSite.of(dir, files);
        return InlineSite.messages(site.build()).stream().map(m -> m.replace(dir + "/", "")).toList();
    }

    @Test
    void acceptsLinksToEverythingTheBuildWrites() {
        assertEquals(List.of(), build(SITE + debateLinking(
                "/debates/nato/", "/debates/nato/index.html", "/debates/nato", "../nato/", "/",
                "/debates/nato/#comment-c1", "/debates/nato/comments/2/#comment-c3", "../nato/#response-1",
                "/debates/nato/#reader-1", "/debates/nato/#comments", "/debates/nato/map%20file.png",
                "/debates/nato/comments.json", "/2019/01/russia-nato/", "/people/leonid/", "/people/",
                "/topics/foreign-affairs/", "/topics/foreign-affairs/feed.xml", "/topics/", "/archive/2019/",
                "/archive/", "/about/#team", "/search/?q=nato", "/search-index.json", "/feed.xml", "/sitemap.xml",
                "/static/style.css", "./", "#anywhere", "?page=2")));
    }

    @Test
    void reportsMissingDebatesPagesPeopleTopicsYearsAndFilesWithHints() {
        assertEquals(List.of(
                "content/debates/links/index.md:5:1: error: link to missing debate '/debates/natto/'"
                        + " (did you mean '/debates/nato/'?)",
                "content/debates/links/index.md:7:1: error: link to missing file '../nato/map-file.png' in debate 'nato'"
                        + " (did you mean 'map file.png'?)",
                "content/debates/links/index.md:9:1: error: link to missing person '/people/leonidd/'"
                        + " (did you mean '/people/leonid/'?)",
                "content/debates/links/index.md:11:1: error: link to missing topic '/topics/foreign/'",
                "content/debates/links/index.md:13:1: error: link to missing archive year '/archive/2018/'",
                "content/debates/links/index.md:15:1: error: link to missing page '/abuot/' (did you mean '/about/'?)",
                "content/debates/links/index.md:17:1: error: link to missing page '/debates/'",
                "content/debates/links/index.md:19:1: error: link to missing file '/favicon.ico'",
                "content/debates/links/index.md:21:1: error: link '../../../x/' leads outside the site"),
                build(SITE + debateLinking("/debates/natto/", "../nato/map-file.png", "/people/leonidd/", "/topics/foreign/",
                        "/archive/2018/", "/abuot/", "/debates/", "/favicon.ico", "../../../x/")));
    }

    @Test
    void reportsMissingCommentsResponsesAndQuestionsAndCommentsOnTheWrongPart() {
        assertEquals(List.of(
                "content/debates/links/index.md:5:1: error: link to missing comment '#comment-c4' in debate 'nato'"
                        + " (did you mean '#comment-c1'?)",
                "content/debates/links/index.md:7:1: error: link to comment '#comment-c3' of debate 'nato' on the wrong"
                        + " page: it is on part 2 of the thread, '/debates/nato/comments/2/#comment-c3'",
                "content/debates/links/index.md:9:1: error: link to comment '#comment-c1' of debate 'nato' on the wrong"
                        + " page: it is on the debate page, '/debates/nato/#comment-c1'",
                "content/debates/links/index.md:11:1: error: link to missing response '#response-2' in debate 'nato'"
                        + " (it has 1)",
                "content/debates/links/index.md:13:1: error: link to missing reader question '#reader-0' in debate"
                        + " 'nato' (it has 1)"),
                build(SITE + debateLinking("/debates/nato/#comment-c4", "/debates/nato/#comment-c3",
                        "/debates/nato/comments/2/#comment-c1", "/debates/nato/#response-2", "/debates/nato/#reader-0")));
    }

    @Test
    void checksAnchorsOnTheDebatePageItself() {
        assertEquals(List.of("content/debates/nato/index.md:11:1: error: link to missing comment '#comment-c9' in"
                        + " debate 'nato' (did you mean '#comment-c1'?)"),
                build(SITE.replace("The editors' introduction.", "The editors' introduction.\n\n[x](#comment-c2)\n\n"
                        + "[y](#comment-c9)\n\n[z](#response-1)")));
    }

    @Test
    void reportsALinkToADraftUnlessDraftsArePublished() {
        String files = SITE + debateLinking("/debates/later/");
        assertEquals(List.of("content/debates/links/index.md:5:1: error: link to debate '/debates/later/', which this"
                + " build does not publish (a draft, or dated in the future)"), build(files));
        assertEquals(List.of(), checkWithDrafts(files), "check publishes drafts");
    }

    @Test
    void readsRelativeLinksFromTheFolderOfTheirPage() {
        assertEquals(List.of(
                "content/pages/about.md:4:1: error: link to missing file 'map.png'",
                "content/people/leonid.yaml:2:7: error: link to missing person '../ann/'",
                "content/topics.yaml:1:19: error: link to missing file 'security/'"),
                build(SITE.replace("Who we are.", "[a](map.png) [b](../debates/nato/) [c](/about/)")
                        .replace("name: Leonid G.", "name: Leonid G.\nbio: \"[a](../ann/) [b](../leonid/) [c](../../about/)\"")
                        + "-- content/topics.yaml --\nForeign Affairs: \"[a](security/) [b](../foreign-affairs/)\"\n"));
    }

    /** The checker's idea of the site's files is exactly what the build writes: the example archive. */
    @Test
    void knowsEveryFileTheBuildWrites() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path out = dir.resolve("site");
        BuildOptions options = BuildOptions.defaults().withContent(root.resolve("content"))
                .withTemplates(root.resolve("templates")).withOut(out);
        MarkdownRenderer markdown = new MarkdownRenderer();
        assertEquals(List.of(), new SiteBuild(markdown, Clock.systemUTC()).build(options).diagnostics());

        Diagnostics diagnostics = new Diagnostics();
        Site site = new ContentLoader(markdown).load(options.content(), diagnostics);
        Site published = new Site(site.config(), site.debates().stream().filter(d -> !d.draft()).toList(),
                site.people(), site.topics(), site.pages().stream().filter(p -> !p.draft()).toList());
        CommentReader comments = new CommentReader(options.content(), site.config());
        LinkChecker checker = new LinkChecker(published, site.debates(),
                Theme.open(options.templates()).staticFiles().keySet(),
                d -> new CommentThreader().thread(comments.read(d.directory(), diagnostics), diagnostics));
        assertEquals(List.of(), diagnostics.sorted());

        Set<String> written = new TreeSet<>(FileTree.of(out).paths());
        // The marker that the folder is Rostrum's is no page to link to.
        assertTrue(written.remove(SiteWriter.MARKER));
        written.removeIf(path -> path.matches("search/[tdm]/.*\\.js"));
        assertEquals(written, new TreeSet<>(checker.files()));
    }

    @Test
    void decodesPercentEscapesAsUtf8() {
        assertEquals("map file é.png", Layout.decodePath("map%20file%20%C3%A9.png"));
        assertEquals("100% sure, 50%", Layout.decodePath("100% sure, 50%"));
        assertEquals("\uD83D\uDE00 %zz", Layout.decodePath("\uD83D\uDE00 %zz"));
    }
}
