package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "http://example.org/", "https://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG", "mailto:someone@example.org",
        "MailTo:someone@example.org", "../other/", "other/", "#comment-c4", "/debates/x/", "//cdn.example.org/x",
        "?page=2", "page.html", "a/b:c", "", "  https://example.org"
    })
    void allowsWebAndMailLinksAndRelativeOnes(String destination) {
        assertTrue(UrlPolicy.allowsReaderLink(destination), destination);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)", "&#X6a;avascript:alert(1)", "&#106avascript:alert(1)", "&#0000106;avascript:alert(1)",
        "java&#09;script:alert(1)", "java&Tab;script:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        " \u0001javascript:alert(1)", "java\u0000script:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)",
        "javascript&#x3a alert(1)", "&amp;#106;avascript:alert(1)", "java\u200Bscript:alert(1)", "java\u00A0script:alert(1)",
        "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd",
        "ftp://example.org/", "tel:+123", ":alert(1)", "jav&#x09;ascript:alert(1)", "javascript://%0aalert(1)"
    })
    void rejectsEveryOtherScheme(String destination) {
        assertFalse(UrlPolicy.allowsReaderLink(destination), destination);
    }

    @Test
    void decodesNamedDecimalAndHexadecimalReferencesWithOrWithoutSemicolon() {
        assertEquals("j:j:j", UrlPolicy.decodeCharacterReferences("&#106;&colon;&#x6a;&#58&#x6A"));
        assertEquals("&x <", UrlPolicy.decodeCharacterReferences("&ampx &lt"));
        assertEquals("&nosuchentity; & &# &#x;", UrlPolicy.decodeCharacterReferences("&nosuchentity; & &# &#x;"));
        assertEquals("\uFFFD\uFFFD\uFFFD", UrlPolicy.decodeCharacterReferences("&#0;&#xD800;&#99999999999;"));
    }

    @Test
    void readsTheSchemeOnlyBeforeAnyPathQueryOrFragment() {
        assertEquals("https", UrlPolicy.scheme("HTTPS://x"));
        assertEquals("javascript", UrlPolicy.scheme(" Java\tScript:x"));
        assertEquals("", UrlPolicy.scheme("/a:b"));
        assertEquals("", UrlPolicy.scheme("?a:b"));
        assertEquals("", UrlPolicy.scheme("#a:b"));
        assertEquals("", UrlPolicy.scheme("plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/debates/x/", "../x/", "other/", "#anchor", "map.png", "/", "?q=1"})
    void siteLinksAreTheOnesWithoutSchemeOrHost(String destination) {
        assertTrue(UrlPolicy.staysInSite(destination), destination);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://x/", "https://x/", "mailto:a@b.c", "tel:1", "//host/x", "", "javascript:x"})
    void externalOrEmptyLinksDoNotStayInSite(String destination) {
        assertFalse(UrlPolicy.staysInSite(destination), destination);
    }
}
