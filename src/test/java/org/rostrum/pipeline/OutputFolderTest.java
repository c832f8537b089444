package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.output.SiteWriter;

/**
 * The output folder is Rostrum's alone: a build writes a folder that is missing, empty or marked
 * as Rostrum's, and refuses every other folder, the sources, the repository and {@code /},
 * changing nothing.
 */
class OutputFolderTest {

    private static final String DEBATE = """
            -- content/debates/nato/index.md --
            ---
            title: Could Russia ever join NATO?
            date: 2019-01-28
            ---
            The editors' introduction.
            """;

    @TempDir
    Path dir;

    private InlineSite site() {
        return InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE);
    }

    private BuildResult buildInto(InlineSite site, Path out) {
        return new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(site.options().withOut(out));
    }

    @Test
    void refusesAFolderOfSomeoneElsesFilesAndChangesNothing() throws IOException {
        InlineSite site = site();
        Path docs = dir.resolve("mydocs");
        Files.createDirectories(docs.resolve("taxes"));
        Files.writeString(docs.resolve("letter.txt"), "Dear Sir,\n");
        Files.write(docs.resolve("taxes/2025.pdf"), new byte[] {0, 1, 2, (byte) 0xff});
        FileTree before = FileTree.withFoldersAndLinks(dir);

        BuildResult result = buildInto(site, docs);

        assertEquals(List.of(docs + ":1:1: error: output folder '" + docs + "' is not empty and was not made by"
                + " Rostrum (it has no .rostrum-site file); a build replaces everything in its output folder, so"
                + " choose a new or empty folder"), InlineSite.messages(result));
        FileTree.assertSame(before, FileTree.withFoldersAndLinks(dir), "no lock or cache beside the files");
    }

    @Test
    void refusesTheRepositoryRootAndChangesNothing() throws IOException {
        InlineSite site = site();
        Files.createDirectories(dir.resolve(".git/refs"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve("README.md"), "# The archive\n");
        FileTree before = FileTree.withFoldersAndLinks(dir);
        Path content = site.options().content();

        BuildResult result = buildInto(site, dir);

        assertEquals(List.of(
                dir + ":1:1: error: output folder '" + dir + "' contains the content folder '" + content
                        + "'; choose a folder of its own, such as site",
                dir + ":1:1: error: output folder '" + dir + "' contains the templates folder '"
                        + site.options().templates() + "'; choose a folder of its own, such as site",
                dir + ":1:1: error: output folder '" + dir + "' is the git repository '" + dir.toRealPath()
                        + "'; choose a folder of its own, such as site"),
                InlineSite.messages(result));
        FileTree.assertSame(before, FileTree.withFoldersAndLinks(dir), "no lock or cache beside the files");
    }

    @Test
    void refusesTheWorkingDirectoryOfAProject() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Diagnostics diagnostics = new Diagnostics();
        BuildOptions options = BuildOptions.defaults().withContent(dir.resolve("content"))
                .withTemplates(dir.resolve("templates")).withOut(Path.of("."));

        OutputFolder.check(options, root, diagnostics);

        // Tests run in the project's own checkout: '.' is its repository.
        assertEquals(List.of(".:1:1: error: output folder '.' is the git repository '" + root.toRealPath()
                + "'; choose a folder of its own, such as site"), diagnostics.sorted().stream()
                .map(Object::toString).toList());
    }

    @Test
    void refusesTheContentFolderAndFoldersInsideIt() throws IOException {
        InlineSite site = site();
        FileTree before = FileTree.withFoldersAndLinks(dir);
        Path content = site.options().content();

        assertEquals(List.of(content + ":1:1: error: output folder '" + content + "' is the content folder '"
                + content + "'; choose a folder of its own, such as site"), InlineSite.messages(buildInto(site, content)));
        Path inside = content.resolve("site");
        assertEquals(List.of(inside + ":1:1: error: output folder '" + inside + "' is inside the content folder '"
                + content + "'; choose a folder of its own, such as site"), InlineSite.messages(buildInto(site, inside)));
        Path templates = site.options().templates();
        assertEquals(List.of(templates + ":1:1: error: output folder '" + templates + "' is the templates folder '"
                + templates + "'; choose a folder of its own, such as site"),
                InlineSite.messages(buildInto(site, templates)));
        FileTree.assertSame(before, FileTree.withFoldersAndLinks(dir), "no lock or cache beside the files");
    }

    @Test
    void refusesAFile() throws IOException {
        InlineSite site = site();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "remember the milk\n");
        FileTree before = FileTree.withFoldersAndLinks(dir);

        assertEquals(List.of(notes + ":1:1: error: output folder '" + notes + "' is a file, not a folder"),
                InlineSite.messages(buildInto(site, notes)));
        FileTree.assertSame(before, FileTree.withFoldersAndLinks(dir), "no lock or cache beside the files");
    }

    @Test
    void refusesTheRootOfTheFileSystem() {
        InlineSite site = site();

        assertEquals(List.of("/:1:1: error: the output folder cannot be '/', the root of the file system; choose a"
                + " folder of its own, such as site"), InlineSite.messages(buildInto(site, Path.of("/"))));
    }

    @Test
    void rebuildsItsOwnFolderAndAdoptsOneBuiltBeforeTheMarker() throws IOException {
        InlineSite site = site();
        Files.createDirectories(site.out());
        assertEquals(List.of(), InlineSite.messages(site.build()), "an empty folder is taken");
        assertTrue(Files.isRegularFile(site.out().resolve(SiteWriter.MARKER)));
        site.write("-- content/debates/nato/index.md --\n---\ntitle: Changed\ndate: 2019-01-28\n---\nText.\n");
        assertEquals(List.of(), InlineSite.messages(site.build()), "its own folder is rebuilt");

        Files.delete(site.out().resolve(SiteWriter.MARKER));
        site.write("-- content/debates/nato/index.md --\n---\ntitle: Again\ndate: 2019-01-28\n---\nText.\n");
        assertEquals(List.of(), InlineSite.messages(site.build()), "a folder with the cache beside it is adopted");
        assertTrue(Files.isRegularFile(site.out().resolve(SiteWriter.MARKER)), "and marked");
        assertTrue(site.read("debates/nato/index.html").contains("Again"));
    }

    @Test
    void followsASymbolicLinkAndUpdatesItsTarget() throws IOException {
        InlineSite site = site();
        Path target = dir.resolve("www");
        Files.createDirectories(target);
        Files.createSymbolicLink(site.out(), Path.of("www"));

        assertEquals(List.of(), InlineSite.messages(site.build()));
        site.write("-- content/debates/nato/index.md --\n---\ntitle: Changed\ndate: 2019-01-28\n---\nText.\n");
        assertEquals(List.of(), InlineSite.messages(site.build()));

        assertTrue(Files.isSymbolicLink(site.out()), "the link stays a link");
        assertEquals(Path.of("www"), Files.readSymbolicLink(site.out()));
        assertTrue(Files.readString(target.resolve("debates/nato/index.html"), StandardCharsets.UTF_8)
                .contains("Changed"));
        assertTrue(Files.isRegularFile(target.resolve(SiteWriter.MARKER)));
    }

    @Test
    void refusesASymbolicLinkToAForeignFolderOrToNothing() throws IOException {
        InlineSite site = site();
        Path docs = dir.resolve("mydocs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("letter.txt"), "Dear Sir,\n");
        Files.createSymbolicLink(site.out(), Path.of("mydocs"));
        FileTree before = FileTree.withFoldersAndLinks(dir);

        assertEquals(List.of(site.out() + ":1:1: error: output folder '" + site.out() + "' is not empty and was not"
                + " made by Rostrum (it has no .rostrum-site file); a build replaces everything in its output folder,"
                + " so choose a new or empty folder"), InlineSite.messages(site.build()));
        FileTree.assertSame(before, FileTree.withFoldersAndLinks(dir), "no lock or cache beside the files");

        Files.delete(site.out());
        Files.createSymbolicLink(site.out(), Path.of("gone"));
        assertEquals(List.of(site.out() + ":1:1: error: output folder '" + site.out() + "' is a symbolic link to a"
                + " folder that does not exist"), InlineSite.messages(site.build()));
        assertFalse(Files.exists(dir.resolve("gone")));
    }
}
