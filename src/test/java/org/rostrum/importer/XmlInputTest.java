package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlInputTest {

    @TempDir
    Path dir;

    @Test
    void stopsAtAnElementWhoseTextIsOverTheBudget() throws Exception {
        Path export = dir.resolve("export.xml");
        Files.writeString(export, "<disqus>\n  <post><message>" + "x".repeat(50) + "<![CDATA[" + "y".repeat(60)
                + "]]></message></post>\n</disqus>\n");
        try (XmlInput in = XmlInput.open(export, 100)) {
            assertTrue(in.nextChild());
            assertTrue(in.nextChild());
            XMLStreamException e = assertThrows(XMLStreamException.class, in::text);
            assertEquals("the text of <message> is longer than 100 characters", XmlInput.describe(e));
            assertEquals(export + ":2:18", XmlInput.positionOf(export, e).toString());
        }
    }

    @Test
    void readsTextWithinTheBudget() throws Exception {
        Path export = dir.resolve("export.xml");
        Files.writeString(export, "<disqus><message>" + "x".repeat(100) + "</message></disqus>");
        try (XmlInput in = XmlInput.open(export, 100)) {
            assertTrue(in.nextChild());
            assertEquals("x".repeat(100), in.text());
        }
    }
}
