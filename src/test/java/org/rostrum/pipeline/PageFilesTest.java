package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a standalone page: {@code pages/<path>.files/}, published beside the page at {@code /<path>/}. */
class PageFilesTest {

    private static InlineSite site(Path dir) {
        return InlineSite.of(dir, InlineSite.SITE_YAML + """
                -- content/pages/about/team.md --
                ---
                title: The team
                ---
                ![Our office](office.jpg) and [the statutes](docs/statutes.pdf).
                -- content/pages/about/team.files/office.jpg --
                jpeg bytes
                -- content/pages/about/team.files/docs/statutes.pdf --
                pdf bytes
                """);
    }

    @Test
    void aPagesFilesArePublishedBesideItAndItsRelativeLinksReachThem(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir);
        assertEquals(List.of(), InlineSite.messages(site.build()));

        Path page = site.out().resolve("about/team/index.html");
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        String image = html.selectFirst(".prose img").attr("src");
        String pdf = html.selectFirst(".prose a").attr("href");
        assertEquals("jpeg bytes\n", Files.readString(page.getParent().resolve(image).normalize()));
        assertEquals("pdf bytes\n", Files.readString(page.getParent().resolve(pdf).normalize()));
    }

    @Test
    void aLinkToAFileThePageDoesNotHaveIsReported(@TempDir Path dir) {
        InlineSite site = site(dir);
        site.write("""
                -- content/pages/about/team.md --
                ---
                title: The team
                ---
                ![Our office](ofice.jpg)
                -- content/pages/gone.files/x.jpg --
                x
                """);

        assertEquals(List.of(
                "content/pages/about/team.md:4:1: error: link to missing file 'ofice.jpg'",
                "content/pages/gone.files:1:1: warning: unexpected folder 'gone.files' is ignored: there is no page "
                        + "gone.md for these files"),
                InlineSite.messages(site.check()).stream().map(m -> m.replace(dir + "/", "")).toList());
    }
}
