package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes inside its output folder only (and its lock and cache files beside it), whatever the
 * content names: aliases, bundle files and folders, symbolic links. Paths that would leave the
 * folder, or need one name as both a file and a folder, are errors in the content, and then
 * nothing at all is written.
 */
class OutputConfinementTest {

    @TempDir
    Path dir;

    private static final String DEBATE = """
            -- content/debates/nato/index.md --
            ---
            title: Could Russia ever join NATO?
            date: 2019-01-28
            aliases: [%s]
            ---
            The editors' introduction.
            """;

    @Test
    void writesOnlyInsideTheOutputFolderWhateverTheContentNames() throws IOException {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML
                + DEBATE.formatted("/.hidden/old/, \"/ünïcödé/\", /a%2F..%2Fb/, /old.html, /a/b/c/d/e/, \"/..%2F..%2Fx/\"")
                + "-- content/debates/nato/maps/europe/1989.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
                + "-- content/debates/nato/..hidden..txt --\nodd but harmless\n");
        Set<String> before = paths(dir);
        assertEquals(List.of(), InlineSite.messages(site.build()));

        Set<String> added = paths(dir);
        added.removeAll(before);
        for (String path : added) {
            assertTrue(path.equals(".site.lock") || path.equals(".site.cache") || path.equals("site")
                    || path.startsWith("site/") || path.equals(".site.search")
                    || path.matches("\\.site\\.search/(entries\\.(index|[0-9]+\\.pack)|index\\.(state|docs|postings))"), path);
        }
        Path real = site.out().toRealPath();
        try (Stream<Path> walk = Files.walk(site.out())) {
            for (Path p : walk.toList()) {
                assertTrue(p.toRealPath().startsWith(real) && !Files.isSymbolicLink(p), p.toString());
            }
        }
        assertTrue(Files.isRegularFile(site.out().resolve("a%2F..%2Fb/index.html")), "an escaped slash is a name");
        assertTrue(Files.isRegularFile(site.out().resolve("debates/nato/maps/europe/1989.svg")));
        assertTrue(Files.isRegularFile(site.out().resolve("ünïcödé/index.html")));
    }

    @Test
    void writesNothingWhenAPathWouldLeaveTheOutputFolder() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), "not for the site\n");
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE.formatted("../../escape/, /a/../../escape/"));
        Files.createSymbolicLink(dir.resolve("content/debates/nato/secret.txt"), Path.of("../../../outside/secret.txt"));
        Files.createSymbolicLink(dir.resolve("content/debates/leak"), Path.of("../../outside"));
        Set<String> before = paths(dir);

        assertEquals(List.of(
                "content/debates/leak:1:1: error: symbolic link 'leak' points outside the content folder",
                "content/debates/nato/index.md:4:11: error: invalid alias '../../escape/': '..' is not allowed",
                "content/debates/nato/index.md:4:26: error: invalid alias '/a/../../escape/': '..' is not allowed",
                "content/debates/nato/secret.txt:1:1: error: symbolic link 'secret.txt' points outside the content"
                        + " folder"),
                InlineSite.messages(site.build()).stream().map(m -> m.replace(dir + "/", "")).toList());
        assertEquals(before, paths(dir), "nothing written anywhere");
    }

    @Test
    void reportsAnOutputThatWouldBeBothAFileAndAFolder() throws IOException {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML
                + DEBATE.formatted("/feed.xml/, /static/style.css/old/, /people/index.html/")
                + "-- content/debates/nato/index.html/map.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Set<String> before = paths(dir);
        String at = "content/debates/nato/index.md:1:1: error: output files ";
        assertEquals(List.of(
                at + "'debates/nato/index.html' and 'debates/nato/index.html/map.svg' cannot both be written:"
                        + " 'debates/nato/index.html' would have to be a file and a folder",
                at + "'feed.xml' and 'feed.xml/index.html' cannot both be written: 'feed.xml' would have to be a file"
                        + " and a folder",
                at + "'people/index.html' and 'people/index.html/index.html' cannot both be written:"
                        + " 'people/index.html' would have to be a file and a folder",
                at + "'static/style.css' and 'static/style.css/old/index.html' cannot both be written:"
                        + " 'static/style.css' would have to be a file and a folder"),
                InlineSite.messages(site.build()).stream().map(m -> m.replace(dir + "/", "")).toList());
        assertEquals(before, paths(dir), "nothing written anywhere");
        assertFalse(Files.exists(site.out()));
    }

    /** Every file and folder under {@code root}, relative, with {@code /}, links not followed. */
    private static Set<String> paths(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> paths = new TreeSet<>();
            walk.filter(p -> !p.equals(root)).forEach(p -> paths.add(root.relativize(p).toString().replace('\\', '/')));
            return paths;
        }
    }
}
