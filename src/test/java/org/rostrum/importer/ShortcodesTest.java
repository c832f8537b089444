package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Shortcodes and block-editor media, from the export's HTML to the Markdown the importer writes. */
class ShortcodesTest {

    private static final String PAGE = "https://old.example.org/2019/01/post/";

    private final HtmlToMarkdown converter = new HtmlToMarkdown();
    private final Shortcodes shortcodes = new Shortcodes(Attachments.none());

    private String markdown(String content) {
        return converter.convertPost(WordPressParagraphs.apply(shortcodes.expand(content, "7").html()), PAGE, MediaLinks.none());
    }

    @Test
    void captionBecomesAFigureWithItsCaption() {
        assertEquals("""
                <figure>

                [![A cat](https://old.example.org/wp-content/uploads/2019/01/cat-300x200.jpg)](https://old.example.org/wp-content/uploads/2019/01/cat.jpg)

                <figcaption>The cat, sleeping &amp; dreaming</figcaption>
                </figure>

                After""", markdown("[caption id=\"attachment_5\" align=\"alignleft\" width=\"300\"]"
                + "<a href=\"/wp-content/uploads/2019/01/cat.jpg\"><img src=\"/wp-content/uploads/2019/01/cat-300x200.jpg\""
                + " alt=\"A cat\" /></a> The cat, <em>sleeping</em> &amp; dreaming[/caption]\n\nAfter"));
    }

    @Test
    void captionInAnAttributeAsOldWordPressWroteIt() {
        assertEquals("<figure>\n\n![x](https://old.example.org/x.png)\n\n<figcaption>Old style</figcaption>\n</figure>",
                markdown("[caption caption=\"Old style\"]<img src=\"/x.png\" alt=\"x\">[/caption]"));
    }

    @Test
    void captionWithoutAnImageKeepsItsContent() {
        Shortcodes.Expanded expanded = shortcodes.expand("[caption width=\"300\"]Just text[/caption] and [/caption]", "7");
        assertEquals("Just text and ", expanded.html());
        assertEquals(Map.of("caption", 1), expanded.converted());
        assertEquals(Map.of(), expanded.left());
    }

    @Test
    void audioAndVideoBecomePlayers() {
        assertEquals("""
                <figure class="audio"><audio controls preload="none" src="https://old.example.org/wp-content/uploads/2019/01/talk.mp3"></audio></figure>

                <figure class="video"><video controls preload="metadata" src="https://old.example.org/v.mp4" poster="https://old.example.org/p.jpg"></video></figure>""",
                markdown("[audio mp3=\"https://old.example.org/wp-content/uploads/2019/01/talk.mp3\"][/audio]\n\n"
                        + "[video width=\"640\" src=\"https://old.example.org/v.mp4\" poster=\"/p.jpg\"][/video]"));
    }

    @Test
    void galleryShowsTheAttachmentsItNames() throws Exception {
        Attachments attachments = AttachmentsTest.read("""
                <item><wp:post_id>21</wp:post_id><wp:post_type>attachment</wp:post_type><wp:post_parent>7</wp:post_parent>
                <wp:attachment_url>https://old.example.org/wp-content/uploads/2019/01/a.jpg</wp:attachment_url>
                <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>First</wp:meta_value></wp:postmeta></item>
                <item><wp:post_id>22</wp:post_id><wp:post_type>attachment</wp:post_type><wp:post_parent>7</wp:post_parent>
                <excerpt:encoded><![CDATA[Second <b>one</b>]]></excerpt:encoded>
                <wp:attachment_url>https://old.example.org/wp-content/uploads/2019/01/b.jpg</wp:attachment_url></item>
                """);
        Shortcodes withAttachments = new Shortcodes(attachments);
        String expected = """
                <figure class="gallery">

                ![Second one](https://old.example.org/wp-content/uploads/2019/01/b.jpg)

                ![First](https://old.example.org/wp-content/uploads/2019/01/a.jpg)

                </figure>""";
        Shortcodes.Expanded byIds = withAttachments.expand("[gallery columns=\"2\" ids=\"22,21,99\"]", "7");
        assertEquals(expected, converter.convertPost(WordPressParagraphs.apply(byIds.html()), PAGE, MediaLinks.none()));
        assertEquals(Map.of("gallery", 1), byIds.converted());
        Shortcodes.Expanded ofThePost = withAttachments.expand("[gallery]", "7");
        assertEquals(expected.replace("Second one](https://old.example.org/wp-content/uploads/2019/01/b.jpg)\n\n![First](https://old.example.org/wp-content/uploads/2019/01/a.jpg)",
                "First](https://old.example.org/wp-content/uploads/2019/01/a.jpg)\n\n![Second one](https://old.example.org/wp-content/uploads/2019/01/b.jpg)"),
                converter.convertPost(WordPressParagraphs.apply(ofThePost.html()), PAGE, MediaLinks.none()));
    }

