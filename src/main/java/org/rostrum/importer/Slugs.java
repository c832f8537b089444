package org.rostrum.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns names from an export into valid slugs ({@code [a-z0-9]+(-[a-z0-9]+)*}) and keeps them
 * unique. Allocation depends only on the order of the calls, never on what is already on disk, so
 * that importing the same export again gives every item the same slug.
 */
final class Slugs {

    private static final int MAX_LENGTH = 80;
    /** Letters that do not decompose to ASCII: Russian and Ukrainian Cyrillic, and a few Latin ones. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('є', "ye"), Map.entry('ґ', "g"), Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('ø', "o"),
            Map.entry('œ', "oe"), Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"));

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

    /** {@code Почему%20NATO?} and {@code %d0%bf...} alike become lowercase ASCII words joined by hyphens. */
    static String slugify(String name) {
        String lower = Normalizer.normalize(percentDecode(name), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String ascii = LETTERS.get(c);
            letters.append(ascii != null ? ascii : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(letters, Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                ascii.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                ascii.append('-');
            }
        }
        String slug = ascii.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int hyphen = slug.lastIndexOf('-');
            slug = hyphen > MAX_LENGTH / 2 ? slug.substring(0, hyphen) : slug.replaceAll("-$", "");
        }
        return slug;
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
