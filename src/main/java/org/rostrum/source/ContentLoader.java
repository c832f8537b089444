package org.rostrum.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.diag.SourcePosition;
import org.rostrum.i18n.Strings;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Person;
import org.rostrum.model.Redirect;
import org.rostrum.model.Site;
import org.rostrum.model.SiteConfig;
import org.rostrum.model.Topic;
import org.rostrum.model.Translations;
import org.rostrum.model.Translations.Translation;

/**
 * Reads a content folder ({@code site.yaml}, {@code debates/}, {@code people/}, {@code topics.yaml},
 * {@code pages/}) into a {@link Site}.
 *
 * <p>Debate folders are read in parallel. The result does not depend on the order in which the
 * file system lists folders nor on thread scheduling: debates are sorted newest first, then by
 * slug; people by id; topics by slug; pages by slug. Hidden files (names starting with {@code .})
 * are ignored everywhere; anything else unexpected directly under the content folder is a warning.
 *
 * <p>Build one per process and share it: it holds no state between loads.
 */
public final class ContentLoader {

    private static final Set<String> CONTENT_FILES = Set.of("site.yaml", "topics.yaml", RedirectReader.FILE);
    private static final int MAX_PAGE_DEPTH = 8;
    private static final Set<String> CONTENT_FOLDERS = Set.of("debates", "people", "pages", InterfaceStrings.FOLDER);

    private final MarkdownRenderer markdown;
    private final SourceFiles files;

    public ContentLoader(MarkdownRenderer markdown) {
        this(markdown, Limits.DEFAULT);
    }

    ContentLoader(MarkdownRenderer markdown, Limits limits) {
        this.markdown = markdown;
        this.files = new SourceFiles(limits);
    }

    /**
     * Loads everything under {@code contentDir}. Every problem of every file goes to
     * {@code diagnostics}; what could be read is returned even when there were errors (a broken
     * {@code site.yaml} gives default settings), so that one run reports all problems.
     */
    public Site load(Path contentDir, Diagnostics diagnostics) {
        return load(contentDir, diagnostics, Map.of(), UnaryOperator.identity(), done -> { });
    }

