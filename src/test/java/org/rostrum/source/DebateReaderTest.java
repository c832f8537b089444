package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Block;
import org.rostrum.model.Debate;
import org.rostrum.model.DebateImage;
import org.rostrum.model.DebateStatus;
import org.rostrum.model.EditorialText;
import org.rostrum.model.Response;
import org.rostrum.model.Timestamp;

class DebateReaderTest {

    @TempDir
    Path temp;

    private MiniSite site() {
        return MiniSite.withSiteYaml(temp);
    }

    private MiniSite siteIn(String zone) {
        return new MiniSite(temp).file("site.yaml", MiniSite.SITE_YAML + "timezone: " + zone + "\n");
    }

    private Debate debateWith(String frontMatter) {
        return site().debate("a", "title: A\n" + frontMatter, "Body\n").loadDebate();
    }

    private List<String> messagesFor(String frontMatter) {
        MiniSite site = site().debate("a", frontMatter, "Body\n");
        site.load();
        return site.messages();
    }

    @Test
    void readsEveryFrontMatterField() {
        MiniSite site = site().debate("could-russia-join-nato", """
                title: Could Russia ever join NATO?
                date: 2019-01-28
                updated: 2019-02-01
                topics: [Foreign Affairs, Security]
                summary: Whether Russia could join.
                image: map.jpg
                image_alt: A map of Europe
                image_credit: (c) BigStock – Elkov
                status: open
                draft: true
                aliases: [/2019/01/russia-nato/]
                """, "We asked.\n").file("debates/could-russia-join-nato/map.jpg", "jpg");
        Debate debate = site.loadDebate();
        assertEquals(List.of(), site.messages());
        assertEquals("could-russia-join-nato", debate.slug());
        assertEquals(site.path("debates/could-russia-join-nato"), debate.directory());
        assertEquals(SourcePosition.startOf(site.path("debates/could-russia-join-nato/index.md")), debate.position());
        assertEquals("Could Russia ever join NATO?", debate.title());
        assertEquals(List.of("Foreign Affairs", "Security"), debate.topics());
        assertEquals("Whether Russia could join.", debate.summary());
        assertEquals(Optional.of(new DebateImage("map.jpg", Optional.of("A map of Europe"),
                Optional.of("(c) BigStock – Elkov"))), debate.image());
        assertEquals(DebateStatus.OPEN, debate.status());
        assertTrue(debate.draft());
        assertEquals(List.of("/2019/01/russia-nato/"), debate.aliases());
        assertEquals(List.of("map.jpg"), debate.bundleFiles());
        assertEquals(Optional.of(new Timestamp(ZonedDateTime.of(2019, 2, 1, 0, 0, 0, 0, ZoneId.of("UTC")), true)),
                debate.updated());
    }

    @Test
    void usesDefaultsForOptionalFields() {
        Debate debate = debateWith("date: 2019-01-28\n");
        assertEquals(DebateStatus.ARCHIVED, debate.status());
        assertFalse(debate.draft());
        assertEquals(List.of(), debate.topics());
        assertEquals(List.of(), debate.aliases());
        assertEquals(Optional.empty(), debate.image());
        assertEquals(Optional.empty(), debate.updated());
    }

    @Test
    void passesTheBodyToTheRenderer() {
        Debate debate = debateWith("date: 2019-01-28\n");
        assertEquals(List.<Block>of(new EditorialText("<p>Body</p>\n")), debate.body());
    }

    @Test
    void takesSummaryFromFirstParagraphWhenAbsent() {
        Debate debate = site().debate("a", "title: A\ndate: 2019-01-28\n", "\nFirst  paragraph\ngoes on.\n\nSecond.\n")
                .loadDebate();
        assertEquals("First paragraph goes on.", debate.summary());
    }

    @Test
    void takesPlainDateAsStartOfDayInSiteZone() {
        Debate debate = siteIn("Europe/Berlin").debate("a", "title: A\ndate: 2019-01-28\n", "").loadDebate();
        assertEquals(new Timestamp(ZonedDateTime.of(2019, 1, 28, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")), true),
                debate.date());
    }

    @Test
    void keepsTheWrittenOffset() {
        Debate debate = siteIn("Europe/Berlin").debate("a", "title: A\ndate: 2019-01-28T09:30:00-05:00\n", "")
                .loadDebate();
        assertEquals(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 0, 0, ZoneOffset.ofHours(-5)), false),
                debate.date());
    }

