/**
 * Flexmark, behind a small API: editors' trusted Markdown with the {@code reader} and
 * {@code response} directives, and readers' untrusted comment text rendered so that nothing in it
 * can run. Knows Markdown and URLs, nothing about pages, files or templates. Flexmark objects are
 * built once and shared between threads.
 */
package org.rostrum.markdown;
