/**
 * Positions and problems: {@link org.rostrum.diag.SourcePosition} ({@code path:line:column}),
 * {@link org.rostrum.diag.Diagnostic} and the collector that lets one run report every problem of
 * every file together. Depends on nothing else of Rostrum and on no library.
 */
package org.rostrum.diag;
