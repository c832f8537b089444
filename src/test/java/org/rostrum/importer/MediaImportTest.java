package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.importer.MediaSummary.RemoteMedia;
import org.rostrum.markdown.MarkdownRenderer;

/** A post with images, a gallery, audio, a file, embeds and a featured image, imported with its uploads folder. */
class MediaImportTest {

    static final Path EXPORT = ImportFiles.export("wordpress-media.xml");
    static final Path UPLOADS = ImportFiles.export("uploads");

    @TempDir
    Path dir;

    private ImportReport importWith(MediaOptions media) {
        Diagnostics diagnostics = new Diagnostics();
        ImportReport report = new WordPressImporter(media).run(EXPORT, dir.resolve("content"), false, diagnostics);
        // A site.yaml that is already there is kept, with a warning naming the export's settings.
        assertEquals(List.of(), diagnostics.sorted().stream().filter(d -> !d.toString().contains(": warning: ")).toList());
        assertTrue(report.addsUp());
        return report;
    }

    static MediaOptions uploads(Path folder) {
        return new MediaOptions(Optional.of(folder), false, false, Path.of("unused-cache"), 4, Duration.ofSeconds(5), 3);
    }

    @Test
    void copiesEveryFileOfTheOldSiteNextToTheDebateAndLinksIt() throws Exception {
        ImportReport report = importWith(uploads(UPLOADS));

        Path debate = dir.resolve("content/debates/summit");
        Map<String, String> files = ImportFiles.tree(debate);
        assertEquals(List.of("cat-300x200.jpg", "cat.jpg", "comments.yaml", "figure.png", "flag.jpg", "g1.jpg", "g2.jpg",
                "index.md", "report.pdf", "talk.mp3"), List.copyOf(files.keySet()));
        assertEquals("cat jpeg bytes", files.get("cat-300x200.jpg"), "a resized image falls back to its original");
        assertEquals(String.join("\n",
                "---",
                "title: Pictures of the summit",
                "date: 2019-01-28T08:30:00Z",
                "image: flag.jpg",
                "image_alt: The flag of the summit",
                "image_credit: 'Photo: Jane Roe'",
                "aliases:",
                "  - /2019/01/summit/",
                "---",
                "",
                "A cat first: ![Cat](cat-300x200.jpg)",
                "",
                "<figure>",
                "",
                "![A chart](figure.png)",
                "",
                "<figcaption>Growth &amp; decline</figcaption>",
                "</figure>",
                "",
                "<figure class=\"gallery\">",
                "",
                "![Delegates](g1.jpg)",
                "",
                "![The hall](g2.jpg)",
                "",
                "</figure>",
                "",
                "<figure class=\"audio\"><audio controls preload=\"none\" src=\"talk.mp3\"></audio></figure>",
                "",
                "Read [the report](report.pdf).",
                "",
                "![Lost](https://old.example.org/wp-content/uploads/2019/01/missing.png)",
                "",
                "![Elsewhere](https://images.example.net/elsewhere.jpg)",
                "",
                "<p class=\"embed-card\"><span class=\"embed-provider\">YouTube</span> <a href=\"https://www.youtube.com/watch?v=abc123\" rel=\"noopener\">https://www.youtube.com/watch?v=abc123</a></p>",
                "",
                "<p class=\"embed-card\"><span class=\"embed-provider\">X (Twitter)</span> <a href=\"https://twitter.com/user/status/1?s=20&amp;t=xyz\" rel=\"noopener\">https://twitter.com/user/status/1?s=20&amp;t=xyz</a></p>",
                "",
                "Search <https://example.org/search?q=a&b=c> now.",
                "",
                "\\[contact-form-7 id=\"5\" title=\"Contact\"\\]",
                ""), files.get("index.md"));

        assertEquals(8 + 1, report.count(Outcome.MEDIA_COPIED), "eight for the debate, one for the page");
        assertEquals(3, report.count(Outcome.ITEM_ATTACHMENT));
        assertEquals(4, report.count(Outcome.SHORTCODE_CONVERTED), "caption, gallery, audio, embed");
        assertEquals(2, report.count(Outcome.EMBED_CONVERTED));
        assertEquals(Map.of("contact-form-7", 1), report.media().shortcodesLeft());
        assertEquals(List.of(
                new RemoteMedia("debates/summit/index.md", "https://old.example.org/wp-content/uploads/2019/01/missing.png",
                        "not in the uploads folder"),
                new RemoteMedia("debates/summit/index.md", "https://images.example.net/elsewhere.jpg",
                        "on another host; --download-external copies it")), report.media().remote());
        assertEquals(2, report.count(Outcome.MEDIA_REMOTE));
        assertEquals("Look: ![my cat](https://old.example.org/debates/summit/cat.jpg)",
                ImportFiles.comments(debate.resolve("comments.yaml")).get(0).get("body"),
                "a comment links the copy by its address on the new site, valid on every comment page");
        assertTrue(report.render().contains("""
                shortcodes left as text
                    1  [contact-form-7]
                media still remote
                    debates/summit/index.md  https://old.example.org/wp-content/uploads/2019/01/missing.png  (not in the uploads folder)
                """), report.render());
    }

