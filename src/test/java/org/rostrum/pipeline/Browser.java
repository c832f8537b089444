package org.rostrum.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver, for the browser tests of the default
 * theme. Binaries are given by path, so Selenium Manager never looks for (or downloads) a browser.
 *
 * <p>Console messages and network events are read from Chrome's {@code browser} and
 * {@code performance} logs; {@link #drainProblems()} returns what went wrong since it was last
 * called. One browser, one tab, used by one test thread.
 */
final class Browser implements AutoCloseable {

    /** The binaries the tests need, looked up on the usual Debian paths and then on {@code PATH}. */
    record Tools(Path chromium, Path chromedriver, Path nginx) {
    }

    /** What pages asked for and what went wrong: every request's URL, console errors, failed requests. */
    record Problems(List<String> requests, List<String> consoleErrors, List<String> failedRequests) {
    }

    final ChromeDriver driver;
    private final Json json = new Json();
    private final Path profile;

    /** Starts Chromium with a new profile in a temporary folder, which {@link #close} deletes. */
    static Browser start(Tools tools) throws IOException {
        // Not under a test's folder: Chromium's helpers may still write there a moment after it quits.
        Path profile = Files.createTempDirectory("rostrum-chromium");
        try {
            return new Browser(tools, profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    private Browser(Tools tools, Path profile) {
        this.profile = profile;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(tools.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                "--force-color-profile=srgb", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable("browser", Level.ALL);
        logs.enable("performance", Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(tools.chromedriver().toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** The tools, or a sentence naming what is missing. */
    static Optional<Tools> findTools(List<String> missing) {
        Optional<Path> chromium = executable("chromium", "/usr/bin/chromium");
        Optional<Path> chromedriver = executable("chromedriver", "/usr/bin/chromedriver");
        Optional<Path> nginx = executable("nginx", "/usr/sbin/nginx");
        if (chromium.isEmpty()) {
            missing.add("chromium (Debian package chromium)");
        }
        if (chromedriver.isEmpty()) {
            missing.add("chromedriver (Debian package chromium-driver)");
        }
        if (nginx.isEmpty()) {
            missing.add("nginx (Debian package nginx)");
        }
        return missing.isEmpty() ? Optional.of(new Tools(chromium.get(), chromedriver.get(), nginx.get()))
                : Optional.empty();
    }

    private static Optional<Path> executable(String name, String usual) {
        if (Files.isExecutable(Path.of(usual))) {
            return Optional.of(Path.of(usual));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Back to a 1280 × 900 screen in the light scheme, as every test starts. */
    void reset() {
        viewport(1280, 900);
        media("", "light");
    }

    void open(String url) {
        driver.get(url);
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    /** Sends a Chrome DevTools command. */
    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Lays pages out for a window {@code width} CSS pixels wide (and {@code height} high). */
    void viewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Emulates {@code prefers-color-scheme} ({@code light} or {@code dark}) and a medium:
     * {@code screen}, {@code print}, or {@code ""} for the browser's own (print when printing).
     */
    void media(String medium, String colorScheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("media", medium,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    /** A screenshot of the whole page, {@code width} CSS pixels wide, as PNG. */
    void screenshot(Path file, int width) throws IOException {
        viewport(width, 900);
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
        viewport(width, (int) Math.min(height, 16_000));
        script("window.scrollTo(0, 0);");
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        viewport(1280, 900);
    }

    /** The page as a PDF, as Chrome prints it on A4. */
    void printToPdf(Path file) throws IOException {
        Map<String, Object> result = cdp("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "printBackground", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
    }

    /**
     * Requests, console errors and failed requests since the last call: {@code SEVERE} console entries,
     * network failures that were not cancelled, and HTTP responses of 400 or more. A response
     * whose URL is in {@code expectedFailures}, and the console's note of it, are allowed (the 404
     * page itself).
     */
    Problems drainProblems(List<String> expectedFailures) {
        List<String> console = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get("browser")) {
            String text = e.getMessage();
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && expectedFailures.stream().noneMatch(url -> text.startsWith(url + " - "))) {
                console.add(text);
            }
        }
        List<String> failed = new ArrayList<>();
        List<String> requested = new ArrayList<>();
        Map<String, String> urls = new HashMap<>();
        for (LogEntry e : driver.manage().logs().get("performance")) {
            Map<String, Object> message = json.toType(e.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) message.get("message");
            String method = (String) inner.get("method");
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) inner.getOrDefault("params", Map.of());
            if ("Network.requestWillBeSent".equals(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                urls.put((String) params.get("requestId"), (String) request.get("url"));
                requested.add((String) request.get("url"));
            } else if ("Network.responseReceived".equals(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> response = (Map<String, Object>) params.get("response");
                long status = ((Number) response.getOrDefault("status", 0)).longValue();
                String url = (String) response.get("url");
                if (status >= 400 && !expectedFailures.contains(url)) {
                    failed.add(status + " " + url);
                }
            } else if ("Network.loadingFailed".equals(method) && !Boolean.TRUE.equals(params.get("canceled"))) {
                String url = urls.getOrDefault((String) params.get("requestId"), "(request " + params.get("requestId") + ")");
                if (!expectedFailures.contains(url)) {
                    failed.add(params.get("errorText") + " " + url);
                }
            }
        }
        return new Problems(requested, console, failed);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the system's temp cleaning
        }
    }
}
