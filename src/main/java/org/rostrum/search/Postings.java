package org.rostrum.search;

import java.util.Arrays;

/**
 * The documents a term occurs in, in the order they were added: for each, the document and the
 * term's weighted frequency in it (in quarters). Not thread-safe.
 */
final class Postings {

    private int[] values = new int[4];
    private int size;

    void add(int doc, int weightedFrequency) {
        if (size > 0 && values[size - 2] == doc) {
            values[size - 1] += weightedFrequency;
            return;
        }
        if (size + 2 > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = doc;
        values[size++] = weightedFrequency;
    }

    /** How many documents the term occurs in. */
    int count() {
        return size / 2;
    }

    int doc(int i) {
        return values[2 * i];
    }

    int frequency(int i) {
        return values[2 * i + 1];
    }
}
