package org.rostrum.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rostrum.diag.SourcePosition;

/**
 * A streaming (StAX) reader over an export file, which is untrusted input: document type
 * declarations and external entities are refused, so an export can neither read local files nor
 * expand entities without bound. Only the element being read is in memory.
 *
 * <p>Reading is element by element: from a start tag, {@link #nextChild()} walks its child elements,
 * and each child is consumed by {@link #text()}, {@link #skip()} or another {@code nextChild()} loop.
 */
final class XmlInput implements AutoCloseable {

    /** The JDK parser's untranslated messages for an undeclared namespace prefix. */
    private static final Pattern ELEMENT_PREFIX = Pattern.compile("\\S*#ElementPrefixUnbound\\?([^&]*)&([^&]*)");
    private static final Pattern ATTRIBUTE_PREFIX = Pattern.compile(
            "\\S*#AttributePrefixUnbound\\?([^&]*)&([^&]*)&([^&]*)");

    /** The most characters of text one element may hold (a post, a comment, a title): 16 Mi. */
    static final int MAX_TEXT_CHARS = 16 << 20;

    /** An element whose text is over the budget: reading stops there, with a position. */
    static final class TextTooLong extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        TextTooLong(String message, Location location) {
            super(message, location);
        }
    }

    private final Path file;
    private final InputStream stream;
    private final XMLStreamReader reader;
    private final int maxTextChars;

    private XmlInput(Path file, InputStream stream, XMLStreamReader reader, int maxTextChars) {
        this.file = file;
        this.stream = stream;
        this.reader = reader;
        this.maxTextChars = maxTextChars;
    }

    /**
     * Why {@code file} cannot be opened as an export, if it cannot: {@code no such file},
     * {@code it is a directory} or {@code permission denied}.
     */
    static Optional<String> whyUnreadable(Path file) {
        if (!Files.exists(file)) {
            return Optional.of("no such file");
        }
        if (Files.isDirectory(file)) {
            return Optional.of("it is a directory");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("permission denied");
        }
        return Optional.empty();
    }

    /** Opens {@code file} and moves to its root element. */
    static XmlInput open(Path file) throws IOException, XMLStreamException {
        return open(file, MAX_TEXT_CHARS);
    }

    /** As {@link #open(Path)}, with another budget for the text of one element. */
    static XmlInput open(Path file, int maxTextChars) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(stream);
            XmlInput input = new XmlInput(file, stream, reader, maxTextChars);
            input.toRoot();
            return input;
        } catch (XMLStreamException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    private void toRoot() throws XMLStreamException {
        while (reader.hasNext() && reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            reader.next();
        }
    }

    /** The namespace URI of the current element; empty when it has none. */
    String namespace() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    String localName() {
        return reader.getLocalName();
    }

    /** Namespace URIs declared on the current element, for recognising an export's flavour. */
    List<String> declaredNamespaces() {
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            uris.add(reader.getNamespaceURI(i));
        }
        return uris;
    }

    /** The value of the attribute with this local name, in any namespace. */
    Optional<String> attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return Optional.of(reader.getAttributeValue(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Moves to the next child element of the current element and returns true, or to the current
     * element's end tag and returns false.
     */
    boolean nextChild() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /**
     * The text of the current element (CDATA included, child elements' text too), to its end tag.
     * Throws {@link TextTooLong} at the element when its text is over the budget, so that one
     * huge element cannot exhaust memory.
     */
    String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        Location start = reader.getLocation();
        String name = reader.getLocalName();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    text.append(reader.getText());
                    if (text.length() > maxTextChars) {
                        throw new TextTooLong(String.format(Locale.ROOT, "the text of <%s> is longer than %,d characters",
                                name, maxTextChars), start);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return text.toString();
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Where the reader is: just after the start tag of the current element. */
    SourcePosition position() {
        return positionOf(reader.getLocation());
    }

    private SourcePosition positionOf(Location location) {
        if (location == null) {
            return SourcePosition.startOf(file);
        }
        return new SourcePosition(file, Math.max(1, location.getLineNumber()), Math.max(1, location.getColumnNumber()));
    }

    /** Where a parse error in {@code file} is: its start when the parser does not say. */
    static SourcePosition positionOf(Path file, XMLStreamException e) {
        Location location = e.getLocation();
        if (location == null || location.getLineNumber() < 1) {
            return SourcePosition.startOf(file);
        }
        return new SourcePosition(file, location.getLineNumber(), Math.max(1, location.getColumnNumber()));
    }

    /**
     * What went wrong, for a message that ends "; the export was not read past this point":
     * {@code malformed XML: } and the parser's words, or the budget that was exceeded.
     */
    static String describe(XMLStreamException e) {
        return e instanceof TextTooLong ? e.getMessage().substring(e.getMessage().indexOf("the text of "))
                : "malformed XML: " + messageOf(e);
    }

    /** The parser's own words for a parse error, without the position it prefixes them with. */
    static String messageOf(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        message = message.strip().lines().findFirst().orElse("malformed XML").replaceAll("\\.$", "");
        Matcher element = ELEMENT_PREFIX.matcher(message);
        if (element.matches()) {
            return "the prefix '" + element.group(1) + ":' of <" + element.group(2) + "> is not declared";
        }
        Matcher attribute = ATTRIBUTE_PREFIX.matcher(message);
        if (attribute.matches()) {
            return "the prefix '" + attribute.group(3) + ":' of '" + attribute.group(2) + "' on <"
                    + attribute.group(1) + "> is not declared";
        }
        return message;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            stream.close();
        }
    }
}
