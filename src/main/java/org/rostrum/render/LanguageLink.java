package org.rostrum.render;

/**
 * The same page in one of the site's languages, for the language switcher and the
 * {@code hreflang} alternates.
 *
 * @param code    the BCP 47 tag ({@code de}), for {@code hreflang} and {@code lang}
 * @param name    the language's name in itself ({@code Deutsch}, {@code Français})
 * @param href    the page in that language, relative to the root of this page's language: write
 *                {@code ${page.root}${l.href}}
 * @param url     its absolute URL, for {@code <link rel="alternate">}
 * @param current whether it is the page itself
 */
public record LanguageLink(String code, String name, String href, String url, boolean current) {
}
