package org.rostrum.render;

import java.util.Optional;

/**
 * {@code page.ftlh}: a standalone page from {@code pages/}.
 *
 * @param site   the archive
 * @param page   this page
 * @param title  the page's title
 * @param html   its body, rendered Markdown: print with {@code ?no_esc}
 * @param thread its reader comments, whole, for the {@code thread} macro of {@code thread.ftlh}; absent
 *               when the page has none
 */
public record StandalonePage(SiteView site, PageMeta page, String title, String html, Optional<ThreadView> thread) {
}
