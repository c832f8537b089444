package org.rostrum.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Splits the sorted terms of an index into shards by prefix: a prefix whose terms take more than the
 * limit is split by its next letter (its own term, if any, stays under the prefix), so common
 * prefixes get long keys and rare ones short. A term belongs to the shard of the longest key that
 * starts it. The plan depends on the terms and their sizes alone.
 */
final class ShardPlan {

    private final NavigableMap<String, String> terms;
    private final int limit;

    /** @param terms each term and its encoded postings, sorted */
    ShardPlan(NavigableMap<String, String> terms, int limit) {
        this.terms = terms;
        this.limit = limit;
    }

    /** The keys of the shards, sorted. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        split("", keys);
        keys.sort(null);
        return keys;
    }

    private void split(String key, List<String> keys) {
        NavigableMap<String, String> under = under(key);
        if (under.isEmpty()) {
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> e : under.entrySet()) {
            size += e.getKey().length() + e.getValue().length() + 6;
        }
        if (!key.isEmpty() && (size <= limit || under.size() == 1 && under.containsKey(key))) {
            keys.add(key);
            return;
        }
        if (under.containsKey(key)) {
            keys.add(key);
        }
        String rest = under.higherKey(key);
        while (rest != null && rest.startsWith(key)) {
            int next = rest.offsetByCodePoints(key.length(), 1);
            String child = rest.substring(0, next);
            split(child, keys);
            rest = terms.higherKey(child + '\uffff');
        }
    }

    private NavigableMap<String, String> under(String key) {
        if (key.isEmpty()) {
            return terms;
        }
        String end = key + '\uffff';
        return terms.subMap(key, true, end, false);
    }
}
