package org.rostrum.importer;

import java.util.Locale;
import java.util.Set;

/**
 * What the multilingual plugins of WordPress write of a post's language into an export, collected
 * while the item is read:
 * <ul>
 * <li>Polylang: a {@code <category domain="language" nicename="de">} term, and a
 *     {@code <category domain="post_translations">} term shared by the posts that translate each other;</li>
 * <li>WPML: the post meta {@code _icl_lang_code} or {@code wpml_language} (or
 *     {@code _wpml_import_language_code}), and the translation group in {@code _icl_translation_group},
 *     {@code trid} or {@code _wpml_import_translation_group}.</li>
 * </ul>
 * Languages are normal BCP 47 tags ({@code pt_BR} and {@code pt-br} become {@code pt-BR}); groups
 * carry the plugin's name so that the two kinds never meet. Not thread-safe: one per item.
 */
final class PostLanguage {

    private static final Set<String> WPML_LANGUAGE = Set.of("_icl_lang_code", "wpml_language",
            "_wpml_import_language_code");
    private static final Set<String> WPML_GROUP = Set.of("_icl_translation_group", "trid", "_icl_trid",
            "_wpml_import_translation_group");

    private String language = "";
    private String group = "";

    /** Takes a term if it is one of Polylang's; true when it was (it is then no topic). */
    boolean term(String domain, String text, String nicename) {
        switch (domain) {
            case "language" -> {
                language = tag(nicename.isEmpty() ? text : nicename);
                return true;
            }
            case "post_translations" -> {
                String name = nicename.isEmpty() ? text.strip() : nicename;
                group = name.isEmpty() ? "" : "polylang:" + name;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Takes a post meta value if its key is one of WPML's. */
    void meta(String key, String value) {
        if (WPML_LANGUAGE.contains(key) && !value.isEmpty()) {
            language = tag(value);
        } else if (WPML_GROUP.contains(key) && !value.isEmpty()) {
            group = "wpml:" + value;
        }
    }

    /** The post's language, a BCP 47 tag; empty when no plugin gave one or it is no language code. */
    String language() {
        return language;
    }

    /** The translation group the post belongs to; empty when none is given. */
    String group() {
        return group;
    }

    /** {@code value} as a normal language tag ({@code pt-BR}), or empty when it is none. */
    static String tag(String value) {
        String tag = Locale.forLanguageTag(value.strip().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? "" : tag;
    }
}
