package org.rostrum.render;

/**
 * {@code search.ftlh}: the search form, which works in the browser from {@code search-index.json}.
 *
 * @param site      the archive
 * @param page      this page
 * @param indexHref the search index, relative to the site root
 */
public record SearchPage(SiteView site, PageMeta page, String indexHref) {
}