    /**
     * Loads everything under {@code contentDir} as {@link #load(Path, Diagnostics)} does, except the
     * debates in {@code unchanged}: an incremental build passes the debates whose folders did not
     * change since its last build, and they are taken as they are instead of being read again.
     * Every debate read is passed through {@code keep} (a build keeps the editors' text of 100,000
     * debates on disk until it renders their pages). Calls {@code debatesRead} with the number of debate folders done so far after each one, for
     * progress bars; it is called from the loading threads at once, so it must be thread-safe.
     */
    public Site load(Path contentDir, Diagnostics diagnostics, Map<String, Debate> unchanged,
            UnaryOperator<Debate> keep, IntConsumer debatesRead) {
        SiteConfig config = SiteConfigReader.defaults();
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePosition.startOf(contentDir), "content folder not found");
            return new Site(config, List.of(), List.of(), List.of(), List.of());
        }
        ContentTree tree = new ContentTree(contentDir);
        config = new SiteConfigReader(files, tree).read(contentDir.resolve("site.yaml"), diagnostics);
        checkTopLevel(contentDir, tree, config, diagnostics);
        Path peopleDir = contentDir.resolve("people");
        List<Path> personFiles = personFiles(peopleDir, tree, diagnostics);
        Set<String> personIds = personFiles.stream().map(PersonReader::idOf).collect(Collectors.toSet());
        List<Person> people = readPeople(peopleDir, personFiles, tree, diagnostics);
        Reading reading = new Reading(files, tree, markdown, config.editions());
        List<TopicIndex.Described> described = TopicIndex.readDescriptions(contentDir.resolve("topics.yaml"),
                reading, diagnostics);
        DebateReader debateReader = new DebateReader(reading, config.timezone(), personIds);
        AtomicInteger read = new AtomicInteger();
        // a site in several languages shows a debate's own text in the editions without a translation,
        // from the debate itself: its text stays in memory
        UnaryOperator<Debate> keeping = config.editions().size() > 1 ? UnaryOperator.identity() : keep;
        List<LoadedDebate> loaded = debateFolders(contentDir.resolve("debates"), tree, diagnostics).parallelStream()
                .map(folder -> {
                    Optional<LoadedDebate> debate = Optional.ofNullable(unchanged.get(folder.getFileName().toString()))
                            .map(LoadedDebate::of)
                            .or(() -> debateReader.load(folder, diagnostics).map(d -> d.withDebate(keeping.apply(d.debate()))));
                    debatesRead.accept(read.incrementAndGet());
                    return debate;
                })
                .flatMap(Optional::stream)
                .toList();
        List<Topic> topics = TopicIndex.build(described, loaded, diagnostics);
        List<Debate> debates = loaded.stream().map(LoadedDebate::debate)
                .sorted(Comparator.comparing(Debate::date, Comparator.reverseOrder()).thenComparing(Debate::slug))
                .toList();
        List<Translation<Debate>> translated = loaded.stream().flatMap(d -> d.translations().stream())
                .sorted(Comparator.comparing((Translation<Debate> t) -> t.content().slug())
                        .thenComparing(Translation::language))
                .toList();
        List<Translation<Page>> translatedPages = new ArrayList<>();
        List<Page> pages = readPages(contentDir.resolve("pages"), tree, config, translatedPages, diagnostics);
        return new Site(config, debates, people, topics, pages,
                redirects(new RedirectReader(files, tree).read(contentDir.resolve(RedirectReader.FILE), diagnostics),
                        described, diagnostics),
                new Translations(translated, translatedPages));
    }

    /**
     * The entries of {@code redirects.yaml}, then the topics' aliases; an old path already
     * redirected is reported at its second place and left out.
     */
    private static List<Redirect> redirects(List<Redirect> file, List<TopicIndex.Described> topics,
            Diagnostics diagnostics) {
        List<Redirect> all = new ArrayList<>(file);
        Set<String> seen = new HashSet<>();
        file.forEach(r -> seen.add(r.from()));
        for (TopicIndex.Described topic : topics) {
            for (Redirect alias : topic.aliases()) {
                if (seen.add(alias.from())) {
                    all.add(alias);
                } else {
                    diagnostics.error(alias.position(), "old path " + Fields.quote(alias.from())
                            + " is redirected twice");
                }
            }
        }
        return all;
    }

    /**
     * Reads {@code site.yaml} and {@code pages/}, but no person, debate or topic: for rebuilding the
     * pages of a debate whose comments alone changed, which show of the rest of the archive only
     * what the last build recorded. Problems go to {@code diagnostics} as in {@link #load}.
     */
    public Site loadSettingsAndPages(Path contentDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePosition.startOf(contentDir), "content folder not found");
            return new Site(SiteConfigReader.defaults(), List.of(), List.of(), List.of(), List.of());
        }
        ContentTree tree = new ContentTree(contentDir);
        SiteConfig config = new SiteConfigReader(files, tree).read(contentDir.resolve("site.yaml"), diagnostics);
        return new Site(config, List.of(), List.of(), List.of(), readPages(contentDir.resolve("pages"), tree,
                config, new ArrayList<>(), diagnostics));
    }

    /**
     * The interface strings of {@code language}: Rostrum's tables with the site's
     * {@code i18n/<language>.yaml} over them ({@link InterfaceStrings}). Problems go to {@code diagnostics}.
     */
    public Strings loadStrings(Path contentDir, String language, Diagnostics diagnostics) {
        return new InterfaceStrings(files).load(contentDir, language, diagnostics);
    }

    /** The interface strings of each language {@code config} publishes in, by language: see {@link #loadStrings(Path, String, Diagnostics)}. */
    public Map<String, Strings> loadStrings(Path contentDir, SiteConfig config, Diagnostics diagnostics) {
        Map<String, Strings> byLanguage = new LinkedHashMap<>();
        for (String language : config.editions()) {
            byLanguage.put(language, loadStrings(contentDir, language, diagnostics));
        }
        return byLanguage;
    }

    /** The ids of the people, from the names of their files, as {@link #load} checks debates against them. */
    public Set<String> personIds(Path contentDir, Diagnostics diagnostics) {
        return personFiles(contentDir.resolve("people"), new ContentTree(contentDir), diagnostics).stream()
                .map(PersonReader::idOf).collect(Collectors.toSet());
    }

    /**
     * Reads {@code site.yaml} alone, for commands that need the settings but not the archive
     * ({@code rostrum new}). Problems go to {@code diagnostics}, with the same messages as in
     * {@link #load}; a missing or broken file gives the default settings.
     */
    public SiteConfig loadConfig(Path contentDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePosition.startOf(contentDir), "content folder not found");
            return SiteConfigReader.defaults();
        }
        return new SiteConfigReader(files, new ContentTree(contentDir)).read(contentDir.resolve("site.yaml"),
                diagnostics);
    }

    private static void checkTopLevel(Path contentDir, ContentTree tree, SiteConfig config, Diagnostics diagnostics) {
        for (Path entry : tree.list(contentDir, diagnostics)) {
            String name = entry.getFileName().toString();
            if (config.logo().flatMap(SiteConfig.Logo::inContent).filter(entry::equals).isPresent()) {
                continue;
            }
            boolean folder = Files.isDirectory(entry);
            Set<String> expected = folder ? CONTENT_FOLDERS : CONTENT_FILES;
            if (!expected.contains(name)) {
                ContentTree.warnIgnored(entry, Hints.didYouMean(name, expected), diagnostics);
            }
        }
    }

    /** The {@code people/*.yaml} files, sorted; warns about {@code .yml} files, which are not read. */
    private static List<Path> personFiles(Path peopleDir, ContentTree tree, Diagnostics diagnostics) {
        List<Path> personFiles = new ArrayList<>();
        for (Path entry : tree.list(peopleDir, diagnostics)) {
            String name = entry.getFileName().toString();
            if (name.endsWith(".yaml") && Files.isRegularFile(entry)) {
                personFiles.add(entry);
            } else if (name.endsWith(".yml")) {
                ContentTree.warnIgnored(entry, ": person files end in .yaml", diagnostics);
            }
        }
        return personFiles;
    }

    private List<Person> readPeople(Path peopleDir, List<Path> personFiles, ContentTree tree, Diagnostics diagnostics) {
        List<String> photos = tree.files(peopleDir, name -> name.endsWith(".yaml"), diagnostics);
        PersonReader reader = new PersonReader(files, markdown);
        return personFiles.parallelStream()
                .map(file -> reader.read(file, photos, diagnostics))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Person::id))
                .toList();
    }

    /** The folders of {@code debates/}, sorted; warns about files there. */
    private static List<Path> debateFolders(Path debatesDir, ContentTree tree, Diagnostics diagnostics) {
        List<Path> folders = new ArrayList<>();
        for (Path entry : tree.list(debatesDir, diagnostics)) {
            if (Files.isDirectory(entry)) {
                folders.add(entry);
            } else {
                ContentTree.warnIgnored(entry, ": each debate is a folder with an index.md", diagnostics);
            }
        }
        return folders;
    }

    /**
     * The pages of {@code pages/}, sorted by slug; their translations ({@code about.de.md}) go to
     * {@code translations}, sorted by slug, then language. A translation without its page is an error.
     */
    private List<Page> readPages(Path pagesDir, ContentTree tree, SiteConfig config,
            List<Translation<Page>> translations, Diagnostics diagnostics) {
        List<Page> pages = new ArrayList<>();
        PageReader reader = new PageReader(files, markdown, new CommentReader(files, tree, config.timezone()),
                tree);
        List<Translation<Page>> found = new ArrayList<>();
        new PageWalk(reader, tree, config.editions(), pages, found, diagnostics).read(pagesDir, "");
        pages.sort(Comparator.comparing(Page::slug));
        for (Translation<Page> t : found) {
            Optional<Page> original = pages.stream().filter(p -> p.slug().equals(t.content().slug())).findFirst();
            if (original.isEmpty()) {
                diagnostics.error(t.content().position(), "translation " + Fields.quote(
                        t.content().position().file().getFileName().toString())
                        + " has no page in the default language: write pages/" + t.content().slug() + ".md");
            } else {
                translations.add(new Translation<>(t.language(), original.get().translatedAs(t.content())));
            }
        }
        translations.sort(Comparator.comparing((Translation<Page> t) -> t.content().slug())
                .thenComparing(Translation::language));
        return pages;
    }

    /**
     * A walk through {@code pages/}: how it reads pages and lists folders, the languages a page's
     * translation may be in, and where it puts the pages and translations it finds.
     */
    private record PageWalk(PageReader reader, ContentTree tree, List<String> editions, List<Page> pages,
            List<Translation<Page>> translations, Diagnostics diagnostics) {

        /** The pages of {@code dir} and of its folders ({@code pages/about/team.md} below {@code about}). */
        void read(Path dir, String folder) {
            for (Path entry : tree.list(dir, diagnostics)) {
                String name = entry.getFileName().toString();
                Optional<String[]> translation = Files.isRegularFile(entry) ? Languages.ofPageFile(name, editions)
                        : Optional.empty();
                if (translation.isPresent()) {
                    reader.readTranslation(entry, folder + translation.get()[0], diagnostics)
                            .ifPresent(p -> translations.add(new Translation<>(translation.get()[1], p)));
                } else if (name.endsWith(".md") && Files.isRegularFile(entry)) {
                    reader.read(entry, folder, diagnostics).ifPresent(pages::add);
                } else if (name.endsWith(PageReader.FILES_SUFFIX) && Files.isDirectory(entry)) {
                    String page = name.substring(0, name.length() - PageReader.FILES_SUFFIX.length()) + ".md";
                    if (!Files.isRegularFile(entry.resolveSibling(page))) {
                        ContentTree.warnIgnored(entry, ": there is no page " + page + " for these files", diagnostics);
                    }
                } else if (Files.isDirectory(entry) && folder.split("/").length < MAX_PAGE_DEPTH) {
                    read(entry, folder + name + "/");
                } else if (Files.isDirectory(entry)) {
                    ContentTree.warnIgnored(entry, ": pages are at most " + MAX_PAGE_DEPTH + " folders deep",
                            diagnostics);
                } else if (name.endsWith(PageReader.COMMENTS_SUFFIX)) {
                    String page = name.substring(0, name.length() - PageReader.COMMENTS_SUFFIX.length()) + ".md";
                    if (!Files.isRegularFile(entry.resolveSibling(page))) {
                        ContentTree.warnIgnored(entry, ": there is no page " + page + " for these comments",
                                diagnostics);
                    }
                } else {
                    ContentTree.warnIgnored(entry, ": pages are .md files", diagnostics);
                }
            }
        }
    }
}
