package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rostrum.search.SearchDocument.Kind;

class PreparedDocumentsTest {

    private static final SearchDebate DEBATE = new SearchDebate(2021, List.of("Economy"), List.of("Ann"));

    /** Text that escapes, folds and encodes in every way there is. */
    private static final List<String> HOSTILE = List.of(
            "</script><b>\"x\" & 'y'</b>\\ \u0000\u0001\u007f \u2028\u2029 end\n",
            "Η Συνθήκη — ΟΔΥΣΣΕΥΣ · Москва ё · 東京都。 الْعَرَبِيَّة · İstanbul ıI · e\u0301 · 𝔸𝔹",
            "nbsp\u00a0zw\u200b\u200c\u200djoin\u00ad\ufeff\t\r\n\u3000ideographic \u0085next",
            "lone \ud800 high, lone \udc00 low, pair \ud835\udc00 ok, reversed \udc00\ud835");

    /** A document fragment's row as {@link Script} makes it and {@link String#getBytes} encodes it: the oracle. */
    private static String scriptRow(SearchDocument d) {
        String text = SearchIndexWriter.clean(d.text());
        text = text.length() > SearchIndexWriter.MAX_TEXT ? text.substring(0, SearchIndexWriter.MAX_TEXT) : text;
        return new Script().raw("[").number(d.kind().ordinal()).raw(",").string(d.url()).raw(",")
                .string(SearchIndexWriter.clean(d.heading())).raw(",").string(SearchIndexWriter.clean(d.author()))
                .raw(",").string(d.date()).raw(",").string(text).raw("]").toString();
    }

    private static List<SearchDocument> documents(Random random, int n) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                text.append(HOSTILE.get(random.nextInt(HOSTILE.size()))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            if (random.nextInt(4) == 0) {
                text.append("w".repeat(SearchIndexWriter.MAX_TEXT - 1 - text.length() % 7)).append("\ud835\udc00 tail");
            }
            docs.add(new SearchDocument(Kind.values()[i % Kind.values().length], "debates/x/#comment-" + i + "\"<",
                    HOSTILE.get(i % HOSTILE.size()), i % 3 == 0 ? "" : " Ann \u2028 Lee ", "2021-0" + (1 + i % 9) + "-01",
                    i % 5 == 0 ? HOSTILE.get(random.nextInt(HOSTILE.size())) : "", text.toString()));
        }
        return docs;
    }

    @Test
    void rowsAreWhatScriptMakesOfThemInUtf8AndRecordsKeepTheirHash() {
        Random random = new Random(3);
        List<SearchDocument> docs = documents(random, 60);
        PreparedDocuments p = PreparedDocuments.of(Stemmer.ENGLISH, Optional.of(DEBATE), docs);
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        for (int i = 0; i < docs.size(); i++) {
            String row = scriptRow(docs.get(i));
            assertArrayEquals(row.getBytes(StandardCharsets.UTF_8), p.rowBytes(i), row);
            SearchDocument d = docs.get(i);
            int length = counter.add(d.title(), SearchIndexWriter.TITLE_WEIGHT)
                    + counter.add(d.author(), SearchIndexWriter.AUTHOR_WEIGHT)
                    + counter.add(SearchIndexWriter.clean(d.text()), SearchIndexWriter.TEXT_WEIGHT);
            assertEquals(length, p.length(i));
            assertArrayEquals(IndexState.record(p.dictionary(), new TermCounter.Counted(p.ids(i), p.weights(i)), length,
                    p.kind(i), row), p.record(i), row);
        }
    }

    @Test
    void aWorkspaceKeptFromDebateToDebatePreparesTheSameBytesAsAFreshOne() {
        Random random = new Random(5);
        PreparedDocuments.Workspace kept = new PreparedDocuments.Workspace(Stemmer.ENGLISH);
        DocumentPreparer preparer = new DocumentPreparer(Stemmer.ENGLISH);
        for (int debate = 0; debate < 30; debate++) {
            List<SearchDocument> docs = documents(random, random.nextInt(12));
            byte[] fresh = PreparedDocuments.of(Stemmer.ENGLISH, Optional.of(DEBATE), docs).toBytes();
            assertArrayEquals(fresh, PreparedDocuments.of(kept, Optional.of(DEBATE), docs).toBytes(), "debate " + debate);
            assertArrayEquals(fresh, preparer.prepare(Optional.of(DEBATE), docs).toBytes(), "debate " + debate);
        }
    }
}
