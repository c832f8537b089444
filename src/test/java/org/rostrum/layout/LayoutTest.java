package org.rostrum.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostrum.layout.Layout.Entry;
import org.rostrum.layout.Layout.Section;
import org.rostrum.layout.Layout.ThreadPage;

class LayoutTest {

    private static final String BASE = "https://example.org/archive/";

    @Test
    void homeAndItsFurtherPages() {
        assertEquals("index.html", Layout.home(1));
        assertEquals("page/2/index.html", Layout.home(2));
        assertEquals("/", Layout.url(Layout.home(1)));
        assertEquals("/page/2/", Layout.url(Layout.home(2)));
        assertEquals(BASE, Layout.absolute(BASE, Layout.home(1)));
    }

    @Test
    void debatePageAndThreadParts() {
        assertEquals("debates/nato/", Layout.debateFolder("nato"));
        assertEquals("debates/nato/index.html", Layout.debate("nato"));
        assertEquals("debates/nato/index.html", Layout.threadPart("nato", 1));
        assertEquals("debates/nato/comments/3/index.html", Layout.threadPart("nato", 3));
        assertEquals("/debates/nato/comments/3/", Layout.url(Layout.threadPart("nato", 3)));
        assertEquals(BASE + "debates/nato/comments/3/", Layout.absolute(BASE, Layout.threadPart("nato", 3)));
        assertEquals("debates/nato/comments/parts.js", Layout.commentParts("nato"));
        assertEquals("../index.html", Layout.threadPartFromCommentParts(1));
        assertEquals("2/index.html", Layout.threadPartFromCommentParts(2));
        assertEquals("debates/nato/comments.json", Layout.commentsJson("nato"));
    }

    @Test
    void commentResponseAndReaderAnchors() {
        assertEquals("comment-c7", Layout.commentAnchor("c7"));
        assertEquals("debates/nato/comments/2/index.html#comment-c7",
                Layout.comment(Layout.threadPart("nato", 2), "c7"));
        assertEquals(Optional.of("c7"), Layout.commentOfAnchor("comment-c7"));
        assertEquals(Optional.empty(), Layout.commentOfAnchor("response-1"));
        assertEquals("response-2", Layout.responseAnchor(2));
        assertEquals("reader-1", Layout.readerAnchor(1));
        assertEquals(Optional.of(true), Layout.isResponseAnchor("response-2"));
        assertEquals(Optional.of(false), Layout.isResponseAnchor("reader-1"));
        assertEquals(Optional.empty(), Layout.isResponseAnchor("comments"));
    }

    @Test
    void topicsPeopleArchiveAndPages() {
        assertEquals("topics/index.html", Layout.topics());
        assertEquals("topics/security/", Layout.topicFolder("security"));
        assertEquals("topics/security/index.html", Layout.topic("security", 1));
        assertEquals("topics/security/page/2/index.html", Layout.topic("security", 2));
        assertEquals("topics/security/feed.xml", Layout.topicFeed("security"));
        assertEquals("/topics/security/feed.xml", Layout.url(Layout.topicFeed("security")));
        assertEquals("people/index.html", Layout.people());
        assertEquals("people/jane/", Layout.personFolder("jane"));
        assertEquals("people/jane/index.html", Layout.person("jane"));
        assertEquals("people/jane.jpg", Layout.personPhoto("jane.jpg"));
        assertEquals("archive/index.html", Layout.archive());
        assertEquals("archive/2024/index.html", Layout.year(2024));
        assertEquals("about/", Layout.pageFolder("about"));
        assertEquals("about/index.html", Layout.page("about"));
        assertEquals("/about/", Layout.url(Layout.page("about")));
    }

    @Test
    void siteFilesSearchAndFeeds() {
        assertEquals("search/index.html", Layout.search());
        assertEquals("search/", Layout.searchFolder());
        assertEquals("search/index.js", Layout.searchManifest());
        assertEquals("search-index.json", Layout.searchCards());
        assertEquals("/search/?q=budget%20cuts", Layout.searchUrl("budget cuts"));
        assertEquals("/search/?q=caf%C3%A9%20%26%20co%2B", Layout.searchUrl("café & co+"));
        assertEquals("feed.xml", Layout.feed());
        assertEquals("/feed.xml", Layout.url(Layout.feed()));
        assertEquals("sitemap.xml", Layout.sitemap());
        assertEquals("sitemap-2.xml", Layout.sitemapPart(2));
        assertEquals(BASE + "sitemap.xml", Layout.absolute(BASE, Layout.sitemap()));
        assertEquals("robots.txt", Layout.robots());
        assertEquals("404.html", Layout.notFound());
        assertEquals("static/style.css", Layout.staticFile("style.css"));
    }