    @Test
    void copiesTheMediaOfAPageIntoItsFilesFolderAndLinksThem() throws Exception {
        importWith(uploads(UPLOADS));

        assertEquals(Map.of("cat.jpg", "cat jpeg bytes"), ImportFiles.tree(dir.resolve("content/pages/about.files")));
        assertEquals("---\ntitle: About\n---\n\nOur office: ![Office cat](cat.jpg)\n",
                Files.readString(dir.resolve("content/pages/about.md")));
    }

    @Test
    void aPageWithoutMediaGetsNoFilesFolder() throws Exception {
        importWith(MediaOptions.none());

        assertFalse(Files.exists(dir.resolve("content/pages/about.files")));
        assertTrue(Files.readString(dir.resolve("content/pages/about.md"))
                .contains("![Office cat](https://old.example.org/wp-content/uploads/2019/01/cat.jpg)"));
    }

    @Test
    void commentsLinkTheirCopyUnderTheAddressOfAnExistingSite() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: New\nbase_url: https://new.example.com/archive/\n");

        importWith(uploads(UPLOADS));

        assertEquals("Look: ![my cat](https://new.example.com/archive/debates/summit/cat.jpg)",
                ImportFiles.comments(dir.resolve("content/debates/summit/comments.yaml")).get(0).get("body"));
    }

    @Test
    void withoutAFeaturedImageFileTheDebateHasNoImage() throws Exception {
        ImportReport report = importWith(MediaOptions.none());

        String index = Files.readString(dir.resolve("content/debates/summit/index.md"));
        assertFalse(index.contains("image:"), index);
        assertTrue(index.contains("![Cat](https://old.example.org/wp-content/uploads/2019/01/cat-300x200.jpg)"), index);
        assertEquals(0, report.count(Outcome.MEDIA_COPIED));
        assertTrue(report.media().remote().contains(new RemoteMedia("debates/summit/index.md",
                "https://old.example.org/wp-content/uploads/2019/01/flag.jpg", "no --uploads folder or --download given")));
    }

    @Test
    void theImportBuildsAndEveryAddressRoundTrips() throws Exception {
        importWith(uploads(UPLOADS));
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(BuildOptions.defaults()
                .withContent(dir.resolve("content")).withTemplates(dir.resolve("no-templates"))
                .withOut(dir.resolve("site")).withThreads(1));
        assertEquals(List.of(), result.diagnostics());

        Path page = dir.resolve("site/debates/summit/index.html");
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        for (Element image : html.select(".debate-body img, .debate-body audio")) {
            String src = image.attr("src");
            if (!src.startsWith("https://")) {
                assertTrue(Files.isRegularFile(page.getParent().resolve(src).normalize()), src);
            }
        }
        assertEquals(List.of("g1.jpg", "g2.jpg"), html.select("figure.gallery img").eachAttr("src").stream()
                .map(s -> s.substring(s.lastIndexOf('/') + 1)).toList());
        assertEquals("Growth & decline", html.selectFirst(".debate-body figure figcaption").text());
        List<String> hrefs = html.select(".debate-body a").eachAttr("href");
        assertTrue(hrefs.contains("https://www.youtube.com/watch?v=abc123"), hrefs.toString());
        assertTrue(hrefs.contains("https://twitter.com/user/status/1?s=20&t=xyz"), hrefs.toString());
        assertTrue(hrefs.contains("https://example.org/search?q=a&b=c"), hrefs.toString());
        assertTrue(html.select("iframe").isEmpty());
        assertFalse(html.select(".debate-body").text().contains("[embed]"));
        assertTrue(Files.isRegularFile(dir.resolve("site/debates/summit/flag.jpg")));

        Path about = dir.resolve("site/about/index.html");
        Element cat = Jsoup.parse(about.toFile(), "UTF-8").selectFirst(".prose img");
        assertEquals("Office cat", cat.attr("alt"));
        assertEquals("cat jpeg bytes", Files.readString(about.getParent().resolve(cat.attr("src")).normalize()),
                "the page's image is published beside the page: " + cat.attr("src"));
    }
}
