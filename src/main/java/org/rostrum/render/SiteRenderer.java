package org.rostrum.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rostrum.i18n.Strings;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Person;
import org.rostrum.model.Redirect;
import org.rostrum.model.Site;
import org.rostrum.model.SiteConfig;
import org.rostrum.model.ThreadStats;
import org.rostrum.model.Topic;
import org.rostrum.output.Fingerprint;
import org.rostrum.output.OutputFile;
import org.rostrum.search.SearchDebate;
import org.rostrum.search.SearchDocument;

/**
 * Plans the files of the built site in two groups: the files of each debate
 * ({@link #debateFiles}: its pages, {@code comments.json}, bundle files and redirects), which need
 * its comment thread, and the files of the whole site ({@link #siteFiles}: lists, topics, people,
 * archive, feeds, sitemap, search, static files), which need only the counts of every thread. So
 * the build can read, thread and render one debate at a time and never hold every comment at once.
 *
 * <p>Files are rendered only when the writer asks for their bytes. Template pages of the whole
 * site carry a key (a fingerprint of their view) so that an incremental build renders only those
 * whose view changed. The plan is the same for the same input whatever the order of the file
 * system or the number of threads: output is deterministic. Safe to use from many threads.
 */
public final class SiteRenderer {

    static final int FEED_SIZE = 20;
    /** The files at the site's root when every language is under its own folder. */
    private static final String ROOT_INDEX = "index.html";
    private static final String ROOT_404 = "404.html";

    private final Site site;
    private final Theme theme;
    private final Theme.Assets assets;
    private final ArchiveIndex index;
    private final TemplateRenderer templates;
    private final DebatePages debatePages;
    /** Makes the redirect pages of aliases, which show no lists (so they need no comment counts). */
    private final ListPages redirects;
    private final long neighbourhood;
    private final JsonDocuments json = new JsonDocuments();
    private final SearchDocuments search;
    private final Edition edition;
    /** The renderers of the site's other languages (none for a site in one, and for those renderers). */
    private final List<SiteRenderer> others;
    /** This edition's version of each published debate. */
    private final Map<String, Debate> bySlug;

    /**
     * @param markdown the shared Markdown renderer (for comments)
     * @param theme    where templates and static files come from
     * @param site     what is published: drafts and other debates left out of this build removed
     * @param strings  the interface strings of each language of the site
     */
    public SiteRenderer(MarkdownRenderer markdown, Theme theme, Site site, Function<String, Strings> strings) {
        this(markdown, theme, inFolder(site), Edition.of(site), strings);
    }

    /** {@code site} with the address of its default language's folder, when every language has one. */
    private static Site inFolder(Site site) {
        SiteConfig config = site.config();
        if (!config.everyLanguageInFolder()) {
            return site;
        }
        return new Site(config.forEdition(config.language(), config.baseUrl() + config.language() + "/"),
                site.debates(), site.people(), site.topics(), site.pages(), site.redirects(), site.translations());
    }

    /**
     * The renderer of {@code edition} of {@code site}: when it is the default one, with a renderer of
     * each other edition, whose files it adds under their folders.
     */
    private SiteRenderer(MarkdownRenderer markdown, Theme theme, Site site, Edition edition,
            Function<String, Strings> strings) {
        this.site = site;
        this.theme = theme;
        this.edition = edition;
        Locale locale = Locale.forLanguageTag(site.config().language());
        Formats formats = new Formats(locale, site.config().timezone());
        this.assets = theme.assets(site.config());
        Strings table = strings.apply(edition.language());
        this.index = new ArchiveIndex(site, edition, formats, assets, table);
        this.templates = new TemplateRenderer(theme, locale, site.config().timezone(), table);
        this.debatePages = new DebatePages(index, markdown, json);
        this.redirects = new ListPages(index, new ArchiveIndex.Cards(Map.of()));
        this.search = new SearchDocuments(index, debatePages);
        this.others = edition.isDefault()
                ? edition.others().stream().map(e -> new SiteRenderer(markdown, theme, e.siteOf(site), e, strings)).toList()
                : List.of();
        this.bySlug = new HashMap<>();
        site.debates().forEach(d -> bySlug.put(d.slug(), d));
        long h = neighbourhood(site);
        for (SiteRenderer other : others) {
            h = Fingerprint.mix(h, other.neighbourhood());
        }
        this.neighbourhood = h;
    }

