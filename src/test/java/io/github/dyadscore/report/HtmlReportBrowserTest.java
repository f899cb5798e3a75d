package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.report.Browser.Paper;
import io.github.dyadscore.report.Audience;
import io.github.dyadscore.report.html.Samples;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report in a real browser (headless Chromium), for every audience of the example couple:
 * it loads with no console message and no request, axe-core finds no serious or critical
 * accessibility violation, nothing is wider than a 390-pixel phone or a 1280-pixel desktop, and it
 * prints on A4 and Letter to the expected number of pages without splitting a scale's block.
 *
 * <p>Screenshots (phone, desktop and every printed page) are written to {@code
 * target/screenshots/} to be looked at.
 */
class HtmlReportBrowserTest {

  /** Printed pages per audience on A4 and on Letter, as looked at and found right. */
  private static final Map<Audience, int[]> PAGES = Map.of(
      Audience.THERAPIST, new int[] {5, 6},
      Audience.PARTNER_A, new int[] {5, 5},
      Audience.PARTNER_B, new int[] {5, 5},
      Audience.COUPLE, new int[] {4, 4});

  private static final List<String> SCALES = List.of("Mutuality", "Security", "Foundation");

  /** The other golden couples' pages (HtmlReportTest), checked on screen but not printed. */
  private static final List<String> OTHER_PAGES = List.of("example-couple-sharing",
      "edge-therapist", "edge-partner-b", "csi4-therapist");

  private static Browser browser;
  private static Path pages;
  private static Path screenshots;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.startOrSkip();
    Path target = Path.of(System.getProperty("dyadscore.browserDir", "target/browser"))
        .getParent();
    pages = Files.createDirectories(target.resolve("html-pages"));
    screenshots = Files.createDirectories(target.resolve("screenshots"));
    try (Stream<Path> old = Files.list(screenshots)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    for (Audience reader : Audience.values()) {
      Files.writeString(page(reader), Samples.page(reader), StandardCharsets.UTF_8);
    }
    for (String name : OTHER_PAGES) {
      Audience audience = name.endsWith("partner-b") ? Audience.PARTNER_B
          : name.endsWith("sharing") ? Audience.COUPLE : Audience.THERAPIST;
      Files.writeString(pages.resolve(name + ".html"),
          HtmlReportTest.render(name, audience, name.endsWith("sharing")), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path page(Audience reader) {
    return pages.resolve(name(reader) + ".html");
  }

  private static String name(Audience reader) {
    return reader.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Stream<String> allPages() {
    return Stream.concat(Stream.of(Audience.values()).map(HtmlReportBrowserTest::name),
        OTHER_PAGES.stream());
  }

  @ParameterizedTest
  @MethodSource("allPages")
  void pageLoadsWithoutConsoleMessagesOrRequests(String name) {
    Path page = pages.resolve(name + ".html");
    browser.viewport(1280, 900, false);
    browser.open(page);

    assertThat(browser.consoleProblems()).isEmpty();
    assertThat(browser.requests(page)).isEmpty();
    assertThat(browser.script("return document.scripts.length")).isEqualTo(0L);
  }

  @ParameterizedTest
  @MethodSource("allPages")
  void axeFindsNoSeriousOrCriticalViolation(String name) {
    browser.viewport(1280, 900, false);
    browser.open(pages.resolve(name + ".html"));

    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("allPages")
  void nothingIsWiderThanAPhoneOrADesktop(String name) throws IOException {
    Path page = pages.resolve(name + ".html");
    browser.viewport(390, 844, true);
    browser.open(page);
    List<String> phone = browser.horizontalOverflow();
    screenshots(name + "-phone", 1200);

    browser.viewport(1280, 900, false);
    browser.open(page);
    List<String> desktop = browser.horizontalOverflow();
    screenshots(name + "-desktop", 1400);

    assertThat(phone).as("at 390 px").isEmpty();
    assertThat(desktop).as("at 1280 px").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void printsToTheExpectedPagesWithoutSplittingAScale(Audience reader) throws IOException {
    browser.viewport(1280, 900, false);
    browser.open(page(reader));
    int[] printed = new int[Paper.values().length];
    for (Paper paper : Paper.values()) {
      byte[] pdf = browser.print(paper);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        List<String> text = pageTexts(document);
        PDFRenderer renderer = new PDFRenderer(document);
        for (int i = 0; i < document.getNumberOfPages(); i++) {
          BufferedImage image = renderer.renderImageWithDPI(i, 72);
          ImageIO.write(image, "png", screenshots.resolve(name(reader) + "-print-"
              + Browser.describe(paper) + "-" + (i + 1) + ".png").toFile());
        }
        for (String scale : SCALES) {
          int start = pageOf(text, line -> line.equals(scale));
          int end = pageOf(text, line -> line.contains("numbers behind the " + scale + " chart"));
          assertThat(start).as("%s on %s: page of the heading", scale, paper).isPositive();
          assertThat(end).as("%s on %s: page of the block's end", scale, paper)
              .isEqualTo(start);
        }
        printed[paper.ordinal()] = document.getNumberOfPages();
      }
    }
    assertThat(printed).as("pages on A4 and Letter").containsExactly(PAGES.get(reader));
  }

  private static List<String> pageTexts(PDDocument document) throws IOException {
    List<String> texts = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int i = 1; i <= document.getNumberOfPages(); i++) {
      stripper.setStartPage(i);
      stripper.setEndPage(i);
      texts.add(stripper.getText(document));
    }
    return texts;
  }

  /** The 1-based page of the first line that matches, 0 when none does. */
  private static int pageOf(List<String> pages, java.util.function.Predicate<String> line) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).lines().map(String::strip).anyMatch(line)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The page in strips of the given height, short enough to look at. */
  private static void screenshots(String name, int strip) throws IOException {
    int height = browser.pageHeight();
    for (int y = 0, n = 1; y < height; y += strip, n++) {
      Files.write(screenshots.resolve(name + "-" + n + ".png"),
          browser.screenshot(y, Math.min(strip, height - y)));
    }
  }
}
