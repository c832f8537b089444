package org.rostrum.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rostrum.layout.Layout;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Person;
import org.rostrum.model.Topic;

/**
 * Builds the views of every page that is not a debate: home and topic lists, the topic, people
 * and archive indexes, person and year pages, standalone pages, search, 404 and redirects.
 */
final class ListPages {

    private final ArchiveIndex index;
    private final ArchiveIndex.Cards cards;
    private final int perPage;

    ListPages(ArchiveIndex index, ArchiveIndex.Cards cards) {
        this.index = index;
        this.cards = cards;
        this.perPage = index.site.config().perPage();
    }

    private PageMeta meta(String href, String title, String description, String kind) {
        return new PageMeta(Layout.root(href), href, Layout.absolute(index.view.baseUrl(), href), title, description,
                kind, index.languages(href), Optional.empty());
    }

    /** A title with its page number: {@code Security (page 2)}. */
    private String numbered(String title, int page) {
        return index.strings.text("page.title.numbered", title, index.strings.number(page));
    }

    List<DebateCard> cardsOf(List<Debate> debates) {
        return cards.of(debates);
    }

    int homePageCount() {
        return Paging.pages(index.debates.size(), perPage);
    }

    HomePage home(int n) {
        String href = Layout.home(n);
        String title = n == 1 ? index.view.title() : numbered(index.view.title(), n);
        return new HomePage(index.view, meta(href, title, index.view.description(), "home"),
                cards.of(Paging.slice(index.debates, n, perPage)), Paging.of(n, homePageCount(), Layout::home));
    }

    /** Topics that have published debates, by name. */
    List<Topic> publishedTopics() {
        return index.site.topics().stream()
                .filter(t -> !index.debatesWithTopic(t.slug()).isEmpty())
                .sorted(Comparator.comparing((Topic t) -> t.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Topic::slug))
                .toList();
    }

    TopicView topicView(Topic t) {
        return new TopicView(index.topicRef(t.slug()).orElseThrow(), t.descriptionHtml().orElse(""), t.summary(),
                Layout.topicFeed(t.slug()));
    }

    TopicsPage topics() {
        return new TopicsPage(index.view, meta(Layout.topics(), index.strings.text("topics.title"), "", "topics"),
                publishedTopics().stream().map(this::topicView).toList());
    }

    int topicPageCount(Topic t) {
        return Paging.pages(index.debatesWithTopic(t.slug()).size(), perPage);
    }

    TopicPage topic(Topic t, int n) {
        String href = Layout.topic(t.slug(), n);
        String title = n == 1 ? t.name() : numbered(t.name(), n);
        return new TopicPage(index.view, meta(href, title, "", "topic"), topicView(t),
                cards.of(Paging.slice(index.debatesWithTopic(t.slug()), n, perPage)),
                Paging.of(n, topicPageCount(t), k -> Layout.topic(t.slug(), k)));
    }

    PeoplePage people() {
        List<PersonEntry> entries = index.site.people().stream()
                .sorted(Comparator.comparing((Person p) -> p.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Person::id))
                .map(p -> {
                    List<ArchiveIndex.ResponseEntry> responses = index.responsesOf(p.id());
                    int debates = (int) responses.stream().map(r -> r.debate().slug()).distinct().count();
                    return new PersonEntry(index.personRef(p.id()), responses.size(), debates);
                })
                .toList();
        return new PeoplePage(index.view, meta(Layout.people(), index.strings.text("people.title"), "", "people"), entries);
    }

    PersonPage person(Person p) {
        String href = Layout.person(p.id());
        PersonView view = new PersonView(index.personRef(p.id()), p.bioHtml().orElse(""),
                p.links().stream().map(l -> new LinkView(l.title(), l.url())).toList());
        List<ResponseView> responses = index.responsesOf(p.id()).stream()
                .map(r -> new ResponseView(cards.card(r.debate().slug()),
                        Layout.debate(r.debate().slug()) + "#" + DebatePages.responseAnchor(r.ordinal()),
                        r.response().html(), r.prompt().map(q -> q.name()), r.prompt().map(q -> q.html())))
                .toList();
        return new PersonPage(index.view, meta(href, p.name(), p.role().orElse(""), "person"), view, responses);
    }

    ArchivePage archive() {
        List<YearEntry> years = new ArrayList<>();
        index.debatesByYear().forEach((year, debates) -> years.add(yearEntry(year, debates)));
        return new ArchivePage(index.view, meta(Layout.archive(), index.strings.text("archive.title"), "", "archive"), years);
    }

