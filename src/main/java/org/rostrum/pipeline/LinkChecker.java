package org.rostrum.pipeline;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.layout.Layout;
import org.rostrum.layout.Layout.Section;
import org.rostrum.model.Comment;
import org.rostrum.model.CommentThread;
import org.rostrum.model.ContentLink;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Person;
import org.rostrum.model.Redirect;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;
import org.rostrum.model.Site;
import org.rostrum.model.Timestamp;
import org.rostrum.model.Topic;
import org.rostrum.slug.Slug;

/**
 * Checks the links that editors wrote in Markdown and that stay inside the site (debate bodies,
 * standalone pages, biographies, topic descriptions): each must name a file that this build writes,
 * and a link into a debate page must name a comment, response or reader question that the page
 * has. Every broken link is an error at its position, with a "did you mean" where one helps.
 *
 * <p>How a link is read: a path starting with {@code /} starts at the site root; any other path
 * starts at the folder of the page it is on ({@code debates/<slug>/}, {@code <page>/},
 * {@code people/<id>/}, {@code topics/<slug>/}); {@code .} and {@code ..} segments are resolved and
 * may not leave the site; {@code %} escapes are decoded; a query is ignored; a folder stands for its
 * {@code index.html}, with or without the final {@code /}. Fragments are checked on debate and
 * standalone pages only, and only those that Rostrum writes there: {@code #comment-<id>} (on the
 * part of the thread that holds the comment; a page shows its whole thread), {@code #response-<n>}
 * and {@code #reader-<n>}. Other fragments belong to the theme and are not checked.
 *
 * <p>The files of the site are those that {@code render} writes, derived here
 * from the published site; {@code LinkCheckerTest} keeps the two in step. The comment thread of a
 * debate is read only when a link points into it (a comment, a further part of the thread).
 */
final class LinkChecker {

    private final Site site;
    private final Function<Debate, CommentThread> threads;
    private final Map<String, Debate> debates = new HashMap<>();
    private final Set<String> unpublished = new HashSet<>();
    private final Set<String> topics = new TreeSet<>();
    private final Set<String> files = new HashSet<>();
    private final Map<String, CommentThread> threadsRead = new HashMap<>();
    private final Map<String, Map<String, Comment>> commentsByDebate = new HashMap<>();

    /**
     * @param site        what this build publishes
     * @param allDebates  every debate loaded, those left out of this build included, so that a link
     *                    to one of them can say so
     * @param staticFiles the theme's static files, relative to {@code static/}
     * @param threads     reads and threads the comments of a debate
     */
    LinkChecker(Site site, List<Debate> allDebates, Collection<String> staticFiles,
            Function<Debate, CommentThread> threads) {
        this.site = site;
        this.threads = threads;
        for (Debate d : site.debates()) {
            debates.put(d.slug(), d);
            topics.addAll(d.topics().stream().map(Slug::of).toList());
        }
        for (Debate d : allDebates) {
            if (!debates.containsKey(d.slug())) {
                unpublished.add(d.slug());
            }
        }
        addFiles(staticFiles);
    }

    /**
     * Every file that the build writes, relative to the output folder, with {@code /}: for tests,
     * since it reads every thread.
     */
    Set<String> files() {
        Set<String> all = new HashSet<>(files);
        for (Debate d : site.debates()) {
            for (int n = 2; n <= parts(d); n++) {
                all.add(Layout.threadPart(d.slug(), n));
            }
            if (parts(d) > 1) {
                all.add(Layout.commentParts(d.slug()));
            }
        }
        return all;
    }

    /** Reports every broken link of the published content. */
    void check(Diagnostics diagnostics) {
        for (Debate d : site.debates()) {
            check(d.links(), Layout.debateFolder(d.slug()), diagnostics);
        }
        for (Page p : site.pages()) {
            check(p.links(), Layout.pageFolder(p.slug()), diagnostics);
        }
        for (Person p : site.people()) {
            check(p.bioLinks(), Layout.personFolder(p.id()), diagnostics);
        }
        for (Topic t : site.topics()) {
            if (topics.contains(t.slug())) {
                check(t.descriptionLinks(), Layout.topicFolder(t.slug()), diagnostics);
            }
        }
        for (Redirect r : site.redirects()) {
            problem(r.to(), "").ifPresent(message -> diagnostics.error(r.position(), "redirect of " + r.from()
                    + ": " + message));
        }
    }

