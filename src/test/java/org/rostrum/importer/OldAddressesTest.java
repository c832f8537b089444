package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.model.Timestamp;

class OldAddressesTest {

    private static final Timestamp JUNE = new Timestamp(ZonedDateTime.of(2019, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC), false);

    private static WxrReader.Term tag(String name, String nicename) {
        return new WxrReader.Term("post_tag", name, nicename);
    }

    @Test
    void aTagThatIsNoTopicLeadsToASearchForItsNameWithItsFeedAndEveryOldPage(@TempDir Path into) throws Exception {
        OldAddresses addresses = new OldAddresses();
        for (int post = 1; post <= 11; post++) {
            addresses.post("p" + post, Optional.empty(), List.of(tag("Café crème", "cafe-creme")), List.of(), JUNE);
        }
        addresses.post("p12", Optional.empty(), List.of(tag("Straße &amp; Co", "strasse")), List.of(), JUNE);

        OldAddresses.Added added = addresses.write(into, path -> false);

        assertEquals(new OldAddresses.Added(8, 5), added);
        assertEquals("""
                # Old addresses of the site and the pages they moved to (rostrum import)
                "/feed/": "/feed.xml"
                "/2019/": "/archive/2019/"
                "/2019/06/": "/archive/2019/"
                "/tag/cafe-creme/": "/search/?q=Caf%C3%A9%20cr%C3%A8me"
                "/tag/cafe-creme/feed/": "/search/?q=Caf%C3%A9%20cr%C3%A8me"
                "/tag/cafe-creme/page/2/": "/search/?q=Caf%C3%A9%20cr%C3%A8me"
                "/tag/strasse/": "/search/?q=Stra%C3%9Fe%20%26%20Co"
                "/tag/strasse/feed/": "/search/?q=Stra%C3%9Fe%20%26%20Co"
                """, Files.readString(into.resolve(OldAddresses.FILE)));
    }

    @Test
    void aTagThatIsATopicLeadsToTheTopicAsBefore(@TempDir Path into) throws Exception {
        OldAddresses addresses = new OldAddresses();
        addresses.post("p1", Optional.empty(), List.of(tag("NATO", "nato")), List.of("NATO"), JUNE);

        assertEquals(new OldAddresses.Added(5, 0), addresses.write(into, path -> false));
        String written = Files.readString(into.resolve(OldAddresses.FILE));
        assertTrue(written.contains("\"/tag/nato/\": \"/topics/nato/\"\n"
                + "\"/tag/nato/feed/\": \"/topics/nato/feed.xml\"\n"), written);
    }
}