    /**
     * A fingerprint of everything that pages other than a debate's own show of the published
     * debates (their order, titles, dates, topics, summaries, status, participants), not counting
     * comments: when it is unchanged, so is every debate's {@link #context}, and the site's own
     * pages change only if the threads' counts did. Computed once; cheap next to rendering.
     */
    public long neighbourhood() {
        return neighbourhood;
    }

    private static long neighbourhood(Site site) {
        long h = Fingerprint.of("neighbourhood");
        for (Debate d : site.debates()) {
            h = Fingerprint.mix(h, Fingerprint.of(d.slug() + '\u0000' + d.title() + '\u0000' + d.date() + '\u0000'
                    + d.updated() + '\u0000' + d.topics() + '\u0000' + d.summary() + '\u0000' + d.status()
                    + '\u0000' + d.participantIds() + '\u0000' + d.authorIds()
                    + (d.language().isPresent() ? '\u0000' + d.language().get() : "")));
        }
        return h;
    }

    /** What the pages of the published debate {@code d} show of the rest of the archive. */
    public DebateContext context(Debate d) {
        return new DebateContext(index.previous(d).map(index::link), index.next(d).map(index::link),
                index.related(d, 3).stream().map(index::link).toList(), index.topicRefs(d), index.people(d));
    }

    /**
     * The files of one published debate: every part of its thread, {@code comments.json}, its
     * bundle files and the redirects of its aliases. Template failures surface as
     * {@link TemplateFailure} when the bytes are asked for.
     */
    public List<OutputFile> debateFiles(Debate d, CommentThread thread) {
        return debateFiles(d, thread, context(d));
    }

    /**
     * {@link #debateFiles(Debate, CommentThread)} with what the pages show of the rest of the
     * archive given, as the last build knew it: for rebuilding a debate whose comments alone
     * changed with a renderer that was not given the other debates.
     */
    public List<OutputFile> debateFiles(Debate d, CommentThread thread, DebateContext context) {
        List<OutputFile> files = new ArrayList<>();
        for (int n = 1; n <= debatePages.partCount(thread.topLevelCount()); n++) {
            int part = n;
            String template = n == 1 ? "debate.ftlh" : "comments.ftlh";
            files.add(new OutputFile.Generated(Links.commentsPart(d.slug(), n),
                    () -> html(template, debatePages.page(d, thread, part, context))));
        }
        files.add(new OutputFile.Generated(Links.commentsJson(d.slug()), () -> debatePages.commentsJson(d, thread)));
        if (debatePages.partCount(thread.topLevelCount()) > 1) {
            files.add(new OutputFile.Generated(Links.commentParts(d.slug()),
                    () -> debatePages.commentPartsScript(d, thread)));
        }
        for (String file : d.bundleFiles()) {
            files.add(new OutputFile.Copied(Links.debateFolder(d.slug()) + file, d.directory().resolve(file)));
        }
        List<OutputFile> all = new ArrayList<>(prefixed(files));
        for (String alias : d.aliases()) {
            String href = aliasHref(alias);
            all.add(page(href, "alias.ftlh", () -> redirects.alias(d, href)));
        }
        for (SiteRenderer other : others) {
            Debate version = other.bySlug.get(d.slug());
            if (version != null) {
                all.addAll(other.debateFiles(version, thread, other.context(version)));
            }
        }
        return all;
    }

