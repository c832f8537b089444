/**
 * The interface strings of a site: every word the default theme and the program show a reader, in
 * the site's language, with plural forms chosen by the CLDR rules of ICU4J.
 *
 * <p>{@link org.rostrum.i18n.StringTable} is one table as written (Rostrum's own, or a site's
 * {@code i18n/<language>.yaml}); {@link org.rostrum.i18n.Strings} resolves the tables of a language
 * into what templates print, reporting unknown keys and missing plural forms with their positions.
 * The English table names every key and the placeholders each takes. This package reads no file:
 * {@code source} reads the YAML. ICU4J is used here and in {@code slug} alone.
 */
package org.rostrum.i18n;
