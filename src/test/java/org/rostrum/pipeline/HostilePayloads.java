package org.rostrum.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus of hostile payloads in {@code src/test/resources/hostile/payloads.txt}; its header
 * describes the format.
 */
final class HostilePayloads {

    static final Path FILE = Path.of("src/test/resources/hostile/payloads.txt");

    private static final Pattern ESCAPE = Pattern.compile("\\\\u\\{([0-9A-Fa-f]{1,6})}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * One payload.
     *
     * @param name              its name, also a debate slug
     * @param text              the payload itself, escapes decoded
     * @param visibleAsBody     what a reader must still see of it as a comment body
     * @param acceptedAsWebLink whether it is a valid http(s) author link
     */
    record Payload(String name, String text, String visibleAsBody, boolean acceptedAsWebLink) {
    }

    private HostilePayloads() {
    }

    static List<Payload> load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Payload> payloads = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith("== ")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": text outside a payload");
                }
                i++;
                continue;
            }
            String name = line.substring(3).strip();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ": payload name is not a slug: " + name);
            }
            i++;
            String visible = null;
            boolean accepted = false;
            while (i < lines.size() && (lines.get(i).startsWith("visible: ") || lines.get(i).startsWith("author_url: "))) {
                if (lines.get(i).startsWith("visible: ")) {
                    visible = decode(lines.get(i).substring("visible: ".length()));
                } else if (lines.get(i).equals("author_url: accepted")) {
                    accepted = true;
                } else {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": author_url can only be 'accepted'");
                }
                i++;
            }
            List<String> text = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("== ")) {
                text.add(lines.get(i));
                i++;
            }
            // Blank lines and section headings ("# ---") between payloads belong to none of them.
            while (!text.isEmpty() && (text.get(text.size() - 1).isBlank() || text.get(text.size() - 1).startsWith("# ---"))) {
                text.remove(text.size() - 1);
            }
            String payload = decode(String.join("\n", text));
            if (payload.isBlank()) {
                throw new IllegalStateException(FILE + ": payload " + name + " is empty");
            }
            payloads.add(new Payload(name, payload, visible != null ? visible : payload, accepted));
        }
        return payloads;
    }

    /** Replaces every {@code \\u{XXXX}} with its code point. */
    static String decode(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code text} as a YAML double-quoted scalar: backslash and quote escaped, and every character
     * that YAML does not allow unescaped or might read as a line break (controls, U+2028, U+FEFF) as {@code \\uXXXX}.
     */
    static String yamlString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean printable = (c >= 0x20 && c <= 0x7E)
                    || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF && c != 0x2028 && c != 0x2029);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (printable) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
