package org.rostrum.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutputPathsTest {

    @Test
    void acceptsRelativeFilePaths() {
        for (String path : List.of("index.html", "debates/a/index.html", ".well-known/security.txt", "a/.b", "a/...",
                "a..b/c.d", "static/thread.js")) {
            assertTrue(OutputPaths.isSafe(path), path);
        }
    }

    @Test
    void refusesPathsThatCouldLeaveTheOutputFolder() {
        for (String path : List.of("", "/", "/etc/passwd", "a/", "a//b", ".", "..", "./a", "a/./b", "../a", "a/..",
                "a/../b", "a\\b", "..\\a", "a\u0000b", "a\u007fb", "a\nb", "a\tb")) {
            assertFalse(OutputPaths.isSafe(path), path);
        }
    }

    /** The rule as first written, with split: the one-pass check must agree with it everywhere. */
    private static boolean reference(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
                return false;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    @Test
    void agreesWithTheRuleOnRandomPaths() {
        char[] alphabet = {'a', 'b', '.', '/', '\\', '\u0000', '\u001f', '\u007f', 'é', ' '};
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                path.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(reference(path.toString()), OutputPaths.isSafe(path.toString()), path.toString());
        }
    }
}
