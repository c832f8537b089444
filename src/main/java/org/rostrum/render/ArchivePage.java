package org.rostrum.render;

import java.util.List;

/**
 * {@code archive.ftlh}: the years of the archive with their counts, newest first.
 *
 * @param site  the archive
 * @param page  this page
 * @param years every year that has debates
 */
public record ArchivePage(SiteView site, PageMeta page, List<YearEntry> years) {
    public ArchivePage {
        years = List.copyOf(years);
    }
}
