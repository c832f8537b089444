/**
 * Reads an archive's {@code content/} folder into {@link org.rostrum.model} records: front
 * matter, YAML (SnakeYAML Engine, with nesting, alias and size limits) and JSON (jackson-core),
 * each value with its position. Problems are collected, never thrown one at a time; a file that
 * cannot be read is a positioned error, never a skipped file. Also writes new content files
 * ({@code ContentWriter}) for {@code new} and the importers.
 */
package org.rostrum.source;
