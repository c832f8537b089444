package org.rostrum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;
import org.rostrum.render.SiteRenderer;
import org.rostrum.render.Theme;
import org.rostrum.search.SearchDebate;
import org.rostrum.search.SearchDocument;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.source.InterfaceStrings;
import org.rostrum.thread.CommentThreader;

/**
 * Not a test: compares two builds of the search classes (two folders of classes, each loaded apart)
 * preparing the search documents of an archive, round A then round B then A again and so on in one
 * JVM on one thread, so that both see the same load; prints each one's CPU time per round, their
 * medians, and a CRC of every debate's prepared bytes for each. Usage:
 * {@code PrepareAB CONTENT CLASSES_A CLASSES_B [ROUNDS]}, run with {@code -XX:TieredStopAtLevel=1}.
 */
public final class PrepareAB {

    private PrepareAB() {
    }

    /** One build of the classes: its preparer's constructor and method, and the documents made of its classes. */
    private static final class Side {

        final String name;
        final Constructor<?> preparer;
        final Object stemmer;
        final Method prepare;
        final Method toBytes;
        final List<Object[]> debates = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        Side(String name, Path classes, String language) throws Exception {
            this.name = name;
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (String part : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (part.endsWith(".jar")) {
                    urls.add(Path.of(part).toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> stemmerClass = loader.loadClass("org.rostrum.search.Stemmer");
            stemmer = stemmerClass.getMethod("forLanguage", String.class).invoke(null, language);
            Class<?> preparerClass = loader.loadClass("org.rostrum.search.DocumentPreparer");
            preparer = preparerClass.getConstructor(stemmerClass);
            prepare = preparerClass.getMethod("prepare", Optional.class, List.class);
            toBytes = loader.loadClass("org.rostrum.search.PreparedDocuments").getMethod("toBytes");
            this.loader = loader;
        }

        final ClassLoader loader;

        @SuppressWarnings({"unchecked", "rawtypes"})
        void add(SearchDebate debate, List<SearchDocument> documents) throws Exception {
            Class<?> debateClass = loader.loadClass("org.rostrum.search.SearchDebate");
            Class kindClass = loader.loadClass("org.rostrum.search.SearchDocument$Kind");
            Class<?> documentClass = loader.loadClass("org.rostrum.search.SearchDocument");
            Object d = debateClass.getConstructor(int.class, List.class, List.class)
                    .newInstance(debate.year(), debate.topics(), debate.people());
            Constructor<?> make = documentClass.getConstructors()[0];
            List<Object> docs = new ArrayList<>();
            for (SearchDocument s : documents) {
                docs.add(make.newInstance(Enum.valueOf(kindClass, s.kind().name()), s.url(), s.heading(), s.author(),
                        s.date(), s.title(), s.text()));
            }
            debates.add(new Object[] {Optional.of(d), docs});
        }

        long round(ThreadMXBean mx, boolean check) throws Exception {
            Object p = preparer.newInstance(stemmer);
            CRC32 crc = new CRC32();
            long cpu = mx.getCurrentThreadCpuTime();
            for (Object[] e : debates) {
                Object prepared = prepare.invoke(p, e[0], e[1]);
                if (check) {
                    crc.update((byte[]) toBytes.invoke(prepared));
                }
            }
            times.add((mx.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            return crc.getValue();
        }

        long median() {
            List<Long> later = new ArrayList<>(times.subList(Math.min(2, times.size() - 1), times.size()));
            later.sort(null);
            return later.get(later.size() / 2);
        }
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Diagnostics diagnostics = new Diagnostics();
        MarkdownRenderer markdown = new MarkdownRenderer();
        ContentLoader loader = new ContentLoader(markdown);
        Site site = loader.load(content, diagnostics);
        Map<String, org.rostrum.i18n.Strings> strings = loader.loadStrings(content, site.config(), diagnostics);
        SiteRenderer renderer = new SiteRenderer(markdown, Theme.open(content.resolve("no-templates")), site,
                lang -> strings.getOrDefault(lang, new InterfaceStrings().shipped(lang)));
        CommentReader reader = new CommentReader(content, site.config());
        CommentThreader threader = new CommentThreader();
        Side a = new Side("A", Path.of(args[1]), site.config().language());
        Side b = new Side("B", Path.of(args[2]), site.config().language());
        for (Debate d : site.debates()) {
            CommentThread thread = threader.thread(reader.read(d.directory(), diagnostics), diagnostics);
            List<SearchDocument> documents = renderer.searchDocuments(d, thread);
            a.add(renderer.searchDebate(d), documents);
            b.add(renderer.searchDebate(d), documents);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            for (Side s : r % 2 == 0 ? List.of(a, b) : List.of(b, a)) {
                long crc = s.round(mx, r == 0);
                System.out.printf("round %d %s: %d ms cpu%s%n", r, s.name, s.times.get(r),
                        r == 0 ? ", crc " + Long.toHexString(crc) : "");
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int r = 2; r < rounds; r++) {
            ratios.add((double) b.times.get(r) / a.times.get(r));
        }
        ratios.sort(null);
        System.out.printf("median of rounds 2..: A %d ms, B %d ms cpu; median of B/A by round %.3f%n", a.median(),
                b.median(), ratios.isEmpty() ? Double.NaN : ratios.get(ratios.size() / 2));
    }
}