    @Test
    void readsZuluTimeAsUtc() {
        Debate debate = siteIn("Europe/Berlin").debate("a", "title: A\ndate: 2019-01-28T09:30:00Z\n", "").loadDebate();
        assertEquals(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 0, 0, ZoneOffset.UTC), false), debate.date());
    }

    @Test
    void takesDateTimeWithoutOffsetInSiteZone() {
        Debate debate = siteIn("America/New_York").debate("a", "title: A\ndate: 2019-01-28T09:30:00\n", "").loadDebate();
        assertEquals(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 0, 0, ZoneId.of("America/New_York")), false),
                debate.date());
    }

    @Test
    void readsDateTimeWithSpaceAndWithoutSeconds() {
        Debate debate = siteIn("Europe/Berlin").debate("a", "title: A\ndate: 2019-01-28 09:30\n", "").loadDebate();
        assertEquals(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 0, 0, ZoneId.of("Europe/Berlin")), false),
                debate.date());
    }

    @Test
    void readsFractionalSecondsAndCompactOffset() {
        Debate debate = debateWith("date: 2019-01-28T09:30:15.250+0130\n");
        assertEquals(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 15, 250_000_000, ZoneOffset.ofHoursMinutes(1, 30)),
                false), debate.date());
    }

    @Test
    void rejectsImpossibleDate() {
        assertEquals(List.of("content/debates/a/index.md:3:7: error: field 'date' is not a real date: 2019-02-30:"
                + " February 2019 has 28 days"), messagesFor("title: A\ndate: 2019-02-30\n"));
        assertEquals(List.of("content/debates/a/index.md:3:7: error: field 'date' is not a real date: 2019-13-01:"
                + " there is no month 13"), messagesFor("title: A\ndate: 2019-13-01\n"));
        assertEquals(List.of("content/debates/a/index.md:3:7: error: field 'date' is not a real date:"
                + " 2019-01-28T24:10: there is no hour 24; hours run from 0 to 23"),
                messagesFor("title: A\ndate: 2019-01-28T24:10\n"));
    }

    @Test
    void rejectsAFrontMatterValueOverTheBudget() {
        assertEquals(List.of("content/debates/a/index.md:4:10: error: value is longer than 65,536 characters, the most"
                + " one value here may have"), messagesFor("title: A\ndate: 2019-01-28\nsummary: " + "x".repeat(65_537)
                + "\n"));
        assertEquals(List.of(), messagesFor("title: A\ndate: 2019-01-28\nsummary: " + "x".repeat(65_536) + "\n"));
    }

    @Test
    void rejectsDateAsList() {
        assertEquals(List.of("content/debates/a/index.md:3:7: error: field 'date' must be a date like 2019-01-28"
                + " or 2019-01-28T09:30:00+01:00, not a list"), messagesFor("title: A\ndate: [2019-01-28]\n"));
    }

    @Test
    void requiresTitleAndDateAndKeepsTheDebateForTheRestOfTheChecks() {
        MiniSite site = site().debate("a", "summary: x\n", "Body\n");
        // The debate stays, titled by its folder, so that links to it are not reported as missing.
        assertEquals(List.of("a"), site.load().debates().stream().map(d -> d.title()).toList());
        assertEquals(List.of(
                "content/debates/a/index.md:1:1: error: missing required field 'date'",
                "content/debates/a/index.md:1:1: error: missing required field 'title'"), site.messages());
    }

    @Test
    void reportsMissingFieldsOfEmptyFrontMatter() {
        MiniSite site = site().file("debates/a/index.md", "---\n---\nBody\n");
        site.load();
        assertEquals(List.of(
                "content/debates/a/index.md:1:1: error: missing required field 'date'",
                "content/debates/a/index.md:1:1: error: missing required field 'title'"), site.messages());
    }

    @Test
    void rejectsFrontMatterThatIsNotAMapping() {
        assertEquals(List.of("content/debates/a/index.md:2:1: error: front matter must be a mapping of fields, not a list"),
                messagesFor("- title: A\n"));
    }

    @Test
    void rejectsTopicsWrittenAsText() {
        assertEquals(List.of("content/debates/a/index.md:4:9: error: field 'topics' must be a list of topic names,"
                + " not text (write topics: [Security])"), messagesFor("title: A\ndate: 2019-01-28\ntopics: Security\n"));
    }

    @Test
    void removesDuplicateTopicsKeepingOrder() {
        Debate debate = debateWith("date: 2019-01-28\ntopics: [Security, Foreign Affairs, Security]\n");
        assertEquals(List.of("Security", "Foreign Affairs"), debate.topics());
    }

    @Test
    void rejectsTopicWithoutLettersOrDigits() {
        assertEquals(List.of("content/debates/a/index.md:4:10: error: topic '???' needs at least one letter or digit"),
                messagesFor("title: A\ndate: 2019-01-28\ntopics: ['???']\n"));
    }

    @Test
    void rejectsEmptyTopic() {
        assertEquals(List.of("content/debates/a/index.md:5:4: error: a topic must be a name, not empty"),
                messagesFor("title: A\ndate: 2019-01-28\ntopics:\n  -\n  - Security\n"));
    }

    @Test
    void rejectsImageMissingFromBundle() {
        MiniSite site = site().debate("a", "title: A\ndate: 2019-01-28\nimage: map.jpeg\n", "")
                .file("debates/a/map.jpg", "jpg");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:4:8: error: image 'map.jpeg' not found in debates/a/"
                + " (did you mean 'map.jpg'?)"), site.messages());
    }

    @Test
    void acceptsImageInBundleSubfolder() {
        Debate debate = site().debate("a", "title: A\ndate: 2019-01-28\nimage: images/map.png\n", "")
                .file("debates/a/images/map.png", "png").loadDebate();
        assertEquals("images/map.png", debate.image().orElseThrow().file());
    }

    @Test
    void rejectsUnknownStatus() {
        assertEquals(List.of("content/debates/a/index.md:4:9: error: field 'status' must be open, closed or archived,"
                + " not 'published'"), messagesFor("title: A\ndate: 2019-01-28\nstatus: published\n"));
    }

    @Test
    void acceptsOnlyTrueAndFalseAsBooleans() {
        assertEquals(List.of("content/debates/a/index.md:4:8: error: field 'draft' must be true or false, not 'yes'"),
                messagesFor("title: A\ndate: 2019-01-28\ndraft: yes\n"));
    }

    @Test
    void warnsAboutUnknownFrontMatterField() {
        assertEquals(List.of("content/debates/a/index.md:2:1: warning: unknown field 'titel' (did you mean 'title'?)",
                "content/debates/a/index.md:1:1: error: missing required field 'title'").stream().sorted().toList(),
                messagesFor("titel: A\ndate: 2019-01-28\n"));
    }

    @Test
    void normalisesAliases() {
        Debate debate = debateWith("date: 2019-01-28\naliases: [2019/01/russia-nato, /old/page.html, /x/Y.HTM,"
                + " /2019/01/russia-nato/]\n");
        assertEquals(List.of("/2019/01/russia-nato/", "/old/page.html", "/x/Y.HTM"), debate.aliases());
    }

    @Test
    void rejectsUnsafeAliases() {
        assertEquals(List.of(
                "content/debates/a/index.md:5:5: error: invalid alias '/a/../b/': '..' is not allowed",
                "content/debates/a/index.md:6:5: error: invalid alias '/a//b/': '//' is not allowed",
                "content/debates/a/index.md:7:5: error: invalid alias '/a?b=1': '?' and '#' are not allowed; an alias is a path only",
                "content/debates/a/index.md:8:5: error: invalid alias '/a#top': '?' and '#' are not allowed; an alias is a path only",
                "content/debates/a/index.md:9:5: error: invalid alias '\\\\a\\\\b': backslashes are not allowed",
                "content/debates/a/index.md:10:5: error: invalid alias '/a\\u0001b': control characters are not allowed",
                "content/debates/a/index.md:11:5: error: invalid alias 'https://old.example.org/a/': write the path"
                        + " without the site, e.g. /2019/01/russia-nato/",
                "content/debates/a/index.md:12:5: error: invalid alias '/': the site root cannot be an alias"),
                messagesFor("title: A\ndate: 2019-01-28\naliases:\n"
                        + "  - /a/../b/\n  - /a//b/\n  - /a?b=1\n  - /a#top\n  - '\\\\a\\\\b'\n  - \"/a\\x01b\"\n"
                        + "  - https://old.example.org/a/\n  - /\n"));
    }

    @Test
    void keepsTheGuidFeedReadersKnow() {
        assertEquals(Optional.of("https://old.example.org/?p=12"),
                debateWith("date: 2019-01-28\nguid: https://old.example.org/?p=12\n").guid());
        assertEquals(Optional.empty(), debateWith("date: 2019-01-28\n").guid());
    }

    @Test
    void rejectsAGuidThatIsNotAnAbsoluteUri() {
        assertEquals(List.of("content/debates/a/index.md:4:7: error: guid 'post 12' is not an absolute URI"
                + " such as https://example.org/?p=123"), messagesFor("title: A\ndate: 2019-01-28\nguid: post 12\n"));
    }

    @Test
    void rejectsAliasesWrittenAsText() {
        assertEquals(List.of("content/debates/a/index.md:4:10: error: field 'aliases' must be a list of paths, not text"
                + " (write aliases: [/old/])"), messagesFor("title: A\ndate: 2019-01-28\naliases: /old/\n"));
    }

    @Test
    void listsBundleFilesRecursivelySortedWithoutIndexCommentsAndHiddenFiles() {
        Debate debate = site().debate("a")
                .file("debates/a/comments.yaml", "comments: []\n")
                .file("debates/a/comments/c1.yaml", "body: x\n")
                .file("debates/a/images/z.png", "z")
                .file("debates/a/images/a.png", "a")
                .file("debates/a/paper.pdf", "pdf")
                .file("debates/a/.DS_Store", "x")
                .file("debates/a/.git/config", "x")
                .file("debates/a/images/index.md", "nested index is a bundle file")
                .loadDebate();
        assertEquals(List.of("images/a.png", "images/index.md", "images/z.png", "paper.pdf"), debate.bundleFiles());
    }

    @Test
    void rejectsInvalidDebateSlugWithHint() {
        MiniSite site = site().debate("Foo_Bar");
        site.load();
        assertEquals(List.of("content/debates/Foo_Bar/index.md:1:1: error: invalid debate slug 'Foo_Bar': use lowercase"
                + " letters, digits and single hyphens (did you mean 'foo-bar'?)"), site.messages());
    }

    @Test
    void rejectsDebateFolderWithoutIndex() {
        MiniSite site = site().file("debates/a/Index.md", "---\n---\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:1:1: error: debate folder 'a' has no index.md"
                + " (did you mean 'Index.md'?)"), site.messages());
    }

    @Test
    void rejectsSymbolicLinkOutOfTheContentFolder() throws IOException {
        MiniSite site = site().debate("a");
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.path("debates/a/leak.txt"), secret);
        Debate debate = site.loadDebate();
        assertEquals(List.of(), debate.bundleFiles());
        assertEquals(List.of("content/debates/a/leak.txt:1:1: error: symbolic link 'leak.txt' points outside the"
                + " content folder"), site.messages());
    }

    @Test
    void acceptsSymbolicLinkInsideTheContentFolder() throws IOException {
        MiniSite site = site().debate("a").file("shared/logo.png", "png");
        Files.createSymbolicLink(site.path("debates/a/logo.png"), site.path("shared/logo.png"));
        Debate debate = site.loadDebate();
        assertEquals(List.of("logo.png"), debate.bundleFiles());
    }

    @Test
    void rejectsBrokenSymbolicLink() throws IOException {
        MiniSite site = site().debate("a");
        Files.createSymbolicLink(site.path("debates/a/gone.png"), site.path("debates/a/nothing.png"));
        site.load();
        assertEquals(List.of("content/debates/a/gone.png:1:1: error: symbolic link 'gone.png' points to a file that"
                + " does not exist"), site.messages());
    }

    @Test
    void rejectsUnsafeBundleFileNames() {
        MiniSite site = site().debate("a").file("debates/a/a\\b.png", "x").file("debates/a/c\u0001.png", "x");
        Debate debate = site.loadDebate();
        assertEquals(List.of(), debate.bundleFiles());
        assertEquals(List.of(
                "content/debates/a/a\\b.png:1:1: error: unsafe file name 'a\\b.png': names must not contain control"
                        + " characters or backslashes",
                "content/debates/a/c\\u0001.png:1:1: error: unsafe file name 'c\\u0001.png': names must not contain"
                        + " control characters or backslashes"), site.messages());
    }

    @Test
    void reportsResponseByUnknownPersonWithHint() {
        Path index = temp.resolve("index.md");
        DebateReader reader = new DebateReader(temp, SiteConfigReader.defaults(), Set.of("james-kirchick", "leonid-gozman"),
                new MarkdownRenderer());
        Diagnostics diagnostics = new Diagnostics();
        reader.checkPeople(List.of(
                new Response("leonid-gozman", "<p>Yes</p>", OptionalInt.empty(), new SourcePosition(index, 5, 1)),
                new Response("james-kirchik", "<p>No</p>", OptionalInt.empty(), new SourcePosition(index, 9, 1))),
                diagnostics);
        assertEquals(List.of(index + ":9:1: error: unknown person 'james-kirchik' (did you mean 'james-kirchick'?)"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void readsOneDebateFolderOnItsOwn() {
        MiniSite site = site().debate("a", "title: A\ndate: 2019-01-28\n", "Body\n");
        DebateReader reader = new DebateReader(site.root, SiteConfigReader.defaults(), Set.of(), new MarkdownRenderer());
        Diagnostics diagnostics = new Diagnostics();
        Optional<Debate> debate = reader.read(site.path("debates/a"), diagnostics);
        assertEquals("A", debate.orElseThrow().title());
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void rejectsAliasThatIsNotAPath() {
        assertEquals(List.of("content/debates/a/index.md:4:11: error: an alias must be a path, not a list",
                "content/debates/a/index.md:4:18: error: invalid alias '/./': '.' is not allowed"),
                messagesFor("title: A\ndate: 2019-01-28\naliases: [[/a/], /./]\n"));
    }

    @Test
    void readsTheAuthorsOfTheByline() {
        MiniSite site = site().file("people/the-editor.yaml", "name: The Editor\n").debate("a",
                "title: A\ndate: 2019-01-28\nauthors: [the-editor, the-editor]\n", "Body\n");
        assertEquals(List.of("the-editor"), site.loadDebate().authorIds());
        assertEquals(List.of(), site.messages());
    }

    @Test
    void reportsAnAuthorWhoIsNotAPerson() {
        MiniSite site = site().file("people/the-editor.yaml", "name: The Editor\n").debate("a",
                "title: A\ndate: 2019-01-28\nauthors: [the-editr, [x]]\n", "Body\n");
        assertEquals(List.of(), site.loadDebate().authorIds());
        assertEquals(List.of("content/debates/a/index.md:4:11: error: unknown person 'the-editr'"
                + " (did you mean 'the-editor'?)",
                "content/debates/a/index.md:4:22: error: an author must be a person id, not a list"), site.messages());
    }

    @Test
    void reportsResponseByUnknownPersonInTheBody() {
        MiniSite site = site().file("people/james-kirchick.yaml", "name: James Kirchick\n").debate("a",
                "title: A\ndate: 2019-01-28\n", "We asked.\n\n::: response james-kirchik\nNo.\n:::\n");
        Debate debate = site.loadDebate();
        assertEquals(List.of("james-kirchik"), debate.participantIds());
        assertEquals(List.of("content/debates/a/index.md:7:1: error: unknown person 'james-kirchik'"
                + " (did you mean 'james-kirchick'?)"), site.messages());
    }

    @Test
    void givesTheRendererTheBodysFilePosition() {
        MiniSite site = site().debate("a", "title: A\ndate: 2019-01-28\n", "Text.\n\n::: rebuttal x\nNo.\n:::\n");
        site.load();
        assertEquals(1, site.messages().size());
        assertTrue(site.messages().get(0).startsWith("content/debates/a/index.md:7:1: error: "), site.messages().toString());
    }

    @Test
    void doesNotFollowIndexLinkOutOfTheContentFolder() throws IOException {
        MiniSite site = site();
        Path outside = Files.writeString(temp.resolve("outside.md"), "---\ntitle: Secret\ndate: 2019-01-28\n---\n");
        Files.createDirectories(site.path("debates/a"));
        Files.createSymbolicLink(site.path("debates/a/index.md"), outside);
        assertEquals(List.of(), site.load().debates());
        assertEquals(List.of("content/debates/a/index.md:1:1: error: symbolic link 'index.md' points outside the"
                + " content folder"), site.messages());
    }

    @Test
    void doesNotFollowCommentsLinkOutOfTheContentFolder() throws IOException {
        MiniSite site = site().debate("a");
        Path outside = Files.writeString(temp.resolve("outside.yaml"), "comments:\n  - body: secret\n");
        Files.createSymbolicLink(site.path("debates/a/comments.yaml"), outside);
        assertEquals(List.of(), site.loadComments());
        assertEquals(List.of("content/debates/a/comments.yaml:1:1: error: symbolic link 'comments.yaml' points outside"
                + " the content folder"), site.messages());
    }
}
