package org.rostrum.search;

import java.util.Arrays;

/**
 * The documents a term occurs in, added in increasing order: for each, the document and the term's
 * weighted frequency in it (in quarters). Kept as variable-length numbers (the gap from the document
 * before, then the frequency), about a quarter of the memory of two ints a document: an index holds
 * one entry here per word of every document. Not thread-safe.
 */
final class Postings {

    /** A term's documents and their weighted frequencies, in document order. */
    record Decoded(int[] docs, int[] frequencies) {
    }

    private byte[] bytes = new byte[4];
    private int size;
    private int count;
    private int lastDoc;
    private int lastFrequencyAt;
    private int lastFrequency;

    /** Adds {@code doc} (not before the last one added; the last one again adds to its frequency). */
    void add(int doc, int weightedFrequency) {
        if (count > 0 && doc == lastDoc) {
            size = lastFrequencyAt;
            lastFrequency += weightedFrequency;
            put(lastFrequency);
            return;
        }
        if (doc < lastDoc) {
            throw new IllegalArgumentException("document " + doc + " after " + lastDoc);
        }
        put(doc - lastDoc);
        lastFrequencyAt = size;
        put(weightedFrequency);
        lastDoc = doc;
        lastFrequency = weightedFrequency;
        count++;
    }

    private void put(int v) {
        if (size + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + 5, bytes.length + (bytes.length >> 1)));
        }
        while ((v & ~0x7f) != 0) {
            bytes[size++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** How many documents the term occurs in. */
    int count() {
        return count;
    }

    /**
     * Writes the documents and frequencies to {@code out} as they are kept: pairs of variable-length
     * numbers (seven bits a byte, the lowest first), the gap from the document before (the first from
     * 0) and the frequency.
     */
    void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(bytes, 0, size);
    }

    /** The documents and frequencies as arrays. */
    Decoded decode() {
        int[] docs = new int[count];
        int[] frequencies = new int[count];
        byte[] b = bytes;
        int at = 0;
        int doc = 0;
        for (int i = 0; i < count; i++) {
            int v = b[at++];
            if (v < 0) {
                v &= 0x7f;
                int shift = 7;
                byte next;
                do {
                    next = b[at++];
                    v |= (next & 0x7f) << shift;
                    shift += 7;
                } while (next < 0);
            }
            doc += v;
            docs[i] = doc;
            int f = b[at++];
            if (f < 0) {
                f &= 0x7f;
                int shift = 7;
                byte next;
                do {
                    next = b[at++];
                    f |= (next & 0x7f) << shift;
                    shift += 7;
                } while (next < 0);
            }
            frequencies[i] = f;
        }
        return new Decoded(docs, frequencies);
    }
}
