package org.rostrum.render;

import java.util.List;

/**
 * {@code index.ftlh}: the home page and its continuations ({@code page/<n>/}), newest debates first.
 *
 * @param site       the archive
 * @param page       this page
 * @param debates    the debates on this page
 * @param pagination where this page stands
 */
public record HomePage(SiteView site, PageMeta page, List<DebateCard> debates, Pagination pagination) {
    public HomePage {
        debates = List.copyOf(debates);
    }
}
