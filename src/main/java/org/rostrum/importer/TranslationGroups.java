package org.rostrum.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.rostrum.importer.ExportSurvey.LanguagePost;

/**
 * Which imported posts are translations of which, decided from the whole export before the first
 * post is written. The site's default language is the channel's {@code <language>} when a post is
 * written in it (matched by its primary subtag: {@code de-DE} is {@code de}), else the language most
 * posts are in. In each translation group the original is the first post (in export order) in the
 * default language, or the group's first post; every other post of the group in a language the group
 * does not have yet is its translation. Everything else is a debate of its own, in its language.
 *
 * <p>Immutable.
 */
final class TranslationGroups {

    /** An export without languages: every post a debate of its own. */
    static final TranslationGroups NONE = new TranslationGroups("", List.of(), Map.of(), Map.of());

    private final String defaultLanguage;
    private final List<String> languages;
    private final Map<String, String> languageOf;
    private final Map<String, String> originalOf;

    private TranslationGroups(String defaultLanguage, List<String> languages, Map<String, String> languageOf,
            Map<String, String> originalOf) {
        this.defaultLanguage = defaultLanguage;
        this.languages = List.copyOf(languages);
        this.languageOf = Map.copyOf(languageOf);
        this.originalOf = Map.copyOf(originalOf);
    }

    static TranslationGroups of(List<LanguagePost> posts, String channelLanguage) {
        if (posts.isEmpty()) {
            return NONE;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        posts.forEach(p -> counts.merge(p.language(), 1, Integer::sum));
        String channel = PostLanguage.tag(channelLanguage);
        String primary = Locale.forLanguageTag(channel).getLanguage();
        String defaultLanguage = counts.containsKey(channel) ? channel
                : counts.keySet().stream().filter(l -> Locale.forLanguageTag(l).getLanguage().equals(primary))
                        .findFirst()
                        .orElseGet(() -> counts.entrySet().stream().max(Map.Entry.comparingByValue())
                                .orElseThrow().getKey());
        List<String> languages = new ArrayList<>(List.of(defaultLanguage));
        new TreeSet<>(counts.keySet()).stream().filter(l -> !l.equals(defaultLanguage)).forEach(languages::add);
        Map<String, String> languageOf = new HashMap<>();
        Map<String, List<LanguagePost>> groups = new LinkedHashMap<>();
        for (LanguagePost p : posts) {
            languageOf.put(p.postId(), p.language());
            if (!p.group().isEmpty()) {
                groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
            }
        }
        Map<String, String> originalOf = new HashMap<>();
        for (List<LanguagePost> group : groups.values()) {
            LanguagePost original = group.stream().filter(p -> p.language().equals(defaultLanguage)).findFirst()
                    .orElse(group.get(0));
            List<String> taken = new ArrayList<>(List.of(original.language()));
            for (LanguagePost p : group) {
                if (p != original && !taken.contains(p.language())) {
                    taken.add(p.language());
                    originalOf.put(p.postId(), original.postId());
                }
            }
        }
        return new TranslationGroups(defaultLanguage, languages, languageOf, originalOf);
    }

    /** The site's languages, the default first, the others in alphabetical order; empty without any. */
    List<String> languages() {
        return languages;
    }

    /** Whether the export has posts in more than one language. */
    boolean multilingual() {
        return languages.size() > 1;
    }

    /** The language of the post {@code postId}, when a plugin gave one. */
    Optional<String> languageOf(String postId) {
        return Optional.ofNullable(languageOf.get(postId));
    }

    /** The language of a debate of its own, for its {@code language} field: empty in the default language. */
    Optional<String> ownLanguageOf(String postId) {
        return languageOf(postId).filter(l -> !l.equals(defaultLanguage));
    }

    /** The post that {@code postId} translates, when it is a translation. */
    Optional<String> originalOf(String postId) {
        return Optional.ofNullable(originalOf.get(postId));
    }
}
