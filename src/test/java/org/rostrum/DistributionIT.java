package org.rostrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The released program, as {@code mvn package} makes it: unpacked into an empty folder, it starts
 * an archive with {@code init} and builds it with nothing on the PATH but java, no Maven. Run by
 * Failsafe after {@code package}, with the archive's path in {@code rostrum.distribution}.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("rostrum.version");
    private static final Path TAR = Path.of(System.getProperty("rostrum.distribution"));
    private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");

    @TempDir
    static Path dir;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", TAR.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, tar.exitValue(), new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        home = unpacked.resolve("rostrum-" + VERSION);
    }

    /** One run of {@code bin/rostrum} in {@code workDir}, with only java's folder on the PATH. */
    private record Run(int exitCode, String output) {
    }

    private static Run rostrum(Path workDir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/rostrum").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", JAVA_BIN.toString());
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        return new Run(process.exitValue(), output);
    }

    @Test
    void theUnpackedProgramStartsAndBuildsAnArchiveWithOnlyJavaOnThePath() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Map<String, String> env = Map.of("ROSTRUM_CACHE", cache.toString());

        Run init = rostrum(dir, env, "init", "archive", "--title", "Courier debates");
        assertEquals(0, init.exitCode(), init.output());
        Path archive = dir.resolve("archive");
        assertTrue(Files.isRegularFile(archive.resolve("content/site.yaml")), init.output());

        Run build = rostrum(archive, env, "build");
        assertEquals(0, build.exitCode(), build.output());
        assertTrue(build.output().startsWith("Built 1 debate and 2 comments into site: "), build.output());
        assertTrue(Files.readString(archive.resolve("site/index.html")).contains("<title>Courier debates</title>"));
        assertTrue(Files.isRegularFile(cache.resolve("rostrum.jsa")), "the first build makes the class-data archive");

        Run check = rostrum(archive, env, "check");
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().startsWith("Checked 1 debate and 2 comments"), check.output());
    }

    /**
     * The packed jar leaves some of ICU's data out to stay small: plural rules, number formats and
     * the likely scripts that give a language's direction must stay in. Polish has four forms of a
     * count and Arabic six, and Arabic is written right to left.
     */
    @Test
    void theUnpackedProgramWritesPluralFormsAndDirectionOfTheSitesLanguage() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache-languages"));
        Map<String, String> env = Map.of("ROSTRUM_CACHE", cache.toString());
        for (String language : List.of("pl", "ar")) {
            Run init = rostrum(dir, env, "init", "archive-" + language, "--title", "Debaty", "--language", language);
            assertEquals(0, init.exitCode(), init.output());
            Path archive = dir.resolve("archive-" + language);
            Run build = rostrum(archive, env, "build");
            assertEquals(0, build.exitCode(), build.output());
        }
        String polish = Files.readString(dir.resolve("archive-pl/site/index.html"));
        assertTrue(polish.contains("2 komentarze"), polish);
        assertTrue(polish.contains("<html lang=\"pl\" dir=\"ltr\">"), polish);
        String arabic = Files.readString(dir.resolve("archive-ar/site/index.html"));
        assertTrue(arabic.contains("تعليقان"), "the form two of Arabic: " + arabic);
        assertTrue(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"), arabic);
    }

    @Test
    void versionNamesTheReleaseAndItsCommit() throws Exception {
        Run version = rostrum(dir, Map.of(), "--version");
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(version.output().matches("rostrum " + VERSION.replace(".", "\\.")
                + " \\(commit ([0-9a-f]{12}|unknown)\\)\n"), version.output());
    }

    @Test
    void anOldJavaIsRefusedWithHowToGetANewOne() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("old-java/bin"));
        Files.writeString(fake.resolve("java"), "#!/bin/sh\necho 'java version \"1.8.0_202\"' >&2\n");
        Files.setPosixFilePermissions(fake.resolve("java"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

        Run run = rostrum(dir, Map.of("JAVA_HOME", fake.getParent().toString()), "build");

        assertEquals(1, run.exitCode());
        assertEquals("rostrum: Java 17 or newer is needed, but " + fake.resolve("java") + " is Java 1.8.0_202.\n"
                + "Install a newer one, for example Eclipse Temurin 17 from https://adoptium.net/\n"
                + "(Debian, Ubuntu: sudo apt install openjdk-17-jre-headless; macOS: brew install --cask temurin),\n"
                + "and set JAVA_HOME to its folder or put it first on the PATH.\n", run.output());
    }

    @Test
    void theDistributionHoldsBothLaunchersTheJarAndTheLicences() throws IOException {
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/rostrum")).contains(PosixFilePermission.OTHERS_EXECUTE));
        assertTrue(Files.readString(home.resolve("bin/rostrum.cmd")).contains("\r\n"), "Windows line ends");
        assertTrue(Files.isRegularFile(home.resolve("lib/rostrum.jar")));
        String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.txt"));
        for (String library : List.of("Flexmark", "Apache FreeMarker", "SnakeYAML Engine", "Jackson", "picocli", "jsoup",
                "directory-watcher", "JNA")) {
            assertTrue(thirdParty.contains(library + " "), library);
        }
        assertTrue(thirdParty.startsWith("Rostrum " + VERSION + " ships"), thirdParty);
        for (String file : List.of("Apache-2.0.txt", "flexmark/LICENSE.txt", "freemarker/LICENSE", "freemarker/NOTICE",
                "jackson-core/LICENSE", "jackson-core/NOTICE", "jsoup/LICENSE", "autolink/LICENSE.txt", "jna/LICENSE",
                "jna/AL2.0", "jna/LGPL2.1")) {
            assertTrue(Files.size(home.resolve("licenses").resolve(file)) > 100, file);
        }
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball() throws IOException {
        Set<String> unpacked = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(home)) {
            walk.filter(Files::isRegularFile).forEach(p -> unpacked.add(home.relativize(p).toString()));
        }
        Set<String> zipped = new TreeSet<>();
        Path zip = TAR.resolveSibling(TAR.getFileName().toString().replace(".tar.gz", ".zip"));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().filter(e -> !e.isDirectory())
                    .forEach(e -> zipped.add(e.getName().substring(("rostrum-" + VERSION + "/").length())));
        }
        assertEquals(unpacked, zipped);
    }
}
