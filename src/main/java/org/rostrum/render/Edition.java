package org.rostrum.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rostrum.layout.Layout;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Site;
import org.rostrum.model.Topic;

/**
 * The pages of a site in one of its languages: the default language at the root (or, with
 * {@code default_language_in_folder}, under its own folder too), each other under {@code <language>/}.
 * Every edition has the same pages at the same paths below its root, so the
 * same page in another language is always there: a debate or page without a translation is shown
 * in its own language, marked as such.
 *
 * @param language  the language of this edition's pages
 * @param languages every language of the site, the default first (one for a site in one language)
 * @param siteUrl   the absolute URL of the whole site's root ({@code base_url}), ending in {@code /}
 * @param defaultInFolder the default language too is under {@code <language>/}
 */
record Edition(String language, List<String> languages, String siteUrl, boolean defaultInFolder) {

    Edition {
        languages = List.copyOf(languages);
    }

    /** The default edition of a site: the only one of a site in one language. */
    static Edition of(Site site) {
        return new Edition(site.config().language(), site.config().editions(), site.config().baseUrl(),
                site.config().everyLanguageInFolder());
    }

    boolean isDefault() {
        return languages.get(0).equals(language);
    }

    /** Where this edition's pages are, relative to the site's root: empty (at the root) or {@code de/}. */
    String prefix() {
        return prefixOf(language);
    }

    private String prefixOf(String tag) {
        return Layout.editionFolder(tag, languages.get(0), defaultInFolder);
    }

    /** The other editions of the site: none for a site in one language. */
    List<Edition> others() {
        return languages.stream().filter(l -> !l.equals(language)).map(l -> new Edition(l, languages, siteUrl, defaultInFolder))
                .toList();
    }

    /**
     * The page at {@code href} (relative to an edition's root) in every language, this one marked
     * current; none for a site in one language.
     */
    List<LanguageLink> links(String href) {
        if (languages.size() < 2) {
            return List.of();
        }
        return linksFrom(Layout.root(prefix()), href);
    }

    /** {@link #links} from the site's root: each language's home, none current, from the root's redirect page. */
    List<LanguageLink> rootLinks() {
        return languages.stream().map(l -> new LanguageLink(l, autonym(l), prefixOf(l),
                Layout.absolute(siteUrl + prefixOf(l), ""), false)).toList();
    }

    private List<LanguageLink> linksFrom(String up, String href) {
        return languages.stream().map(l -> new LanguageLink(l, autonym(l), up + prefixOf(l) + href,
                Layout.absolute(siteUrl + prefixOf(l), href), l.equals(language))).toList();
    }

    /** The language a text in {@code textLanguage} is marked with on this edition's pages: none when it is the edition's. */
    Optional<String> foreign(String textLanguage) {
        return textLanguage.equals(language) ? Optional.empty() : Optional.of(textLanguage);
    }

    /** A language's name in itself, capitalised as a name in a list: {@code Deutsch}, {@code Français}. */
    static String autonym(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(locale)
                + name.substring(name.offsetByCodePoints(0, 1));
    }

    /**
     * {@code published} as this edition shows it: each debate and page in this language when it has
     * a translation, else as it is, with the language of its text; topics under their names in this
     * language; without aliases and redirects, which only the default edition answers to.
     */
    Site siteOf(Site published) {
        String original = languages.get(0);
        Map<String, Debate> debates = new HashMap<>();
        published.translations().debates().stream().filter(t -> t.language().equals(language))
                .forEach(t -> debates.put(t.content().slug(), t.content()));
        Map<String, Page> pages = new HashMap<>();
        published.translations().pages().stream().filter(t -> t.language().equals(language))
                .forEach(t -> pages.put(t.content().slug(), t.content()));
        List<Debate> shown = published.debates().stream()
                .map(d -> Optional.ofNullable(debates.get(d.slug()))
                        .orElseGet(() -> untranslated(d, d.language().orElse(original))))
                .toList();
        List<Page> shownPages = published.pages().stream()
                .map(p -> Optional.ofNullable(pages.get(p.slug())).map(p::translatedAs)
                        .orElseGet(() -> p.translatedAs(p)))
                .toList();
        List<Topic> topics = published.topics().stream()
                .map(t -> new Topic(t.nameIn(language), t.slug(), t.descriptionHtml(), t.descriptionLinks(),
                        t.summary(), t.names()))
                .toList();
        return new Site(published.config().forEdition(language, siteUrl + prefix()), shown, published.people(),
                topics, shownPages, List.of(), published.translations());
    }

    /** A debate as an edition without its translation shows it: in {@code textLanguage}, without aliases. */
    private static Debate untranslated(Debate d, String textLanguage) {
        return d.translatedAs(d, textLanguage);
    }
}
