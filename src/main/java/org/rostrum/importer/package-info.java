/**
 * Imports WordPress (WXR) and Disqus exports into content files: reads the XML with
 * limits, converts HTML to Markdown (Flexmark's converter and jsoup), threads comments under
 * their parents and writes debates, pages and comments through {@code source}'s writer, with a
 * report whose numbers add up. Never renders or builds.
 */
package org.rostrum.importer;