    /** {@code files} under this edition's folder: as they are for an edition at the site's root. */
    private List<OutputFile> prefixed(List<OutputFile> files) {
        String prefix = edition.prefix();
        if (prefix.isEmpty()) {
            return files;
        }
        return files.stream().map(f -> f instanceof OutputFile.Generated g
                ? (OutputFile) new OutputFile.Generated(prefix + g.path(), g.key(), g.content())
                : new OutputFile.Copied(prefix + f.path(), ((OutputFile.Copied) f).source())).toList();
    }

    /**
     * The renderers of the site's other languages, each writing under its own folder
     * ({@link #folder()}); none for a site in one language.
     */
    public List<SiteRenderer> otherEditions() {
        return others;
    }

    /** The language of this renderer's pages: the site's, or the other edition's. */
    public String language() {
        return edition.language();
    }

    /** Where this renderer's files go, relative to the output folder: empty, or {@code de/}. */
    public String folder() {
        return edition.prefix();
    }

    /** The published debates as this renderer's language shows them, in the site's order. */
    public List<Debate> debates() {
        return site.debates();
    }

    /** What the search filters know of the published debate {@code d}. */
    public SearchDebate searchDebate(Debate d) {
        return search.debate(d);
    }

    /**
     * What the search index holds of the published debate {@code d} with its editors' text and
     * thread: the debate, its prompts and responses, and its published comments, in that order.
     */
    public List<SearchDocument> searchDocuments(Debate d, CommentThread thread) {
        return search.documents(d, thread);
    }

    /**
     * The part of {@link #searchDocuments} that comes from the thread: its published comments. Needs
     * nothing of the rest of the archive.
     */
    public List<SearchDocument> searchComments(Debate d, CommentThread thread) {
        return search.comments(d, thread);
    }

    /** What the search index holds of the published pages and their comments, in the site's order. */
    public List<SearchDocument> searchPages() {
        return site.pages().stream().flatMap(p -> search.page(p).stream()).toList();
    }

    /** Where the redirect page of an alias goes: {@code /old/path/} as {@code old/path/index.html}. */
    static String aliasHref(String alias) {
        String path = alias.substring(1);
        return path.endsWith("/") ? path + Links.INDEX : path;
    }

    /**
     * Every file of the site that is not a debate's own, given the counts of every published
     * debate's thread (a debate missing from {@code stats} shows no comments).
     */
    public List<OutputFile> siteFiles(Map<String, ThreadStats> stats) {
        List<OutputFile> all = new ArrayList<>();
        Set<OutputFile> atRoot = rootFiles();
        List<OutputFile> own = ownSiteFiles(stats, atRoot);
        own.forEach(f -> all.add(atRoot.contains(f) ? f : prefixed(List.of(f)).get(0)));
        others.forEach(o -> all.addAll(o.siteFiles(stats)));
        return all;
    }

