package org.rostrum.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rostrum.diag.Diagnostics;
import org.rostrum.i18n.Strings;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;
import org.rostrum.output.Fingerprint;
import org.rostrum.output.OutputFile;
import org.rostrum.render.SiteRenderer;
import org.rostrum.render.Theme;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.thread.CommentThreader;

/**
 * Renders the debate files of an archive again and again in one JVM, after a warm-up, and prints
 * the CPU time of each round: the debate pages phase without the reading and the disk, with much
 * less noise than whole builds. Not a test.
 *
 * <p>{@code java -XX:TieredStopAtLevel=1 -cp ... org.rostrum.bench.RenderBench CONTENT [ROUNDS] [WARMUP] [--thread]}
 * ({@code --thread} times reading and threading the comments as well).
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean threading = List.of(args).contains("--thread");
        MarkdownRenderer markdown = new MarkdownRenderer();
        ContentLoader loader = new ContentLoader(markdown);
        Diagnostics diagnostics = new Diagnostics();
        Site site = loader.load(content, diagnostics);
        Map<String, Strings> strings = loader.loadStrings(content, site.config(), diagnostics);
        SiteRenderer renderer = new SiteRenderer(markdown, Theme.open(content), site, strings::get);
        CommentReader reader = new CommentReader(content, site.config());
        CommentThreader threader = new CommentThreader();
        List<CommentThread> threads = new ArrayList<>();
        for (Debate d : site.debates()) {
            threads.add(threader.thread(reader.read(d.directory(), diagnostics), diagnostics));
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        for (int r = 0; r < warmup + rounds; r++) {
            long start = mx.getCurrentThreadCpuTime();
            long sum = 0;
            long bytes = 0;
            for (int i = 0; i < threads.size(); i++) {
                Debate d = site.debates().get(i);
                CommentThread thread = threading
                        ? threader.thread(reader.read(d.directory(), new Diagnostics()), new Diagnostics())
                        : threads.get(i);
                for (OutputFile f : renderer.debateFiles(d, thread)) {
                    if (f instanceof OutputFile.Generated g) {
                        byte[] b = g.content().get();
                        bytes += b.length;
                        sum += Fingerprint.of(b);
                    }
                }
            }
            long ms = (mx.getCurrentThreadCpuTime() - start) / 1_000_000;
            System.out.printf("round %d%s: %d ms cpu, %d bytes, %x%n", r + 1, r < warmup ? " (warm-up)" : "", ms, bytes, sum);
            if (r >= warmup) {
                times.add(ms);
            }
        }
        times.sort(null);
        System.out.println("median " + times.get(times.size() / 2) + " ms, min " + times.get(0) + " ms");
    }
}
