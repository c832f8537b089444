package org.rostrum.render;

/**
 * {@code search.ftlh}: the search form, which works in the browser from the index files under {@code search/}.
 *
 * @param site      the archive
 * @param page      this page
 * @param indexHref the folder of the search index, relative to the site root ({@code search/})
 * @param strings   the interface strings that {@code search.js} writes, as JSON for a
 *                  {@code <script type="application/json" id="search-strings">}: print with {@code ?no_esc}
 */
public record SearchPage(SiteView site, PageMeta page, String indexHref, String strings) {
}
