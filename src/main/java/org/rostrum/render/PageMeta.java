package org.rostrum.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rostrum.i18n.Strings;

/**
 * What every page knows about itself.
 *
 * @param root        the relative path from this page to the site root ({@code ""}, {@code "../../"});
 *                    every {@code href} in a view is relative to the root, so templates write
 *                    {@code ${page.root}${x.href}}
 * @param href        this page, relative to the root ({@code debates/x/index.html})
 * @param url         this page's absolute, canonical URL ({@code https://example.org/debates/x/})
 * @param title       the document title for {@code <title>}, without the site's name
 * @param description one sentence for meta tags (may be empty)
 * @param kind        the page kind: {@code home}, {@code debate}, {@code comments}, {@code topic},
 *                    {@code topics}, {@code person}, {@code people}, {@code archive}, {@code year},
 *                    {@code page}, {@code search}, {@code not-found}
 * @param languages   this page in each of the site's languages, for {@code hreflang} alternates and
 *                    the language switcher; empty for a site in one language
 * @param contentLanguage the language of the page's text when it is not the page's own: a debate or
 *                    page not translated yet, shown as written (empty otherwise)
 */
public record PageMeta(String root, String href, String url, String title, String description, String kind,
        List<LanguageLink> languages, Optional<String> contentLanguage) {

    public PageMeta {
        languages = List.copyOf(languages);
        Objects.requireNonNull(contentLanguage, "contentLanguage");
    }

    /**
     * The writing direction of {@link #contentLanguage()} ({@code rtl} or {@code ltr}), or {@code ""}
     * when the page's text is in its own language: an English debate shown untranslated in an
     * Arabic edition is laid out left to right inside the right-to-left page.
     */
    public String contentDirection() {
        return contentLanguage.map(Strings::directionOf).orElse("");
    }

    /** A page of a site in one language. */
    public PageMeta(String root, String href, String url, String title, String description, String kind) {
        this(root, href, url, title, description, kind, List.of(), Optional.empty());
    }
}
