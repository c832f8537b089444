package org.rostrum.render;

/**
 * {@code page.ftlh}: a standalone page from {@code pages/}.
 *
 * @param site  the archive
 * @param page  this page
 * @param title the page's title
 * @param html  its body, rendered Markdown: print with {@code ?no_esc}
 */
public record StandalonePage(SiteView site, PageMeta page, String title, String html) {
}
