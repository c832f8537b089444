package org.rostrum.source;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rostrum.model.Timestamp;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML nodes for {@link ContentWriter}, with the choice of scalar style that keeps written content
 * readable and unambiguous, and the one dump configuration (block style, two-space indentation, no
 * line folding, YAML 1.2 core schema). Immutable settings; safe to use from several threads.
 */
final class ContentYaml {

    /** Strings that some YAML reader would resolve to something other than a string. */
    private static final Pattern NOT_A_PLAIN_STRING = Pattern.compile(
            "|~|null|Null|NULL|<<|="
            + "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
            + "|[-+]?[0-9][0-9_,:.]*([eE][-+]?[0-9]+)?"
            + "|[-+]?\\.[0-9][0-9_]*([eE][-+]?[0-9]+)?"
            + "|[-+]?0[xXoObB][0-9a-fA-F_]+"
            + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

    private static final int NO_LINE_SPLITTING = 1 << 20;

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(NO_LINE_SPLITTING)
            .setSplitLines(false)
            .setSchema(new CoreSchema())
            .setDumpComments(true)
            .build();

    private ContentYaml() {
    }

    static String dump(Node root) {
        StringWriter out = new StringWriter();
        new Dump(SETTINGS).dumpNode(root, new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.write(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.write(str, off, len);
            }
        });
        return out.toString();
    }

    static NodeTuple field(String key, Node value) {
        return new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), value);
    }

    /** A string scalar: literal block when it has several lines, quoted when it looks like another type. */
    static Node text(String value) {
        ScalarStyle style;
        if (value.indexOf('\n') >= 0) {
            style = ScalarStyle.LITERAL;
        } else if (NOT_A_PLAIN_STRING.matcher(value).matches()) {
            style = ScalarStyle.DOUBLE_QUOTED;
        } else {
            style = ScalarStyle.PLAIN;
        }
        return new ScalarNode(Tag.STR, value, style);
    }

    static Node texts(List<String> values) {
        List<Node> nodes = new ArrayList<>();
        for (String value : values) {
            nodes.add(text(value));
        }
        return sequence(nodes);
    }

    static Node date(Timestamp date) {
        String value = date.dateOnly()
                ? date.localDate().toString()
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.at().toOffsetDateTime());
        return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }

    static Node bool(boolean value) {
        return new ScalarNode(Tag.BOOL, Boolean.toString(value), ScalarStyle.PLAIN);
    }

    static Node mapping(List<NodeTuple> fields) {
        return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
    }

    static Node sequence(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
    }
}
