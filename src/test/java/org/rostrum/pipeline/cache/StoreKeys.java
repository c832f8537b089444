package org.rostrum.pipeline.cache;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** For benchmarks: the key each entry of a store's index was made for. */
public final class StoreKeys {

    private StoreKeys() {
    }

    /** The keys of the entries the index of the store folder {@code folder} names. */
    public static Map<String, Long> of(Path folder) {
        Map<String, Long> keys = new HashMap<>();
        StoreIndex.read(folder).entries().forEach((slug, at) -> keys.put(slug, at.key()));
        return keys;
    }
}
