package org.rostrum.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.slug.Slug;

/**
 * The topic names an import gives its debates, chosen so that the result passes {@code check}:
 * names that give the same slug (they differ only in case, accents or punctuation, such as
 * {@code markup}, {@code Markup} and {@code Märkup}) become one topic, spelled as the content folder
 * already spells it, or else as most posts spell it (the first spelling in the export on a tie); {@code Uncategorized}, WordPress's default category,
 * and names without a letter or digit are never topics; terms of the kind {@code --topics} leaves
 * out are dropped. Immutable once made.
 */
final class TopicNames {

    private final TopicTerms choice;
    private final Map<String, String> spellingBySlug;
    private final Set<String> uncategorized;
    private final Counts counts;

    /** How many spellings were merged into another, terms dropped, and names left unusable. */
    private record Counts(int merged, int dropped, int unusable) {
    }

    private TopicNames(TopicTerms choice, Map<String, String> spellingBySlug, Set<String> uncategorized,
            Counts counts) {
        this.choice = choice;
        this.spellingBySlug = Map.copyOf(spellingBySlug);
        this.uncategorized = Set.copyOf(uncategorized);
        this.counts = counts;
    }

    /** Chooses the spellings from every term of the posts to be imported, in export order. */
    static TopicNames of(List<ExportSurvey.Term> terms, TopicTerms choice) {
        return of(terms, choice, Map.of());
    }

    /**
     * Chooses the spellings from every term of the posts to be imported, in export order; a slug the
     * content folder already uses keeps its spelling there ({@code existing}, by slug).
     */
    static TopicNames of(List<ExportSurvey.Term> terms, TopicTerms choice, Map<String, String> existing) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Set<String> uncategorized = new HashSet<>();
        Set<String> droppedSlugs = new HashSet<>();
        Set<String> unusable = new HashSet<>();
        for (ExportSurvey.Term term : terms) {
            String name = clean(term.name());
            String slug = Slug.of(name);
            if (!term.tag() && (term.nicename().equals("uncategorized") || slug.equals("uncategorized"))) {
                uncategorized.add(name);
            } else if (!choice.keeps(term.tag())) {
                droppedSlugs.add((term.tag() ? "t:" : "c:") + name);
            } else if (slug.isEmpty()) {
                unusable.add(name);
            } else {
                counts.computeIfAbsent(slug, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> spellings = new HashMap<>();
        int merged = 0;
        for (Map.Entry<String, Map<String, Integer>> entry : counts.entrySet()) {
            String kept = existing.get(entry.getKey());
            if (kept != null) {
                spellings.put(entry.getKey(), kept);
                merged += (int) entry.getValue().keySet().stream().filter(name -> !name.equals(kept)).count();
                continue;
            }
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> spelling : entry.getValue().entrySet()) {
                if (spelling.getValue() > most) {
                    best = spelling.getKey();
                    most = spelling.getValue();
                }
            }
            spellings.put(entry.getKey(), best);
            merged += entry.getValue().size() - 1;
        }
        unusable.removeIf(String::isEmpty);
        return new TopicNames(choice, spellings, uncategorized,
                new Counts(merged, droppedSlugs.size(), unusable.size()));
    }

    /** The topics of a post with these terms, in the order of its terms, each once. */
    List<String> topicsOf(List<WxrReader.Term> terms) {
        List<String> topics = new ArrayList<>();
        for (WxrReader.Term term : terms) {
            boolean tag = term.domain().equals("post_tag") || term.domain().equals("tag");
            if (!tag && !term.domain().isEmpty() && !term.domain().equals("category") || !choice.keeps(tag)) {
                continue;
            }
            String name = clean(term.name());
            String slug = Slug.of(name);
            if (slug.isEmpty() || !tag && (uncategorized.contains(name) || slug.equals("uncategorized"))) {
                continue;
            }
            String spelling = spellingBySlug.getOrDefault(slug, name);
            if (!topics.contains(spelling)) {
                topics.add(spelling);
            }
        }
        return topics;
    }

    /** Adds the report's notes: spellings merged, terms dropped. */
    void count(Tally tally) {
        tally.add(Outcome.TOPICS_MERGED, counts.merged());
        tally.add(choice == TopicTerms.TAGS ? Outcome.CATEGORIES_DROPPED : Outcome.TAGS_DROPPED, counts.dropped());
        tally.add(Outcome.TOPICS_UNUSABLE, counts.unusable());
    }

    /** A term's name as a topic: entities decoded, white space folded. */
    static String clean(String name) {
        return HtmlToMarkdown.decodeEntities(name).replaceAll("\\s+", " ").strip();
    }
}