    /** {@link #siteFiles} of this edition alone, relative to its folder. */
    private List<OutputFile> ownSiteFiles(Map<String, ThreadStats> stats, Set<OutputFile> atRoot) {
        List<OutputFile> files = new ArrayList<>();
        ListPages lists = new ListPages(index, index.cards(stats));
        Sitemap sitemap = new Sitemap();
        String base = index.view.baseUrl();
        assets.staticFiles().forEach((path, source) -> files.add(path.endsWith(".css")
                ? new OutputFile.Generated("static/" + path, () -> CompactCss.of(source))
                : path.endsWith(".js") ? new OutputFile.Generated("static/" + path, () -> CompactJs.of(source))
                : new OutputFile.Copied("static/" + path, source)));
        assets.contentLogo().ifPresent(logo -> files.add(new OutputFile.Copied(assets.logoHref().orElseThrow(), logo)));
        for (int n = 1; n <= lists.homePageCount(); n++) {
            int page = n;
            files.add(page(Links.home(n), "index.ftlh", () -> lists.home(page)));
            sitemap.add(Links.absolute(base, Links.home(n)), n == 1 ? newest() : Optional.empty());
        }
        for (Debate d : site.debates()) {
            Optional<String> lastmod = Optional.of(Formats.rfc3339(d.lastModified()));
            int parts = debatePages.partCount(stats.getOrDefault(d.slug(), ThreadStats.NONE).topLevel());
            for (int n = 1; n <= parts; n++) {
                sitemap.add(Links.absolute(base, Links.commentsPart(d.slug(), n)), lastmod);
            }
        }
        files.add(page(Links.topics(), "topics.ftlh", lists::topics));
        sitemap.add(Links.absolute(base, Links.topics()), Optional.empty());
        for (Topic t : lists.publishedTopics()) {
            for (int n = 1; n <= lists.topicPageCount(t); n++) {
                int page = n;
                files.add(page(Links.topic(t.slug(), n), "topic.ftlh", () -> lists.topic(t, page)));
                sitemap.add(Links.absolute(base, Links.topic(t.slug(), n)), Optional.empty());
            }
            List<Debate> latest = index.debatesWithTopic(t.slug());
            files.add(page(Links.topicFeed(t.slug()), "feed.ftlx", () -> feed(index.strings.text("topic.feed.title", t.name(), index.view.title()),
                    Links.topicFeed(t.slug()), Links.topic(t.slug(), 1), latest)));
        }
        files.add(page(Links.people(), "people.ftlh", lists::people));
        sitemap.add(Links.absolute(base, Links.people()), Optional.empty());
        for (Person p : site.people()) {
            files.add(page(Links.person(p.id()), "person.ftlh", () -> lists.person(p)));
            sitemap.add(Links.absolute(base, Links.person(p.id())), Optional.empty());
            p.photo().ifPresent(photo -> files.add(new OutputFile.Copied(Links.personPhoto(photo),
                    p.position().file().resolveSibling(photo))));
        }
        files.add(page(Links.archive(), "archive.ftlh", lists::archive));
        sitemap.add(Links.absolute(base, Links.archive()), Optional.empty());
        for (int year : index.debatesByYear().keySet()) {
            files.add(page(Links.year(year), "year.ftlh", () -> lists.year(year)));
            sitemap.add(Links.absolute(base, Links.year(year)), Optional.empty());
        }
        for (Page p : site.pages()) {
            files.add(page(Links.page(p.slug()), "page.ftlh",
                    () -> lists.standalone(p, debatePages.wholeThread(p.thread()))));
            for (String file : p.files()) {
                files.add(new OutputFile.Copied(p.slug() + "/" + file, p.filesFolder().resolve(file)));
            }
            sitemap.add(Links.absolute(base, Links.page(p.slug())), Optional.empty());
        }
        files.add(page(Links.search(), "search.ftlh", lists::search));
        List<DebateCard> cards = lists.cardsOf(site.debates());
        files.add(new OutputFile.Generated("search-index.json", () -> json.searchIndex(cards)));
        files.add(page("404.html", "404.ftlh", lists::notFound));
        if (!edition.prefix().isEmpty() && edition.isDefault()) {
            // Servers look for the page of a missing address at the root; its links work at any depth.
            atRoot(files, atRoot, page(ROOT_404, "404.ftlh", lists::notFound));
            atRoot(files, atRoot, page(ROOT_INDEX, "alias.ftlh", redirects::languageRoot));
        }
        files.add(page("feed.xml", "feed.ftlx",
                () -> feed(index.view.title(), "feed.xml", Links.home(1), site.debates())));
        for (Sitemap.Part part : sitemap.files(base)) {
            files.add(new OutputFile.Generated(part.path(), part::content));
        }
        for (Page p : site.pages()) {
            for (String alias : p.aliases()) {
                String href = aliasHref(alias);
                atRoot(files, atRoot, page(href, "alias.ftlh", () -> redirects.redirect("/" + p.slug() + "/", href)));
            }
        }
        for (Redirect r : site.redirects()) {
            String href = aliasHref(r.from());
            atRoot(files, atRoot, page(href, "alias.ftlh", () -> redirects.redirect(r.to(), href)));
        }
        List<RedirectMaps.Redirect> redirects = redirects();
        if (!redirects.isEmpty()) {
            RedirectMaps maps = new RedirectMaps(edition.siteUrl(), redirects);
            atRoot(files, atRoot, new OutputFile.Generated(RedirectMaps.NETLIFY, () -> utf8(maps.netlify())));
            atRoot(files, atRoot, new OutputFile.Generated(RedirectMaps.NGINX, () -> utf8(maps.nginx())));
            atRoot(files, atRoot, new OutputFile.Generated(RedirectMaps.APACHE, () -> utf8(maps.apache())));
        }
        if (edition.isDefault()) {
            StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n");
            others.forEach(o -> robots.append("Sitemap: ").append(o.index.view.baseUrl()).append("sitemap.xml\n"));
            atRoot(files, atRoot, new OutputFile.Generated("robots.txt", () -> utf8(robots.toString())));
        }
        return files;
    }

