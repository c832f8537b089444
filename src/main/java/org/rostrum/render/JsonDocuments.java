package org.rostrum.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.rostrum.layout.Layout;
import org.rostrum.model.Comment;
import org.rostrum.model.Debate;
import org.rostrum.model.CommentThread;

/**
 * The JSON that a build writes: {@code comments.json} of each debate, {@code search-index.json},
 * and the schema.org JSON-LD embedded in debate pages. Written with Jackson's streaming generator,
 * iteratively, so that no thread is too deep to write. Safe to share between threads.
 */
final class JsonDocuments {

    private final JsonFactory plain = new JsonFactory();
    private final JsonFactory inScript;

    JsonDocuments() {
        inScript = new JsonFactory();
        inScript.setCharacterEscapes(new ScriptSafeEscapes());
    }

    /**
     * {@code comments.json}: {@code {"debate", "url", "count", "comments": [...]}} with every
     * comment flat in reading order, in the shape of {@code comments.yaml} plus what threading
     * resolved: id, parent, depth, number, the part of the thread it is on and its URL there.
     */
    byte[] commentsJson(SiteView site, Debate debate, CommentThread thread, IntUnaryOperator partOf,
            IntFunction<String> partUrl) {
        int capacity = 1024;
        for (Comment c : thread.comments()) {
            capacity += 256 + c.body().length();
        }
        DataJson g = new DataJson(capacity);
        g.startObject();
        g.stringField("debate", debate.slug());
        g.stringField("title", debate.title());
        g.stringField("url", Layout.absolute(site.baseUrl(), Layout.debate(debate.slug())));
        g.numberField("count", thread.publishedCount());
        g.numberField("total", thread.size());
        g.arrayFieldStart("comments");
        for (Comment c : thread.comments()) {
            int part = partOf.applyAsInt(c.number());
            g.startObject();
            g.stringField("id", c.id());
            if (c.parentId().isPresent()) {
                g.stringField("parent", c.parentId().get());
            }
            if (c.author().isPresent() && !c.isRemoved()) {
                g.stringField("author", c.author().get());
            }
            if (c.authorUrl().isPresent() && !c.isRemoved()) {
                g.stringField("author_url", c.authorUrl().get());
            }
            if (c.date().isPresent()) {
                g.stringField("date", Formats.rfc3339(c.date().get()));
            }
            g.stringField("status", c.isRemoved() ? "removed" : "published");
            if (!c.isRemoved()) {
                g.stringField("body", c.body());
            }
            g.numberField("number", c.number());
            g.numberField("depth", c.depth());
            g.numberField("page", part);
            g.stringField("url", Layout.comment(partUrl.apply(part), c.id()));
            g.endObject();
        }
        g.endArray();
        g.endObject();
        return g.toByteArray((byte) '\n');
    }

