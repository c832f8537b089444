package org.rostrum.importer;

import java.util.Optional;

/** Where a media file of the old site is now: the address to write instead of the old one. */
@FunctionalInterface
interface MediaLinks {

    /**
     * The new address of the file at {@code url} (an absolute address), or empty when it stays where
     * it is. An implementation may note the addresses that stay, for the report.
     */
    Optional<String> local(String url);

    /** Every file stays where it is. */
    static MediaLinks none() {
        return url -> Optional.empty();
    }
}
