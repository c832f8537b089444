package org.rostrum.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.serve.ServedFolder.BadRequest;
import org.rostrum.serve.ServedFolder.Forbidden;
import org.rostrum.serve.ServedFolder.Found;
import org.rostrum.serve.ServedFolder.NotFound;
import org.rostrum.serve.ServedFolder.Redirect;

class ServedFolderTest {

    @TempDir
    Path dir;

    private Path site;
    private ServedFolder folder;

    @BeforeEach
    void site() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("debates/x"));
        Files.createDirectories(site.resolve("empty"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("debates/x/index.html"), "debate");
        Files.writeString(site.resolve("debates/x/über uns.txt"), "umlaut");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        folder = new ServedFolder(site);
    }

    @Test
    void foldersResolveToTheirIndex() {
        assertEquals(new Found(site.resolve("index.html")), folder.resolve("/"));
        assertEquals(new Found(site.resolve("debates/x/index.html")), folder.resolve("/debates/x/"));
        assertEquals(new Found(site.resolve("debates/x/index.html")), folder.resolve("/debates/x/index.html"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedToIt() {
        assertEquals(new Redirect("/debates/x/"), folder.resolve("/debates/x"));
        assertEquals(new Redirect("/debates/x/"), folder.resolve("//debates//x"));
    }

    @Test
    void percentEscapesAreDecodedAsUtf8() {
        assertEquals(new Found(site.resolve("debates/x/über uns.txt")), folder.resolve("/debates/x/%C3%BCber%20uns.txt"));
        assertEquals("/a+b ü", ServedFolder.decode("/a+b%20%c3%bc"));
    }

    @Test
    void missingFilesAndFoldersWithoutIndexAreNotFound() {
        assertInstanceOf(NotFound.class, folder.resolve("/nope.html"));
        assertInstanceOf(NotFound.class, folder.resolve("/empty/"));
        assertInstanceOf(NotFound.class, folder.resolve("/index.html/"));
    }

    @Test
    void dotSegmentsBackslashesAndControlCharactersAreForbidden() {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/debates/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/..%5csecret.txt", "/debates\\..\\..\\secret.txt", "/./index.html",
            "/index.html%00", "/%0a", "/debates/x/.."}) {
            assertInstanceOf(Forbidden.class, folder.resolve(path), path);
        }
    }

    @Test
    void brokenEscapesAreBadRequests() {
        assertInstanceOf(BadRequest.class, folder.resolve("/%zz"));
        assertInstanceOf(BadRequest.class, folder.resolve("/%2"));
        assertInstanceOf(BadRequest.class, folder.resolve("/%ff%fe"));
        assertInstanceOf(BadRequest.class, folder.resolve("relative"));
        assertThrows(IllegalArgumentException.class, () -> ServedFolder.decode("/%c3"));
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheFolderIsForbidden() throws IOException {
        try {
            Files.createSymbolicLink(site.resolve("escape.txt"), dir.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links not supported here: " + e);
        }
        assertInstanceOf(Forbidden.class, folder.resolve("/escape.txt"));
    }
}
