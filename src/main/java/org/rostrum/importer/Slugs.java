package org.rostrum.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.rostrum.slug.Slug;

/**
 * Turns names from an export into valid slugs ({@code [a-z0-9]+(-[a-z0-9]+)*}) and keeps them
 * unique. Allocation depends only on the order of the calls, never on what is already on disk, so
 * that importing the same export again gives every item the same slug.
 */
final class Slugs {

    private static final int MAX_LENGTH = 80;

    private final Set<String> used = new HashSet<>();

    /** @param reserved slugs that are never handed out (they name parts of the built site) */
    Slugs(Set<String> reserved) {
        used.addAll(reserved);
    }

    /**
     * The slug of the first candidate that gives a non-empty one, with {@code -2}, {@code -3}…
     * appended when it was already handed out.
     */
    String allocate(String... candidates) {
        String base = "item";
        for (String candidate : candidates) {
            String slug = slugify(candidate);
            if (!slug.isEmpty()) {
                base = slug;
                break;
            }
        }
        String slug = base;
        for (int n = 2; !used.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /**
     * The slug of a name from an export, {@code %xx} escapes decoded first: {@code Почему%20NATO?} and
     * {@code %d0%bf...} alike become lowercase ASCII words joined by hyphens, at most 80 characters.
     */
    static String slugify(String name) {
        return Slug.of(percentDecode(name), MAX_LENGTH);
    }

    /** Decodes {@code %xx} escapes as UTF-8; anything that is not a valid escape is kept as it is. */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length()
                    && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = text.offsetByCodePoints(i, 1);
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
