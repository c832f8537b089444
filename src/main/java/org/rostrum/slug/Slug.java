package org.rostrum.slug;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one slug function of Rostrum, used for topic slugs, the folders of {@code rostrum new debate}
 * and the debates and pages an import writes: lowercase ASCII letters and digits, every other run of
 * characters turned into one hyphen, no hyphen at either end ({@code [a-z0-9]+(-[a-z0-9]+)*}).
 *
 * <p>Letters of other scripts are spelled in Latin letters first: Russian by the BGN/PCGN system
 * ({@code Почему Россия не в НАТО?} → {@code pochemu-rossiya-ne-v-nato}), Greek by UNGEGN
 * ({@code Αθήνα} → {@code athina}), other scripts by ICU's {@code Any-Latin}; German and Nordic
 * letters as their languages spell them without the letter ({@code Österreich} →
 * {@code oesterreich}, {@code Straße} → {@code strasse}, {@code Ærø} → {@code aeroe}); other accents
 * are dropped ({@code Économie} → {@code economie}). Apostrophes are dropped, not turned into
 * hyphens ({@code l'Europe d’aujourd’hui} → {@code leurope-daujourdhui}).
 *
 * <p>Cost: a name of plain ASCII, or of Latin letters whose accents decompose (French, Spanish,
 * Czech…), never touches ICU. The transliterator is built the first time a
 * name with other characters is slugified (a few hundred milliseconds, once per JVM) and then
 * shared: ICU transliterators keep no state between calls, so every method here is thread-safe.
 */
public final class Slug {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** The letters the first rules of {@link Latin} spell out; any of them needs ICU. */
    private static final String SPELLED_OUT = "äÄöÖüÜßẞæÆøØåÅœŒ";

    private Slug() {
    }

    /**
     * The slug of {@code name}, of any length; empty when nothing of it can be spelled in ASCII
     * letters or digits (callers report that).
     */
    public static String of(String name) {
        String latin = isAscii(name) ? name : accentsDropped(name).orElseGet(() -> transliterated(name));
        StringBuilder slug = new StringBuilder(latin.length());
        boolean hyphen = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else if (c != '\'' && c != '’') {
                hyphen = true;
            }
        }
        return slug.toString();
    }

    /**
     * The slug of {@code name} cut to at most {@code maxLength} characters, at the last hyphen
     * when that keeps more than half of it, otherwise in the middle of a word.
     */
    public static String of(String name, int maxLength) {
        String slug = of(name);
        if (slug.length() <= maxLength) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', maxLength);
        String cut = hyphen > maxLength / 2 ? slug.substring(0, hyphen) : slug.substring(0, maxLength);
        return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
    }

    /** Whether {@code slug} is one this function can return: lowercase ASCII letters, digits, single hyphens. */
    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /** ICU's spelling of {@code name} in ASCII, before it is made a slug. */
    static String transliterated(String name) {
        try {
            return Latin.TO_ASCII.transliterate(name);
        } catch (MissingResourceException e) {
            return name; // ICU data left out of the jar: the letters it would spell are dropped, not a crash
        }
    }

    /**
     * {@code name} in ASCII when it is Latin text whose only non-ASCII letters are letters with
     * accents that decompose (é, ç, ñ, ő), but none of the German or Nordic letters spelled out by
     * the rules below: the same as ICU's result, without loading ICU for French or Spanish names.
     */
    static Optional<String> accentsDropped(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (SPELLED_OUT.indexOf(name.charAt(i)) >= 0) {
                return Optional.empty();
            }
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x80) {
                ascii.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii.toString());
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Holds the transliterator, so that the JVM builds it on first use and never for ASCII names. */
    private static final class Latin {
        static final Transliterator TO_ASCII = Transliterator.createFromRules("rostrum-slug", String.join("\n",
                ":: NFC ;",
                "ä → ae ; Ä → Ae ; ö → oe ; Ö → Oe ; ü → ue ; Ü → Ue ; ß → ss ; ẞ → Ss ;",
                "æ → ae ; Æ → Ae ; ø → oe ; Ø → Oe ; å → aa ; Å → Aa ; œ → oe ; Œ → Oe ;",
                ":: Russian-Latin/BGN ;",
                ":: Greek-Latin/UNGEGN ;",
                ":: Any-Latin ;",
                ":: Latin-ASCII ;"), Transliterator.FORWARD);
    }
}