    @Test
    void embedShortcodeBecomesALinkCardWithTheExactAddress() {
        assertEquals("<p class=\"embed-card\"><span class=\"embed-provider\">YouTube</span> "
                + "<a href=\"https://www.youtube.com/watch?v=abc123\" rel=\"noopener\">https://www.youtube.com/watch?v=abc123</a></p>",
                markdown("[embed]https://www.youtube.com/watch?v=abc123[/embed]"));
    }

    @Test
    void unknownShortcodesStayAsTextAndAreCountedByName() {
        Shortcodes.Expanded expanded = shortcodes.expand("[contact-form to=\"a@b\"] and [link text] and [[gallery]] "
                + "and [poll]Yes?[/poll] and [contact-form /]", "7");
        assertEquals(Map.of("contact-form", 2, "poll", 1), expanded.left());
        assertEquals(Map.of(), expanded.converted());
        assertEquals("\\[contact-form to=\"a@b\"\\] and \\[link text\\] and \\[gallery\\] and \\[poll\\]Yes?\\[/poll\\] "
                + "and \\[contact-form /\\]", converter.convertPost(expanded.html(), PAGE, MediaLinks.none()));
    }

    @Test
    void blockEditorImageGalleryAudioVideoAndEmbed() {
        String content = """
                <!-- wp:image {"id":5} -->
                <figure class="wp-block-image"><img src="/wp-content/uploads/2019/01/x.jpg" alt="X"/><figcaption>Cap</figcaption></figure>
                <!-- /wp:image -->
                <!-- wp:gallery -->
                <figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="/g1.jpg" alt="g1"/></figure><figure class="wp-block-image"><img src="/g2.jpg" alt=""/></figure></figure>
                <!-- /wp:gallery -->
                <!-- wp:audio -->
                <figure class="wp-block-audio"><audio controls src="/a.mp3"></audio><figcaption>Listen</figcaption></figure>
                <!-- /wp:audio -->
                <!-- wp:video -->
                <figure class="wp-block-video"><video controls src="/v.mp4"></video></figure>
                <!-- /wp:video -->
                <!-- wp:embed {"url":"https://vimeo.com/123","providerNameSlug":"vimeo"} -->
                <figure class="wp-block-embed is-provider-vimeo"><div class="wp-block-embed__wrapper">
                https://vimeo.com/123
                </div><figcaption>A film</figcaption></figure>
                <!-- /wp:embed -->""";
        assertEquals("""
                <figure>

                ![X](https://old.example.org/wp-content/uploads/2019/01/x.jpg)

                <figcaption>Cap</figcaption>
                </figure>

                <figure class="gallery">

                ![g1](https://old.example.org/g1.jpg)

                ![](https://old.example.org/g2.jpg)

                </figure>

                <figure class="audio"><audio controls preload="none" src="https://old.example.org/a.mp3"></audio><figcaption>Listen</figcaption></figure>

                <figure class="video"><video controls preload="metadata" src="https://old.example.org/v.mp4"></video></figure>

                <p class="embed-card"><span class="embed-provider">Vimeo</span> <a href="https://vimeo.com/123" rel="noopener">A film</a></p>""",
                markdown(content));
    }

