package org.rostrum.render;

/**
 * A titled external link.
 *
 * @param title the link text
 * @param url   an http(s) or mailto URL, checked by the loader
 */
public record LinkView(String title, String url) {
}
