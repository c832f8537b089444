package org.rostrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development launcher ({@code ./rostrum}) and the released one ({@code src/dist/bin/rostrum})
 * pick their java and the archive of recorded classes that suits it. They run here in a copy of the
 * checkout or of an installation with a jar already built and a stand-in for java that logs how it
 * is called and says it is the release it is told to be.
 */
class LauncherIT {

    private static final String OPTS = "-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    @TempDir
    Path tmp;

    private Path checkout;

    private record Run(int exitCode, String output) {
    }

    @BeforeEach
    void copyTheLauncher() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("checkout")).toRealPath();
        Files.copy(Path.of("rostrum"), checkout.resolve("rostrum"));
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/rostrum.jar"), "");
        Files.createDirectories(checkout.resolve("content"));
        Files.writeString(checkout.resolve("content/site.yaml"), "title: T\n");
    }

    /** A stand-in for {@code <home>/bin/java} of the given release; returns the java. */
    private Path java(String home, String release) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve(home).resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                printf '%s\\n' "$*" >> "$(dirname "$0")/calls"
                for a in "$@"; do
                  case $a in
                    -version) echo 'openjdk version "RELEASE" 2026-01-20' >&2; exit 0 ;;
                    -XX:AOTCache=*|-XX:SharedArchiveFile=*|-XX:DumpLoadedClassList=*|-XX:AOTConfiguration=*) : > "${a#*=}" ;;
                  esac
                done
                echo "ran"
                """.replace("RELEASE", release));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java.toRealPath();
    }

    private static List<String> calls(Path java) throws IOException {
        return Files.readAllLines(java.resolveSibling("calls"));
    }

    private Run rostrum(Map<String, String> env, String... args) throws Exception {
        return run(checkout.resolve("rostrum"), env, args);
    }

    private Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("TMPDIR", Files.createDirectories(tmp.resolve("tmp")).toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        return new Run(process.exitValue(), output);
    }

    private String jar() {
        return checkout.resolve("target/rostrum.jar").toString();
    }

    @Test
    void java25FromRostrumJavaGetsAnAheadOfTimeCacheRecordedOnceFromTheTrainingRun() throws Exception {
        Path java = java("jdk-25", "25.0.1");

        Run first = rostrum(Map.of("ROSTRUM_JAVA", java.toString()), "check");

        assertEquals(0, first.exitCode(), first.output());
        assertEquals("ran\n", first.output());
        List<String> calls = calls(java);
        assertEquals(4, calls.size(), calls.toString());
        assertEquals("-version", calls.get(0));
        assertTrue(calls.get(1).matches(OPTS.replace("+", "\\+") + " -XX:AOTMode=record -XX:AOTConfiguration=\\S+/aot.conf -cp "
                + jar() + " org.rostrum.cli.Training " + checkout.resolve("content") + " \\S+/site"), calls.get(1));
        assertTrue(calls.get(2).matches(OPTS.replace("+", "\\+") + " -XX:AOTMode=create -XX:AOTConfiguration=\\S+/aot.conf"
                + " -XX:AOTCache=" + checkout.resolve("target/rostrum.aot") + " -cp " + jar()), calls.get(2));
        String run = OPTS + " -XX:AOTCache=" + checkout.resolve("target/rostrum.aot") + " -Xlog:aot=off,cds=off -jar " + jar()
                + " check";
        assertEquals(run, calls.get(3));
        assertEquals(java + "\naot\n", Files.readString(checkout.resolve("target/rostrum.jvm")));
        try (var left = Files.list(tmp.resolve("tmp"))) {
            assertEquals(0, left.count(), "the training run's folder is removed");
        }

        Run second = rostrum(Map.of("ROSTRUM_JAVA", java.toString()), "check");

        assertEquals(0, second.exitCode(), second.output());
        assertEquals(List.of("-version"), calls(java).subList(0, 1));
        assertEquals(5, calls(java).size(), "no version check and no training the second time: " + calls(java));
        assertEquals(run, calls(java).get(4));
    }

    @Test
    void java17FromJavaHomeGetsAClassDataArchiveWithoutLambdaProxies() throws Exception {
        Path java = java("jdk-17", "17.0.15");

        Run run = rostrum(Map.of("JAVA_HOME", tmp.resolve("jdk-17").toString()), "build", "--quiet");

        assertEquals(0, run.exitCode(), run.output());
        List<String> calls = calls(java);
        assertEquals(4, calls.size(), calls.toString());
        assertTrue(calls.get(1).matches(OPTS.replace("+", "\\+") + " -XX:DumpLoadedClassList=\\S+/classes.all -cp " + jar()
                + " org.rostrum.cli.Training " + checkout.resolve("content") + " \\S+/site"), calls.get(1));
        assertTrue(calls.get(2).matches("-Xshare:dump -XX:SharedClassListFile=\\S+/classes -XX:SharedArchiveFile="
                + checkout.resolve("target/rostrum.jsa") + " -cp " + jar()), calls.get(2));
        assertEquals(OPTS + " -XX:SharedArchiveFile=" + checkout.resolve("target/rostrum.jsa")
                + " -Xshare:auto -Xlog:cds=off -jar " + jar() + " build --quiet", calls.get(3));
    }

    @Test
    void anotherJavaOrANewerJarMakesTheArchiveAgain() throws Exception {
        Path java17 = java("jdk-17", "17.0.15");
        Path java25 = java("jdk-25", "25.0.1");
        assertEquals(0, rostrum(Map.of("ROSTRUM_JAVA", java17.toString()), "--version").exitCode());
        assertTrue(Files.exists(checkout.resolve("target/rostrum.jsa")));

        assertEquals(0, rostrum(Map.of("ROSTRUM_JAVA", java25.toString()), "--version").exitCode());
        assertFalse(Files.exists(checkout.resolve("target/rostrum.jsa")), "the other java's archive is removed");
        assertTrue(Files.exists(checkout.resolve("target/rostrum.aot")));
        assertEquals(4, calls(java25).size(), calls(java25).toString());

        Files.setLastModifiedTime(checkout.resolve("target/rostrum.jar"),
                FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(0, rostrum(Map.of("ROSTRUM_JAVA", java25.toString()), "--version").exitCode());
        assertEquals(8, calls(java25).size(), "a jar newer than the cache is trained on again: " + calls(java25));
    }

    @Test
    void aJavaThatCannotRunIsAnErrorNamingIt() throws Exception {
        Run run = rostrum(Map.of("ROSTRUM_JAVA", tmp.resolve("nowhere/java").toString()), "check");

        assertEquals(2, run.exitCode());
        assertEquals("rostrum: cannot run java: '" + tmp.resolve("nowhere/java")
                + "' is not an executable (ROSTRUM_JAVA, JAVA_HOME, PATH)\n", run.output());
    }

    @Test
    void aFailedTrainingRunLeavesJavaWithoutAnArchiveAndIsNotRepeatedForTheSameJar() throws Exception {
        Path java = java("jdk-25", "25.0.1");
        String failing = Files.readString(java).replace("  case $a in\n",
                "  case $a in\n    org.rostrum.cli.Training) exit 1 ;;\n");
        Files.writeString(java, failing);

        assertEquals(0, rostrum(Map.of("ROSTRUM_JAVA", java.toString()), "check").exitCode());
        assertEquals(0, rostrum(Map.of("ROSTRUM_JAVA", java.toString()), "check").exitCode());

        List<String> calls = calls(java);
        assertEquals(4, calls.size(), calls.toString());
        assertEquals(OPTS + " -jar " + jar() + " check", calls.get(2));
        assertEquals(OPTS + " -jar " + jar() + " check", calls.get(3));
        assertEquals(java + "\nnone\n", Files.readString(checkout.resolve("target/rostrum.jvm")));
    }

    /** The released launcher in an installation folder with an empty jar; returns bin/rostrum. */
    private Path installed() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("installed"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("src/dist/bin/rostrum"), home.resolve("bin/rostrum"));
        Files.setPosixFilePermissions(home.resolve("bin/rostrum"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("lib/rostrum.jar"), "");
        return home.resolve("bin/rostrum").toRealPath();
    }

    @Test
    void releasedLauncherRecordsAnAheadOfTimeCacheForJava25InTheUserCacheAndThenUsesIt() throws Exception {
        Path launcher = installed();
        String jar = launcher.getParent().resolveSibling("lib/rostrum.jar").toString();
        Path java25 = java("jdk-25", "25.0.1");
        java("jdk-17", "17.0.15");
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("ROSTRUM_JAVA", java25.toString(), "JAVA_HOME", tmp.resolve("jdk-17").toString(),
                "ROSTRUM_CACHE", cache.toString());

        Run first = run(launcher, env, "build", "--quiet");

        assertEquals(0, first.exitCode(), first.output());
        assertEquals("ran\n", first.output());
        List<String> calls = calls(java25);
        assertEquals(3, calls.size(), calls.toString());
        assertEquals("-version", calls.get(0));
        assertEquals(OPTS + " -XX:AOTMode=record -XX:AOTConfiguration=" + cache.resolve("rostrum.aot.conf")
                + " -Xlog:aot=off,cds=off -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -jar " + jar
                + " build --quiet", calls.get(1));
        assertEquals(OPTS + " -XX:AOTMode=create -XX:AOTConfiguration=" + cache.resolve("rostrum.aot.conf")
                + " -XX:AOTCache=" + cache.resolve("rostrum.aot") + " -cp " + jar, calls.get(2));
        assertEquals(java25 + " " + jar + "\naot\n", Files.readString(cache.resolve("rostrum.made-by")));
        assertFalse(Files.exists(cache.resolve("rostrum.aot.conf")), "the recorded configuration is removed");

        Run second = run(launcher, env, "--version");

        assertEquals(0, second.exitCode(), second.output());
        assertEquals(4, calls(java25).size(), "no version check and no recording the second time: " + calls(java25));
        assertEquals(OPTS + " -XX:AOTCache=" + cache.resolve("rostrum.aot") + " -Xlog:aot=off,cds=off -jar " + jar
                + " --version", calls(java25).get(3));
        assertFalse(Files.exists(tmp.resolve("jdk-17/bin/calls")), "JAVA_HOME is not used when ROSTRUM_JAVA is set");
    }

    @Test
    void releasedLauncherMakesAClassDataArchiveForJava17AndAgainForAnotherJava() throws Exception {
        Path launcher = installed();
        String jar = launcher.getParent().resolveSibling("lib/rostrum.jar").toString();
        Path java17 = java("jdk-17", "17.0.15");
        Path java25 = java("jdk-25", "25.0.1");
        Path cache = tmp.resolve("xdg/rostrum");

        Run version = run(launcher, Map.of("JAVA_HOME", tmp.resolve("jdk-17").toString(),
                "XDG_CACHE_HOME", tmp.resolve("xdg").toString()), "--version");
        assertEquals(0, version.exitCode(), version.output());
        assertEquals(List.of("-version", OPTS + " -jar " + jar + " --version"), calls(java17),
                "only build and check record classes");

        Run check = run(launcher, Map.of("JAVA_HOME", tmp.resolve("jdk-17").toString(),
                "XDG_CACHE_HOME", tmp.resolve("xdg").toString()), "check");
        assertEquals(0, check.exitCode(), check.output());
        List<String> calls = calls(java17);
        assertEquals(OPTS + " -XX:DumpLoadedClassList=" + cache.resolve("rostrum.jsa.classes") + " -jar " + jar + " check",
                calls.get(3));
        assertEquals("-Xshare:dump -XX:SharedClassListFile=" + cache.resolve("rostrum.jsa.classlist")
                + " -XX:SharedArchiveFile=" + cache.resolve("rostrum.jsa") + " -cp " + jar, calls.get(4));
        assertEquals(java17 + " " + jar + "\ncds\n", Files.readString(cache.resolve("rostrum.made-by")));

        Run another = run(launcher, Map.of("ROSTRUM_JAVA", java25.toString(),
                "XDG_CACHE_HOME", tmp.resolve("xdg").toString()), "check");
        assertEquals(0, another.exitCode(), another.output());
        assertFalse(Files.exists(cache.resolve("rostrum.jsa")), "the other java's archive is removed");
        assertEquals(java25 + " " + jar + "\naot\n", Files.readString(cache.resolve("rostrum.made-by")));
    }

    /** A cache folder that cannot be made (as for an installation whose user has no home) is no error. */
    @Test
    void releasedLauncherWithoutAPlaceForTheCacheRunsWithoutAnArchive() throws Exception {
        Path launcher = installed();
        String jar = launcher.getParent().resolveSibling("lib/rostrum.jar").toString();
        Path java = java("jdk-17", "17.0.15");
        Path file = Files.writeString(tmp.resolve("a-file"), "");

        Run run = run(launcher, Map.of("ROSTRUM_JAVA", java.toString(), "ROSTRUM_CACHE", file.resolve("rostrum").toString()),
                "build");

        assertEquals(0, run.exitCode(), run.output());
        assertEquals("ran\n", run.output());
        assertEquals(List.of("-version", OPTS + " -jar " + jar + " build"), calls(java));
    }

    @Test
    void releasedLauncherRecordsAgainAfterAFailedRunAndNotAfterOneWhoseArchiveFailed() throws Exception {
        Path launcher = installed();
        Path java = java("jdk-17", "17.0.15");
        Files.writeString(java, Files.readString(java).replace("echo \"ran\"", "[ -f \"$(dirname \"$0\")/fail\" ] && exit 1\necho \"ran\""));
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("ROSTRUM_JAVA", java.toString(), "ROSTRUM_CACHE", cache.toString());
        Files.writeString(java.resolveSibling("fail"), "");

        assertEquals(1, run(launcher, env, "check").exitCode());
        assertFalse(Files.exists(cache.resolve("rostrum.made-by")), "a failed check trains nothing");

        Files.delete(java.resolveSibling("fail"));
        String dumping = Files.readString(java).replace("  case $a in\n", "  case $a in\n    -Xshare:dump) exit 1 ;;\n");
        Files.writeString(java, dumping);
        assertEquals(0, run(launcher, env, "check").exitCode());
        assertEquals(java + " " + launcher.getParent().resolveSibling("lib/rostrum.jar") + "\nnone\n",
                Files.readString(cache.resolve("rostrum.made-by")));
        int before = calls(java).size();
        assertEquals(0, run(launcher, env, "check").exitCode());
        assertEquals(before + 1, calls(java).size(), "no archive could be made: the jar runs without one " + calls(java));
    }

    @Test
    void releasedLauncherNamesARostrumJavaThatCannotRun() throws Exception {
        Run run = run(installed(), Map.of("ROSTRUM_JAVA", tmp.resolve("nowhere/java").toString()), "check");

        assertEquals(2, run.exitCode());
        assertEquals("rostrum: cannot run java: '" + tmp.resolve("nowhere/java")
                + "' is not an executable (ROSTRUM_JAVA)\n", run.output());
    }
}
