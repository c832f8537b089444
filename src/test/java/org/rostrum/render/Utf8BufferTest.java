package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void encodesLikeTheJdkForWellFormedText() {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(200); k > 0; k--) {
                int kind = random.nextInt(4);
                int cp = kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
                        : kind == 2 ? 0xE000 + random.nextInt(0x1FFE) : 0x10000 + random.nextInt(0xFFFFF);
                text.appendCodePoint(cp);
            }
            Utf8Buffer buffer = new Utf8Buffer(8);
            String s = text.toString();
            int cut = s.isEmpty() ? 0 : random.nextInt(s.length());
            buffer.write(s, 0, cut);
            buffer.write(s.toCharArray(), cut, s.length() - cut);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), s);
        }
    }

    @Test
    void encodesLikeTheJdkWhateverTheLengthsOfTheWrites() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(600); k > 0; k--) {
                int kind = random.nextInt(3);
                text.appendCodePoint(kind == 0 ? 0x20 + random.nextInt(0x5F) : kind == 1 ? 0x400 + random.nextInt(0x100)
                        : 0x1F600 + random.nextInt(0x40));
            }
            String s = text.toString();
            Utf8Buffer buffer = new Utf8Buffer(8);
            for (int at = 0; at < s.length(); ) {
                int length = Math.min(s.length() - at, random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(300));
                buffer.write(s, at, length);
                at += length;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), s);
        }
    }

    @Test
    void writesLoneSurrogatesAsReplacementCharacters() {
        Utf8Buffer buffer = new Utf8Buffer(4);
        String s = "a\uD800b\uDC00c\uD83D";
        buffer.write(s, 0, s.length());
        assertArrayEquals("a\uFFFDb\uFFFDc\uFFFD".getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }
}
