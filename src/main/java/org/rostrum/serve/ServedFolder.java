package org.rostrum.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.rostrum.layout.Layout;

/**
 * Maps the path of a request to a file of the served folder, so that no request ever reaches a file
 * outside it. The path is percent-decoded (as UTF-8) first, and refused when it then holds a
 * {@code ..} or {@code .} segment, a backslash, a NUL or another control character; a file whose
 * real path (symbolic links followed) leaves the folder is refused too. A folder is served by its
 * {@code index.html}, and a folder named without its trailing {@code /} is redirected to it, as
 * static servers do, so that the page's relative links resolve.
 *
 * <p>Immutable and safe to share between threads.
 */
final class ServedFolder {

    /** What a request path comes to. */
    sealed interface Resolution permits Found, Redirect, NotFound, Forbidden, BadRequest {
    }

    /** A regular file inside the folder. */
    record Found(Path file) implements Resolution {
    }

    /** A folder named without its trailing slash: {@code location} is the path with it. */
    record Redirect(String location) implements Resolution {
    }

    /** Nothing at that path. */
    record NotFound() implements Resolution {
    }

    /** A path that tries to leave the folder or holds characters no site path has. */
    record Forbidden() implements Resolution {
    }

    /** A path whose percent-encoding is broken. */
    record BadRequest() implements Resolution {
    }

    private final Path root;

    ServedFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * Resolves {@code rawPath}, the path of a request URI as it was sent (still percent-encoded,
     * without the query).
     */
    Resolution resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new BadRequest();
        }
        String path;
        try {
            path = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return new BadRequest();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return new Forbidden();
            }
        }
        Path file = root;
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return new Forbidden();
            }
            if (!segment.isEmpty()) {
                file = file.resolve(segment);
            }
        }
        file = file.normalize();
        if (!file.startsWith(root)) {
            return new Forbidden();
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                return new Redirect(rawPath.replaceAll("/{2,}", "/") + "/");
            }
            file = file.resolve(Layout.INDEX);
        } else if (path.endsWith("/")) {
            return new NotFound();
        }
        if (!Files.isRegularFile(file)) {
            return new NotFound();
        }
        return insideRoot(file) ? new Found(file) : new Forbidden();
    }

    /** Whether {@code file}, with every symbolic link followed, is still inside the folder. */
    private boolean insideRoot(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the folder is there: it is briefly missing while a build swaps a new site in. */
    boolean exists() {
        return Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Percent-decodes a URL path as UTF-8. {@code +} stays a plus sign, as it does in paths.
     *
     * @throws IllegalArgumentException for a broken escape or bytes that are not UTF-8
     */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("broken escape");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("broken escape");
                }
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int end = raw.indexOf('%', i);
                end = end < 0 ? raw.length() : end;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
