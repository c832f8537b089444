package org.rostrum.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rostrum.layout.Layout;
import org.rostrum.model.Timestamp;
import org.rostrum.slug.Slug;

/**
 * The addresses of a WordPress blog that were not a post's own, collected during an import and
 * written to {@code redirects.yaml}: the site's feed ({@code /feed/}), each post's comment feed
 * ({@code /2019/01/post/feed/}), category and tag pages and their feeds ({@code /category/x/},
 * {@code /category/x/feed/}, {@code /tag/y/}), author pages ({@code /author/login/}) and date
 * archives ({@code /2019/}, {@code /2019/03/}). Each points at the page of the new site that shows
 * the same: the debate, the topic page or feed, the person, the year of the archive.
 *
 * <p>A category or tag is redirected to its topic only when it became one of the imported debate's
 * topics. A tag that became no topic ({@code --topics categories}) is redirected, with its feed and
 * its further pages, to a search for its name ({@code /search/?q=budget%20cuts}). A
 * year only when no time zone can move the post into another year, so that every target exists in
 * the built site. An address already kept as a post's alias, or a page's own, is not redirected.
 *
 * <p>Writing never loses what is there: the entries of an existing {@code redirects.yaml} (written
 * by an earlier import or by hand) are kept as they are and only paths it does not yet name are
 * added, so importing the same export twice gives the same file. Paths are relative to the blog's
 * address, as aliases are. Not thread-safe; one per import.
 */
final class OldAddresses {

    static final String FILE = "redirects.yaml";

    /** A key of {@code redirects.yaml} as this class or a person writes it: quoted or plain, up to its colon. */
    private static final Pattern KEY = Pattern.compile("^(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s#\"'][^:#]*?))\\s*:",
            Pattern.MULTILINE);
    private static final long FOURTEEN_HOURS = 14 * 3600;

    /** WordPress's default number of posts on a tag page, which gives how many old pages a tag had. */
    static final int WORDPRESS_PER_PAGE = 10;

    private final Map<String, String> targets = new LinkedHashMap<>();
    /** The tags that became no topic, by nicename, in the order first met. */
    private final Map<String, TagSearch> tagSearches = new LinkedHashMap<>();

    /** A tag that is not a topic: its name, and how many imported posts carried it. */
    private record TagSearch(String name, int posts) {
    }

    /**
     * What {@link #write} added.
     *
     * @param redirects   entries added to {@code redirects.yaml}, all kinds
     * @param tagSearches those of them that lead an old tag address to a search for the tag
     */
    record Added(int redirects, int tagSearches) {
    }

    /**
     * Notes the old addresses that lead to the debate {@code slug}.
     *
     * @param alias  the post's own old path, when it is kept as an alias
     * @param topics the topics the debate was written with
     */
    void post(String slug, Optional<String> alias, List<WxrReader.Term> terms, List<String> topics,
            Timestamp date) {
        targets.putIfAbsent("/feed/", Layout.url(Layout.feed()));
        alias.filter(a -> a.endsWith("/")).ifPresent(a -> targets.putIfAbsent(a + "feed/", Layout.url(Layout.debate(slug))));
        Set<String> written = topics.stream().map(Slug::of).collect(Collectors.toSet());
        for (WxrReader.Term term : terms) {
            String base = switch (term.domain()) {
                case "category" -> "/category/";
                case "post_tag", "tag" -> "/tag/";
                default -> "";
            };
            String name = HtmlToMarkdown.decodeEntities(term.name()).replaceAll("\\s+", " ").strip();
            String topic = Slug.of(name);
            if (base.isEmpty() || !safeSegment(term.nicename())) {
                continue;
            }
            if (!written.contains(topic)) {
                if (base.equals("/tag/") && !name.isEmpty()) {
                    tagSearches.merge(term.nicename(), new TagSearch(name, 1),
                            (a, b) -> new TagSearch(a.name(), a.posts() + b.posts()));
                }
                continue;
            }
            targets.putIfAbsent(base + term.nicename() + "/", Layout.url(Layout.topic(topic, 1)));
            targets.putIfAbsent(base + term.nicename() + "/feed/", Layout.url(Layout.topicFeed(topic)));
        }
        ZonedDateTime utc = date.at().withZoneSameInstant(ZoneOffset.UTC);
        int year = utc.getYear();
        if (utc.minusSeconds(FOURTEEN_HOURS).getYear() == year && utc.plusSeconds(FOURTEEN_HOURS).getYear() == year) {
            targets.putIfAbsent("/" + year + "/", Layout.url(Layout.year(year)));
            targets.putIfAbsent(String.format("/%d/%02d/", year, utc.getMonthValue()), Layout.url(Layout.year(year)));
        }
    }

