package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * What an import needs to know about the whole WordPress export before it writes the first post,
 * gathered in a first quick pass: every category and tag of the posts that will be imported (so that
 * spellings of one topic can be merged into the most used one) and the local and UTC times of the
 * posts and comments (WXR does not carry the blog's time zone, but their difference is its offset
 * on each date).
 *
 * <p>The pass reports nothing: a malformed export is reported, with its position, by the import's
 * own pass. What was read before an error is kept. Memory: the term names, and one {@code long}
 * per post and comment ({@link OffsetSamples}).
 */
final class ExportSurvey {

    private static final Pattern WP = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/");
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A category or tag of a post that will be imported, in export order.
     *
     * @param nicename the term's slug in WordPress, which stays {@code uncategorized} for the default
     *                 category whatever its name was translated to
     */
    record Term(boolean tag, String name, String nicename) {
    }

    /**
     * A published post that a multilingual plugin gave a language ({@link PostLanguage}), in export order.
     *
     * @param group its translation group, empty when it has none
     */
    record LanguagePost(String postId, String language, String group) {
    }

    private final List<Term> terms = new ArrayList<>();
    private final List<LanguagePost> languagePosts = new ArrayList<>();
    private final OffsetSamples offsets = new OffsetSamples();
    private String language = "";

    private ExportSurvey() {
    }

    /** Reads {@code export} once; an unreadable or malformed export gives what was read before the problem. */
    static ExportSurvey read(Path export) {
        ExportSurvey survey = new ExportSurvey();
        try (XmlInput in = XmlInput.open(export)) {
            if (in.localName().equals("rss")) {
                survey.readRss(in);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // reported by the import's own pass
        }
        return survey;
    }

    List<Term> terms() {
        return List.copyOf(terms);
    }

    /** The blog's UTC offset at the time of each post and comment that gives both times. */
    OffsetSamples offsets() {
        return offsets;
    }

    /** The published posts that carry a language, in export order. */
    List<LanguagePost> languagePosts() {
        return List.copyOf(languagePosts);
    }

    /** The channel's {@code <language>}, stripped; empty when it has none. */
    String language() {
        return language;
    }

    private void readRss(XmlInput in) throws XMLStreamException {
        while (in.nextChild()) {
            if (in.localName().equals("channel") && in.namespace().isEmpty()) {
                readChannel(in);
            } else {
                in.skip();
            }
        }
    }

    private void readChannel(XmlInput in) throws XMLStreamException {
        while (in.nextChild()) {
            if (!in.namespace().isEmpty()) {
                in.skip();
            } else if (in.localName().equals("language")) {
                language = in.text().strip();
            } else if (in.localName().equals("item")) {
                readItem(in);
            } else {
                in.skip();
            }
        }
    }

    private void readItem(XmlInput in) throws XMLStreamException {
        List<Term> itemTerms = new ArrayList<>();
        String type = "";
        String status = "";
        String password = "";
        String date = "";
        String dateGmt = "";
        String postId = "";
        PostLanguage postLanguage = new PostLanguage();
        while (in.nextChild()) {
            String name = in.localName();
            boolean wp = WP.matcher(in.namespace()).matches();
            if (in.namespace().isEmpty() && name.equals("category")) {
                String domain = in.attribute("domain").orElse("");
                String nicename = in.attribute("nicename").orElse("");
                String text = in.text();
                if (postLanguage.term(domain, text, nicename.strip())) {
                    continue;
                }
                switch (domain) {
                    case "", "category" -> itemTerms.add(new Term(false, text, nicename));
                    case "post_tag", "tag" -> itemTerms.add(new Term(true, text, nicename));
                    default -> {
                    }
                }
            } else if (wp && name.equals("post_type")) {
                type = in.text().strip();
            } else if (wp && name.equals("status")) {
                status = in.text().strip();
            } else if (wp && name.equals("post_password")) {
                password = in.text();
            } else if (wp && name.equals("post_date")) {
                date = in.text().strip();
            } else if (wp && name.equals("post_date_gmt")) {
                dateGmt = in.text().strip();
            } else if (wp && name.equals("comment")) {
                readComment(in);
            } else if (wp && name.equals("post_id")) {
                postId = in.text().strip();
            } else if (wp && name.equals("postmeta")) {
                readMeta(in, postLanguage);
            } else {
                in.skip();
            }
        }
        if (type.equals("post") && status.equals("publish") && password.isEmpty()) {
            terms.addAll(itemTerms);
            if (!postLanguage.language().isEmpty()) {
                languagePosts.add(new LanguagePost(postId, postLanguage.language(), postLanguage.group()));
            }
        }
        time(date, dateGmt);
    }

    private static void readMeta(XmlInput in, PostLanguage language) throws XMLStreamException {
        String key = "";
        String value = "";
        while (in.nextChild()) {
            boolean wp = WP.matcher(in.namespace()).matches();
            if (wp && in.localName().equals("meta_key")) {
                key = in.text().strip();
            } else if (wp && in.localName().equals("meta_value")) {
                value = in.text().strip();
            } else {
                in.skip();
            }
        }
        language.meta(key, value);
    }

    private void readComment(XmlInput in) throws XMLStreamException {
        String date = "";
        String dateGmt = "";
        while (in.nextChild()) {
            boolean wp = WP.matcher(in.namespace()).matches();
            if (wp && in.localName().equals("comment_date")) {
                date = in.text().strip();
            } else if (wp && in.localName().equals("comment_date_gmt")) {
                dateGmt = in.text().strip();
            } else {
                in.skip();
            }
        }
        time(date, dateGmt);
    }

    private void time(String local, String utc) {
        Optional<LocalDateTime> l = parse(local);
        Optional<LocalDateTime> u = parse(utc);
        if (l.isPresent() && u.isPresent()) {
            offsets.add(l.get(), u.get());
        }
    }

    /** A WordPress date; WordPress writes {@code 0000-00-00 00:00:00} for none, which does not parse. */
    private static Optional<LocalDateTime> parse(String date) {
        try {
            return Optional.of(LocalDateTime.parse(date, WP_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