    /**
     * Every alias of the published debates, in the order of the debates, to the debate's folder,
     * then the site's own redirects.
     */
    private List<RedirectMaps.Redirect> redirects() {
        List<RedirectMaps.Redirect> redirects = new ArrayList<>();
        String prefix = edition.prefix();
        for (Debate d : site.debates()) {
            d.aliases().forEach(a -> redirects.add(new RedirectMaps.Redirect(a, prefix + Links.debateFolder(d.slug()))));
        }
        site.pages().forEach(p -> p.aliases().forEach(a -> redirects.add(
                new RedirectMaps.Redirect(a, prefix + p.slug() + "/"))));
        site.redirects().forEach(r -> redirects.add(new RedirectMaps.Redirect(r.from(), prefix + r.to().substring(1))));
        return redirects;
    }

    /** Adds {@code file} to {@code files}, marked as one of the site's root. */
    private static void atRoot(List<OutputFile> files, Set<OutputFile> atRoot, OutputFile file) {
        files.add(file);
        atRoot.add(file);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Every path that {@link #siteFiles} and {@link #debateFiles} write, except the further parts of
     * long threads (which depend on the threads): for checking that aliases and pages do not
     * collide before anything is rendered. Each path maps to the content file that claims it: a
     * debate's {@code index.md}, a page, a person, or for a topic's files the first debate (in path
     * order) filed under it; the rest of the site's own files map to nothing.
     */
    public List<PlannedPath> plannedPaths() {
        String prefix = edition.prefix();
        List<PlannedPath> owned = new ArrayList<>();
        for (Redirect r : site.redirects()) {
            owned.add(new PlannedPath(aliasHref(r.from()), Optional.of(r.position().file())));
        }
        for (Page p : site.pages()) {
            owned.add(new PlannedPath(prefix + Links.page(p.slug()), Optional.of(p.position().file())));
            for (String alias : p.aliases()) {
                owned.add(new PlannedPath(aliasHref(alias), Optional.of(p.position().file())));
            }
        }
        for (Person p : site.people()) {
            Optional<Path> owner = Optional.of(p.position().file());
            owned.add(new PlannedPath(prefix + Links.person(p.id()), owner));
            p.photo().ifPresent(photo -> owned.add(new PlannedPath(prefix + Links.personPhoto(photo), owner)));
        }
        ListPages lists = new ListPages(index, index.cards(Map.of()));
        for (Topic t : lists.publishedTopics()) {
            Optional<Path> owner = index.debatesWithTopic(t.slug()).stream().map(d -> d.position().file())
                    .min(Comparator.comparing(Path::toString));
            for (int n = 1; n <= lists.topicPageCount(t); n++) {
                owned.add(new PlannedPath(prefix + Links.topic(t.slug(), n), owner));
            }
            owned.add(new PlannedPath(prefix + Links.topicFeed(t.slug()), owner));
        }
        Set<OutputFile> atRoot = rootFiles();
        List<String> siteOwn = new ArrayList<>(ownSiteFiles(Map.of(), atRoot).stream()
                .map(f -> atRoot.contains(f) ? f.path() : prefix + f.path()).toList());
        // Each owned path is one of the site's files: take that one claim out, keeping any other claim.
        owned.forEach(p -> siteOwn.remove(p.path()));
        List<PlannedPath> all = new ArrayList<>();
        siteOwn.forEach(path -> all.add(new PlannedPath(path, Optional.empty())));
        all.addAll(owned);
        for (Debate d : site.debates()) {
            Optional<Path> owner = Optional.of(d.position().file());
            all.add(new PlannedPath(prefix + Links.debate(d.slug()), owner));
            all.add(new PlannedPath(prefix + Links.commentsJson(d.slug()), owner));
            d.bundleFiles().forEach(f -> all.add(new PlannedPath(prefix + Links.debateFolder(d.slug()) + f, owner)));
            d.aliases().forEach(a -> all.add(new PlannedPath(aliasHref(a), owner)));
        }
        others.forEach(o -> all.addAll(o.plannedPaths()));
        return all;
    }

    /** A set for the files of {@link #ownSiteFiles} that go to the site's root, not this edition's folder. */
    private static Set<OutputFile> rootFiles() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * A path the build writes, and the content file that makes it, when it is not the site's own.
     *
     * @param path  relative to the output folder
     * @param owner the debate's {@code index.md} or the page's file
     */
    public record PlannedPath(String path, Optional<Path> owner) {
    }

    private OutputFile page(String path, String template, Supplier<Object> view) {
        ViewOnce once = new ViewOnce(view);
        return new OutputFile.Generated(path, () -> Fingerprint.mix(Fingerprint.of(template),
                Fingerprint.of(once.get().toString())), () -> html(template, once.take()));
    }

    private byte[] html(String template, Object view) {
        return templates.render(template, view);
    }

    /** A view built at most once, for the key and then the page; let go once the page is rendered. */
    private static final class ViewOnce {
        private Supplier<Object> supplier;
        private Object view;

        ViewOnce(Supplier<Object> supplier) {
            this.supplier = supplier;
        }

        synchronized Object get() {
            if (view == null) {
                view = supplier.get();
                supplier = null;
            }
            return view;
        }

        /** The view, for rendering the page: forgotten after, since the page is rendered once. */
        synchronized Object take() {
            Object v = get();
            view = null;
            return v;
        }
    }

    private Optional<String> newest() {
        return site.debates().stream().map(Debate::lastModified).max(Comparable::compareTo).map(Formats::rfc3339);
    }

    private FeedPage feed(String title, String selfHref, String homeHref, List<Debate> debates) {
        List<Debate> latest = debates.subList(0, Math.min(FEED_SIZE, debates.size()));
        List<FeedEntry> entries = latest.stream()
                .map(d -> new FeedEntry(d.title(), Links.absolute(index.view.baseUrl(), Links.debate(d.slug())),
                        d.guid().orElse(Links.absolute(index.view.baseUrl(), Links.debate(d.slug()))),
                        Formats.rfc3339(d.date()), Formats.rfc3339(d.lastModified()), d.summary(),
                        d.topics(), index.participants(d).stream().map(PersonRef::name).toList()))
                .toList();
        String updated = latest.stream().map(Debate::lastModified).max(Comparable::compareTo)
                .map(Formats::rfc3339).orElse("1970-01-01T00:00:00Z");
        return new FeedPage(index.view, title, Links.absolute(index.view.baseUrl(), selfHref),
                Links.absolute(index.view.baseUrl(), homeHref), updated, entries);
    }
}
