/**
 * Writes the site: atomically (a staging folder swapped in at the commit), only the files
 * whose bytes changed, and only inside the output folder. Knows bytes and paths, not debates.
 */
package org.rostrum.output;
