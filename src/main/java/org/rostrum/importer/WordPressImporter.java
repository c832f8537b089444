package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.importer.ImportReport.Format;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.importer.WxrReader.Item;
import org.rostrum.layout.Layout;
import org.rostrum.model.Timestamp;
import org.rostrum.source.CommentDraft;
import org.rostrum.source.ContentWriter;
import org.rostrum.source.DebateDraft;
import org.rostrum.source.PageDraft;
import org.rostrum.source.SiteDraft;

/**
 * Imports a WordPress export (WXR 1.0 to 1.2) into a content folder.
 *
 * <p>Each published post becomes {@code debates/<slug>/index.md} (title, date from
 * {@code wp:post_date_gmt} in UTC, topics from its categories and tags, summary from its excerpt,
 * its old permalink path as an alias, the body converted to Markdown) with its comments in
 * {@code debates/<slug>/comments.yaml}; each published page becomes {@code pages/<slug>.md}.
 * When the content folder has no {@code site.yaml}, one is written from the blog's name, address,
 * description and language, so that the result builds at once; an existing one is never touched.
 * Password-protected, private, draft, pending, scheduled and trashed posts and pages are skipped,
 * as are menu items and other item types. Attachments are read first ({@link Attachments}) and are
 * the media of the posts: {@link PostMedia} expands shortcodes, copies the files a post shows next to
 * its debate (from where {@link MediaOptions} says) and makes the featured image the debate's image.
 * Comment ids are {@code wp-<comment_id>}.
 * See {@link ThreadPlanner} for which comments are written and in what order. E-mail and IP
 * addresses are never read; logins and user ids are read only to match posts and comments to the
 * blog's authors ({@link BlogAuthors}) and never written. The blog's other old addresses go to
 * {@code redirects.yaml} ({@link OldAddresses}); pages keep the folders of their old path
 * ({@link PageFolders}).
 *
 * <p>Memory: the export is read with StAX one {@code <item>} at a time (its comments are inside it),
 * so memory is bounded by the largest single post with its comments, plus the set of slugs and
 * aliases handed out. (An export of 4,000 posts with 100,000 comments, 88 MB, imports in a 48 MB
 * heap.)
 *
 * <p>Repeatable: slugs and aliases depend only on the export, never on what is on disk, so
 * importing the same export again gives the same files. A debate folder or page that already exists
 * is left alone unless {@code force} is given, in which case its {@code index.md} (or page file)
 * and {@code comments.yaml} are replaced and its other files kept. Nothing is written outside
 * {@code into}: every file name is a checked slug.
 *
 * <p>Problems in the export are reported to the diagnostics with their {@code export.xml:line:column}
 * position; no exception escapes for bad input. A run is not thread-safe; one instance can run
 * several imports one after the other.
 */
public final class WordPressImporter {

    /** Page slugs that would collide with the site's own sections. */
    private static final Set<String> RESERVED_PAGES = Set.of("debates", "topics", "people", "archive", "search",
            "page", "static", "comments");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final ContentWriter writer = new ContentWriter();
    private final HtmlToMarkdown html = new HtmlToMarkdown();
    private final TopicTerms topicTerms;
    private final MediaOptions media;

    /** An importer that makes topics of categories only and leaves every media link as it is (and reports it). */
    public WordPressImporter() {
        this(TopicTerms.CATEGORIES, MediaOptions.none());
    }

    /** @param topicTerms which terms become topics ({@code --topics}) */
    public WordPressImporter(TopicTerms topicTerms) {
        this(topicTerms, MediaOptions.none());
    }

    /** An importer that copies media from where {@code media} says. */
    public WordPressImporter(MediaOptions media) {
        this(TopicTerms.CATEGORIES, media);
    }

    /**
     * @param topicTerms which terms become topics ({@code --topics})
     * @param media      where media are copied from
     */
    public WordPressImporter(TopicTerms topicTerms, MediaOptions media) {
        this.topicTerms = topicTerms;
        this.media = media;
    }

