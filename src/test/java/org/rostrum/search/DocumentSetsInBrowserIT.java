package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser reads a capped term's set ({@link DocumentSets}) as the build wrote it, in each of its forms:
 * sets of every density, encoded here, go through {@code rostrumSearch.members} of
 * {@code static/search.js} in headless Chromium and must come back as they went in. Skipped without
 * Chromium, except under CI.
 */
class DocumentSetsInBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void browserDecodesEveryFormAsWritten(@TempDir Path dir) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, "chromium is missing");
        }
        assumeTrue(present, "chromium is missing");
        Random random = new Random(11);
        List<int[]> sets = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        int docs = 40_000;
        for (int density : new int[] {0, 1, 5, 16, 17, 30, 60, 100}) {
            int[] members = IntStream.range(0, docs).filter(i -> random.nextInt(100) < density).toArray();
            sets.add(members);
            encoded.add(DocumentSets.encode(members, docs));
        }
        sets.add(new int[] {0, 31, 32, 1023, 1024, 39_999});
        encoded.add(DocumentSets.encode(sets.get(sets.size() - 1), docs));
        assertTrue(encoded.stream().anyMatch(e -> e.startsWith("0,")) && encoded.stream().anyMatch(e -> e.startsWith("1,"))
                && encoded.stream().anyMatch(e -> e.charAt(0) >= '2'), "every form: " + encoded.stream()
                .map(e -> e.substring(0, e.indexOf(','))).toList());
        Files.copy(Path.of("src/main/theme/static/search.js"), dir.resolve("search.js"));
        Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><meta charset=utf-8><script src=search.js></script>"
                + "<pre id=out></pre><script>var s = window.rostrumSearch; document.getElementById('out').textContent = "
                + "[[" + String.join("],[", encoded) + "]].map(function (a) { return s.members(a[0], a[1]).join(' '); })"
                + ".join('\\n');</script>", StandardCharsets.UTF_8);
        String dom = dump(dir.resolve("page.html"), dir);
        String out = dom.substring(dom.indexOf("<pre id=\"out\">") + 14, dom.indexOf("</pre>"));
        List<String> expected = sets.stream()
                .map(m -> String.join(" ", IntStream.of(m).mapToObj(String::valueOf).toList())).toList();
        assertEquals(String.join("\n", expected), out);
    }

    private static String dump(Path page, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
