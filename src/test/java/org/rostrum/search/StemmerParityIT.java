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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser folds, splits and stems exactly as the build: every word of the example content, of
 * the German word list, the French, Spanish, Russian, Italian,
 * Portuguese, Dutch and Arabic words of their stemmers' tests and some
 * awkward ones goes through {@code static/search.js} in headless
 * Chromium, through each of its stemmers, and must come out as {@link Words} and that
 * {@link Stemmer} make it. Skipped without Chromium, except under CI.
 */
class StemmerParityIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void browserMakesTheSameTermsAsTheBuild(@TempDir Path dir) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, "chromium is missing");
        }
        assumeTrue(present, "chromium is missing");
        Set<String> text = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                text.addAll(List.of(Files.readString(f).split("\\s+")));
            }
        }
        text.addAll(List.of("Tomáš", "Králík", "Straße", "İstanbul", "ΟΔΥΣΣΕΥΣ", "agreed", "skies", "generously",
                "hopping", "inning", "yelling", "sayings", "12th", "Steuern", "naïve", "Zürich's"));
        for (String line : Files.readAllLines(Path.of("src/test/resources/search/german-words.txt"))) {
            if (!line.startsWith("#")) {
                text.addAll(List.of(line.split("\\s+")));
            }
        }
        text.addAll(FrenchStemmerTest.forms());
        text.addAll(SpanishStemmerTest.forms());
        text.addAll(RussianStemmerTest.forms());
        text.addAll(ItalianStemmerTest.forms());
        text.addAll(PortugueseStemmerTest.forms());
        text.addAll(DutchStemmerTest.forms());
        text.addAll(ArabicStemmerTest.forms());
        List<String> inputs = new ArrayList<>(text);
        List<Stemmer> stemmers = List.of(Stemmer.values());
        Files.copy(Path.of("src/main/theme/static/search.js"), dir.resolve("search.js"));
        StringBuilder scripts = new StringBuilder("<script src=search.js></script>");
        for (Stemmer stemmer : stemmers) {
            Path script = Path.of("src/main/theme/static/search-" + stemmer.id() + ".js");
            if (Files.exists(script)) {
                Files.copy(script, dir.resolve(script.getFileName()));
                scripts.append("<script src=").append(script.getFileName()).append("></script>");
            }
        }
        String ids = String.join(",", stemmers.stream().map(s -> "'" + s.id() + "'").toList());
        StringBuilder json = new StringBuilder("[");
        for (String s : inputs) {
            json.append(json.length() > 1 ? "," : "").append(new Script().string(s).toString());
        }
        Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><meta charset=utf-8>" + scripts
                + "<pre id=out></pre><script>var s = window.rostrumSearch; document.getElementById('out').textContent = "
                + json + "].map(function (t) { return [" + ids + "].map(function (id) {"
                + " return s.words(t).map(s.stemmers[id]).join(' '); }).join(' | '); }).join('\\n');</script>",
                StandardCharsets.UTF_8);
        String dom = dump(dir.resolve("page.html"), dir);
        String out = dom.substring(dom.indexOf("<pre id=\"out\">") + 14, dom.indexOf("</pre>"));
        List<String> expected = inputs.stream().map(t -> String.join(" | ", stemmers.stream()
                .map(st -> String.join(" ", Words.words(t).stream().map(st::stem).toList())).toList())).toList();
        assertEquals(String.join("\n", expected), unescape(out));
        assertTrue(expected.size() > 10000, "words compared: " + expected.size());
    }

    private static String dump(Path page, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
