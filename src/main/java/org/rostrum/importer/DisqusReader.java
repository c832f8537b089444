package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * Reads a Disqus export one {@code <thread>} or {@code <post>} at a time. Categories are skipped;
 * so are the fields that must never be published (e-mail and IP addresses, user names).
 */
final class DisqusReader implements AutoCloseable {

    /** One element of the export. */
    sealed interface Entry permits Thread, Post {
    }

    /**
     * @param id         the {@code dsq:id} attribute; empty when missing
     * @param identifier the site's identifier for the page ({@code <id>}), often a post id and address
     * @param link       the address of the page the thread was on
     */
    record Thread(SourcePosition position, String id, String identifier, String link, String title) implements Entry {
    }

    /**
     * @param id       the {@code dsq:id} attribute; empty when missing
     * @param threadId the {@code dsq:id} of its {@code <thread>}
     * @param parentId the {@code dsq:id} of its {@code <parent>}; empty for a top-level post
     */
    record Post(SourcePosition position, String id, String threadId, String parentId, String createdAt,
            boolean deleted, boolean spam, String author, String message) implements Entry {
    }

    private final XmlInput in;
    private boolean open;

    private DisqusReader(XmlInput in) {
        this.in = in;
    }

    /** Opens an export; when it is not a Disqus export, says so and gives no entries. */
    static DisqusReader open(Path file, Diagnostics diagnostics) throws IOException, XMLStreamException {
        XmlInput in = XmlInput.open(file);
        DisqusReader reader = new DisqusReader(in);
        if (in.localName().equals("disqus")) {
            reader.open = true;
        } else {
            diagnostics.error(in.position(), "not a Disqus export: the root element is <" + in.localName()
                    + ">, not <disqus>");
        }
        return reader;
    }

    /** The next thread or post, or empty at the end of the export. */
    Optional<Entry> next() throws XMLStreamException {
        while (open && in.nextChild()) {
            switch (in.localName()) {
                case "thread" -> {
                    return Optional.of(readThread());
                }
                case "post" -> {
                    return Optional.of(readPost());
                }
                default -> in.skip();
            }
        }
        open = false;
        return Optional.empty();
    }

    private Thread readThread() throws XMLStreamException {
        SourcePosition position = in.position();
        String id = in.attribute("id").orElse("").strip();
        String identifier = "";
        String link = "";
        String title = "";
        while (in.nextChild()) {
            switch (in.localName()) {
                case "id" -> identifier = in.text().strip();
                case "link" -> link = in.text().strip();
                case "title" -> title = in.text().strip();
                default -> in.skip();
            }
        }
        return new Thread(position, id, identifier, link, title);
    }

    private Post readPost() throws XMLStreamException {
        SourcePosition position = in.position();
        String id = in.attribute("id").orElse("").strip();
        String threadId = "";
        String parentId = "";
        String createdAt = "";
        boolean deleted = false;
        boolean spam = false;
        String author = "";
        String message = "";
        while (in.nextChild()) {
            switch (in.localName()) {
                case "message" -> message = in.text();
                case "createdAt" -> createdAt = in.text().strip();
                case "isDeleted" -> deleted = in.text().strip().equals("true");
                case "isSpam" -> spam = in.text().strip().equals("true");
                case "thread" -> {
                    threadId = in.attribute("id").orElse("").strip();
                    in.skip();
                }
                case "parent" -> {
                    parentId = in.attribute("id").orElse("").strip();
                    in.skip();
                }
                case "author" -> author = readAuthorName();
                default -> in.skip(); // ipAddress and anything unknown: never read
            }
        }
        return new Post(position, id, threadId, parentId, createdAt, deleted, spam, author, message);
    }

    /** The author's display name; e-mail, user name and the rest are skipped unread. */
    private String readAuthorName() throws XMLStreamException {
        String name = "";
        while (in.nextChild()) {
            if (in.localName().equals("name")) {
                name = in.text();
            } else {
                in.skip();
            }
        }
        return name;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
