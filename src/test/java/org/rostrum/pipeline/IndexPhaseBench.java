package org.rostrum.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rostrum.output.SiteWriter;
import org.rostrum.pipeline.cache.SearchStore;
import org.rostrum.pipeline.cache.StoreKeys;
import org.rostrum.search.Stemmer;

/**
 * The index phase alone ({@link SearchStage#write}) over the entries an earlier build stored:
 * {@code IndexPhaseBench <out folder of that build> <new out folder> [language]}; prints its time.
 */
public final class IndexPhaseBench {

    private IndexPhaseBench() {
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        SearchStore store = new SearchStore(Path.of(args[0]));
        Map<String, Long> keys = StoreKeys.of(store.folder());
        List<String> order = store.order().orElseThrow();
        Path out = Path.of(args[1]);
        long start = System.nanoTime();
        long cpu0 = cpu();
        try (SiteWriter writer = SiteWriter.begin(out)) {
            SearchStage.write(new SearchStage.Sources(Stemmer.forLanguage(args.length > 2 ? args[2] : "en"), List.of(),
                    order, slug -> store.read(slug, keys.get(slug))), writer, "", 2, BuildProgress.NONE);
            System.out.printf("index: %d debates in %.2f s, cpu %.2f s, main thread cpu %.2f s%n", order.size(),
                    (System.nanoTime() - start) / 1e9, (cpu() - cpu0) / 1e9,
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
            System.out.flush();
            if (args.length > 3) {
                Runtime.getRuntime().halt(0);
            }
            writer.commit();
        }
        System.out.printf("with commit: %.2f s%n", (System.nanoTime() - start) / 1e9);
    }
}
