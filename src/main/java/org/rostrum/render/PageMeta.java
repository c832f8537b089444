package org.rostrum.render;

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
 */
public record PageMeta(String root, String href, String url, String title, String description, String kind) {
}
