/**
 * The content format as immutable records: {@code Site}, {@code Debate}, {@code Comment},
 * {@code Person}, {@code Topic}, {@code Page}. Records copy their lists, absent values are
 * {@code Optional} or empty, and nothing here reads files, renders or knows a library; every
 * other stage speaks in these types.
 */
package org.rostrum.model;
