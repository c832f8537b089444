package org.rostrum.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rostrum.diag.SourcePosition;

/**
 * A table of interface strings for one language, as written in one file.
 *
 * @param language the language it is for: a BCP 47 tag such as {@code de} or {@code de-AT}
 * @param messages its strings by key, in file order
 * @param origin   the file, for problems that concern the whole table
 */
public record StringTable(String language, Map<String, Message> messages, SourcePosition origin) {

    public StringTable {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(origin, "origin");
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }
}
