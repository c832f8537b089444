package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesNamesValidSlugs() {
        assertEquals("russia-nato", Slugs.slugify("russia-nato"));
        assertEquals("pochemu-nato", Slugs.slugify("%d0%bf%d0%be%d1%87%d0%b5%d0%bc%d1%83-%d0%bd%d0%b0%d1%82%d0%be"));
        assertEquals("zoes-cafe-creme", Slugs.slugify("Zoë’s Café Crème!"));
        assertEquals("strasse-und-oe", Slugs.slugify("Straße und Œ"));
        assertEquals("novyy-god-i-yelka", Slugs.slugify("Новый год и ёлка"));
        assertEquals("etc-passwd", Slugs.slugify("../../etc/passwd"));
        assertEquals("", Slugs.slugify("？！"));
    }

    @Test
    void cutsLongSlugsAtAHyphen() {
        String slug = Slugs.slugify("word ".repeat(40));
        assertTrue(slug.length() <= 80, slug);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
    }

    @Test
    void handsOutEachSlugOnceInCallOrder() {
        Slugs slugs = new Slugs(Set.of("topics"));
        assertEquals("nato", slugs.allocate("nato"));
        assertEquals("nato-2", slugs.allocate("NATO"));
        assertEquals("nato-3", slugs.allocate("", "nato"));
        assertEquals("topics-2", slugs.allocate("topics"));
        assertEquals("post-7", slugs.allocate("", "？", "post-7"));
        assertEquals("item", slugs.allocate(""));
    }

    @Test
    void percentDecodingKeepsWhatIsNotAnEscape() {
        assertEquals("100% sure 😀", Slugs.percentDecode("100% sure %F0%9F%98%80"));
        assertEquals("%zz", Slugs.percentDecode("%zz"));
    }
}