    /**
     * A split thread's {@code comments/parts.js}:
     * {@code window.rostrumCommentParts = {"pages": [...], "fragments": [[...], ...]};}, the
     * {@code n}-th list of fragments being those of the {@code n}-th page. Escaped as for a script.
     */
    byte[] commentPartsScript(List<String> pages, List<List<String>> fragments) {
        StringWriter out = new StringWriter(256 + fragments.stream().mapToInt(List::size).sum() * 12);
        out.write("// Which part of this long thread holds each comment (read by " + Layout.staticFile("comment-parts.js")
                + ").\n");
        out.write("window.rostrumCommentParts = ");
        try (JsonGenerator g = inScript.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("pages");
            for (String page : pages) {
                g.writeString(page);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fragments");
            for (List<String> part : fragments) {
                g.writeStartArray();
                for (String fragment : part) {
                    g.writeString(fragment);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(";\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The JSON-LD of a debate page: a {@code DiscussionForumPosting} whose {@code comment}s nest as
     * the thread is drawn on the page (deeper replies sit at the deepest drawn level), escaped so
     * that no text can end the {@code <script>} element it is printed in.
     */
    String discussionJsonLd(SiteView site, PageMeta page, DebateView debate, ThreadView thread) {
        int capacity = 1024;
        for (CommentView c : thread.comments()) {
            capacity += 192 + c.text().length() + c.author().length();
        }
        ScriptJson g = new ScriptJson(capacity);
        g.startObject();
        g.stringField("@context", "https://schema.org");
        g.stringField("@type", "DiscussionForumPosting");
        g.stringField("@id", page.url());
        g.stringField("url", page.url());
        g.stringField("headline", debate.title());
        if (!debate.summary().isEmpty()) {
            g.stringField("text", debate.summary());
        }
        g.stringField("datePublished", debate.date().iso());
        if (debate.updated().isPresent()) {
            g.stringField("dateModified", debate.updated().get().iso());
        }
        g.stringField("inLanguage", site.language());
        if (!debate.topics().isEmpty()) {
            g.stringField("keywords", String.join(", ", debate.topics().stream().map(TopicRef::name).toList()));
        }
        if (debate.participants().isEmpty()) {
            if (!site.publisher().isEmpty()) {
                g.objectFieldStart("author").stringField("@type", "Organization").stringField("name", site.publisher())
                        .endObject();
            }
        } else {
            g.arrayFieldStart("author");
            for (PersonRef p : debate.participants()) {
                g.startObject().stringField("@type", "Person").stringField("name", p.name())
                        .stringField("url", Layout.absolute(site.baseUrl(), p.href())).endObject();
            }
            g.endArray();
        }
        if (!site.publisher().isEmpty()) {
            g.objectFieldStart("publisher").stringField("@type", "Organization").stringField("name", site.publisher())
                    .endObject();
        }
        g.objectFieldStart("interactionStatistic");
        g.stringField("@type", "InteractionCounter");
        g.stringField("interactionType", "https://schema.org/CommentAction");
        g.numberField("userInteractionCount", thread.count());
        g.endObject();
        g.numberField("commentCount", thread.count());
        if (!thread.comments().isEmpty()) {
            g.arrayFieldStart("comment");
            writeComments(g, page, thread.comments());
            g.endArray();
        }
        g.endObject();
        return g.toString();
    }

    /** Mirrors the page's nesting: a comment that opens replies gets a {@code comment} array. */
    private static void writeComments(ScriptJson g, PageMeta page, List<CommentView> comments) {
        String url = page.url() + "#";
        for (CommentView c : comments) {
            g.startObject();
            g.stringField("@type", "Comment");
            g.stringField("url", url + c.anchor());
            if (!c.removed()) {
                g.objectFieldStart("author");
                g.stringField("@type", "Person");
                g.stringField("name", c.author());
                if (c.authorUrl().isPresent()) {
                    g.stringField("url", c.authorUrl().get());
                }
                g.endObject();
            }
            if (c.date().isPresent()) {
                g.stringField("datePublished", c.date().get().iso());
            }
            if (c.removed()) {
                g.stringField("creativeWorkStatus", "Deleted");
            } else {
                g.stringField("text", c.text());
            }
            if (c.opensReplies()) {
                g.arrayFieldStart("comment");
                continue;
            }
            g.endObject();
            for (int k = 0; k < c.closeLevels(); k++) {
                g.endArray();
                g.endObject();
            }
        }
    }

    /**
     * {@code search-index.json}: {@code {"topics": [names], "people": [names], "debates": [[title,
     * href, date, summary, [topic indexes], [person indexes]], ...]}}: arrays rather than objects,
     * and names listed once, to keep the file small.
     */
    byte[] searchIndex(List<DebateCard> debates) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        Map<String, Integer> people = new LinkedHashMap<>();
        for (DebateCard d : debates) {
            d.topics().forEach(t -> topics.putIfAbsent(t.name(), topics.size()));
            d.participants().forEach(p -> people.putIfAbsent(p.name(), people.size()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + debates.size() * 300);
        try (JsonGenerator g = plain.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            writeStrings(g, "topics", new ArrayList<>(topics.keySet()));
            writeStrings(g, "people", new ArrayList<>(people.keySet()));
            g.writeArrayFieldStart("debates");
            for (DebateCard d : debates) {
                g.writeStartArray();
                g.writeString(d.title());
                g.writeString(d.href());
                g.writeString(d.date().iso());
                g.writeString(d.summary());
                g.writeStartArray();
                for (TopicRef t : d.topics()) {
                    g.writeNumber(topics.get(t.name()));
                }
                g.writeEndArray();
                g.writeStartArray();
                for (PersonRef p : d.participants()) {
                    g.writeNumber(people.get(p.name()));
                }
                g.writeEndArray();
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Escapes {@code <}, {@code >} and {@code &} as {@code \\u003c} etc., so JSON is safe inside {@code <script>}. */
    static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(ch == 0x2028 ? "\\u2028" : "\\u2029");
            }
            return null;
        }
    }
}
