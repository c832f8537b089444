package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostrum.bench.Needle;

/**
 * Not a test but a measurement for {@code bench/run}: the check of {@code NeedleSearchIT} on an
 * already built benchmark site ({@code -Dsearch.site=DIR}) and the needle its generator wrote
 * ({@code -Dneedle.file=FILE}), from {@code file://} and from nginx under {@code /archive/} on a
 * loopback port, {@code -Dneedle.runs} times each (3 by default, the browser's cache cleared before
 * each). Prints, for each, the bytes and files loaded before the results, the median time from the
 * last keystroke to the first results, the result count, the thread page it landed on and whether
 * the reply was targeted and highlighted there, and a last line {@code needle: ok} or
 * {@code needle: FAIL ...}. Skipped without {@code search.site} or without the needle file.
 */
class NeedleSearchBench {

    @Test
    void measure() throws Exception {
        String dir = System.getProperty("search.site", "");
        String file = System.getProperty("needle.file", "");
        assumeTrue(!dir.isEmpty() && !file.isEmpty(), "set -Dsearch.site and -Dneedle.file to measure");
        Optional<Needle> planted = Needle.read(Path.of(file));
        assumeTrue(planted.isPresent(), "no needle in " + file);
        Needle needle = planted.get();
        Path site = Path.of(dir).toAbsolutePath();
        int runs = Integer.getInteger("needle.runs", 3);
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        assumeTrue(tools.isPresent(), "missing " + missing);
        Path work = Files.createTempDirectory("rostrum-needle-bench");
        List<String> failures = new ArrayList<>();
        System.out.printf("needle '%s': comment %s (depth %d) of %s (%d comments), on %s%n", needle.query(),
                needle.comment(), needle.depth(), needle.debate(), needle.thread(), NeedleSearch.expectedPage(site, needle));
        System.out.printf("%-16s %10s %6s %16s %10s %10s  %s%n", "from", "bytes", "files", "first result ms",
                "results", "thread B", "landed on");
        try (Nginx nginx = Nginx.serve(tools.get().nginx(), site, work.resolve("nginx"), Nginx.freePort());
                Browser browser = Browser.start(tools.get())) {
            for (String where : List.of("file://", "nginx /archive/")) {
                String root = where.startsWith("file") ? site.toUri().toString() : nginx.baseUrl();
                List<NeedleSearch.Outcome> outcomes = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    outcomes.add(NeedleSearch.search(browser, site, root, needle));
                }
                NeedleSearch.Outcome first = outcomes.get(0);
                double ms = outcomes.stream().mapToDouble(NeedleSearch.Outcome::firstResultMs).sorted()
                        .skip(runs / 2).findFirst().orElse(-1);
                System.out.printf("%-16s %10d %6d %16.0f %10s %10d  %s%n", where, first.bytes(), first.files(), ms,
                        first.status().replaceAll("[^0-9,]", ""), first.landedBytes(), first.landed() + "#"
                                + first.fragment() + (first.targeted() ? ", :target" : ", NOT :target")
                                + (first.highlighted() ? ", highlighted" : ", NOT highlighted")
                                + (first.inView() ? ", in view" : ", NOT in view"));
                outcomes.stream().filter(o -> !o.found(needle)).findFirst()
                        .ifPresent(o -> failures.add(where + ": " + o));
            }
        } finally {
            InlineSite.deleteTree(work);
        }
        System.out.println(failures.isEmpty() ? "needle: ok (first result, landed on it highlighted, under 300 kB)"
                : "needle: FAIL " + failures);
    }
}
