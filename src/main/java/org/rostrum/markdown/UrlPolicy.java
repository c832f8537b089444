package org.rostrum.markdown;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what a link destination points at: which scheme it has (as a browser would see it, and
 * then some), whether readers may link to it, and whether it stays inside the site.
 *
 * <p>A destination is normalised before its scheme is read: HTML character references are decoded
 * (named, decimal and hexadecimal, with or without the final {@code ;}, repeatedly, so that
 * {@code &amp;#106;} counts as {@code j}), ASCII control characters, whitespace and invisible
 * format characters are removed, and letters are lower-cased. This is deliberately stricter than
 * a browser, which sees the destination with only tabs and newlines removed: anything the browser
 * could take for {@code javascript:} is seen as that here too. A destination has a scheme when a
 * {@code :} comes before any {@code /}, {@code ?} or {@code #}; whatever precedes it is the scheme,
 * valid or not.
 */
final class UrlPolicy {

    private static final Set<String> READER_SCHEMES = Set.of("http", "https", "mailto");
    private static final int MAX_DECODING_ROUNDS = 8;
    private static final int MAX_ENTITY_NAME = 32;

    private UrlPolicy() {
    }

    /** Whether a reader's link may point here: {@code http:}, {@code https:}, {@code mailto:} or relative. */
    static boolean allowsReaderLink(String destination) {
        String scheme = scheme(destination);
        return scheme.isEmpty() || READER_SCHEMES.contains(scheme);
    }

    /**
     * Whether an editor's link stays inside the site: it has no scheme and does not start with
     * {@code //} (another host). Empty destinations point nowhere and do not count.
     */
    static boolean staysInSite(String destination) {
        String normalised = normalise(destination);
        return !normalised.isEmpty() && !normalised.startsWith("//") && scheme(destination).isEmpty();
    }

    /** The scheme of the normalised destination without its {@code :}; empty when there is none. */
    static String scheme(String destination) {
        String normalised = normalise(destination);
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ':') {
                // ":x" has an empty, hence invalid, scheme: report it as ":" so that it is never allowed
                return i == 0 ? ":" : normalised.substring(0, i);
            }
            if (c == '/' || c == '?' || c == '#') {
                return "";
            }
        }
        return "";
    }

    static String normalise(String destination) {
        String decoded = destination;
        for (int round = 0; round < MAX_DECODING_ROUNDS && decoded.indexOf('&') >= 0; round++) {
            String next = decodeCharacterReferences(decoded);
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isInvisible(char c) {
        return c <= 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /** One round of decoding; an {@code &} that starts no known reference stays as it is. */
    static String decodeCharacterReferences(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = c == '&' ? referenceEnd(s, i, out) : -1;
            if (end < 0) {
                out.append(c);
                i++;
            } else {
                i = end;
            }
        }
        return out.toString();
    }

    /** Decodes the reference at {@code amp} into {@code out}; returns the index after it, or -1. */
    private static int referenceEnd(String s, int amp, StringBuilder out) {
        int j = amp + 1;
        if (j < s.length() && s.charAt(j) == '#') {
            return numericReferenceEnd(s, j + 1, out);
        }
        int nameEnd = j;
        while (nameEnd < s.length() && nameEnd - j < MAX_ENTITY_NAME && isAsciiLetterOrDigit(s.charAt(nameEnd))) {
            nameEnd++;
        }
        boolean semicolon = nameEnd < s.length() && s.charAt(nameEnd) == ';';
        // With ';' the whole name must be known; without it, the longest known prefix counts (as
        // browsers do for the legacy names like "&amp" and "&lt").
        for (int end = nameEnd; end > j; end--) {
            String reference = "&" + s.substring(j, end) + ";";
            String decoded = Html5Entities.entityToString(reference);
            if (!decoded.equals(reference)) {
                out.append(decoded);
                return end == nameEnd && semicolon ? end + 1 : end;
            }
            if (semicolon) {
                break;
            }
        }
        return -1;
    }

    private static int numericReferenceEnd(String s, int start, StringBuilder out) {
        int j = start;
        boolean hex = j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
        if (hex) {
            j++;
        }
        int digitsStart = j;
        long value = 0;
        int radix = hex ? 16 : 10;
        while (j < s.length() && asciiDigit(s.charAt(j), radix) >= 0) {
            value = Math.min(value * radix + asciiDigit(s.charAt(j), radix), 0x110000);
            j++;
        }
        if (j == digitsStart) {
            return -1;
        }
        boolean valid = value > 0 && value < 0x110000 && (value < 0xD800 || value > 0xDFFF);
        out.appendCodePoint(valid ? (int) value : 0xFFFD);
        return j < s.length() && s.charAt(j) == ';' ? j + 1 : j;
    }

    private static int asciiDigit(char c, int radix) {
        return c < 0x80 ? Character.digit(c, radix) : -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
