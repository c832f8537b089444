package org.rostrum.render;

import java.util.List;

/**
 * The debates of one month on a year page.
 *
 * @param name    the month's name in the site's language
 * @param anchor  an {@code id} for the month ({@code month-01})
 * @param debates newest first
 */
public record MonthGroup(String name, String anchor, List<DebateCard> debates) {
    public MonthGroup {
        debates = List.copyOf(debates);
    }
}
