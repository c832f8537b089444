package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.serve.PreviewServer;
import org.rostrum.serve.Rebuild;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class InitCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-31T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(CLOCK, args);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private Path init(String... options) {
        Path archive = dir.resolve("my-archive");
        String[] args = Stream.concat(Stream.of("init", archive.toString()), Stream.of(options)).toArray(String[]::new);
        CommandRun run = run(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return archive;
    }

    private static CommandRun inArchive(Path archive, String command, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--content", archive.resolve("content").toString(),
                "--templates", archive.resolve("templates").toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    @Test
    void initWritesAnArchiveThatServes() throws Exception {
        Path archive = init("--title", "Town hall debates");
        BlockingQueue<Rebuild> builds = new LinkedBlockingQueue<>();
        BuildOptions options = BuildOptions.defaults().withContent(archive.resolve("content"))
                .withTemplates(archive.resolve("templates"));
        try (PreviewServer server = PreviewServer.start(new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()),
                options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), builds::add)) {
            Rebuild first = builds.poll(60, TimeUnit.SECONDS);
            assertTrue(first != null && !first.result().failed(), () -> "first build: " + first);
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.address().resolve("/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Town hall debates"), home.body());
        }
    }

    @Test
    void initWritesAnArchiveThatBuildsAndChecksWithoutAProblem() throws IOException {
        Path archive = init("--title", "Kerosene & Co: the debates", "--base-url", "https://debates.example.org/",
                "--language", "de-CH", "--timezone", "Europe/Berlin");

        assertEquals(List.of(".github/workflows/archive.yml", ".gitignore", ".gitlab-ci.yml", "README.md",
                "content/debates/should-city-centres-be-free-of-cars/comments.yaml",
                "content/debates/should-city-centres-be-free-of-cars/index.md",
                "content/people/mara-lindqvist.yaml", "content/site.yaml", "templates/README.md"), filesUnder(archive));
        assertEquals("title: 'Kerosene & Co: the debates'\nbase_url: https://debates.example.org/\nlanguage: de-CH\n"
                + "timezone: Europe/Berlin\n", read(archive.resolve("content/site.yaml")));
        assertTrue(read(archive.resolve("content/debates/should-city-centres-be-free-of-cars/index.md"))
                .startsWith("---\ntitle: Should city centres be free of cars?\ndate: 2024-04-01\n"));
        assertEquals("# What rostrum build writes: the site and its build records, made again from content/ by every "
                + "build.\n/site/\n/.site.*\n", read(archive.resolve(".gitignore")));
        String readme = read(archive.resolve("README.md"));
        assertTrue(readme.startsWith("# Kerosene & Co: the debates\n"), readme);
        assertTrue(readme.contains("rostrum new debate \"") && readme.contains("rostrum serve ")
                && readme.contains("rostrum check "), readme);

        CommandRun build = inArchive(archive, "build", "--out", archive.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("", build.err());
        assertTrue(build.out().startsWith("Built 1 debate and 2 comments into "), build.out());
        String debatePage = read(archive.resolve("site/debates/should-city-centres-be-free-of-cars/index.html"));
        assertTrue(debatePage.contains("Mara Lindqvist") && debatePage.contains("Was it the same for the Saturday market?"));
        assertTrue(read(archive.resolve("site/index.html")).contains("lang=\"de-CH\""));

        CommandRun check = inArchive(archive, "check");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.err());
    }

    @Test
    void anEmptyArchiveHasNoExampleAndStillBuilds() throws IOException {
        Path archive = init("--empty");

        assertFalse(Files.exists(archive.resolve("content/debates")));
        assertFalse(Files.exists(archive.resolve("content/people")));
        CommandRun build = inArchive(archive, "build", "--out", archive.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("", build.err());
        assertTrue(build.out().startsWith("Built 0 debates and 0 comments into "), build.out());
    }

    @Test
    void defaultsComeFromTheFolderNameAndTheClocksZone() throws IOException {
        Path archive = dir.resolve("town_hall-debates");
        CommandRun run = CommandRun.of(Clock.fixed(Instant.parse("2024-03-31T23:30:00Z"), ZoneId.of("Europe/Vienna")),
                "init", archive.toString(), "--empty");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("title: Town hall debates\nbase_url: https://example.org/\nlanguage: en\ntimezone: Europe/Vienna\n",
                read(archive.resolve("content/site.yaml")));
    }

    @Test
    void aClockWithoutANamedZoneGivesUtc() throws IOException {
        Path archive = init("--empty");
        assertTrue(read(archive.resolve("content/site.yaml")).endsWith("timezone: UTC\n"));
    }

    @Test
    void initSaysWhatItWroteAndWhatToDoNext() {
        Path archive = dir.resolve("my-archive");
        CommandRun run = run("init", archive.toString(), "--empty");

        assertEquals("Created a new archive in " + archive + ":\n"
                + "  content/site.yaml\n"
                + "  templates/README.md\n"
                + "  .gitignore\n"
                + "  .github/workflows/archive.yml\n"
                + "  .gitlab-ci.yml\n"
                + "  README.md\n"
                + "\n"
                + "Next:\n"
                + "  cd " + archive + "\n"
                + "  rostrum serve                      preview the site as you edit\n"
                + "  rostrum new debate \"<question>\"    start a debate (a draft until you publish it)\n"
                + "  rostrum check                      list every problem, as CI does\n"
                + "Set base_url in content/site.yaml to the address the archive will have.\n", run.out());
    }

    @Test
    void theGitHubWorkflowChecksPullRequestsAndBuildsAndDeploysMain() throws IOException {
        Path archive = init("--empty");
        Map<?, ?> workflow = yaml(archive.resolve(".github/workflows/archive.yml"));

        Map<?, ?> on = (Map<?, ?>) workflow.get("on");
        assertTrue(on.containsKey("pull_request"));
        assertEquals(List.of("main"), ((Map<?, ?>) on.get("push")).get("branches"));
        assertEquals(Map.of("ROSTRUM_VERSION", Version.current().version()), workflow.get("env"));
        Map<?, ?> jobs = (Map<?, ?>) workflow.get("jobs");
        assertEquals(List.of("check", "build", "deploy"), List.copyOf(jobs.keySet()));

        Map<?, ?> check = (Map<?, ?>) jobs.get("check");
        assertEquals("github.event_name == 'pull_request'", check.get("if"));
        assertEquals(List.of("rostrum check --strict"), runs(check).subList(1, 2));
        assertTrue(runs(check).get(0).startsWith("curl -fsSL \""
                + Version.current().downloadOf("${ROSTRUM_VERSION}") + "\" | tar -xz"), runs(check).get(0));
        assertFalse(runs(check).get(0).contains("mvn"));

        Map<?, ?> build = (Map<?, ?>) jobs.get("build");
        assertEquals("github.event_name != 'pull_request'", build.get("if"));
        assertEquals("rostrum build --base-url \"${{ steps.pages.outputs.base_url }}/\"", runs(build).get(1));
        assertEquals("build", ((Map<?, ?>) jobs.get("deploy")).get("needs"));
    }

    @Test
    void theGitLabPipelineChecksMergeRequestsAndPublishesTheDefaultBranch() throws IOException {
        Path archive = init("--empty");
        Map<?, ?> pipeline = yaml(archive.resolve(".gitlab-ci.yml"));

        assertEquals("eclipse-temurin:17-jre", pipeline.get("image"));
        assertTrue(((List<?>) pipeline.get("before_script")).get(1).toString()
                .startsWith("curl -fsSL \"" + Version.current().downloadOf("${ROSTRUM_VERSION}") + "\""));
        Map<?, ?> check = (Map<?, ?>) pipeline.get("check");
        assertEquals(List.of("rostrum check --strict"), check.get("script"));
        assertEquals(List.of(Map.of("if", "$CI_PIPELINE_SOURCE == \"merge_request_event\"")), check.get("rules"));
        Map<?, ?> pages = (Map<?, ?>) pipeline.get("pages");
        assertEquals(List.of("rostrum build --out public --base-url \"$CI_PAGES_URL/\""), pages.get("script"));
        assertEquals(Map.of("paths", List.of("public")), pages.get("artifacts"));
        assertEquals(List.of(Map.of("if", "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")), pages.get("rules"));
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndListsWhatIsThere() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("old"));
        Files.writeString(archive.resolve("notes.txt"), "kept");
        Files.createDirectories(archive.resolve("content"));

        CommandRun run = run("init", archive.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals("error: " + archive + " is not empty, and init never replaces a file; it holds:\n"
                + "  content/\n  notes.txt\nGive the name of a new folder: rostrum init my-archive\n", run.err());
        assertEquals(List.of("notes.txt"), filesUnder(archive));
        assertEquals("kept", read(archive.resolve("notes.txt")));
    }

    @Test
    void initListsTenEntriesOfAFullFolderAndCountsTheRest() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("full"));
        for (int i = 10; i < 22; i++) {
            Files.writeString(archive.resolve("f" + i), "");
        }
        CommandRun run = run("init", archive.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("  f19\n  and 2 more\n"), run.err());
    }

    @Test
    void initRefusesAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("archive"), "kept");
        CommandRun run = run("init", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: " + file + " is a file: give the name of a new or empty folder\n", run.err());
        assertEquals("kept", read(file));
    }

    @Test
    void initTakesAnEmptyFolderAndAClonedEmptyRepository() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, run("init", empty.toString(), "--empty").exitCode());
        Path cloned = Files.createDirectories(dir.resolve("cloned/.git"));
        Files.writeString(cloned.resolve("HEAD"), "ref: refs/heads/main\n");

        CommandRun run = run("init", cloned.getParent().toString(), "--empty");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("ref: refs/heads/main\n", read(cloned.resolve("HEAD")));
        assertTrue(Files.exists(cloned.resolveSibling("content/site.yaml")));
    }

    @Test
    void initRejectsSettingsThatSiteYamlWouldRejectAndWritesNothing() {
        Path archive = dir.resolve("my-archive");
        CommandRun run = run("init", archive.toString(), "--title", " ", "--base-url", "debates.example.org",
                "--language", "english", "--timezone", "Europe/Berln");

        assertEquals(2, run.exitCode());
        assertEquals("error: --title must not be empty\n"
                + "error: --base-url must be an absolute http or https URL such as https://archive.example.org/, "
                + "not 'debates.example.org'\n"
                + "error: --language must be a BCP 47 language tag such as en or de-CH, not 'english'\n"
                + "error: --timezone must be an IANA time zone such as Europe/Berlin, not 'Europe/Berln' "
                + "(did you mean 'Europe/Berlin'?)\n", run.err());
        assertFalse(Files.exists(archive));
    }

    private static Map<?, ?> yaml(Path file) throws IOException {
        return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(read(file));
    }

    /** The {@code run} lines of a job's steps, in order. */
    private static List<String> runs(Map<?, ?> job) {
        return ((List<?>) job.get("steps")).stream().map(step -> (Map<?, ?>) step)
                .filter(step -> step.containsKey("run")).map(step -> step.get("run").toString().strip()).toList();
    }
}