    private void check(List<ContentLink> links, String folder, Diagnostics diagnostics) {
        for (ContentLink link : links) {
            problem(link.url(), folder).ifPresent(message -> diagnostics.error(link.position(), message));
        }
    }

    /** What is wrong with {@code url} on a page in {@code folder}, if anything. */
    Optional<String> problem(String url, String folder) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        path = Layout.decodePath(query < 0 ? path : path.substring(0, query));
        Optional<String> file = resolve(path.startsWith("/") ? path.substring(1) : folder + path);
        if (file.isEmpty()) {
            return Optional.of("link " + quote(url) + " leads outside the site");
        }
        String target = file.get();
        if (!exists(target) && exists(target + "/" + Layout.INDEX)) {
            target = target + "/" + Layout.INDEX;
        }
        if (!exists(target)) {
            return Optional.of(missing(url, target));
        }
        return fragment.isEmpty() ? Optional.empty() : anchorProblem(target, fragment);
    }

    // --- Resolving -----------------------------------------------------------------------------

    /** Whether the build writes {@code file}; a further part of a thread is looked up in the thread. */
    private boolean exists(String file) {
        if (files.contains(file)) {
            return true;
        }
        Optional<String> partsOf = Layout.commentPartsOf(file);
        if (partsOf.isPresent()) {
            Debate debate = debates.get(partsOf.get());
            return debate != null && parts(debate) > 1;
        }
        Optional<Layout.ThreadPage> page = Layout.threadPageOf(file).filter(p -> p.part() > 1);
        if (page.isPresent()) {
            Debate debate = debates.get(page.get().slug());
            return debate != null && page.get().part() <= parts(debate);
        }
        return false;
    }

    /** How many pages the thread of {@code d} takes. */
    private int parts(Debate d) {
        int perPage = site.config().commentsPerPage();
        return Math.max(1, (thread(d).topLevelCount() + perPage - 1) / perPage);
    }

    private CommentThread thread(Debate d) {
        return threadsRead.computeIfAbsent(d.slug(), slug -> threads.apply(d));
    }

    /**
     * The file that a path from the site root names, with {@code .} and {@code ..} resolved and a
     * folder as its {@code index.html}; empty when it climbs above the root.
     */
    private static Optional<String> resolve(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                segments.addLast(part);
            }
            if (last && (part.isEmpty() || part.equals(".") || part.equals(".."))) {
                segments.addLast(Layout.INDEX);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    // --- Messages ------------------------------------------------------------------------------

    private String missing(String url, String target) {
        Optional<Layout.Entry> entry = Layout.entryOf(target);
        if (entry.isPresent()) {
            Optional<String> problem = missingEntry(url, entry.get());
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        String[] segments = target.split("/");
        if (segments.length == 2 && target.equals(Layout.page(segments[0]))) {
            Set<String> pages = new TreeSet<>(Layout.sectionPages());
            site.pages().forEach(p -> pages.add(p.slug()));
            return "link to missing page " + quote(url)
                    + suggestion(c -> Layout.url(Layout.pageFolder(c)), segments[0], pages);
        }
        return "link to missing file " + quote(url);
    }

    /** What is missing of a debate, person, topic or year that {@code url} leads into, if it is missing. */
    private Optional<String> missingEntry(String url, Layout.Entry entry) {
        String name = entry.name();
        Section section = entry.section();
        return switch (section) {
            case DEBATES -> {
                Debate debate = debates.get(name);
                if (debate != null) {
                    yield Optional.of("link to missing file " + quote(url) + " in debate " + quote(name)
                            + Hints.didYouMean(entry.rest(), debate.bundleFiles()));
                }
                if (unpublished.contains(name)) {
                    yield Optional.of("link to debate " + quote(url) + ", which this build does not publish (a draft,"
                            + " or dated in the future)");
                }
                yield Optional.of("link to missing debate " + quote(url)
                        + suggestion(section::url, name, debates.keySet()));
            }
            case PEOPLE -> files.contains(Layout.person(name)) ? Optional.empty()
                    : Optional.of("link to missing person " + quote(url) + suggestion(section::url, name,
                            site.people().stream().map(Person::id).toList()));
            case TOPICS -> topics.contains(name) ? Optional.empty()
                    : Optional.of("link to missing topic " + quote(url) + suggestion(section::url, name, topics));
            case ARCHIVE -> Optional.of("link to missing archive year " + quote(url));
        };
    }

    /** {@code " (did you mean '/debates/nato/'?)"} when a candidate is close to {@code name}. */
    private static String suggestion(Function<String, String> url, String name, Collection<String> candidates) {
        return Hints.closest(name, new TreeSet<>(candidates)).map(c -> " (did you mean '" + url.apply(c) + "'?)")
                .orElse("");
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }

    // --- Anchors -------------------------------------------------------------------------------

    /** Checks the fragments that Rostrum writes on debate pages; others belong to the theme. */
    private Optional<String> anchorProblem(String target, String fragment) {
        Optional<Layout.ThreadPage> page = Layout.threadPageOf(target);
        Optional<String> comment = Layout.commentOfAnchor(fragment);
        if (page.isEmpty()) {
            return comment.flatMap(id -> pageCommentProblem(target, id));
        }
        Debate debate = debates.get(page.get().slug());
        int part = page.get().part();
        if (comment.isPresent()) {
            return commentProblem(debate, part, comment.get());
        }
        Optional<Boolean> isResponse = Layout.isResponseAnchor(fragment);
        if (isResponse.isPresent()) {
            boolean response = isResponse.get();
            long count = debate.body().stream()
                    .filter(b -> response ? b instanceof Response : b instanceof ReaderPrompt).count();
            String number = fragment.substring(fragment.indexOf('-') + 1);
            boolean exists = part == 1 && number.matches("[1-9][0-9]{0,8}") && Integer.parseInt(number) <= count;
            if (!exists) {
                String what = response ? "response" : "reader question";
                return Optional.of("link to missing " + what + " " + quote("#" + fragment) + " in debate "
                        + quote(debate.slug()) + " (" + (part == 1 ? "it has " + count
                        : "they are on the debate page, not on part " + part + " of its thread") + ")");
            }
        }
        return Optional.empty();
    }

    private Optional<String> commentProblem(Debate debate, int part, String id) {
        Map<String, Comment> comments = commentsByDebate.computeIfAbsent(debate.slug(), slug -> {
            Map<String, Comment> byId = new HashMap<>();
            thread(debate).comments().forEach(c -> byId.put(c.id(), c));
            return byId;
        });
        Comment comment = comments.get(id);
        if (comment == null) {
            return Optional.of("link to missing comment " + quote(anchor(id)) + " in debate "
                    + quote(debate.slug()) + Hints.closest(id, new TreeSet<>(comments.keySet()))
                            .map(c -> " (did you mean '" + anchor(c) + "'?)").orElse(""));
        }
        int on = partOf(comment);
        if (on != part) {
            String right = Layout.url(Layout.threadPart(debate.slug(), on)) + anchor(id);
            return Optional.of("link to comment " + quote(anchor(id)) + " of debate " + quote(debate.slug())
                    + " on the wrong page: it is on " + (on == 1 ? "the debate page" : "part " + on + " of the thread")
                    + ", " + quote(right));
        }
        return Optional.empty();
    }

    /**
     * A link to a comment on a standalone page: the page shows its whole thread, where a comment
     * imported as {@code wp-<n>} also answers to {@code #comment-<n>}.
     */
    private Optional<String> pageCommentProblem(String target, String id) {
        Optional<Page> page = site.pages().stream().filter(p -> Layout.page(p.slug()).equals(target)).findFirst();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new TreeSet<>();
        page.get().thread().comments().forEach(c -> ids.add(c.id()));
        if (ids.contains(id) || ids.contains("wp-" + id)) {
            return Optional.empty();
        }
        return Optional.of("link to missing comment " + quote(anchor(id)) + " on page " + quote(page.get().slug())
                + Hints.closest(id, ids).map(c -> " (did you mean '" + anchor(c) + "'?)").orElse(""));
    }

    /** A link to comment {@code id} on the page it is on: {@code #comment-<id>}. */
    private static String anchor(String id) {
        return "#" + Layout.commentAnchor(id);
    }

    private int partOf(Comment comment) {
        return (comment.number() - 1) / site.config().commentsPerPage() + 1;
    }

    // --- The files of the site -----------------------------------------------------------------

    /**
     * The output layout, as {@code render} writes it, except the further parts
     * of threads, which {@link #exists} looks up.
     */
    private void addFiles(Collection<String> staticFiles) {
        int perPage = site.config().perPage();
        addPages(Layout::home, site.debates().size(), perPage);
        for (Debate d : site.debates()) {
            String folder = Layout.debateFolder(d.slug());
            files.add(Layout.debate(d.slug()));
            files.add(Layout.commentsJson(d.slug()));
            d.bundleFiles().forEach(f -> files.add(folder + f));
            d.aliases().forEach(alias -> files.add(Layout.alias(alias)));
            files.add(Layout.year(year(d.date(), site.config().timezone())));
        }
        files.add(Layout.topics());
        Map<String, Integer> perTopic = new HashMap<>();
        site.debates().forEach(d -> d.topics().forEach(t -> perTopic.merge(Slug.of(t), 1, Integer::sum)));
        perTopic.forEach((slug, count) -> {
            addPages(n -> Layout.topic(slug, n), count, perPage);
            files.add(Layout.topicFeed(slug));
        });
        files.add(Layout.people());
        for (Person p : site.people()) {
            files.add(Layout.person(p.id()));
            p.photo().ifPresent(photo -> files.add(Layout.personPhoto(photo)));
        }
        files.add(Layout.archive());
        site.pages().forEach(p -> files.add(Layout.page(p.slug())));
        site.pages().forEach(p -> p.files().forEach(f -> files.add(Layout.pageFolder(p.slug()) + f)));
        site.redirects().forEach(r -> files.add(Layout.alias(r.from())));
        site.pages().forEach(p -> p.aliases().forEach(a -> files.add(Layout.alias(a))));
        if (site.debates().stream().anyMatch(d -> !d.aliases().isEmpty()) || !site.redirects().isEmpty()
                || site.pages().stream().anyMatch(p -> !p.aliases().isEmpty())) {
            files.addAll(List.of(Layout.netlifyRedirects(), Layout.nginxRedirects(), Layout.apacheRedirects()));
        }
        // Of the search index, the manifest alone: its shards and fragments depend on every word.
        files.addAll(List.of(Layout.search(), Layout.searchCards(), Layout.searchManifest(), Layout.notFound(),
                Layout.feed(), Layout.sitemap(), Layout.robots()));
        staticFiles.forEach(f -> files.add(Layout.staticFile(f)));
    }

    /** The pages of a list of {@code items}, page {@code n} at {@code page.apply(n)}. */
    private void addPages(IntFunction<String> page, int items, int perPage) {
        files.add(page.apply(1));
        for (int n = 2; n <= (items + perPage - 1) / perPage; n++) {
            files.add(page.apply(n));
        }
    }

    /** The year a debate is filed under in the archive: its own for a date, the site's zone's for a time. */
    private static int year(Timestamp date, ZoneId zone) {
        return date.dateOnly() ? date.at().getYear() : date.at().withZoneSameInstant(zone).getYear();
    }
}
