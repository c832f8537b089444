package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Debate;
import org.rostrum.model.Link;
import org.rostrum.model.Page;
import org.rostrum.model.Person;
import org.rostrum.model.Site;
import org.rostrum.model.Topic;

class ContentLoaderTest {

    @TempDir
    Path temp;

    private MiniSite site() {
        return MiniSite.withSiteYaml(temp);
    }

    private MiniSite debateOn(MiniSite site, String slug, String date, String topics) {
        return site.debate(slug, "title: " + slug + "\ndate: " + date + "\ntopics: " + topics + "\n", "Body\n");
    }

    @Test
    void sortsDebatesNewestFirstThenBySlugIncludingDrafts() {
        Site loaded = site()
                .debate("old", "title: Old\ndate: 2018-05-01\n", "")
                .debate("b-same-day", "title: B\ndate: 2019-01-28\n", "")
                .debate("a-same-day", "title: A\ndate: 2019-01-28\ndraft: true\n", "")
                .debate("new", "title: New\ndate: 2019-01-28T10:00:00+01:00\n", "")
                .load();
        assertEquals(List.of("new", "a-same-day", "b-same-day", "old"), loaded.debates().stream().map(Debate::slug).toList());
    }

    @Test
    void givesTheSameSiteOnEveryLoad() {
        MiniSite site = site();
        for (int i = 0; i < 30; i++) {
            debateOn(site, "debate-" + i, "2019-01-" + (10 + i % 5), "[Topic " + (i % 7) + "]");
        }
        Site first = site.load();
        List<String> firstMessages = site.messages();
        for (int i = 0; i < 3; i++) {
            assertEquals(first, site.load());
            assertEquals(firstMessages, site.messages());
        }
    }

    @Test
    void readsPeopleSortedById() {
        Site loaded = site()
                .file("people/leonid-gozman.yaml", """
                        name: Leonid Gozman
                        role: Russian liberal politician
                        bio: |
                          Born in 1950.
                        photo: gozman.jpg
                        links:
                          - title: Website
                            url: https://gozman.example.org/
                          - {title: Mail, url: 'mailto:lg@example.org'}
                        """)
                .file("people/gozman.jpg", "jpg")
                .file("people/anna-b.yaml", "name: Anna B\n")
                .load();
        assertEquals(List.of(
                new Person("anna-b", "Anna B", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                        SourcePosition.startOf(temp.resolve("content/people/anna-b.yaml"))),
                new Person("leonid-gozman", "Leonid Gozman", Optional.of("Russian liberal politician"),
                        Optional.of("<p>Born in 1950.</p>\n"), Optional.of("gozman.jpg"),
                        List.of(new Link("Website", "https://gozman.example.org/"), new Link("Mail", "mailto:lg@example.org")),
                        SourcePosition.startOf(temp.resolve("content/people/leonid-gozman.yaml")))),
                loaded.people());
    }

    @Test
    void rejectsMissingPhotoWithHint() {
        MiniSite site = site().file("people/ann.yaml", "name: Ann\nphoto: ann.jpeg\n").file("people/ann.jpg", "jpg");
        Site loaded = site.load();
        assertEquals(Optional.empty(), loaded.people().get(0).photo());
        assertEquals(List.of("content/people/ann.yaml:2:8: error: photo 'ann.jpeg' not found in people/ (did you mean"
                + " 'ann.jpg'?)"), site.messages());
    }

    @Test
    void rejectsLinkWithUnsafeUrl() {
        MiniSite site = site().file("people/ann.yaml",
                "name: Ann\nlinks:\n  - title: X\n    url: javascript:alert(1)\n  - url: https://x.example.org/\n");
        site.load();
        assertEquals(List.of(
                "content/people/ann.yaml:4:10: error: field 'url' must be an http, https or mailto URL, not"
                        + " 'javascript:alert(1)'",
                "content/people/ann.yaml:5:5: error: missing required field 'title'"), site.messages());
    }

    @Test
    void requiresPersonName() {
        MiniSite site = site().file("people/ann.yaml", "role: Reader\n");
        assertEquals(List.of(), site.load().people());
        assertEquals(List.of("content/people/ann.yaml:1:1: error: missing required field 'name'"), site.messages());
    }

    @Test
    void rejectsInvalidPersonId() {
        MiniSite site = site().file("people/James_K.yaml", "name: James K\n");
        site.load();
        assertEquals(List.of("content/people/James_K.yaml:1:1: error: invalid person id 'James_K': use lowercase letters,"
                + " digits and single hyphens (did you mean 'james-k'?)"), site.messages());
    }

