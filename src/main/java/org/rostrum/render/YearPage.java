package org.rostrum.render;

import java.util.List;
import java.util.Optional;

/**
 * {@code year.ftlh}: one year's debates, grouped by month, newest first.
 *
 * @param site     the archive
 * @param page     this page
 * @param year     the year
 * @param months   the months that have debates, newest first
 * @param previous the nearest earlier year with debates
 * @param next     the nearest later year with debates
 */
public record YearPage(SiteView site, PageMeta page, YearEntry year, List<MonthGroup> months,
        Optional<YearEntry> previous, Optional<YearEntry> next) {
    public YearPage {
        months = List.copyOf(months);
    }
}
