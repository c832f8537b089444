package org.rostrum.source;

/**
 * Bounds on what one input file may ask of the loader, so that a hostile or broken file gives an
 * error instead of exhausting memory or the stack.
 *
 * @param maxFileBytes   the largest file that is read at all (also the YAML code-point limit)
 * @param maxDepth       the deepest nesting of lists and mappings in one YAML or JSON file
 * @param maxAliasValues how many values YAML aliases may repeat in one file, counted as if every
 *                       alias were written out (this is what stops a "billion laughs" file)
 * @param maxAliasChars  how many characters of scalar text YAML aliases may repeat in one file,
 *                       counted the same way (this stops one large anchored text repeated by many
 *                       aliases, which the value count does not see)
 * @param maxFrontMatterValueChars the longest text value in the front matter of a debate or page
 *                       (a title or summary is repeated on list pages, feeds and the search index)
 */
record Limits(long maxFileBytes, int maxDepth, int maxAliasValues, long maxAliasChars, int maxFrontMatterValueChars) {

    /**
     * 64 MiB per file (room for a 10 MB comment), 100 levels, 10,000 repeated values, 1 MiB repeated
     * text, 64 Ki characters per front matter value.
     */
    static final Limits DEFAULT = new Limits(64L << 20, 100, 10_000, 1L << 20, 1 << 16);

    Limits(long maxFileBytes, int maxDepth, int maxAliasValues) {
        this(maxFileBytes, maxDepth, maxAliasValues, DEFAULT.maxAliasChars(), DEFAULT.maxFrontMatterValueChars());
    }

    Limits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxAliasValues < 0 || maxAliasChars < 0
                || maxFrontMatterValueChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