    @Test
    void warnsAboutYmlPersonFile() {
        MiniSite site = site().file("people/ann.yml", "name: Ann\n");
        site.load();
        assertEquals(List.of("content/people/ann.yml:1:1: warning: unexpected file 'ann.yml' is ignored: person files"
                + " end in .yaml"), site.messages());
    }

    @Test
    void collectsTopicsFromDebatesAndDescriptionsSortedBySlug() {
        MiniSite site = site().file("topics.yaml", "Foreign Affairs: Relations between states.\nSecurity:\n");
        debateOn(site, "a", "2019-01-01", "[Security, Économie]");
        debateOn(site, "b", "2019-01-02", "[Foreign Affairs]");
        Site loaded = site.load();
        assertEquals(List.of(), site.messages());
        assertEquals(List.of(
                new Topic("Économie", "economie", Optional.empty()),
                new Topic("Foreign Affairs", "foreign-affairs", Optional.of("<p>Relations between states.</p>\n"),
                        List.of(), "Relations between states."),
                new Topic("Security", "security", Optional.empty())), loaded.topics());
    }

    @Test
    void warnsAboutDescribedTopicNoDebateUses() {
        MiniSite site = site().file("topics.yaml", "Securty: Keeping safe.\n");
        debateOn(site, "a", "2019-01-01", "[Security]");
        Site loaded = site.load();
        assertEquals(List.of("Security", "Securty"), loaded.topics().stream().map(Topic::name).toList());
        assertEquals(List.of("content/topics.yaml:1:1: warning: topic 'Securty' is described in topics.yaml but no"
                + " debate uses it (did you mean 'Security'?)"), site.messages());
    }

    @Test
    void rejectsTwoTopicNamesWithTheSameSlug() {
        MiniSite site = site();
        debateOn(site, "a", "2019-01-01", "[Foreign Affairs]");
        debateOn(site, "b", "2019-01-02", "[foreign affairs]");
        site.load();
        assertEquals(List.of("content/debates/b/index.md:4:10: error: topic 'foreign affairs' has the same slug"
                + " 'foreign-affairs' as 'Foreign Affairs' (first at content/debates/a/index.md:4:10)"), site.messages());
    }

    @Test
    void rejectsTopicsYamlThatIsNotAMapping() {
        MiniSite site = site().file("topics.yaml", "- Security\n");
        site.load();
        assertEquals(List.of("content/topics.yaml:1:1: error: topics.yaml must be a mapping from topic names to"
                + " descriptions, not a list"), site.messages());
    }

    @Test
    void rejectsTopicDescriptionThatIsNotText() {
        MiniSite site = site().file("topics.yaml", "Security: [a, b]\n");
        debateOn(site, "a", "2019-01-01", "[Security]");
        site.load();
        assertEquals(List.of("content/topics.yaml:1:11: error: the description of topic 'Security' must be text, not a"
                + " list"), site.messages());
    }

    @Test
    void readsPagesSortedBySlug() {
        MiniSite site = site()
                .file("pages/contact.md", "---\ntitle: Contact\ndraft: true\n---\nWrite to us.\n")
                .file("pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe are editors.\n");
        Site loaded = site.load();
        assertEquals(List.of(), site.messages());
        assertEquals(List.of(
                new Page("about", "About", Optional.of("Who we are."), "<p>We are editors.</p>\n", false,
                        SourcePosition.startOf(site.path("pages/about.md"))),
                new Page("contact", "Contact", Optional.of("Write to us."), "<p>Write to us.</p>\n", true,
                        SourcePosition.startOf(site.path("pages/contact.md")))), loaded.pages());
    }

    @Test
    void rejectsInvalidPageSlugAndMissingTitle() {
        MiniSite site = site().file("pages/About Us.md", "---\nsummary: x\n---\n");
        site.load();
        assertEquals(List.of(
                "content/pages/About Us.md:1:1: error: invalid page slug 'About Us': use lowercase letters, digits and"
                        + " single hyphens (did you mean 'about-us'?)",
                "content/pages/About Us.md:1:1: error: missing required field 'title'"), site.messages());
    }

    @Test
    void warnsAboutNonMarkdownFileInPages() {
        MiniSite site = site().file("pages/logo.png", "png");
        site.load();
        assertEquals(List.of("content/pages/logo.png:1:1: warning: unexpected file 'logo.png' is ignored: pages are .md"
                + " files"), site.messages());
    }

    @Test
    void warnsAboutStrayEntriesInContentFolder() {
        MiniSite site = site().file("site.yml", "x: 1\n").file("debate/a/index.md", "x").file("notes.txt", "x")
                .file(".hidden", "x");
        site.load();
        assertEquals(List.of(
                "content/debate:1:1: warning: unexpected folder 'debate' is ignored (did you mean 'debates'?)",
                "content/notes.txt:1:1: warning: unexpected file 'notes.txt' is ignored",
                "content/site.yml:1:1: warning: unexpected file 'site.yml' is ignored (did you mean 'site.yaml'?)"),
                site.messages());
    }

