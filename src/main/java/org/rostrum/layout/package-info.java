/**
 * The output layout: where every file of the built site goes and the URL it answers to. Debate
 * pages, the parts of a long thread, comment anchors, lists, topics, people, standalone pages,
 * feeds, the sitemap, the search page and its index, the 404 page, redirect pages of old addresses
 * and the folders of a site's languages are named by {@link org.rostrum.layout.Layout} and nowhere
 * else. Uses no other package, so every stage may ask it.
 */
package org.rostrum.layout;
