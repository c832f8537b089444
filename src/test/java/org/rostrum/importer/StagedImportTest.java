package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Format;

class StagedImportTest {

    @TempDir
    Path dir;

    private Path content() {
        return dir.resolve("content");
    }

    private ImportReport nothing(Path staging, Diagnostics diagnostics) {
        return new Tally(Format.DISQUS).report();
    }

    @Test
    void finishesTheMovesOfAnImportKilledWhileMovingFilesIntoPlace() throws IOException {
        Files.createDirectories(content().resolve("debates/a"));
        Files.writeString(content().resolve("debates/a/comments.yaml"), "old\n");
        Files.writeString(content().resolve("gone.md"), "old\n");
        Path work = dir.resolve(".content.rostrum-import");
        Files.createDirectories(work.resolve("tree/debates/b"));
        Files.writeString(work.resolve("tree/debates/b/index.md"), "new b\n");
        // debates/a/comments.yaml was already moved before the kill; b was not.
        Files.write(work.resolve("journal"), List.of("C debates/a/comments.yaml", "A debates/b/index.md", "D gone.md"));

        Diagnostics diagnostics = new Diagnostics();
        StagedImport.Result result = new StagedImport(content(), false, Format.DISQUS).run(this::nothing, diagnostics);

        assertEquals(List.of(work + ":1:1: warning: an earlier import was stopped while moving its files into place; "
                + "its moves were finished first"), diagnostics.sorted().stream().map(Object::toString).toList());
        assertEquals(Map.of("debates/a/comments.yaml", "old\n", "debates/b/index.md", "new b\n"),
                ImportFiles.tree(content()));
        assertEquals(new StagedImport.Changes(0, 0, 0, true), result.changes());
        assertFalse(Files.exists(work));
    }

    @Test
    void deletesWhatAnImportKilledBeforeItsJournalLeft() throws IOException {
        Files.createDirectories(content());
        Files.writeString(content().resolve("site.yaml"), "title: T\n");
        Path work = dir.resolve(".content.rostrum-import");
        Files.createDirectories(work.resolve("tree"));
        Files.writeString(work.resolve("tree/site.yaml"), "title: half-done\n");

        Diagnostics diagnostics = new Diagnostics();
        new StagedImport(content(), false, Format.DISQUS).run(this::nothing, diagnostics);

        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(Map.of("site.yaml", "title: T\n"), ImportFiles.tree(content()));
        assertFalse(Files.exists(work));
    }

    @Test
    void refusesASecondImportIntoTheSameFolderAtOnce() throws IOException {
        Files.createDirectories(content());
        Files.writeString(content().resolve("site.yaml"), "title: T\n");
        Path lockFile = dir.resolve(".content.rostrum-import.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            Diagnostics diagnostics = new Diagnostics();
            new StagedImport(content(), false, Format.DISQUS).run((staging, d) -> {
                throw new AssertionError("the import ran");
            }, diagnostics);
            assertEquals(List.of(content() + ":1:1: error: another import into this content folder is running"),
                    diagnostics.sorted().stream().map(Object::toString).toList());
        }
        assertEquals(Map.of("site.yaml", "title: T\n"), ImportFiles.tree(content()));
    }

    @Test
    void refusesAContentFolderThatIsAFile() throws IOException {
        Files.writeString(content(), "not a folder");
        Diagnostics diagnostics = new Diagnostics();
        new StagedImport(content(), false, Format.DISQUS).run(this::nothing, diagnostics);
        assertEquals(List.of(content() + ":1:1: error: the content folder must be a folder, and not the root"),
                diagnostics.sorted().stream().map(Object::toString).toList());
        assertEquals("not a folder", Files.readString(content()));
    }
}
