package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {

    private final JsonFactory factory = new JsonFactory();

    /**
     * {@code comments.json}, written by {@link DataJson}, is the bytes Jackson's UTF-8 generator
     * writes: random nestings of objects and arrays with texts that hold what JSON escapes, lone
     * and paired surrogates and every kind of character, and numbers.
     */
    @Test
    void dataJsonWritesTheBytesJacksonWrites() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DataJson actual = new DataJson(random.nextInt(64));
            try (JsonGenerator e = factory.createGenerator(expected)) {
                e.writeStartObject();
                actual.startObject();
                java.util.ArrayDeque<Boolean> inArray = new java.util.ArrayDeque<>();
                for (int op = random.nextInt(60); op > 0; op--) {
                    String name = random.nextInt(8) == 0 ? scriptText(random, 6) : "f" + op;
                    switch (random.nextInt(6)) {
                        case 0 -> {
                            String value = random.nextBoolean() ? text(random, random.nextInt(10) == 0 ? 20_000 : random.nextInt(700))
                                    : scriptText(random, random.nextInt(300));
                            e.writeStringField(name, value);
                            actual.stringField(name, value);
                        }
                        case 1 -> {
                            long value = random.nextLong();
                            e.writeNumberField(name, value);
                            actual.numberField(name, value);
                        }
                        case 2, 3 -> {
                            e.writeArrayFieldStart(name);
                            actual.arrayFieldStart(name);
                            for (int k = random.nextInt(4); k > 0; k--) {
                                String value = scriptText(random, random.nextInt(40));
                                e.writeString(value);
                                actual.string(value);
                            }
                            if (random.nextBoolean()) {
                                e.writeStartObject();
                                actual.startObject();
                                inArray.push(true);
                            } else {
                                e.writeEndArray();
                                actual.endArray();
                            }
                        }
                        default -> {
                            if (!inArray.isEmpty()) {
                                e.writeEndObject();
                                actual.endObject();
                                inArray.pop();
                                e.writeEndArray();
                                actual.endArray();
                            }
                        }
                    }
                }
                while (!inArray.isEmpty()) {
                    e.writeEndObject();
                    actual.endObject();
                    inArray.pop();
                    e.writeEndArray();
                    actual.endArray();
                }
                e.writeEndObject();
                actual.endObject();
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray());
        }
        assertArrayEquals("{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new DataJson(0).startObject().endObject().toByteArray((byte) '\n'));
    }

    /**
     * The JSON-LD of pages, written by {@link ScriptJson}, is what Jackson writes with the escapes
     * for scripts: random nestings of objects and arrays with texts that hold what JSON and scripts
     * escape, U+2028 and U+2029, lone surrogates and every kind of character, and numbers.
     */
    @Test
    void scriptJsonWritesWhatJacksonWritesWithScriptSafeEscapes() throws IOException {
        JsonFactory inScript = new JsonFactory();
        inScript.setCharacterEscapes(new JsonDocuments.ScriptSafeEscapes());
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            StringWriter expected = new StringWriter();
            ScriptJson actual = new ScriptJson(random.nextInt(64));
            try (JsonGenerator e = inScript.createGenerator(expected)) {
                e.writeStartObject();
                actual.startObject();
                // what each open object closes: its own brace, or its brace and its array's bracket
                java.util.ArrayDeque<Boolean> inArray = new java.util.ArrayDeque<>();
                for (int op = random.nextInt(60); op > 0; op--) {
                    String name = random.nextInt(8) == 0 ? scriptText(random, 6) : "f" + op;
                    switch (random.nextInt(6)) {
                        case 0 -> {
                            String value = scriptText(random, random.nextInt(20) == 0 ? 5_000 : random.nextInt(300));
                            e.writeStringField(name, value);
                            actual.stringField(name, value);
                        }
                        case 1 -> {
                            long value = random.nextLong();
                            e.writeNumberField(name, value);
                            actual.numberField(name, value);
                        }
                        case 2 -> {
                            e.writeObjectFieldStart(name);
                            actual.objectFieldStart(name);
                            inArray.push(false);
                        }
                        case 3 -> {
                            e.writeArrayFieldStart(name);
                            actual.arrayFieldStart(name);
                            for (int k = random.nextInt(4); k > 0; k--) {
                                String value = scriptText(random, random.nextInt(40));
                                e.writeString(value);
                                actual.string(value);
                            }
                            if (random.nextBoolean()) {
                                e.writeStartObject();
                                actual.startObject();
                                inArray.push(true);
                            } else {
                                e.writeEndArray();
                                actual.endArray();
                            }
                        }
                        default -> {
                            if (!inArray.isEmpty()) {
                                e.writeEndObject();
                                actual.endObject();
                                if (inArray.pop()) {
                                    e.writeEndArray();
                                    actual.endArray();
                                }
                            }
                        }
                    }
                }
                // close what is open: objects inside arrays were opened with their array left open
                e.close();
            }
            String closed = expected.toString();
            // Jackson closes what is open on close(); close the same in the writer under test
            String written = actual.toString();
            assertEquals(closed.substring(0, written.length()), written);
            assertTrue(written.length() > 0 && closed.length() >= written.length());
        }
    }

    private static String scriptText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> text.append("<>&\u2028\u2029\ud800\udc00\"\\\n\u0000\u001f\u007f".charAt(random.nextInt(13)));
                case 1 -> text.append((char) random.nextInt(0x10000));
                default -> text.appendCodePoint(text(random, 1).codePointAt(0));
            }
        }
        return text.toString();
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
