package org.rostrum.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Sits between the YAML parser and the composer and enforces what the composer does not: a
 * nesting limit (the composer recurses, so deep nesting would overflow the stack), a bound on how
 * much data aliases repeat, in values and in characters of text (a "billion laughs" file is small
 * but expands enormously; one large anchored text repeated by many aliases is large), no recursive
 * aliases, and no explicit tags.
 *
 * <p>Limit violations throw {@link YamlLimitException} before the offending event reaches the
 * composer; explicit tags are reported through {@code tagProblem} and reading goes on.
 */
final class GuardedParser implements Parser {

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    private final Parser parser;
    private final Limits limits;
    private final BiConsumer<Optional<Mark>, String> tagProblem;
    private final Map<String, Long> anchorSizes = new HashMap<>();
    private final Map<String, Long> anchorChars = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private long values;
    private long repeated;
    private long chars;
    private long repeatedChars;

    /** A collection being read: its anchor (or null) and the value and character counts when it started. */
    private record Open(String anchor, long valuesAtStart, long charsAtStart) {
    }

    GuardedParser(Parser parser, Limits limits, BiConsumer<Optional<Mark>, String> tagProblem) {
        this.parser = parser;
        this.limits = limits;
        this.tagProblem = tagProblem;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case Scalar -> scalar((ScalarEvent) event);
            case SequenceStart, MappingStart -> collectionStart((CollectionStartEvent) event);
            case SequenceEnd, MappingEnd -> collectionEnd();
            case Alias -> alias((AliasEvent) event);
            default -> {
                // stream and document events carry nothing to check
            }
        }
        return event;
    }

    private void scalar(ScalarEvent event) {
        checkTag(event.getTag(), event);
        values++;
        chars += event.getValue().length();
        event.getAnchor().ifPresent(anchor -> {
            anchorSizes.put(anchor.getValue(), 1L);
            anchorChars.put(anchor.getValue(), (long) event.getValue().length());
        });
    }

    private void collectionStart(CollectionStartEvent event) {
        checkTag(event.getTag(), event);
        if (open.size() >= limits.maxDepth()) {
            throw new YamlLimitException(event.getStartMark(),
                    "nesting is too deep (more than " + limits.maxDepth() + " levels)");
        }
        values++;
        open.push(new Open(event.getAnchor().map(Anchor::getValue).orElse(null), values, chars));
    }

    private void collectionEnd() {
        Open done = open.pop();
        if (done.anchor() != null) {
            anchorSizes.put(done.anchor(), values - done.valuesAtStart() + 1);
            anchorChars.put(done.anchor(), chars - done.charsAtStart());
        }
    }

    private void alias(AliasEvent event) {
        String name = event.getAlias().getValue();
        for (Open o : open) {
            if (name.equals(o.anchor())) {
                throw new YamlLimitException(event.getStartMark(),
                        "alias '*" + name + "' refers to a node that contains it");
            }
        }
        Long size = anchorSizes.get(name);
        if (size == null) {
            return; // an undefined alias: the composer reports it
        }
        long text = anchorChars.get(name);
        values += size;
        repeated += size;
        chars += text;
        repeatedChars += text;
        if (repeated > limits.maxAliasValues()) {
            throw new YamlLimitException(event.getStartMark(),
                    "aliases repeat more than " + limits.maxAliasValues() + " values");
        }
        if (repeatedChars > limits.maxAliasChars()) {
            throw new YamlLimitException(event.getStartMark(), String.format(Locale.ROOT,
                    "aliases repeat more than %,d characters of text", limits.maxAliasChars()));
        }
    }

    private void checkTag(Optional<String> tag, Event event) {
        tag.ifPresent(t -> tagProblem.accept(event.getStartMark(), "YAML tag '" + written(t) + "' is not allowed"));
    }

    /** The tag as the user wrote it: {@code !!python/object} rather than its full URI. */
    private static String written(String tag) {
        return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
    }
}
