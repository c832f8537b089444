package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.cli.Rostrum;
import org.rostrum.cli.Terminal;

/** A WordPress import killed with SIGKILL while it converts leaves the content folder as it was. */
class KilledImportIT {

    private static final int POSTS = 400;

    @TempDir
    Path dir;

    @Test
    void anImportKilledMidwayChangesNothingAndTheNextImportCleansUp() throws Exception {
        Path content = dir.resolve("site/content");
        Path export = dir.resolve("export.xml");
        Files.writeString(export, export(POSTS), StandardCharsets.UTF_8);
        Files.createDirectories(content.resolve("debates/kept"));
        Files.writeString(content.resolve("site.yaml"), "title: Kept\nbase_url: https://new.example.org/\n");
        Files.writeString(content.resolve("debates/kept/index.md"), "---\ntitle: Kept?\ndate: 2020-01-01\n---\nText.\n");
        FileTree before = FileTree.of(dir.resolve("site"));

        Path staged = dir.resolve("site/.content.rostrum-import/tree/debates");
        Process child = ChildJvm.start(ChildJvm.command(List.of(), List.of("import", "wordpress", export.toString(),
                "--into", content.toString())), dir.resolve("logs"));
        try {
            awaitDebates(child, staged, 20);
        } finally {
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(1, TimeUnit.MINUTES));
        }
        assertEquals(137, child.exitValue(), "killed, not finished");
        assertFalse(Files.exists(dir.resolve("site/.content.rostrum-import/journal")), "killed while converting");
        // The next import deletes its staging folder.
        FileTree.assertSame(before, FileTree.of(dir.resolve("site")).without(".content.rostrum-import"),
                "the content folder after the kill");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rostrum.run(new String[] {"import", "wordpress", export.toString(), "--into", content.toString()},
                new Terminal(new PrintWriter(out), new PrintWriter(err), Clock.systemUTC()));
        assertEquals(0, code, err.toString());
        // Each post is a debate with one comment, plus redirects.yaml.
        assertTrue(out.toString().contains(content + ": " + (POSTS * 2 + 1) + " files added, 0 changed, 0 removed"),
                out.toString());
        try (Stream<Path> names = Files.list(dir.resolve("site"))) {
            assertEquals(List.of("content"), names.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Waits until the child has written {@code count} debates into the staging folder. */
    private static void awaitDebates(Process child, Path staged, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the import ended before it could be killed");
            if (Files.isDirectory(staged)) {
                try (Stream<Path> folders = Files.list(staged)) {
                    if (folders.count() > count) {
                        return;
                    }
                } catch (java.nio.file.NoSuchFileException e) {
                    // the folder is being created
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import wrote no debates in three minutes");
    }

    /** A WordPress export of {@code posts} posts with one comment each. */
    static String export(int posts) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                    xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Big</title><link>https://big.example.org</link><language>en</language>
                <wp:wxr_version>1.2</wp:wxr_version>
                """);
        for (int i = 1; i <= posts; i++) {
            xml.append("<item><title>Post ").append(i).append("</title><link>https://big.example.org/p/").append(i)
                    .append("/</link><content:encoded><![CDATA[<p>Body of post ").append(i)
                    .append(" with a few words.</p>]]></content:encoded><wp:post_id>").append(i)
                    .append("</wp:post_id><wp:post_date>2020-01-01 10:00:00</wp:post_date>")
                    .append("<wp:post_date_gmt>2020-01-01 09:00:00</wp:post_date_gmt><wp:post_name>post-").append(i)
                    .append("</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>")
                    .append("<wp:comment><wp:comment_id>").append(i).append("</wp:comment_id>")
                    .append("<wp:comment_author>A reader</wp:comment_author>")
                    .append("<wp:comment_date_gmt>2020-01-02 09:00:00</wp:comment_date_gmt>")
                    .append("<wp:comment_content>A reply.</wp:comment_content><wp:comment_approved>1</wp:comment_approved>")
                    .append("</wp:comment></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }
}
