package org.rostrum.importer;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import did not bring across of a post's media and markup: the shortcodes left as text, by
 * name, and the media links that still point elsewhere, by file.
 *
 * @param shortcodesLeft how many shortcodes of each name were left as text, sorted by name
 * @param remote         every media link that was not copied, in the order met
 */
public record MediaSummary(Map<String, Integer> shortcodesLeft, List<RemoteMedia> remote) {

    /**
     * A media link that still points at the old site or another host.
     *
     * @param file   the written file that holds the link, relative to the content folder
     * @param url    the address as written
     * @param reason why it was not copied, for example {@code not in the uploads folder}
     */
    public record RemoteMedia(String file, String url, String reason) {
        public RemoteMedia {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(reason, "reason");
        }

        /** One line of the remote list: file, address and reason separated by tabs. */
        public String line() {
            return file + "\t" + url + "\t" + reason;
        }
    }

    public MediaSummary {
        shortcodesLeft = Collections.unmodifiableMap(new TreeMap<>(shortcodesLeft));
        remote = List.copyOf(remote);
    }

    static MediaSummary empty() {
        return new MediaSummary(Map.of(), List.of());
    }
}
