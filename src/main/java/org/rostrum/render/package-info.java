/**
 * Plans every file of the built site and renders it: view records for templates,
 * FreeMarker (strict: a missing value is an error), JSON documents and feeds (jackson-core), the
 * output layout and its links. Templates see purpose-built view records only, never a service or
 * a query. Reads no content files and writes no output files.
 */
package org.rostrum.render;
