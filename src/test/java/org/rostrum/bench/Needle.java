package org.rostrum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Two words that a generated archive has in one reply only, deep in a long thread: what a reader
 * types to find that reply. The generator plants it in the first debate from the middle of the
 * archive on with more than {@link #LONG_THREAD} comments, in that thread's last reply at depth
 * {@link #DEPTH} or deeper (so in its last part when the thread is split), by adding one sentence
 * to that reply; nothing else of the archive changes. The words are a place and a rare noun, chosen
 * by the seed from lists that share no word with the generator's vocabularies.
 *
 * <p>Written beside the content as lines of {@code key: value} ({@code query}, {@code debate},
 * {@code comment}, {@code depth}, {@code thread}) for {@code bench/run} and the browser checks.
 *
 * @param query   the two words, lower case, separated by a space
 * @param debate  the debate's slug
 * @param comment the reply's id
 * @param depth   the reply's depth (0 for a comment at the top of the thread)
 * @param thread  how many comments the debate has
 */
public record Needle(String query, String debate, String comment, int depth, int thread) {

    static final int LONG_THREAD = 300;
    static final int DEPTH = 3;
    static final List<String> PLACES = List.of("Samarkand", "Timbuktu", "Valparaiso", "Zanzibar", "Reykjavik",
            "Ulaanbaatar", "Kathmandu", "Tbilisi", "Marrakesh", "Galway", "Trondheim", "Zagreb");
    static final List<String> NOUNS = List.of("harpsichord", "marmalade", "walrus", "porcupine", "xylophone",
            "tapestry", "accordion", "lighthouse", "sundial", "gondola", "quince", "bagpipe");

    /** The place and the noun for {@code seed}, from a random stream of their own (the archive's is untouched). */
    static List<String> words(long seed) {
        Random random = new Random(seed * 7919 + 17);
        return List.of(PLACES.get(random.nextInt(PLACES.size())), NOUNS.get(random.nextInt(NOUNS.size())));
    }

    /** The paragraph added to the reply: the two words among words of the generator's own vocabulary. */
    static String sentence(List<String> words) {
        return "As in " + words.get(0) + ", the " + words.get(1) + " is on the state budget.";
    }

    /** The lines of {@code needle.txt}. */
    String text() {
        return "query: " + query + "\ndebate: " + debate + "\ncomment: " + comment + "\ndepth: " + depth
                + "\nthread: " + thread + "\n";
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text(), StandardCharsets.UTF_8);
    }

    /** The needle that {@code file} describes, or empty when there is no such file. */
    public static Optional<Needle> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                values.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        for (String key : List.of("query", "debate", "comment", "depth", "thread")) {
            if (!values.containsKey(key)) {
                throw new IOException(file + ": no line '" + key + ": ...'");
            }
        }
        return Optional.of(new Needle(values.get("query"), values.get("debate"), values.get("comment"),
                Integer.parseInt(values.get("depth")), Integer.parseInt(values.get("thread"))));
    }
}
