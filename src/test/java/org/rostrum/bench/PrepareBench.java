package org.rostrum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.rostrum.search.DocumentPreparer;
import org.rostrum.search.PreparedDocuments;
import org.rostrum.search.SearchDebate;
import org.rostrum.search.SearchDocument;
import org.rostrum.search.Stemmer;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.source.InterfaceStrings;
import org.rostrum.thread.CommentThreader;

/**
 * Not a test: times {@link DocumentPreparer} over the search documents of an archive, on one thread,
 * round after round in one JVM (run it with {@code -XX:TieredStopAtLevel=1} as the launcher does),
 * and prints a CRC of every debate's {@link PreparedDocuments#toBytes} so that two versions can be
 * compared. Usage: {@code PrepareBench CONTENT [ROUNDS]}.
 */
public final class PrepareBench {

    private PrepareBench() {
    }

    private record Entry(SearchDebate debate, List<SearchDocument> documents) {
    }

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Diagnostics diagnostics = new Diagnostics();
        MarkdownRenderer markdown = new MarkdownRenderer();
        ContentLoader loader = new ContentLoader(markdown);
        Site site = loader.load(content, diagnostics);
        Map<String, org.rostrum.i18n.Strings> strings = loader.loadStrings(content, site.config(), diagnostics);
        SiteRenderer renderer = new SiteRenderer(markdown, Theme.open(content.resolve("no-templates")), site,
                lang -> strings.getOrDefault(lang, new InterfaceStrings().shipped(lang)));
        CommentReader reader = new CommentReader(content, site.config());
        CommentThreader threader = new CommentThreader();
        List<Entry> entries = new ArrayList<>();
        long chars = 0;
        int docs = 0;
        for (Debate d : site.debates()) {
            CommentThread thread = threader.thread(reader.read(d.directory(), diagnostics), diagnostics);
            List<SearchDocument> documents = renderer.searchDocuments(d, thread);
            entries.add(new Entry(renderer.searchDebate(d), documents));
            for (SearchDocument s : documents) {
                chars += s.text().length();
                docs++;
            }
        }
        System.out.printf("%d debates, %d documents, %d characters of text%n", entries.size(), docs, chars);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Stemmer stemmer = Stemmer.forLanguage(site.config().language());
        List<Long> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            DocumentPreparer preparer = new DocumentPreparer(stemmer);
            CRC32 crc = new CRC32();
            long cpu = mx.getCurrentThreadCpuTime();
            for (Entry e : entries) {
                PreparedDocuments p = preparer.prepare(Optional.of(e.debate()), e.documents());
                if (r == 0) {
                    crc.update(p.toBytes());
                }
            }
            long ms = (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            times.add(ms);
            System.out.printf("round %d: %d ms cpu%s%n", r, ms, r == 0 ? ", crc " + Long.toHexString(crc.getValue()) : "");
        }
        List<Long> later = new ArrayList<>(times.subList(Math.min(2, times.size() - 1), times.size()));
        later.sort(null);
        System.out.printf("median of rounds 2..: %d ms cpu%n", later.get(later.size() / 2));
    }
}
