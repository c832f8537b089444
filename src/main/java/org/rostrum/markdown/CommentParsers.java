package org.rostrum.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The comment parser, in variants without the extensions that a given text cannot use: a table
 * needs a {@code |}, strikethrough a {@code ~}, and a bare link or address one of the signs of
 * {@link MarkdownRenderer#holdsLinkSign}. Each extension costs Flexmark work on every document
 * (the table extension sets up its paragraph pre-processor, the autolink extension unescapes every
 * text node), most of it on comments that have none of those characters; leaving it out of them
 * gives the same HTML.
 *
 * <p>Variants are built on first use. Safe to share between threads.
 */
final class CommentParsers {

    static final List<Extension> ALL_EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create());

    private static final int TABLES = 1;
    private static final int STRIKETHROUGH = 2;
    private static final int AUTOLINKS = 4;
    private static final int EVERY = TABLES | STRIKETHROUGH | AUTOLINKS;

    private final DataHolder options;
    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(EVERY + 1);

    /** {@code options}: the comment parser's options, with every extension of {@link #ALL_EXTENSIONS}. */
    CommentParsers(DataHolder options) {
        this.options = options;
    }

    /** A parser with the extensions that {@code markdown} may use. */
    Parser forText(String markdown) {
        int needs = 0;
        if (markdown.indexOf('|') >= 0) {
            needs |= TABLES;
        }
        if (markdown.indexOf('~') >= 0) {
            needs |= STRIKETHROUGH;
        }
        if (MarkdownRenderer.holdsLinkSign(markdown)) {
            needs |= AUTOLINKS;
        }
        return parser(needs);
    }

    /** The parser with every extension. */
    Parser withEveryExtension() {
        return parser(EVERY);
    }

    private Parser parser(int extensions) {
        Parser parser = parsers.get(extensions);
        if (parser == null) {
            List<Extension> chosen = new ArrayList<>();
            if ((extensions & TABLES) != 0) {
                chosen.add(ALL_EXTENSIONS.get(0));
            }
            if ((extensions & STRIKETHROUGH) != 0) {
                chosen.add(ALL_EXTENSIONS.get(1));
            }
            if ((extensions & AUTOLINKS) != 0) {
                chosen.add(ALL_EXTENSIONS.get(2));
            }
            parser = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, chosen).toImmutable()).build();
            if (!parsers.compareAndSet(extensions, null, parser)) {
                parser = parsers.get(extensions);
            }
        }
        return parser;
    }
}
