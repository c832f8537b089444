package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostrum.importer.Attachments.Attachment;

class AttachmentsTest {

    /** The attachments of an export whose channel holds {@code items}. */
    static Attachments read(String items) throws IOException {
        Path file = Files.createTempFile("attachments", ".xml");
        try {
            Files.writeString(file, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                         xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><link>https://old.example.org</link>
                    """ + items + "</channel></rss>\n");
            return Attachments.read(file);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void readsAttachmentsAndFeaturedImagesWhereverTheyComeInTheExport() throws IOException {
        Attachments attachments = read("""
                <item><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>
                <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>30</wp:meta_value></wp:postmeta></item>
                <item><wp:post_id>30</wp:post_id><wp:post_type>attachment</wp:post_type>
                <excerpt:encoded><![CDATA[Photo: <em>Reuters</em>]]></excerpt:encoded>
                <wp:attachment_url>https://cdn.example.net/files/2019/01/flag.jpg</wp:attachment_url>
                <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A flag</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2019/01/flag.jpg</wp:meta_value></wp:postmeta></item>
                """);
        Attachment flag = new Attachment("30", "https://cdn.example.net/files/2019/01/flag.jpg", "A flag",
                "Photo: Reuters", "");
        assertEquals(Optional.of(flag), attachments.featuredImageOf("7"));
        assertEquals(Optional.empty(), attachments.featuredImageOf("30"));
        assertTrue(attachments.isAttachment("http://CDN.example.net/files/2019/01/flag.jpg?w=300"));
        assertEquals(List.of("https://cdn.example.net/files/2019/01/flag.jpg"), attachments.urls());
    }

    @Test
    void stopsQuietlyAtAnXmlError() throws IOException {
        Attachments attachments = read("""
                <item><wp:post_id>30</wp:post_id><wp:post_type>attachment</wp:post_type>
                <wp:attachment_url>https://old.example.org/a.jpg</wp:attachment_url></item>
                <item><wp:post_id>31</wp:post_id><wp:post_type>attachment</broken>
                """);
        assertTrue(attachments.find("30").isPresent());
        assertTrue(attachments.find("31").isEmpty());
    }
}
