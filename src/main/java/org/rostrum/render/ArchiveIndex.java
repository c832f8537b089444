package org.rostrum.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.rostrum.i18n.Strings;
import org.rostrum.layout.Layout;
import org.rostrum.model.Block;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Person;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;
import org.rostrum.model.Site;
import org.rostrum.model.ThreadStats;
import org.rostrum.model.Topic;
import org.rostrum.slug.Slug;

/**
 * Lookups over the whole archive that several pages need, computed once per build: people and
 * topics by key, debates by topic, person and year, neighbours by date. Holds nothing that depends
 * on the comment threads, so that debate pages can be rendered before all threads are read; lists
 * get their comment counts through {@link #cards(Map)}.
 *
 * <p>Immutable once built; read from many rendering threads.
 */
final class ArchiveIndex {

    /** A response together with the debate and the reader prompt it answers. */
    record ResponseEntry(Debate debate, Response response, Optional<ReaderPrompt> prompt, int ordinal) {
    }

    final Site site;
    final Edition edition;
    final Formats formats;
    final Strings strings;
    final SiteView view;
    final List<Debate> debates;
    private final Map<String, Integer> positionBySlug = new HashMap<>();
    private final Map<String, PersonRef> personRefs = new HashMap<>();
    private final Map<String, TopicRef> topicRefs = new HashMap<>();
    private final Map<String, List<Debate>> debatesByTopic = new LinkedHashMap<>();
    private final Map<String, List<ResponseEntry>> responsesByPerson = new HashMap<>();
    private final TreeMap<Integer, List<Debate>> debatesByYear = new TreeMap<>(Comparator.reverseOrder());
    private final Map<String, DebateLink> links = new HashMap<>();

    /**
     * @param assets where the site's logo and own stylesheet are, when it has them: from {@link Theme#assets}
     */
    ArchiveIndex(Site published, Formats formats, Theme.Assets assets, Strings strings) {
        this(published, Edition.of(published), formats, assets, strings);
    }

    /** @param edition the language of the pages, and where the others are */
    ArchiveIndex(Site published, Edition edition, Formats formats, Theme.Assets assets, Strings strings) {
        this.site = published;
        this.edition = edition;
        this.formats = formats;
        this.strings = strings;
        this.debates = published.debates();
        this.view = siteView(published, assets, strings);
        for (Person p : published.people()) {
            personRefs.put(p.id(), new PersonRef(p.id(), p.name(), p.role().orElse(""), Layout.person(p.id()),
                    p.photo().map(Layout::personPhoto)));
        }
        for (int i = 0; i < debates.size(); i++) {
            Debate d = debates.get(i);
            positionBySlug.put(d.slug(), i);
            for (String topic : d.topics()) {
                debatesByTopic.computeIfAbsent(Slug.of(topic), k -> new ArrayList<>()).add(d);
            }
            debatesByYear.computeIfAbsent(formats.local(d.date()).getYear(), k -> new ArrayList<>()).add(d);
            indexResponses(d);
        }
        for (Topic t : published.topics()) {
            int count = debatesByTopic.getOrDefault(t.slug(), List.of()).size();
            topicRefs.put(t.slug(), new TopicRef(t.name(), t.slug(), Layout.topic(t.slug(), 1), count));
        }
        for (Debate d : debates) {
            links.put(d.slug(), new DebateLink(d.title(), Layout.debate(d.slug()), formats.date(d.date())));
        }
    }

    private static SiteView siteView(Site archive, Theme.Assets assets, Strings strings) {
        var config = archive.config();
        List<PageRef> pages = archive.pages().stream()
                .sorted(Comparator.comparing(Page::title).thenComparing(Page::slug))
                .map(p -> new PageRef(p.title(), Layout.page(p.slug())))
                .toList();
        return new SiteView(config.title(), config.description().orElse(""), config.language(), strings.direction(),
                config.baseUrl(),
                config.publisher().orElse(""), pages, assets.logoHref(), assets.customCss(), config.params(),
                SiteLinks.of(), config.search());
    }

    private void indexResponses(Debate d) {
        Map<Integer, ReaderPrompt> prompts = new HashMap<>();
        int ordinal = 0;
        for (Block block : d.body()) {
            if (block instanceof ReaderPrompt prompt) {
                prompts.put(prompt.index(), prompt);
            } else if (block instanceof Response response) {
                ordinal++;
                OptionalInt answered = response.promptIndex();
                Optional<ReaderPrompt> prompt = answered.isPresent()
                        ? Optional.ofNullable(prompts.get(answered.getAsInt())) : Optional.empty();
                responsesByPerson.computeIfAbsent(response.personId(), k -> new ArrayList<>())
                        .add(new ResponseEntry(d, response, prompt, ordinal));
            }
        }
    }

    /** The page at {@code href} of this edition in every language of the site (none for a site in one). */
    List<LanguageLink> languages(String href) {
        return edition.links(href);
    }