    @Test
    void everyProviderAloneOnALineBecomesACard() {
        Map<String, String> providers = Map.ofEntries(
                Map.entry("https://youtu.be/abc", "YouTube"),
                Map.entry("https://www.youtube.com/watch?v=abc&t=10s", "YouTube"),
                Map.entry("https://vimeo.com/76979871", "Vimeo"),
                Map.entry("https://twitter.com/user/status/1?s=20&t=xyz", "X (Twitter)"),
                Map.entry("https://x.com/user/status/2", "X (Twitter)"),
                Map.entry("https://www.instagram.com/p/B1/", "Instagram"),
                Map.entry("https://soundcloud.com/artist/track", "SoundCloud"),
                Map.entry("https://open.spotify.com/track/1", "Spotify"),
                Map.entry("https://www.facebook.com/page/posts/1", "Facebook"),
                Map.entry("https://www.tiktok.com/@u/video/1", "TikTok"),
                Map.entry("https://www.flickr.com/photos/u/1", "Flickr"),
                Map.entry("https://www.dailymotion.com/video/x1", "Dailymotion"),
                Map.entry("https://www.reddit.com/r/a/comments/1/", "Reddit"),
                Map.entry("https://www.mixcloud.com/u/mix/", "Mixcloud"),
                Map.entry("https://www.ted.com/talks/a_talk", "TED"),
                Map.entry("https://u.tumblr.com/post/1", "Tumblr"),
                Map.entry("https://imgur.com/gallery/a", "Imgur"),
                Map.entry("https://www.slideshare.net/u/deck", "SlideShare"),
                Map.entry("https://www.scribd.com/document/1", "Scribd"),
                Map.entry("https://www.kickstarter.com/projects/a/b", "Kickstarter"),
                Map.entry("https://bsky.app/profile/a/post/1", "Bluesky"),
                Map.entry("https://mastodon.social/@a/1", "Mastodon"),
                Map.entry("https://wordpress.tv/2019/01/01/talk/", "WordPress.tv"),
                Map.entry("https://giphy.com/gifs/a", "Giphy"),
                Map.entry("https://www.pinterest.com/pin/1/", "Pinterest"),
                Map.entry("https://issuu.com/u/docs/a", "Issuu"),
                Map.entry("https://www.twitch.tv/videos/1", "Twitch"));
        assertEquals(Optional.empty(), Embeds.providerOf("https://notyoutube.com/watch?v=abc"));
        assertEquals(Optional.empty(), Embeds.providerOf("javascript:alert('youtube.com')"));
        providers.forEach((url, provider) -> {
            assertEquals(Optional.of(provider), Embeds.providerOf(url));
            assertEquals("Before\n\n<p class=\"embed-card\"><span class=\"embed-provider\">" + provider + "</span> <a href=\""
                    + Html.escape(url) + "\" rel=\"noopener\">" + Html.escape(url) + "</a></p>\n\nAfter",
                    markdown("Before\n\n" + url + "\n\nAfter"), url);
        });
    }

    @Test
    void playerFramesOfProvidersBecomeCardsOfTheirPage() {
        assertEquals("<p class=\"embed-card\"><span class=\"embed-provider\">YouTube</span> "
                + "<a href=\"https://www.youtube.com/watch?v=xyz\" rel=\"noopener\">Talk</a></p>",
                markdown("<iframe src=\"https://www.youtube-nocookie.com/embed/xyz?rel=0\" title=\"Talk\"></iframe>"));
        assertEquals("<p class=\"embed-card\"><span class=\"embed-provider\">Vimeo</span> "
                + "<a href=\"https://vimeo.com/42\" rel=\"noopener\">https://vimeo.com/42</a></p>",
                markdown("<iframe src=\"https://player.vimeo.com/video/42\"></iframe>"));
    }

    @Test
    void commentsGetLinksInsteadOfPlayersAndCards() {
        assertEquals("<https://www.youtube.com/watch?v=abc>\n\n<https://old.example.org/a.mp3>",
                converter.convert("<p>https://www.youtube.com/watch?v=abc</p><audio src=\"/a.mp3\"></audio>", PAGE));
    }

    @Test
    void anAddressInTextIsWrittenSoThatItRoundTrips() {
        assertEquals("See <https://example.org/?a=1&b=2> and <https://example.org/x_(y)>.",
                markdown("See https://example.org/?a=1&amp;b=2 and https://example.org/x_(y)."));
        assertEquals("(<https://example.org/a>) <https://example.org/?q=a&amp;b>",
                markdown("(https://example.org/a) <a href=\"https://example.org/?q=a&amp;amp;b\">https://example.org/?q=a&amp;amp;b</a>"));
    }
}
