package org.rostrum.bench;

import java.util.List;
import java.util.Locale;

/**
 * What the comments of a generated archive look like, beyond the plain shape's prose with a little
 * emphasis and an occasional link to one host. Shares are fractions between 0 and 1.
 *
 * @param name     the name given to {@code bench/run} in {@code SHAPES}
 * @param markdown the share of comments with Markdown of the kinds readers write: emphasis with
 *                 {@code *} and {@code _} in every position, links with query strings, bare
 *                 addresses, inline code, quotes of the comment replied to, lists, code blocks,
 *                 strikethrough, entities, hard breaks (plus ordinary punctuation such as {@code &},
 *                 {@code ...} and {@code $} in a share of the rest)
 * @param quoted   the share of debates whose comment bodies are double-quoted YAML scalars with
 *                 {@code \n} and {@code \"} escapes, as exporters write them, instead of block
 *                 scalars
 * @param files    the share of debates whose comments are one file each in {@code comments/}
 * @param nonLatin the share of comments written in, or mixing in, Cyrillic, Greek, Arabic or
 *                 Chinese and Japanese text
 * @param unsigned whether unsigned comments also come as an empty {@code author: ""} (not only
 *                 without an author), and a share of signed authors have non-Latin names
 */
record ArchiveShape(String name, double markdown, double quoted, double files, double nonLatin, boolean unsigned) {

    static final List<ArchiveShape> ALL = List.of(
            new ArchiveShape("plain", 0, 0, 0, 0, false),
            new ArchiveShape("markdown", 0.4, 0, 0, 0, false),
            new ArchiveShape("quoted", 0, 1, 0, 0, false),
            new ArchiveShape("files", 0, 0, 0.3, 0, false),
            new ArchiveShape("unicode", 0, 0, 0, 0.3, true),
            new ArchiveShape("real", 0.4, 0.5, 0.2, 0.2, true));

    /** The shape of that name. */
    static ArchiveShape named(String name) {
        for (ArchiveShape shape : ALL) {
            if (shape.name().equals(name.toLowerCase(Locale.ROOT))) {
                return shape;
            }
        }
        throw new IllegalArgumentException("unknown archive shape " + name + "; known: "
                + ALL.stream().map(ArchiveShape::name).toList());
    }

    boolean isPlain() {
        return markdown == 0 && quoted == 0 && files == 0 && nonLatin == 0 && !unsigned;
    }
}
