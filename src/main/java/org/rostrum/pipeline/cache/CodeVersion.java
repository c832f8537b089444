package org.rostrum.pipeline.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.rostrum.output.Fingerprint;

/**
 * A fingerprint of the running Rostrum (its jar, or its classes folder when run from a build tree),
 * so that a new version of Rostrum or of its built-in theme invalidates every cached output.
 */
public final class CodeVersion {

    private CodeVersion() {
    }

    public static long fingerprint() {
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // A jar is replaced whole when it is rebuilt (new size or time); a folder of classes,
            // as in development, is read byte for byte, since a compiler can rewrite a class
            // within the file system's clock tick.
            return Files.isRegularFile(code) ? sizeAndTime(code) : InputScan.bytesOfTree(code) ^ sizeAndTime(code);
        } catch (URISyntaxException | SecurityException | NullPointerException | IOException e) {
            return Fingerprint.of("unknown code " + System.nanoTime());
        }
    }

    private static long sizeAndTime(Path code) throws IOException {
        BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
        return Fingerprint.mix(a.size(), a.lastModifiedTime().toMillis());
    }
}
