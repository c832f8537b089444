package org.rostrum.render;

/**
 * {@code alias.ftlh}: a redirect from an old URL of a debate to its page.
 *
 * @param site       the archive
 * @param page       this page (at the old path)
 * @param title      the debate's title
 * @param targetHref the debate's page, relative to the site root
 * @param targetUrl  the debate's absolute URL, for the canonical link
 */
public record AliasPage(SiteView site, PageMeta page, String title, String targetHref, String targetUrl) {
}
