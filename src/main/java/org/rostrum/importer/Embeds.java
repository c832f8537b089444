package org.rostrum.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oEmbed providers WordPress embeds by address (a URL alone on a line, {@code [embed]}, a
 * {@code wp:embed} block or the provider's own {@code <iframe>}), and how such an embed is written
 * instead: a link card that names the provider and loads nothing from it until a reader follows the
 * link.
 */
final class Embeds {

    /** A provider: its name and the hosts its addresses use (a host matches itself and its subdomains). */
    private record Provider(String name, List<String> hosts) {
        boolean serves(String host) {
            return hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        }
    }

    private static final List<Provider> PROVIDERS = List.of(
            new Provider("YouTube", List.of("youtube.com", "youtu.be", "youtube-nocookie.com")),
            new Provider("Vimeo", List.of("vimeo.com")),
            new Provider("X (Twitter)", List.of("twitter.com", "x.com")),
            new Provider("Instagram", List.of("instagram.com", "instagr.am")),
            new Provider("SoundCloud", List.of("soundcloud.com")),
            new Provider("Spotify", List.of("spotify.com")),
            new Provider("Facebook", List.of("facebook.com", "fb.watch")),
            new Provider("TikTok", List.of("tiktok.com")),
            new Provider("Flickr", List.of("flickr.com", "flic.kr")),
            new Provider("Dailymotion", List.of("dailymotion.com", "dai.ly")),
            new Provider("Reddit", List.of("reddit.com")),
            new Provider("Mixcloud", List.of("mixcloud.com")),
            new Provider("TED", List.of("ted.com")),
            new Provider("Tumblr", List.of("tumblr.com")),
            new Provider("Imgur", List.of("imgur.com")),
            new Provider("SlideShare", List.of("slideshare.net")),
            new Provider("Scribd", List.of("scribd.com")),
            new Provider("Kickstarter", List.of("kickstarter.com")),
            new Provider("Bluesky", List.of("bsky.app")),
            new Provider("Mastodon", List.of("mastodon.social")),
            new Provider("WordPress.tv", List.of("wordpress.tv")),
            new Provider("Giphy", List.of("giphy.com")),
            new Provider("Pinterest", List.of("pinterest.com")),
            new Provider("Issuu", List.of("issuu.com")),
            new Provider("Twitch", List.of("twitch.tv")));
    private static final Pattern YOUTUBE_EMBED = Pattern.compile("/embed/([A-Za-z0-9_-]+)");
    private static final Pattern VIMEO_PLAYER = Pattern.compile("/video/([0-9]+)");

    private Embeds() {
    }

    /** The provider's name when {@code url} is an http(s) address of a known oEmbed provider. */
    static Optional<String> providerOf(String url) {
        return hostOf(url).flatMap(host -> PROVIDERS.stream().filter(p -> p.serves(host)).map(Provider::name)
                .findFirst());
    }

    /**
     * The page a player frame shows, for a reader to open: {@code youtube.com/embed/ID} becomes
     * {@code https://www.youtube.com/watch?v=ID} and {@code player.vimeo.com/video/ID}
     * {@code https://vimeo.com/ID}; any other address is returned as it is.
     */
    static String pageOf(String frameUrl) {
        Optional<String> host = hostOf(frameUrl);
        if (host.isPresent() && (host.get().endsWith("youtube.com") || host.get().endsWith("youtube-nocookie.com"))) {
            Matcher m = YOUTUBE_EMBED.matcher(frameUrl);
            if (m.find()) {
                return "https://www.youtube.com/watch?v=" + m.group(1);
            }
        }
        if (host.isPresent() && host.get().equals("player.vimeo.com")) {
            Matcher m = VIMEO_PLAYER.matcher(frameUrl);
            if (m.find()) {
                return "https://vimeo.com/" + m.group(1);
            }
        }
        return frameUrl;
    }

    /**
     * The link card for an embed, as one line of HTML: the provider's name and a link whose text is
     * {@code title} (or the address when there is none). The address is written as an attribute
     * value with HTML escapes, so that it reaches the reader exactly as it was.
     */
    static String card(String provider, String url, String title) {
        String text = title.isBlank() ? url : title.strip();
        return "<p class=\"embed-card\"><span class=\"embed-provider\">" + Html.escape(provider) + "</span> "
                + "<a href=\"" + Html.escape(url) + "\" rel=\"noopener\">" + Html.escape(text) + "</a></p>";
    }

    private static Optional<String> hostOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
