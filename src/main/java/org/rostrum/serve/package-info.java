/**
 * The live preview: a loopback HTTP server (the JDK's {@code com.sun.net.httpserver}) that
 * serves a build in a temporary folder, watches the archive, rebuilds on change and reloads the
 * browser. Nothing of the preview is ever written into a built site.
 */
package org.rostrum.serve;