    /** The language of the text of {@code d} when it is not this edition's (a debate not translated). */
    Optional<String> foreignText(Debate d) {
        return d.language().flatMap(edition::foreign);
    }

    /** The language of the text of {@code p} when it is not this edition's: a page not translated yet. */
    Optional<String> foreignText(Page p) {
        return edition.isDefault() || site.translations().page(p.slug(), edition.language()).isPresent()
                ? Optional.empty() : Optional.of(edition.languages().get(0));
    }

    /** The list view of every debate, with the comment counts of {@code stats} (absent means none). */
    Cards cards(Map<String, ThreadStats> stats) {
        Map<String, DebateCard> cards = new HashMap<>();
        for (Debate d : debates) {
            cards.put(d.slug(), new DebateCard(d.slug(), d.title(), Layout.debate(d.slug()), formats.date(d.date()),
                    topicRefs(d), d.summary(), stats.getOrDefault(d.slug(), ThreadStats.NONE).published(),
                    participants(d), d.status().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Cards(cards);
    }

    /** The list views of the debates, by slug. */
    record Cards(Map<String, DebateCard> bySlug) {
        DebateCard card(String slug) {
            return bySlug.get(slug);
        }

        List<DebateCard> of(List<Debate> list) {
            return list.stream().map(d -> bySlug.get(d.slug())).toList();
        }
    }

    DebateLink link(Debate d) {
        return links.get(d.slug());
    }

    List<TopicRef> topicRefs(Debate d) {
        return d.topics().stream().map(name -> topicRefs.get(Slug.of(name))).toList();
    }

    List<PersonRef> participants(Debate d) {
        return d.participantIds().stream().map(personRefs::get).toList();
    }

    /** The participants of {@code d}, then its authors who are not among them. */
    List<PersonRef> people(Debate d) {
        return java.util.stream.Stream.concat(d.participantIds().stream(), d.authorIds().stream()).distinct()
                .map(personRefs::get).toList();
    }

    PersonRef personRef(String id) {
        return personRefs.get(id);
    }


    Optional<TopicRef> topicRef(String slug) {
        return Optional.ofNullable(topicRefs.get(slug));
    }


    /** Published debates carrying the topic, newest first. */
    List<Debate> debatesWithTopic(String slug) {
        return debatesByTopic.getOrDefault(slug, List.of());
    }

    /** Every response of the person, newest debate first, in body order within a debate. */
    List<ResponseEntry> responsesOf(String personId) {
        return responsesByPerson.getOrDefault(personId, List.of());
    }

    /** Years that have debates, newest first, each with its debates newest first. */
    Map<Integer, List<Debate>> debatesByYear() {
        return debatesByYear;
    }

    /** The debate published before {@code d} (older). */
    Optional<Debate> previous(Debate d) {
        int i = positionBySlug.get(d.slug());
        return i + 1 < debates.size() ? Optional.of(debates.get(i + 1)) : Optional.empty();
    }

    /** The debate published after {@code d} (newer). */
    Optional<Debate> next(Debate d) {
        int i = positionBySlug.get(d.slug());
        return i > 0 ? Optional.of(debates.get(i - 1)) : Optional.empty();
    }

    /**
     * Up to {@code limit} other debates related to {@code d}: among the debates published near it
     * in each of its topics ({@value #RELATED_WINDOW} on either side), those that share the most
     * topics with it, then the closest in date, then the newer. Looking only near it keeps the cost
     * per debate constant however large a topic grows.
     */
    List<Debate> related(Debate d, int limit) {
        int self = positionBySlug.get(d.slug());
        Map<Integer, Integer> shared = new HashMap<>();
        for (String topic : d.topics()) {
            List<Debate> list = debatesWithTopic(Slug.of(topic));
            int at = indexIn(list, self);
            for (int k = Math.max(0, at - RELATED_WINDOW); k <= Math.min(list.size() - 1, at + RELATED_WINDOW); k++) {
                int other = positionBySlug.get(list.get(k).slug());
                if (other != self) {
                    shared.put(other, 0);
                }
            }
        }
        List<Integer> candidates = new ArrayList<>(shared.keySet());
        for (int other : candidates) {
            int count = 0;
            for (String topic : debates.get(other).topics()) {
                if (d.topics().contains(topic)) {
                    count++;
                }
            }
            shared.put(other, count);
        }
        candidates.sort(Comparator.<Integer>comparingInt(o -> -shared.get(o))
                .thenComparingInt(o -> Math.abs(o - self))
                .thenComparingInt(o -> o));
        return candidates.stream().limit(limit).map(debates::get).toList();
    }

    private static final int RELATED_WINDOW = 6;

    /** Where the debate at archive position {@code position} stands in {@code list} (newest first). */
    private int indexIn(List<Debate> list, int position) {
        int lo = 0;
        int hi = list.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int p = positionBySlug.get(list.get(mid).slug());
            if (p < position) {
                lo = mid + 1;
            } else if (p > position) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo;
    }
}
