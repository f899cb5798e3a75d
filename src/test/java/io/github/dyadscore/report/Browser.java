package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Chromium for the HTML report's browser tests, driven by Selenium through Debian's
 * {@code chromedriver}; nothing is downloaded (Selenium Manager is never asked, since the driver
 * and browser paths are given).
 *
 * <p>Where the browser, the driver or npm (for axe-core) is missing, the tests are skipped with a
 * message on stderr, except on CI: when the environment variable {@code CI} is set (as {@code
 * .ci/run} does, and as GitHub Actions and GitLab do) a missing tool fails the tests instead, so a
 * broken install step can never pass as a skip.
 */
final class Browser implements AutoCloseable {

  /** A4 and US Letter, as the print dialog's paper sizes, in centimetres. */
  enum Paper {
    A4(21.0, 29.7),
    LETTER(21.59, 27.94);

    final double width;
    final double height;

    Paper(double width, double height) {
      this.width = width;
      this.height = height;
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Kept, so that its level stays set: Selenium's note that it has no CDP classes for 156. */
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM.setLevel(Level.SEVERE);
  }
  private static final String AXE_VERSION = "4.14.1";

  private final ChromeDriver driver;
  private final Path profile;
  private final String axe;

  private Browser(ChromeDriver driver, Path profile, String axe) {
    this.driver = driver;
    this.profile = profile;
    this.axe = axe;
  }

  /** Starts the browser, or skips (fails on CI) when a tool is missing. */
  static Browser startOrSkip() {
    Path chromium = onPath("chromium", "chromium-browser", "google-chrome");
    Path driver = onPath("chromedriver");
    if (chromium == null || driver == null) {
      unavailable("headless Chromium is not installed (Debian: apt-get install chromium "
          + "chromium-driver; .ci/run does this)");
    }
    String axe = axeScript();
    try {
      Path profile = Files.createTempDirectory("dyadscore-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      // The flags this machine needs (shared/DEPENDENCIES.md): no sandbox as root, and no
      // background calls that the closed network would refuse (and that would count as requests).
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
          "--force-device-scale-factor=1", "--window-size=1280,900",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
      ChromeDriver chrome = new ChromeDriver(service, options);
      chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return new Browser(chrome, profile, axe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void unavailable(String why) {
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
      Assertions.fail("CI is set, so the browser tests must run, but " + why);
    }
    System.err.println("SKIPPED: the HTML report's browser tests, because " + why
        + ". Set CI=true to make this a failure.");
    Assumptions.abort(why);
  }

  private static Path onPath(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : names) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * axe-core's script: installed by {@code npm ci} from {@code src/test/browser} (package.json and
   * its lock file pin the version and checksum) into {@code target/browser} on first use.
   */
  private static String axeScript() {
    Path dir = Path.of(System.getProperty("dyadscore.browserDir", "target/browser"));
    Path script = dir.resolve("node_modules/axe-core/axe.min.js");
    try {
      if (!Files.isRegularFile(script)) {
        Path npm = onPath("npm");
        if (npm == null) {
          unavailable("npm is not installed, so axe-core " + AXE_VERSION
              + " cannot be installed (Debian: apt-get install npm)");
        }
        Files.createDirectories(dir);
        for (String file : List.of("package.json", "package-lock.json")) {
          Files.copy(Path.of("src/test/browser", file), dir.resolve(file),
              StandardCopyOption.REPLACE_EXISTING);
        }
        Process npmCi = new ProcessBuilder(npm.toString(), "ci", "--ignore-scripts",
            "--no-audit", "--no-fund").directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(dir.resolve("npm.log").toFile()).start();
        if (!npmCi.waitFor(5, TimeUnit.MINUTES) || npmCi.exitValue() != 0) {
          npmCi.destroy();
          unavailable("npm ci of axe-core failed (" + dir.resolve("npm.log") + ")");
        }
      }
      String source = Files.readString(script, StandardCharsets.UTF_8);
      assertThat(source).as("axe-core version").contains("axe v" + AXE_VERSION);
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Loads a page and forgets the logs of earlier pages. */
  void open(Path page) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(page.toUri().toString());
  }

  /** The console's warnings and errors since the page was opened. */
  List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /** The URLs the page requested, other than the page itself. */
  List<String> requests(Path page) {
    String self = page.toUri().toString();
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = JSON.readTree(entry.getMessage()).path("message");
      if (message.path("method").asString("").equals("Network.requestWillBeSent")) {
        String url = message.path("params").path("request").path("url").asString("");
        if (!url.equals(self)) {
          urls.add(url);
        }
      }
    }
    return urls;
  }

  /** Sets the viewport, as a phone or desktop browser shows it. */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Whether something is wider than the viewport, and what. */
  @SuppressWarnings("unchecked")
  List<String> horizontalOverflow() {
    return (List<String>) driver.executeScript("""
        const out = [];
        const vw = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > vw) {
          out.push('page is ' + document.documentElement.scrollWidth + ' px wide in ' + vw);
        }
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5)) {
            out.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined
                ? '.' + el.className : '') + ' spans ' + r.left + '..' + r.right + ' of ' + vw);
          }
          if (el.scrollWidth > el.clientWidth + 1
              && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) {
            out.push(el.tagName.toLowerCase() + ' scrolls sideways');
          }
        }
        return out.slice(0, 20);
        """);
  }

  /** axe-core's violations of serious or critical impact, as "rule: help (targets)". */
  List<String> seriousAccessibilityViolations() {
    driver.executeScript(axe);
    String result = (String) driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify(String(e))));
        """);
    JsonNode violations = JSON.readTree(result);
    List<String> serious = new ArrayList<>();
    assertThat(violations.isArray()).as("axe result %s", result).isTrue();
    for (JsonNode v : violations) {
      String impact = v.path("impact").asString("");
      List<String> targets = new ArrayList<>();
      v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
      String line = impact + " " + v.path("id").asString() + ": " + v.path("help").asString()
          + " " + targets;
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(line);
      } else {
        System.err.println("axe (not failing): " + line);
      }
    }
    return serious;
  }

  /** The page printed to PDF on the paper, as the browser's print dialog would by default. */
  byte[] print(Paper paper) {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(paper.height, paper.width));
    return Base64.getDecoder().decode(driver.print(options).getContent());
  }

  /** The page's height in CSS pixels at the current viewport. */
  int pageHeight() {
    return ((Number) driver.executeScript("return document.documentElement.scrollHeight"))
        .intValue();
  }

  /** A PNG of a horizontal strip of the page at the current viewport. */
  byte[] screenshot(int y, int height) {
    Number width = (Number) driver.executeScript(
        "return document.documentElement.scrollWidth");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", y,
            "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static String describe(Paper paper) {
    return paper.name().toLowerCase(Locale.ROOT);
  }
}