    @Test
    void aCyrillicSlugIsKeptAsGivenInPathAndUrl() {
        assertEquals("debates/почему-нато/index.html", Layout.debate("почему-нато"));
        assertEquals("/debates/почему-нато/", Layout.url(Layout.debate("почему-нато")));
        assertEquals("topics/безопасность/page/2/index.html", Layout.topic("безопасность", 2));
        assertEquals(Optional.of(new ThreadPage("почему-нато", 4)),
                Layout.threadPageOf("debates/почему-нато/comments/4/index.html"));
    }

    @Test
    void languageEditionsAreFoldersExceptTheDefaultAtTheRoot() {
        assertEquals("", Layout.editionFolder("en", "en", false));
        assertEquals("en/", Layout.editionFolder("en", "en", true));
        assertEquals("de/", Layout.editionFolder("de", "en", false));
        String german = Layout.editionFolder("de", "en", false) + Layout.debate("nato");
        assertEquals("de/debates/nato/index.html", german);
        assertEquals("/de/debates/nato/", Layout.url(german));
        assertEquals("../../../", Layout.root(german));
    }

    @Test
    void aliasesAreRedirectPagesOutsideTheSitesOwnFolders() {
        assertEquals("old/path/index.html", Layout.alias("/old/path/"));
        assertEquals("old/page.php", Layout.alias("/old/page.php"));
        for (String own : List.of("/debates/x/", "/debates/x/old.png", "/static/a.css", "/index.html", "/404.html",
                "/topics/", "/people/", "/archive/", "/search/", "/page/", "/topics/security/", "/people/jane/",
                "/archive/2019/", "/page/3/")) {
            assertTrue(Layout.isBuiltBySite(own), own);
        }
        for (String free : List.of("/2019/05/old-post/", "/debatesx/", "/archive/old/", "/page/two/",
                "/topics/security/old/", "/about/")) {
            assertFalse(Layout.isBuiltBySite(free), free);
        }
    }

    @Test
    void rootClimbsOneFolderPerSlash() {
        assertEquals("", Layout.root(Layout.home(1)));
        assertEquals("../../", Layout.root(Layout.debate("x")));
        assertEquals("../../../../", Layout.root(Layout.threadPart("x", 2)));
    }

    @Test
    void readsThreadPagesAndEntriesBack() {
        assertEquals(Optional.of(new ThreadPage("x", 1)), Layout.threadPageOf("debates/x/index.html"));
        assertEquals(Optional.of(new ThreadPage("x", 12)), Layout.threadPageOf("debates/x/comments/12/index.html"));
        assertEquals(Optional.empty(), Layout.threadPageOf("debates/x/comments/1/index.html"));
        assertEquals(Optional.empty(), Layout.threadPageOf("debates/x/comments/02/index.html"));
        assertEquals(Optional.empty(), Layout.threadPageOf("debates/x/a.png"));
        assertEquals(Optional.of("x"), Layout.commentPartsOf("debates/x/comments/parts.js"));
        assertEquals(Optional.empty(), Layout.commentPartsOf("debates/x/parts.js"));
        assertEquals(Optional.of(new Entry(Section.DEBATES, "x", "a/b.png")), Layout.entryOf("debates/x/a/b.png"));
        assertEquals(Optional.of(new Entry(Section.PEOPLE, "jane", "index.html")), Layout.entryOf(Layout.person("jane")));
        assertEquals(Optional.empty(), Layout.entryOf("people/jane.jpg"));
        assertEquals(Optional.empty(), Layout.entryOf("about/index.html"));
        assertEquals("/topics/security/", Section.TOPICS.url("security"));
        assertEquals(List.of("topics", "people", "archive", "search"), Layout.sectionPages());
    }
}
