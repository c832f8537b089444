package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCopierTest {

    @TempDir
    Path dir;

    @Test
    void findsAFileByItsDatedPathOrItsOriginal() throws Exception {
        Path uploads = Files.createDirectories(dir.resolve("uploads/2019/01")).getParent().getParent();
        Files.writeString(uploads.resolve("2019/01/cat.jpg"), "cat");
        Files.writeString(uploads.resolve("2019/01/two words.pdf"), "pdf");

        assertEquals(Optional.of(uploads.resolve("2019/01/cat.jpg")),
                MediaCopier.inUploads(uploads, "https://old.example.org/wp-content/uploads/2019/01/cat.jpg?w=300"));
        assertEquals(Optional.of(uploads.resolve("2019/01/cat.jpg")),
                MediaCopier.inUploads(uploads, "https://old.example.org/wp-content/uploads/2019/01/cat-1024x768.jpg"));
        assertEquals(Optional.of(uploads.resolve("2019/01/cat.jpg")),
                MediaCopier.inUploads(uploads, "https://cdn.example.net/files/2019/01/cat.jpg"), "a multisite or CDN address");
        assertEquals(Optional.of(uploads.resolve("2019/01/two words.pdf")),
                MediaCopier.inUploads(uploads, "https://old.example.org/wp-content/uploads/2019/01/two%20words.pdf"));
        assertEquals(Optional.empty(),
                MediaCopier.inUploads(uploads, "https://old.example.org/wp-content/uploads/2019/02/cat.jpg"));
    }

    @Test
    void neverLooksOutsideTheUploadsFolder() throws Exception {
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        Files.writeString(dir.resolve("secret.txt"), "secret");

        for (String url : List.of("https://old.example.org/wp-content/uploads/../secret.txt",
                "https://old.example.org/wp-content/uploads/%2e%2e/secret.txt",
                "https://old.example.org/wp-content/uploads/..%2Fsecret.txt")) {
            assertEquals(Optional.empty(), MediaCopier.inUploads(uploads, url), url);
        }
    }

    @Test
    void namesACopyWithSafeCharactersOnly() {
        assertEquals("cat-300x200.jpg", MediaCopier.fileName("https://old.example.org/wp-content/uploads/2019/01/cat-300x200.jpg"));
        assertEquals("two-words-.pdf", MediaCopier.fileName("https://old.example.org/two%20words%21.pdf"));
        assertEquals("etc-passwd", MediaCopier.fileName("https://old.example.org/..%2F..%2Fetc%2Fpasswd"));
        assertEquals("htaccess", MediaCopier.fileName("https://old.example.org/.htaccess"));
        assertEquals("media", MediaCopier.fileName("https://old.example.org/"));
    }
}