    @Test
    void warnsAboutFileInDebatesFolder() {
        MiniSite site = site().file("debates/README.md", "x");
        site.load();
        assertEquals(List.of("content/debates/README.md:1:1: warning: unexpected file 'README.md' is ignored: each"
                + " debate is a folder with an index.md"), site.messages());
    }

    @Test
    void reportsMissingContentFolder() {
        Path missing = temp.resolve("nothing");
        Diagnostics diagnostics = new Diagnostics();
        Site loaded = new ContentLoader(new MarkdownRenderer()).load(missing, diagnostics);
        assertTrue(loaded.debates().isEmpty());
        assertEquals(List.of(missing + ":1:1: error: content folder not found"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void rejectsLinksWrittenAsText() {
        MiniSite site = site().file("people/ann.yaml", "name: Ann\nlinks: https://ann.example.org/\n");
        site.load();
        assertEquals(List.of("content/people/ann.yaml:2:8: error: field 'links' must be a list of links, not text"
                + " (write links: [{title: ..., url: https://ann.example.org/}])"), site.messages());
    }

    @Test
    void rejectsLinkThatIsNotAMapping() {
        MiniSite site = site().file("people/ann.yaml", "name: Ann\nlinks:\n  - https://ann.example.org/\n");
        site.load();
        assertEquals(List.of("content/people/ann.yaml:3:5: error: a link must be a mapping with 'title' and 'url', not"
                + " text"), site.messages());
    }

    @Test
    void rejectsPersonFileThatIsNotAMapping() {
        MiniSite site = site().file("people/ann.yaml", "Ann\n");
        site.load();
        assertEquals(List.of("content/people/ann.yaml:1:1: error: a person file must be a mapping of fields, not text"),
                site.messages());
    }

    @Test
    void rejectsDescribedTopicWithoutLettersOrDigits() {
        MiniSite site = site().file("topics.yaml", "'***': Stars.\n");
        site.load();
        assertEquals(List.of("content/topics.yaml:1:1: error: topic '***' needs at least one letter or digit"),
                site.messages());
    }

    @Test
    void rejectsTwoDescribedTopicsWithTheSameSlug() {
        MiniSite site = site().file("topics.yaml", "Security: a\nSECURITY: b\n");
        debateOn(site, "a", "2019-01-01", "[Security]");
        site.load();
        assertEquals(List.of("content/topics.yaml:2:1: error: topic 'SECURITY' has the same slug 'security' as"
                + " 'Security' (first at content/topics.yaml:1:1)"), site.messages());
    }

    @Test
    void givesTheRendererTheBiosFilePosition() {
        MiniSite site = site().file("people/ann.yaml", "name: Ann\nbio: |\n  Reader.\n\n  ::: reader Bob\n  Hi\n  :::\n");
        site.load();
        assertTrue(site.messages().size() >= 1);
        assertTrue(site.messages().get(0).startsWith("content/people/ann.yaml:5:"), site.messages().toString());
    }

    @Test
    void givesTheRendererThePagesBodyPosition() {
        MiniSite site = site().file("pages/about.md", "---\ntitle: About\n---\nText.\n\n::: reader Bob\nHi\n:::\n");
        site.load();
        assertTrue(site.messages().size() >= 1);
        assertTrue(site.messages().get(0).startsWith("content/pages/about.md:6:1: error: "), site.messages().toString());
    }

    @Test
    void doesNotFollowSiteYamlLinkOutOfTheContentFolder() throws IOException {
        MiniSite site = new MiniSite(temp);
        Path outside = Files.writeString(temp.resolve("outside.yaml"), "title: Secret\nbase_url: https://x.org/\n");
        Files.createSymbolicLink(site.path("site.yaml"), outside);
        assertEquals(SiteConfigReader.defaults(), site.load().config());
        assertEquals(List.of("content/site.yaml:1:1: error: symbolic link 'site.yaml' points outside the content"
                + " folder"), site.messages());
    }

    @Test
    void doesNotFollowPeopleFolderLinkOutOfTheContentFolder() throws IOException {
        MiniSite site = site();
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("ann.yaml"), "name: Ann\n");
        Files.createSymbolicLink(site.path("people"), outside);
        assertEquals(List.of(), site.load().people());
        assertEquals(List.of("content/people:1:1: error: symbolic link 'people' points outside the content folder"),
                site.messages());
    }
}
