package org.rostrum.pipeline.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.output.Fingerprint;

/**
 * The scan that tells a build what changed: every debate folder's fingerprint moves with any
 * change in it, and its fingerprint without comments moves with everything but the comment files.
 */
class InputScanTest {

    @TempDir
    Path dir;

    private Path content() throws IOException {
        Path debate = dir.resolve("content/debates/alpha");
        Files.createDirectories(debate);
        Files.writeString(debate.resolve("index.md"), "---\ntitle: Alpha?\n---\nText.\n");
        Files.writeString(debate.resolve("comments.yaml"), "comments: []\n");
        Files.createDirectories(dir.resolve("content/debates/beta"));
        Files.writeString(dir.resolve("content/debates/beta/index.md"), "---\ntitle: Beta?\n---\n");
        Files.writeString(dir.resolve("content/debates/stray.txt"), "not a debate\n");
        return dir.resolve("content");
    }

    private InputScan scan(Path content) {
        return InputScan.of(content, dir.resolve("templates"));
    }

    @Test
    void seesEachDebateFolderAndNothingElse() throws IOException {
        InputScan scan = scan(content());
        assertEquals(Set.of("alpha", "beta"), scan.debates().keySet());
        assertEquals(scan.debates().keySet(), scan.pages().keySet());
        assertEquals(scan.debates(), scan(dir.resolve("content")).debates(), "the same folders, the same prints");
    }

    @Test
    void aCommentEditMovesTheFolderButNotItsPage() throws IOException {
        Path content = content();
        InputScan before = scan(content);
        Files.writeString(content.resolve("debates/alpha/comments.yaml"), "comments: [] # edited\n");
        Files.createDirectories(content.resolve("debates/alpha/comments"));
        Files.writeString(content.resolve("debates/alpha/comments/2026.yaml"), "comments: []\n");
        InputScan after = scan(content);
        assertNotEquals(before.debates().get("alpha"), after.debates().get("alpha"));
        assertEquals(before.pages().get("alpha"), after.pages().get("alpha"));
        assertEquals(before.debates().get("beta"), after.debates().get("beta"));
    }

    @Test
    void anEditOfTheTextOrABundleFileMovesThePage() throws IOException {
        Path content = content();
        InputScan before = scan(content);
        Files.writeString(content.resolve("debates/alpha/index.md"), "---\ntitle: Alpha, again?\n---\nText.\n");
        InputScan edited = scan(content);
        assertNotEquals(before.pages().get("alpha"), edited.pages().get("alpha"));
        Files.writeString(content.resolve("debates/alpha/map.png"), "png");
        InputScan bundled = scan(content);
        assertNotEquals(edited.pages().get("alpha"), bundled.pages().get("alpha"));
        assertNotEquals(edited.debates().get("alpha"), bundled.debates().get("alpha"));
    }

    @Test
    void aFileSavedTwiceInOneClockTickWithTheSameSizeStillCounts() throws IOException {
        Path content = content();
        Path comments = content.resolve("debates/alpha/comments.yaml");
        InputScan before = scan(content);
        var time = Files.getLastModifiedTime(comments);
        Files.writeString(comments, "comments: {}\n");   // as long as "comments: []\n"
        Files.setLastModifiedTime(comments, time);
        InputScan after = scan(content);
        assertEquals(before.debates().get("alpha"), after.debates().get("alpha"), "the same size and time");
        assertTrue(before.racy().containsKey("debates/alpha/comments.yaml"), "a recent file is remembered by its bytes");
        InputScan verified = after.verified(before.racy(), content, dir.resolve("templates"));
        assertNotEquals(before.debates().get("alpha"), verified.debates().get("alpha"), "and its bytes are compared");
        assertEquals(before.pages().get("alpha"), verified.pages().get("alpha"), "only its comments changed");
        assertEquals(before.global(), verified.global());
        assertEquals(before.debates().get("alpha"),
                scan(content).verified(Map.of("debates/alpha/comments.yaml", Fingerprint.of(Files.readAllBytes(comments))),
                        content, dir.resolve("templates")).debates().get("alpha"),
                "bytes as remembered: unchanged");
    }

    @Test
    void aLinkedFolderIsNotADebate() throws IOException {
        Path content = content();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("index.md"), "---\ntitle: Linked?\n---\n");
        Files.createSymbolicLink(content.resolve("debates/linked"), elsewhere);
        InputScan scan = scan(content);
        assertFalse(scan.debates().containsKey("linked"));
        assertTrue(scan.debates().containsKey("alpha"));
    }
}