    private static YearEntry yearEntry(int year, List<Debate> debates) {
        return new YearEntry(year, Layout.year(year), debates.size());
    }

    YearPage year(int year) {
        Map<Integer, List<Debate>> byYear = index.debatesByYear();
        TreeMap<Integer, List<Debate>> months = new TreeMap<>(Comparator.reverseOrder());
        for (Debate d : byYear.get(year)) {
            months.computeIfAbsent(index.formats.local(d.date()).getMonthValue(), k -> new ArrayList<>()).add(d);
        }
        List<MonthGroup> groups = new ArrayList<>();
        months.forEach((month, debates) -> groups.add(new MonthGroup(index.formats.monthName(month),
                String.format(Locale.ROOT, "month-%02d", month), cards.of(debates))));
        Optional<YearEntry> previous = byYear.keySet().stream().filter(y -> y < year).findFirst()
                .map(y -> yearEntry(y, byYear.get(y)));
        Optional<YearEntry> next = byYear.keySet().stream().filter(y -> y > year).reduce((a, b) -> b)
                .map(y -> yearEntry(y, byYear.get(y)));
        String href = Layout.year(year);
        return new YearPage(index.view, meta(href, String.valueOf(year), "", "year"),
                yearEntry(year, byYear.get(year)), groups, previous, next);
    }

    StandalonePage standalone(Page p, Optional<ThreadView> thread) {
        String href = Layout.page(p.slug());
        PageMeta meta = new PageMeta(Layout.root(href), href, Layout.absolute(index.view.baseUrl(), href), p.title(),
                p.summary().orElse(""), "page", index.languages(href), index.foreignText(p));
        return new StandalonePage(index.view, meta, p.title(), p.html(), thread);
    }

    SearchPage search() {
        return new SearchPage(index.view, meta(Layout.search(), index.strings.text("search.title"), "", "search"), Layout.searchFolder(),
                SearchScriptStrings.json(index.strings));
    }

    /** The 404 page is served at any depth, so its root is the absolute path of {@code base_url}. */
    NotFoundPage notFound() {
        String base = index.view.baseUrl();
        int scheme = base.indexOf("://");
        int pathStart = scheme < 0 ? -1 : base.indexOf('/', scheme + 3);
        String root = pathStart < 0 ? "/" : base.substring(pathStart);
        return new NotFoundPage(index.view, new PageMeta(root, Layout.notFound(), Layout.absolute(base, Layout.notFound()),
                index.strings.text("notfound.title"), "",
                "not-found"));
    }

    /** The redirect page at {@code aliasHref} of an entry of {@code redirects.yaml} to {@code target}. */
    AliasPage redirect(String target, String aliasHref) {
        int query = target.indexOf('?');
        String href = query < 0 ? target.substring(1)
                : target.substring(1, query + 1) + RedirectMaps.encodeQuery(target.substring(query + 1));
        PageMeta page = new PageMeta(aliasRoot(aliasHref), aliasHref, Layout.absolute(index.view.baseUrl(), href),
                index.view.title(), "", "alias");
        return new AliasPage(index.view, page, index.view.title(), href, Layout.absolute(index.view.baseUrl(), href));
    }

    AliasPage alias(Debate d, String aliasHref) {
        String target = Layout.debate(d.slug());
        PageMeta page = new PageMeta(aliasRoot(aliasHref), aliasHref, Layout.absolute(index.view.baseUrl(), target),
                d.title(), d.summary(), "alias");
        return new AliasPage(index.view, page, d.title(), target, Layout.absolute(index.view.baseUrl(), target));
    }

    /**
     * Where the edition's root is seen from a redirect page at {@code aliasHref} of the site's root:
     * old addresses are the site's, their targets the default language's, under its folder if it has one.
     */
    private String aliasRoot(String aliasHref) {
        return Layout.root(aliasHref) + index.edition.prefix();
    }

    /**
     * The page at the site's root when every language is under its own folder: it sends readers to
     * the default language's home and names every language's home as an alternate.
     */
    AliasPage languageRoot() {
        String home = Layout.absolute(index.view.baseUrl(), "");
        PageMeta page = new PageMeta(index.edition.prefix(), Layout.INDEX, home, index.view.title(), "", "alias",
                index.edition.rootLinks(), Optional.empty());
        return new AliasPage(index.view, page, index.view.title(), "", home);
    }
}
