package org.rostrum.render;

import java.util.ArrayList;
import java.util.List;
import org.rostrum.layout.Layout;
import org.rostrum.model.Block;
import org.rostrum.model.Comment;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;
import org.rostrum.model.Timestamp;
import org.rostrum.search.SearchDebate;
import org.rostrum.search.SearchDocument;
import org.rostrum.search.SearchDocument.Kind;

/**
 * What the search index holds of a debate and of a page: the debate (title, summary, editors' text),
 * each reader's prompt (with the reader's name), each response (with the person), and each
 * published comment (with its author), each linked to where it is shown, comments to their
 * permalink on the part of the thread they are on; a page, and each published comment of its
 * thread. Removed comments are left out.
 */
final class SearchDocuments {

    private final ArchiveIndex index;
    private final DebatePages pages;

    SearchDocuments(ArchiveIndex index, DebatePages pages) {
        this.index = index;
        this.pages = pages;
    }

    SearchDebate debate(Debate d) {
        return new SearchDebate(index.formats.local(d.date()).getYear(),
                index.topicRefs(d).stream().map(TopicRef::name).toList(),
                index.participants(d).stream().map(PersonRef::name).toList());
    }

    List<SearchDocument> documents(Debate d, CommentThread thread) {
        List<SearchDocument> docs = new ArrayList<>(thread.size() + d.body().size() + 1);
        String url = Layout.debate(d.slug());
        String date = date(d.date());
        StringBuilder editors = new StringBuilder(d.summary());
        List<SearchDocument> blocks = new ArrayList<>();
        int responses = 0;
        for (Block block : d.body()) {
            if (block instanceof ReaderPrompt p) {
                blocks.add(new SearchDocument(Kind.PROMPT, url + "#" + DebatePages.readerAnchor(p), d.title(),
                        p.name(), date, "", text(p.html())));
            } else if (block instanceof Response r) {
                responses++;
                blocks.add(new SearchDocument(Kind.RESPONSE, url + "#" + DebatePages.responseAnchor(responses),
                        d.title(), index.personRef(r.personId()).name(), date, "", text(r.html())));
            } else {
                editors.append('\n').append(text(block.html()));
            }
        }
        docs.add(new SearchDocument(Kind.DEBATE, url, d.title(), "", date, d.title(), editors.toString()));
        docs.addAll(blocks);
        docs.addAll(comments(d, thread));
        return docs;
    }

    /** The published comments of {@code thread}, in its order. */
    List<SearchDocument> comments(Debate d, CommentThread thread) {
        List<SearchDocument> docs = new ArrayList<>(thread.size());
        for (Comment c : thread.comments()) {
            if (c.isRemoved()) {
                continue;
            }
            String href = Layout.comment(Layout.threadPart(d.slug(), pages.partOf(c.number())), c.id());
            docs.add(comment(c, href, d.title()));
        }
        return docs;
    }

    private SearchDocument comment(Comment c, String href, String heading) {
        return new SearchDocument(Kind.COMMENT, href, heading, pages.displayName(c),
                c.date().map(this::date).orElse(""), "", c.body());
    }

    /**
     * A page, then its published comments in its thread's order, each linked to its permalink on
     * the page (a page shows its whole thread).
     */
    List<SearchDocument> page(Page p) {
        String text = p.summary().map(s -> s + "\n").orElse("") + text(p.html());
        List<SearchDocument> docs = new ArrayList<>(1 + p.thread().size());
        docs.add(new SearchDocument(Kind.PAGE, Layout.page(p.slug()), p.title(), "", "", p.title(), text));
        for (Comment c : p.thread().comments()) {
            if (!c.isRemoved()) {
                docs.add(comment(c, Layout.comment(Layout.page(p.slug()), c.id()), p.title()));
            }
        }
        return docs;
    }

    private String date(Timestamp t) {
        return index.formats.local(t).toLocalDate().toString();
    }

    /**
     * The text of HTML that Rostrum made: tags dropped (block ends as spaces), entities decoded (an
     * {@code &} without a {@code ;} in the ten characters after it stays as it is), everything after
     * an unclosed {@code <} dropped. Runs of plain text are copied whole.
     */
    static String text(String html) {
        int n = html.length();
        StringBuilder out = new StringBuilder(n);
        int lt = html.indexOf('<');
        int amp = html.indexOf('&');
        int i = 0;
        while (i < n) {
            if (lt >= 0 && lt < i) {
                lt = html.indexOf('<', i);
            }
            if (amp >= 0 && amp < i) {
                amp = html.indexOf('&', i);
            }
            int next = lt < 0 ? (amp < 0 ? n : amp) : (amp < 0 ? lt : Math.min(lt, amp));
            out.append(html, i, next);
            i = next;
            if (i == n) {
                break;
            }
            if (i == lt) {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                out.append(' ');
                i = end + 1;
            } else {
                int end = semicolon(html, i);
                if (end < 0) {
                    out.append('&');
                    i++;
                } else {
                    out.append(entity(html.substring(i + 1, end)));
                    i = end + 1;
                }
            }
        }
        return out.toString();
    }

    /** Where the {@code ;} ending the entity at {@code amp} is, at most ten characters on; -1 when none. */
    private static int semicolon(String html, int amp) {
        int last = Math.min(html.length() - 1, amp + 10);
        for (int j = amp + 1; j <= last; j++) {
            if (html.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        yield Character.toString(Integer.parseInt(name.substring(2), 16));
                    } else if (name.startsWith("#")) {
                        yield Character.toString(Integer.parseInt(name.substring(1)));
                    }
                } catch (IllegalArgumentException e) {
                    yield " ";
                }
                yield " ";
            }
        };
    }
}