    /**
     * Imports {@code export} into the content folder {@code into}.
     *
     * @param force replace debates and pages that already exist instead of skipping them
     * @return what was read and where it went; its numbers add up even when reading stopped at an error
     */
    public ImportReport run(Path export, Path into, boolean force, Diagnostics diagnostics) {
        Optional<String> unreadable = XmlInput.whyUnreadable(export);
        if (unreadable.isPresent()) {
            diagnostics.error(SourcePosition.startOf(export), "cannot read the export: " + unreadable.get());
            Tally unread = new Tally(Format.WORDPRESS);
            unread.add(Outcome.EXPORT_UNREAD);
            return unread.report();
        }
        Attachments attachments = Attachments.read(export);
        try (MediaCopier copier = new MediaCopier(media, attachments)) {
            Run run = new Run(into, force, diagnostics, new PostMedia(html, attachments, copier));
            run.survey(ExportSurvey.read(export));
            read(export, run, diagnostics);
            run.topicNames.count(run.tally);
            return run.tally.report();
        }
    }

    private static void read(Path export, Run run, Diagnostics diagnostics) {
        try (WxrReader reader = WxrReader.open(export, diagnostics)) {
            Optional<Item> item;
            while ((item = reader.nextItem()).isPresent()) {
                run.writeSiteOnce(reader);
                run.tally.itemRead();
                run.tally.commentsRead(item.get().comments().size());
                run.postMedia.blogUrl(reader.blogUrl());
                run.authors.learn(reader.authors());
                run.importItem(item.get(), reader.blogUrl());
            }
            run.writeSiteOnce(reader);
            run.writeWaitingTranslations(reader.blogUrl());
            run.writeOldAddresses();
        } catch (XMLStreamException e) {
            diagnostics.error(XmlInput.positionOf(export, e), XmlInput.describe(e)
                    + "; the export was not read past this point");
            run.tally.add(Outcome.EXPORT_UNREAD);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(export), "cannot read the export: " + e.getMessage());
            run.tally.add(Outcome.EXPORT_UNREAD);
        }
    }

    /** The state of one import. */
    private final class Run {
        private final Path into;
        private final boolean force;
        private final Diagnostics diagnostics;
        private final PostMedia postMedia;
        private final Tally tally = new Tally(Format.WORDPRESS);
        private final Slugs debateSlugs = new Slugs(Set.of());
        private final Slugs pageSlugs = new Slugs(RESERVED_PAGES);
        private final Map<String, String> aliasOwners = new HashMap<>();
        private final OldAddresses oldAddresses = new OldAddresses();
        private final BlogAuthors authors = new BlogAuthors();
        private boolean siteDone;
        private TopicNames topicNames = TopicNames.of(List.of(), topicTerms);
        private SiteSettings settings = SiteSettings.of(Optional.empty(), "");
        private TranslationGroups translations = TranslationGroups.NONE;
        /** The debate folder of each original post of a translation group written so far, by post id. */
        private final Map<String, String> originals = new HashMap<>();
        /** Translations read before their original: written once the export is read. */
        private final List<Item> waiting = new ArrayList<>();

        Run(Path into, boolean force, Diagnostics diagnostics, PostMedia postMedia) {
            this.into = into;
            this.force = force;
            this.diagnostics = diagnostics;
            this.postMedia = postMedia;
        }

        void survey(ExportSurvey survey) {
            topicNames = TopicNames.of(survey.terms(), topicTerms, ExistingTopics.read(into, writer, diagnostics));
            settings = SiteSettings.of(SiteZone.of(survey.offsets()), survey.language());
            translations = TranslationGroups.of(survey.languagePosts(), survey.language());
        }

        /**
         * Writes {@code site.yaml} from the channel (which comes before the items) when the content
         * folder has none, so that the import builds at once. An existing one is never touched.
         */
        void writeSiteOnce(WxrReader reader) {
            if (siteDone || !reader.isWordPress()) {
                return;
            }
            siteDone = true;
            postMedia.siteAddress(into, reader.blogUrl());
            Path file = into.resolve("site.yaml");
            if (Files.exists(file)) {
                settings.reportIfDifferent(file, diagnostics);
                if (translations.multilingual()) {
                    diagnostics.warning(SourcePosition.startOf(file), "the export has posts in "
                            + String.join(", ", translations.languages()) + ": site.yaml needs languages: ["
                            + String.join(", ", translations.languages()) + "]");
                }
                return;
            }
            String baseUrl = reader.blogUrl().endsWith("/") ? reader.blogUrl() : reader.blogUrl() + "/";
            if (WordPressComments.webAddress(baseUrl).isEmpty()) {
                diagnostics.warning(SourcePosition.startOf(file), "no site.yaml written: the export gives no "
                        + "http(s) address for the blog ('" + reader.blogUrl() + "')");
                return;
            }
            String title = HtmlToMarkdown.decodeEntities(reader.title()).strip();
            String description = HtmlToMarkdown.decodeEntities(reader.description()).strip();
            String language = reader.language().strip();
            Optional<String> siteLanguage = translations.multilingual() ? Optional.of(translations.languages().get(0))
                    : LANGUAGE.matcher(language).matches() ? Optional.of(language) : Optional.empty();
            SiteDraft site = new SiteDraft(title.isEmpty() ? "Archive" : title, baseUrl,
                    description.isEmpty() ? Optional.empty() : Optional.of(description), siteLanguage,
                    settings.zone().map(ZoneId::getId),
                    translations.multilingual() ? translations.languages() : List.of());
            try {
                writer.writeSite(file, site);
                tally.add(Outcome.SITE_WRITTEN);
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(file), "cannot write site.yaml: " + e.getMessage());
            }
        }

        /** Adds the blog's other old addresses to {@code redirects.yaml} (see {@link OldAddresses}). */
        void writeOldAddresses() {
            try {
                tally.add(Outcome.AUTHORS_WRITTEN, authors.write(into, writer, oldAddresses));
                OldAddresses.Added added = oldAddresses.write(into, path -> aliasOwners.containsKey(path)
                        || (path.matches("/[^/]+/") && Files.exists(into.resolve("pages").resolve(
                                path.substring(1, path.length() - 1) + ".md"))));
                tally.add(Outcome.REDIRECTS_WRITTEN, added.redirects());
                tally.add(Outcome.TAG_SEARCHES_WRITTEN, added.tagSearches());
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(into.resolve(OldAddresses.FILE)),
                        "cannot write " + OldAddresses.FILE + ": " + e.getMessage());
            }
        }

        void importItem(Item item, String blogUrl) {
            Optional<Outcome> skip = skipReason(item);
            if (skip.isPresent()) {
                skipWithComments(skip.get(), item);
            } else if (item.postType().equals("page")) {
                importPage(item, blogUrl);
            } else {
                importPost(item, blogUrl);
            }
        }

        private void importPost(Item item, String blogUrl) {
            Optional<String> original = translations.originalOf(item.postId());
            if (original.isPresent() && originals.containsKey(original.get())) {
                importTranslation(item, originals.get(original.get()));
            } else if (original.isPresent()) {
                waiting.add(item);
            } else {
                importDebate(item, blogUrl);
            }
        }

        /**
         * Writes the translations whose original came after them in the export; one whose original
         * was not imported becomes a debate of its own, in its language.
         */
        void writeWaitingTranslations(String blogUrl) {
            for (Item item : waiting) {
                Optional<String> folder = translations.originalOf(item.postId()).map(originals::get);
                if (folder.isPresent()) {
                    importTranslation(item, folder.get());
                } else {
                    importDebate(item, blogUrl);
                }
            }
            waiting.clear();
        }

        /**
         * Writes {@code debates/<slug>/index.<language>.md} from a post that translates the debate
         * {@code slug}, and merges its comments into the debate's thread, each marked with its language.
         */
        private void importTranslation(Item item, String slug) {
            String language = translations.languageOf(item.postId()).orElseThrow();
            Path folder = into.resolve("debates").resolve(slug);
            if (Files.exists(folder.resolve("index." + language + ".md")) && !force) {
                skipWithComments(Outcome.ITEM_EXISTS, item);
                return;
            }
            List<ExportedComment> comments = WordPressComments.read(item.comments(), diagnostics);
            PostMedia.Converted body = postMedia.convertPost(item, slug);
            ThreadPlanner.Plan plan = ThreadPlanner.plan(comments, "wp-", body::comment, diagnostics);
            List<CommentDraft> drafts = authors.markStaff(item.comments(), plan.comments()).stream()
                    .map(c -> c.inLanguage(language)).toList();
            Set<String> ids = new HashSet<>();
            drafts.forEach(c -> c.id().ifPresent(ids::add));
            try {
                body.copyInto(folder);
                writer.writeDebateTranslation(folder, language, title(item), summary(item), body.markdown());
                if (!writer.mergeComments(folder.resolve("comments.yaml"), ids::contains, drafts, diagnostics)) {
                    skipWithComments(Outcome.ITEM_ERROR, item);
                    return;
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(folder), "cannot write the translation: " + e.getMessage());
                skipWithComments(Outcome.ITEM_ERROR, item);
                return;
            }
            tally.add(Outcome.TRANSLATION_WRITTEN);
            body.count(tally);
            tally.add(Outcome.COMMENT_ERROR, item.comments().size() - comments.size());
            plan.counts().forEach(tally::add);
        }

        private void importDebate(Item item, String blogUrl) {
            String slug = debateSlugs.allocate(item.postName(), item.title(), "post-" + item.postId());
            Optional<String> alias = alias(item, blogUrl, slug);
            Path folder = into.resolve("debates").resolve(slug);
            Optional<Timestamp> date = postDate(item);
            if (date.isEmpty()) {
                diagnostics.error(item.position(), "post " + item.postId() + " has no valid date: wp:post_date_gmt is '"
                        + item.postDateGmt() + "' and pubDate is '" + item.pubDate() + "'");
                skipWithComments(Outcome.ITEM_ERROR, item);
                return;
            }
            originals.put(item.postId(), slug);
            if (Files.exists(folder) && !force) {
                skipWithComments(Outcome.ITEM_EXISTS, item);
                return;
            }
            List<ExportedComment> comments = WordPressComments.read(item.comments(), diagnostics);
            PostMedia.Converted body = postMedia.convertPost(item, slug);
            ThreadPlanner.Plan plan = ThreadPlanner.plan(comments, "wp-", body::comment, diagnostics);
            Optional<Attachments.Attachment> image = body.featuredImage();
            DebateDraft debate = new DebateDraft(title(item), date.get(), Optional.empty(), topics(item),
                    summary(item), body.featuredFile(), image.map(Attachments.Attachment::alt).filter(a -> !a.isEmpty()),
                    image.map(Attachments.Attachment::caption).filter(c -> !c.isEmpty()), Optional.empty(), false,
                    alias.stream().toList(), body.markdown(), guid(item), authors.personOf(item.creator()).stream().toList(),
                    translations.ownLanguageOf(item.postId()));
            Optional<String> commentLanguage = translations.multilingual() ? translations.languageOf(item.postId())
                    : Optional.empty();
            try {
                body.copyInto(folder);
                writer.writeDebate(folder, debate);
                Path commentsFile = folder.resolve("comments.yaml");
                if (plan.comments().isEmpty()) {
                    Files.deleteIfExists(commentsFile);
                } else {
                    writer.writeComments(commentsFile, authors.markStaff(item.comments(), plan.comments()).stream()
                            .map(c -> commentLanguage.map(c::inLanguage).orElse(c)).toList());
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(folder), "cannot write the debate: " + e.getMessage());
                skipWithComments(Outcome.ITEM_ERROR, item);
                return;
            }
            tally.add(Outcome.DEBATE_WRITTEN);
            body.count(tally);
            oldAddresses.post(slug, alias, item.terms(), debate.topics(), date.get());
            tally.add(Outcome.COMMENT_ERROR, item.comments().size() - comments.size());
            plan.counts().forEach(tally::add);
        }

        private void importPage(Item item, String blogUrl) {
            Optional<String> oldPath = Aliases.pathUnder(item.link(), blogUrl);
            String slug = PageFolders.of(oldPath, RESERVED_PAGES)
                    + pageSlugs.allocate(item.postName(), item.title(), "page-" + item.postId());
            Path file = into.resolve("pages").resolve(slug + ".md");
            // The page's own address is taken: no later page or post may keep it as an old address.
            aliasOwners.putIfAbsent(Layout.url(Layout.page(slug)), slug);
            List<String> aliases = oldPath.filter(p -> !p.equals(Layout.url(Layout.page(slug))) && !Aliases.builtBySite(p)
                    && aliasOwners.putIfAbsent(p, slug) == null).stream().toList();
            if (Files.exists(file) && !force) {
                skipWithComments(Outcome.ITEM_EXISTS, item);
                return;
            }
            List<ExportedComment> comments = WordPressComments.read(item.comments(), diagnostics);
            PostMedia.Converted body = postMedia.convertPage(item, slug);
            ThreadPlanner.Plan plan = ThreadPlanner.plan(comments, "wp-", body::comment, diagnostics);
            try {
                Files.createDirectories(file.getParent());
                body.copyInto(file.resolveSibling(slug.substring(slug.lastIndexOf('/') + 1) + ".files"));
                writer.writePage(file, new PageDraft(title(item), summary(item), false, body.markdown(), aliases));
                Path commentsFile = file.resolveSibling(slug.substring(slug.lastIndexOf('/') + 1)
                        + ".comments.yaml");
                if (plan.comments().isEmpty()) {
                    Files.deleteIfExists(commentsFile);
                } else {
                    writer.writeComments(commentsFile, authors.markStaff(item.comments(), plan.comments()));
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(file), "cannot write the page: " + e.getMessage());
                skipWithComments(Outcome.ITEM_ERROR, item);
                return;
            }
            tally.add(Outcome.PAGE_WRITTEN);
            body.count(tally);
            tally.add(Outcome.COMMENT_ERROR, item.comments().size() - comments.size());
            plan.counts().forEach(tally::add);
        }

        private void skipWithComments(Outcome outcome, Item item) {
            tally.add(outcome);
            tally.add(Outcome.COMMENT_POST_SKIPPED, item.comments().size());
        }

        private String title(Item item) {
            String title = HtmlToMarkdown.decodeEntities(item.title()).replaceAll("\\s+", " ").strip();
            if (title.isEmpty()) {
                diagnostics.warning(item.position(), item.postType() + " " + item.postId()
                        + " has no title; it is imported as 'Untitled'");
                return "Untitled";
            }
            return title;
        }

        private List<String> topics(Item item) {
            return topicNames.topicsOf(item.terms());
        }

        private Optional<String> summary(Item item) {
            String text = HtmlToMarkdown.plainText(item.excerpt());
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        /** The permalink's path under the blog's address, when it is a path that a redirect page can serve. */
        private Optional<String> alias(Item item, String blogUrl, String slug) {
            Optional<String> path = Aliases.pathUnder(item.link(), blogUrl);
            if (path.isEmpty() || path.get().equals(Layout.url(Layout.debate(slug)))) {
                return Optional.empty();
            }
            if (Aliases.builtBySite(path.get())) {
                diagnostics.warning(item.position(), "the old address " + path.get()
                        + " is a page of the new site; not kept as an alias of '" + slug + "'");
                return Optional.empty();
            }
            String owner = aliasOwners.putIfAbsent(path.get(), slug);
            if (owner != null) {
                diagnostics.warning(item.position(), "the old address " + path.get() + " is already an alias of '"
                        + owner + "'; not added to '" + slug + "'");
                return Optional.empty();
            }
            return path;
        }
    }

    /** Why an item is not imported; empty for a published post or page. */
    private static Optional<Outcome> skipReason(Item item) {
        if (item.postType().equals("attachment")) {
            return Optional.of(Outcome.ITEM_ATTACHMENT);
        }
        if (!item.postType().equals("post") && !item.postType().equals("page")) {
            return Optional.of(Outcome.ITEM_OTHER_TYPE);
        }
        if (!item.password().isEmpty()) {
            return Optional.of(Outcome.ITEM_PASSWORD);
        }
        return switch (item.status()) {
            case "publish" -> Optional.empty();
            case "private" -> Optional.of(Outcome.ITEM_PRIVATE);
            case "trash" -> Optional.of(Outcome.ITEM_TRASH);
            default -> Optional.of(Outcome.ITEM_UNPUBLISHED); // draft, auto-draft, pending, future
        };
    }

    /** The post's {@code <guid>}, kept as the Atom id of its feed entries when it is an absolute URI. */
    private static Optional<String> guid(Item item) {
        return item.guid().matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+") ? Optional.of(item.guid())
                : Optional.empty();
    }

    /** {@code wp:post_date_gmt}, or the RSS {@code pubDate} when WordPress left the former empty. */
    private static Optional<Timestamp> postDate(Item item) {
        Optional<Timestamp> gmt = WordPressComments.utc(item.postDateGmt());
        if (gmt.isPresent()) {
            return gmt;
        }
        try {
            ZonedDateTime published = ZonedDateTime.parse(item.pubDate(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new Timestamp(published.withZoneSameInstant(ZoneOffset.UTC), false));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
