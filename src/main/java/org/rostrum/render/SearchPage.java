package org.rostrum.render;

/**
 * {@code search.ftlh}: the search form, which works in the browser from the index files under {@code search/}.
 *
 * @param site      the archive
 * @param page      this page
 * @param indexHref the folder of the search index, relative to the site root ({@code search/})
 */
public record SearchPage(SiteView site, PageMeta page, String indexHref) {
}
