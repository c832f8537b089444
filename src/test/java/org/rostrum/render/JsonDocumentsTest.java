package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {

    private final JsonFactory factory = new JsonFactory();

    @Test
    void textsWrittenThroughCharsAreTheBytesJacksonWritesForStrings() throws IOException {
        Random random = new Random(7);
        JsonDocuments.Chars chars = new JsonDocuments.Chars();
        for (int i = 0; i < 400; i++) {
            String[] texts = new String[1 + random.nextInt(6)];
            for (int t = 0; t < texts.length; t++) {
                texts[t] = text(random, random.nextInt(10) == 0 ? 20_000 : random.nextInt(700));
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (JsonGenerator e = factory.createGenerator(expected); JsonGenerator a = factory.createGenerator(actual)) {
                e.writeStartObject();
                a.writeStartObject();
                for (int t = 0; t < texts.length; t++) {
                    e.writeStringField("f" + t, texts[t]);
                    chars.field(a, "f" + t, texts[t]);
                }
                e.writeEndObject();
                a.writeEndObject();
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray());
        }
    }

    /** Text with what JSON escapes (quotes, backslashes, controls) and with two-, three- and four-byte characters. */
    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(8);
            int cp = switch (kind) {
                case 0 -> "\"\\\n\t\r\b\f\u0001\u001f\u007f/<&".codePointAt(random.nextInt(13));
                case 1 -> 0x80 + random.nextInt(0x780);
                case 2 -> 0x2000 + random.nextInt(0x40);
                case 3 -> 0x4E00 + random.nextInt(0x100);
                case 4 -> 0x1F600 + random.nextInt(0x40);
                default -> 0x20 + random.nextInt(0x5F);
            };
            text.appendCodePoint(cp);
        }
        return text.toString();
    }
}
