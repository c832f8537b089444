/**
 * The full-text search index: words folded and stemmed the same way as the browser's
 * {@code search.js} does, BM25 weights per field, and the index written as many small script
 * files (term shards by prefix, document fragments, filters) that a query loads on demand, from
 * {@code file://} as from any server. Depends on no other package of Rostrum and on no library;
 * {@code build} feeds it documents and {@code render} writes its files.
 */
package org.rostrum.search;
