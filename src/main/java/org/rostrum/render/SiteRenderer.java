package org.rostrum.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Archive;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Person;
import org.rostrum.model.Topic;
import org.rostrum.output.OutputFile;

/**
 * Plans every file of the built site (DESIGN section 3) from an {@link Archive}. Pages are rendered
 * only when the writer asks for their bytes, so the plan of a large archive is small and the writer
 * can render and write in parallel.
 *
 * <p>The plan is the same for the same archive, whatever the order of the file system or the
 * number of threads: output is deterministic.
 */
public final class SiteRenderer {

    static final int FEED_SIZE = 20;

    private final MarkdownRenderer markdown;
    private final Theme theme;
    private final JsonDocuments json = new JsonDocuments();

    public SiteRenderer(MarkdownRenderer markdown, Theme theme) {
        this.markdown = markdown;
        this.theme = theme;
    }

    /**
     * Every output file of {@code archive}. Two files planned for the same path (an alias that
     * names an existing page, say) and symbolic links out of the templates folder are reported to
     * {@code diagnostics}. Generated files throw
     * {@link TemplateFailure} when their template fails.
     */
    public List<OutputFile> plan(Archive archive, Diagnostics diagnostics) {
        Locale locale = Locale.forLanguageTag(archive.config().language());
        Formats formats = new Formats(locale, archive.config().timezone());
        ArchiveIndex index = new ArchiveIndex(archive, formats);
        TemplateRenderer templates = new TemplateRenderer(theme, locale, archive.config().timezone());
        Plan plan = new Plan(templates, diagnostics);
        ListPages lists = new ListPages(index);
        DebatePages debates = new DebatePages(index, markdown, json);
        Sitemap sitemap = new Sitemap();
        String base = index.site.baseUrl();

        theme.reportLinksOutside(diagnostics);
        theme.staticFiles().forEach((path, source) -> plan.copy("static/" + path, source, null));
        for (int n = 1; n <= lists.homePageCount(); n++) {
            int page = n;
            plan.page(Links.home(n), "index.ftlh", () -> lists.home(page), null);
            sitemap.add(Links.absolute(base, Links.home(n)), n == 1 ? newest(archive) : Optional.empty());
        }
        for (Debate d : archive.debates()) {
            planDebate(d, debates, lists, plan, sitemap, base);
        }
        plan.page(Links.topics(), "topics.ftlh", lists::topics, null);
        sitemap.add(Links.absolute(base, Links.topics()), Optional.empty());
        for (Topic t : lists.publishedTopics()) {
            for (int n = 1; n <= lists.topicPageCount(t); n++) {
                int page = n;
                plan.page(Links.topic(t.slug(), n), "topic.ftlh", () -> lists.topic(t, page), null);
                sitemap.add(Links.absolute(base, Links.topic(t.slug(), n)), Optional.empty());
            }
            List<Debate> latest = index.debatesWithTopic(t.slug());
            plan.page(Links.topicFeed(t.slug()), "feed.ftlx",
                    () -> feed(index, t.name() + " – " + index.site.title(), Links.topicFeed(t.slug()),
                            Links.topic(t.slug(), 1), latest), null);
        }
        plan.page(Links.people(), "people.ftlh", lists::people, null);
        sitemap.add(Links.absolute(base, Links.people()), Optional.empty());
        for (Person p : archive.site().people()) {
            plan.page(Links.person(p.id()), "person.ftlh", () -> lists.person(p), p.position());
            sitemap.add(Links.absolute(base, Links.person(p.id())), Optional.empty());
            p.photo().ifPresent(photo -> plan.copy(Links.personPhoto(photo),
                    p.position().file().resolveSibling(photo), p.position()));
        }
        plan.page(Links.archive(), "archive.ftlh", lists::archive, null);
        sitemap.add(Links.absolute(base, Links.archive()), Optional.empty());
        for (int year : index.debatesByYear().keySet()) {
            plan.page(Links.year(year), "year.ftlh", () -> lists.year(year), null);
            sitemap.add(Links.absolute(base, Links.year(year)), Optional.empty());
        }
        for (Page p : archive.site().pages()) {
            plan.page(Links.page(p.slug()), "page.ftlh", () -> lists.standalone(p), p.position());
            sitemap.add(Links.absolute(base, Links.page(p.slug())), Optional.empty());
        }
        plan.page(Links.search(), "search.ftlh", lists::search, null);
        plan.bytes("search-index.json", () -> json.searchIndex(index.cards(archive.debates())), null);
        plan.bytes("search-index.js", () -> searchScript(json.searchIndex(index.cards(archive.debates()))), null);
        plan.page("404.html", "404.ftlh", lists::notFound, null);
        plan.page("feed.xml", "feed.ftlx",
                () -> feed(index, index.site.title(), "feed.xml", Links.home(1), archive.debates()), null);
        for (Sitemap.Part part : sitemap.files(base)) {
            plan.bytes(part.path(), part::content, null);
        }
        plan.bytes("robots.txt", () -> ("User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8), null);
        return plan.files;
    }

    private static void planDebate(Debate d, DebatePages debates, ListPages lists, Plan plan, Sitemap sitemap,
            String base) {
        Optional<String> lastmod = Optional.of(Formats.rfc3339(d.lastModified()));
        for (int n = 1; n <= debates.partCount(d); n++) {
            int part = n;
            String template = n == 1 ? "debate.ftlh" : "comments.ftlh";
            plan.page(Links.commentsPart(d.slug(), n), template, () -> debates.page(d, part), d.position());
            sitemap.add(Links.absolute(base, Links.commentsPart(d.slug(), n)), lastmod);
        }
        plan.bytes(Links.commentsJson(d.slug()), () -> debates.commentsJson(d), d.position());
        for (String file : d.bundleFiles()) {
            plan.copy(Links.debateFolder(d.slug()) + file, d.directory().resolve(file), d.position());
        }
        for (String alias : d.aliases()) {
            String path = alias.substring(1);
            String href = path.endsWith("/") ? path + Links.INDEX : path;
            plan.page(href, "alias.ftlh", () -> lists.alias(d, href), d.position());
        }
    }

    /**
     * The search index as a script, so that the search page also works from {@code file://},
     * where browsers refuse to fetch JSON.
     */
    private static byte[] searchScript(byte[] json) {
        byte[] prefix = "window.ROSTRUM_SEARCH_INDEX = ".getBytes(StandardCharsets.UTF_8);
        byte[] script = new byte[prefix.length + json.length + 2];
        System.arraycopy(prefix, 0, script, 0, prefix.length);
        System.arraycopy(json, 0, script, prefix.length, json.length);
        script[script.length - 2] = ';';
        script[script.length - 1] = '\n';
        return script;
    }

    private static Optional<String> newest(Archive archive) {
        return archive.debates().stream().map(Debate::lastModified).max(Comparable::compareTo).map(Formats::rfc3339);
    }

    private static FeedPage feed(ArchiveIndex index, String title, String selfHref, String homeHref,
            List<Debate> debates) {
        List<Debate> latest = debates.subList(0, Math.min(FEED_SIZE, debates.size()));
        List<FeedEntry> entries = latest.stream()
                .map(d -> new FeedEntry(d.title(), Links.absolute(index.site.baseUrl(), Links.debate(d.slug())),
                        Formats.rfc3339(d.date()), Formats.rfc3339(d.lastModified()), d.summary(),
                        d.topics(), index.participants(d).stream().map(PersonRef::name).toList()))
                .toList();
        String updated = latest.stream().map(Debate::lastModified).max(Comparable::compareTo)
                .map(Formats::rfc3339).orElse("1970-01-01T00:00:00Z");
        return new FeedPage(index.site, title, Links.absolute(index.site.baseUrl(), selfHref),
                Links.absolute(index.site.baseUrl(), homeHref), updated, entries);
    }

    /** The files planned so far; a path planned twice is reported at the second planner's source. */
    private static final class Plan {
        final List<OutputFile> files = new ArrayList<>();
        final Map<String, SourcePosition> owners = new HashMap<>();
        /** Every folder that planned files need, with the first file planned in it. */
        final Map<String, String> folders = new HashMap<>();
        final TemplateRenderer templates;
        final Diagnostics diagnostics;

        Plan(TemplateRenderer templates, Diagnostics diagnostics) {
            this.templates = templates;
            this.diagnostics = diagnostics;
        }

        void page(String path, String template, Supplier<Object> view, SourcePosition source) {
            bytes(path, () -> templates.render(template, view.get()).getBytes(StandardCharsets.UTF_8), source);
        }

        void bytes(String path, Supplier<byte[]> content, SourcePosition source) {
            if (claim(path, source)) {
                files.add(new OutputFile.Generated(path, content));
            }
        }

        void copy(String path, java.nio.file.Path from, SourcePosition source) {
            if (claim(path, source)) {
                files.add(new OutputFile.Copied(path, from));
            }
        }

        private boolean claim(String path, SourcePosition source) {
            if (!owners.containsKey(path)) {
                return claimFolders(path, source);
            }
            SourcePosition first = owners.get(path);
            SourcePosition at = source != null ? source : first;
            if (at != null) {
                diagnostics.error(at, "output file '" + path + "' is written twice"
                        + (first != null && !first.equals(at) ? " (also by " + first.file() + ")" : ""));
            }
            return false;
        }

        /**
         * Claims {@code path} unless it needs a folder where another output is a file, or is a file
         * where other outputs need a folder (an alias {@code /feed.xml/}, say): a file system cannot
         * hold both, so this is reported here, at the content that asked for it, and not left to fail
         * while writing.
         */
        private boolean claimFolders(String path, SourcePosition source) {
            String clash = null;
            String other = null;
            if (folders.containsKey(path)) {
                clash = path;
                other = folders.get(path);
            }
            for (int slash = path.indexOf('/'); clash == null && slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (owners.containsKey(path.substring(0, slash))) {
                    clash = path.substring(0, slash);
                    other = clash;
                }
            }
            if (clash != null) {
                SourcePosition at = source != null ? source : owners.get(other);
                if (at != null) {
                    diagnostics.error(at, "output files '" + other + "' and '" + path + "' cannot both be written: '"
                            + clash + "' would have to be a file and a folder");
                }
                return false;
            }
            owners.put(path, source);
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.putIfAbsent(path.substring(0, slash), path);
            }
            return true;
        }
    }
}
