package org.rostrum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The release Rostrum was built as: its version, the git commit it was built from and the address
 * its releases are downloaded from, as Maven wrote them into {@code release.properties} when it
 * built Rostrum.
 *
 * @param version  the project version, {@code dev} when unknown
 * @param commit   the abbreviated commit hash, {@code unknown} when not built in a git checkout
 * @param download the download address of a release's {@code .tar.gz}, with {@code {version}} for
 *                 the version
 */
record Version(String version, String commit, String download) {

    private static final String UNKNOWN_DOWNLOAD = "https://example.org/rostrum/rostrum-{version}.tar.gz";

    /** The release this code belongs to. */
    static Version current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("release.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read release.properties", e);
        }
        return new Version(filled(properties, "version").orElse("dev"), filled(properties, "commit").orElse("unknown"),
                filled(properties, "download").orElse(UNKNOWN_DOWNLOAD));
    }

    /** A value Maven filled in: not missing, not blank and not a {@code ${…}} it left as it was. */
    private static Optional<String> filled(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip)
                .filter(v -> !v.isEmpty() && !v.contains("${"));
    }

    /** The download address of this version's release. */
    String downloadOf(String releaseVersion) {
        return download.replace("{version}", releaseVersion);
    }

    /** The lines {@code rostrum --version} prints. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Version current = current();
            return new String[] {"rostrum " + current.version() + " (commit " + current.commit() + ")"};
        }
    }
}
