package org.rostrum.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The build cache's promise ("never a wrong site") rests on these fingerprints: they must be
 * xxHash64 exactly, as the reference implementation computes it ({@code xxhsum -H1}, whose values
 * are written below), and strings must hash as their UTF-16LE bytes.
 */
class FingerprintTest {

    /** Bytes {@code (i * 7 + 3) mod 256} for i below n: every tail length and the 32-byte stripes. */
    private static byte[] pattern(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) ((i * 7 + 3) % 256);
        }
        return bytes;
    }

    @ParameterizedTest
    @CsvSource({
        "0, ef46db3751d8e999", "1, 1f25c8d0bc1f4bb6", "4, 9bb64b7d66ee9fda", "7, 9a7b149959ce60d8",
        "8, dab99d95c6f90092", "12, d52e407833af5133", "31, a2aa5f33cc4a6119", "32, 23c3c17ef790fd97",
        "33, 50a7cfc7ba588784", "63, 5e3e54b431c7493c", "64, 0eb64b3ef6eeb01f", "100, a61f8d4c170fe531"})
    void bytesHashAsTheReferenceXxHash64(int length, String expected) {
        assertEquals(Long.parseUnsignedLong(expected, 16), Fingerprint.xxHash64(pattern(length)));
    }

    @Test
    void publishedValuesOfTheReference() {
        assertEquals(0x44bc2cf5ad770999L, Fingerprint.xxHash64("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0xfbcea83c8a378bf1L, Fingerprint.xxHash64(
                "Nobody inspects the spammish repetition".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @CsvSource({
        "a, e513e02c99167f96", "ab, 2b4d0fc9e4bf29e2", "abcde, 3de8f0b461c88a5d", "Дебаты, e4a6167441c60310",
        "x123456789abcdefghijklmnopq, 4aedd2642237723c"})
    void stringsHashAsTheirUtf16LittleEndianBytes(String text, String expected) {
        assertEquals(Long.parseUnsignedLong(expected, 16), Fingerprint.xxHash64(text));
    }

    @Test
    void stringAndBytePathsAgreeForEveryLength() {
        Random random = new Random(42);
        for (int length = 0; length < 200; length++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(0xD800));
            }
            String s = text.toString();
            assertEquals(Fingerprint.xxHash64(s.getBytes(StandardCharsets.UTF_16LE)), Fingerprint.xxHash64(s),
                    "length " + length);
        }
    }

    @Test
    void mixIsTheHashOfBothValuesInOrder() {
        // xxhsum -H1 of the 16 bytes struct.pack('<qq', 1, -2)
        assertEquals(0xf02c635e352a3feaL, Fingerprint.mix(1, -2));
        assertNotEquals(Fingerprint.mix(1, 2), Fingerprint.mix(2, 1));
    }

    @Test
    void nearlyEqualPagesDoNotCollide() {
        // A page differing from another in one byte, at every position: the case a build cache meets.
        byte[] page = pattern(4096);
        Set<Long> seen = new HashSet<>();
        seen.add(Fingerprint.of(page));
        for (int i = 0; i < page.length; i++) {
            byte[] changed = page.clone();
            changed[i] ^= 1;
            assertTrue(seen.add(Fingerprint.of(changed)), "collision at byte " + i);
        }
    }
}
