package org.rostrum.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * The language codes of a site in several languages: the tags of {@code languages}, of
 * {@code language} in front matter, of comments' {@code lang} and of translation file names
 * ({@code index.de.md}). A code is known when its language is one of ISO 639.
 */
final class Languages {

    /** What a language code looks like, for messages. */
    static final String EXPECTED = "an ISO 639 language code such as de, fr or pt-BR";

    /** {@code index.<language>.md}, the name of a debate's translation. */
    private static final Pattern DEBATE_TRANSLATION = Pattern.compile("index\\.([A-Za-z0-9-]+)\\.md");

    /** {@code <name>.<language>.md}, the name of a page's translation. */
    private static final Pattern PAGE_TRANSLATION = Pattern.compile("(.+)\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.md");

    private static final Set<String> ISO_639 = Stream.of(Locale.getISOLanguages())
            .flatMap(code -> Stream.of(code, new Locale(code).getISO3Language()))
            .collect(Collectors.toUnmodifiableSet());

    private Languages() {
    }

    /** The code in its normal form ({@code pt-BR}), or empty when it names no ISO 639 language. */
    static Optional<String> known(String tag) {
        return SiteValues.language(tag.strip()).filter(t -> ISO_639.contains(Locale.forLanguageTag(t).getLanguage()));
    }

    /**
     * The code {@code tag} written at {@code position}, checked: an error when it is no known code, or
     * when it is not one of {@code editions} (the site's languages).
     */
    static Optional<String> check(String tag, List<String> editions, SourcePosition position,
            Diagnostics diagnostics) {
        Optional<String> known = known(tag);
        if (known.isEmpty()) {
            diagnostics.error(position, "unknown language code " + Fields.quote(tag.strip()) + ": write " + EXPECTED);
            return Optional.empty();
        }
        if (!editions.contains(known.get())) {
            diagnostics.error(position, "language " + Fields.quote(known.get())
                    + " is not listed in 'languages' of site.yaml (" + String.join(", ", editions) + ")");
            return Optional.empty();
        }
        return known;
    }

    /** The language code of a debate's translation file ({@code de} for {@code index.de.md}), if it is one. */
    static Optional<String> ofDebateFile(String name) {
        Matcher m = DEBATE_TRANSLATION.matcher(name);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The page and language of a page's translation file ({@code about} and {@code de} for
     * {@code about.de.md}) when the language is one of {@code editions} but the first.
     */
    static Optional<String[]> ofPageFile(String name, List<String> editions) {
        Matcher m = PAGE_TRANSLATION.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return known(m.group(2)).filter(l -> editions.indexOf(l) > 0).map(l -> new String[] {m.group(1), l});
    }
}
