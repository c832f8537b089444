package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AliasesTest {

    @Test
    void takesThePermalinkPathBelowTheBlog() {
        assertEquals(Optional.of("/2019/01/russia-nato/"),
                Aliases.pathUnder("https://old.example.org/2019/01/russia-nato/", "https://old.example.org"));
        assertEquals(Optional.of("/2009/05/deterrence/"),
                Aliases.pathUnder("http://www.example.net/blog/2009/05/deterrence/", "http://www.example.net/blog/"));
        assertEquals(Optional.of("/blog/x/"),
                Aliases.pathUnder("http://other.example.net/blog/x/", "http://www.example.net/blog"));
        assertEquals(Optional.of("/2019/%d0%bf/"),
                Aliases.pathUnder("https://old.example.org/2019/%d0%bf/", ""));
    }

    @Test
    void refusesAddressesThatARedirectPageCannotServe() {
        assertEquals(Optional.empty(), Aliases.pathUnder("https://old.example.org/?p=12", "https://old.example.org"));
        assertEquals(Optional.empty(), Aliases.pathUnder("https://old.example.org/", "https://old.example.org"));
        assertEquals(Optional.empty(), Aliases.pathUnder("https://old.example.org/a/../../etc/", ""));
        assertEquals(Optional.empty(), Aliases.pathUnder("https://old.example.org/a/%2e%2e/b/", ""));
        assertEquals(Optional.empty(), Aliases.pathUnder("https://old.example.org/a//b/", ""));
        assertEquals(Optional.empty(), Aliases.pathUnder("not a url", ""));
    }

    @Test
    void knowsWhichPathsTheSiteWritesItself() {
        for (String owned : List.of("/debates/x/", "/static/style.css", "/topics/", "/topics/nato/", "/people/x/",
                "/archive/", "/archive/2019/", "/page/2/", "/search/", "/404.html")) {
            assertTrue(Aliases.builtBySite(owned), owned);
        }
        for (String free : List.of("/2019/01/russia-nato/", "/archive/russia-nato/", "/topics/nato/feed/x/",
                "/about/", "/page/about/")) {
            assertFalse(Aliases.builtBySite(free), free);
        }
    }

    @Test
    void comparesLinksByDecodedPathWithSlashes() {
        assertEquals(Optional.of("/2019/01/x/"), Aliases.matchKey("http://old.example.org/2019/01/x?utm=feed#c"));
        assertEquals(Optional.of("/2019/01/x.html/"), Aliases.matchKey("/2019/01/x.html"));
        assertEquals(Optional.of("/почему/"), Aliases.matchKey("/%D0%BF%D0%BE%D1%87%D0%B5%D0%BC%D1%83/"));
        assertEquals(Optional.empty(), Aliases.matchKey("https://old.example.org/?p=3"));
        assertEquals(Optional.empty(), Aliases.matchKey("deterrence"));
    }
}