    /** Notes the old author page {@code /author/<login>/} of the person {@code personId}. */
    void author(String login, String personId) {
        if (safeSegment(login)) {
            targets.putIfAbsent("/author/" + login + "/", Layout.url(Layout.person(personId)));
        }
    }

    /** How many addresses were noted. */
    int size() {
        return targets.size() + tagSearchTargets().size();
    }

    /**
     * The old addresses of the tags that became no topic, each to a search for the tag's name:
     * {@code /tag/x/}, {@code /tag/x/feed/} and {@code /tag/x/page/N/} for as many pages as the tag
     * had at {@link #WORDPRESS_PER_PAGE} posts a page.
     */
    private Map<String, String> tagSearchTargets() {
        Map<String, String> searches = new LinkedHashMap<>();
        tagSearches.forEach((nicename, tag) -> {
            String search = Layout.searchUrl(tag.name());
            String base = "/tag/" + nicename + "/";
            searches.put(base, search);
            searches.put(base + "feed/", search);
            for (int page = 2; page <= (tag.posts() + WORDPRESS_PER_PAGE - 1) / WORDPRESS_PER_PAGE; page++) {
                searches.put(base + "page/" + page + "/", search);
            }
        });
        return searches;
    }

    /**
     * Adds the noted addresses to {@code into/redirects.yaml}, except those {@code taken} (a post's
     * alias, a page's path) and those the file already names.
     *
     * @return how many entries were added
     */
    Added write(Path into, Predicate<String> taken) throws IOException {
        Path file = into.resolve(FILE);
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Set<String> named = new HashSet<>();
        Matcher m = KEY.matcher(existing);
        while (m.find()) {
            named.add(m.group(1) != null ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(2).strip());
        }
        Map<String, String> all = new LinkedHashMap<>(targets);
        tagSearchTargets().forEach(all::putIfAbsent);
        StringBuilder added = new StringBuilder();
        int count = 0;
        int searches = 0;
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (named.contains(e.getKey()) || taken.test(e.getKey()) || Aliases.builtBySite(e.getKey())) {
                continue;
            }
            added.append(quoted(e.getKey())).append(": ").append(quoted(e.getValue())).append('\n');
            count++;
            searches += e.getValue().startsWith(Layout.url(Layout.search()) + "?") ? 1 : 0;
        }
        if (count == 0) {
            return new Added(0, 0);
        }
        String head = existing.isEmpty() ? "# Old addresses of the site and the pages they moved to (rostrum import)\n"
                : existing.endsWith("\n") ? existing : existing + "\n";
        Files.createDirectories(into);
        Files.writeString(file, head + added, StandardCharsets.UTF_8);
        return new Added(count, searches);
    }

    /** A nicename or login as one path segment: no slash, dot segment, control character, {@code ?} or {@code #}. */
    private static boolean safeSegment(String segment) {
        return !segment.isEmpty() && !segment.equals(".") && !segment.equals("..")
                && segment.chars().noneMatch(c -> c < 0x20 || c == 0x7f || "/\\?#\"".indexOf(c) >= 0);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
