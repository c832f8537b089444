package org.rostrum.render;

/**
 * {@code 404.ftlh}: the page a server shows for a missing path. Because it is served at any
 * depth, its {@code page.root} is the absolute path of the site's root taken from {@code base_url}
 * (for example {@code /archive/}) rather than a relative one.
 *
 * @param site the archive
 * @param page this page
 */
public record NotFoundPage(SiteView site, PageMeta page) {
}
