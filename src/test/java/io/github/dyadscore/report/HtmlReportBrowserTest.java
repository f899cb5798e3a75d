package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.report.Browser.Paper;
import io.github.dyadscore.report.html.HtmlInput.Reader;
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
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
  private static final Map<Reader, int[]> PAGES = Map.of(
      Reader.THERAPIST, new int[] {0, 0},
      Reader.PARTNER_A, new int[] {0, 0},
      Reader.PARTNER_B, new int[] {0, 0},
      Reader.COUPLE, new int[] {0, 0});

  private static final List<String> SCALES = List.of("Mutuality", "Security", "Foundation");

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
    for (Reader reader : Reader.values()) {
      Files.writeString(page(reader), Samples.page(reader), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path page(Reader reader) {
    return pages.resolve(name(reader) + ".html");
  }

  private static String name(Reader reader) {
    return reader.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void pageLoadsWithoutConsoleMessagesOrRequests(Reader reader) {
    browser.viewport(1280, 900, false);
    browser.open(page(reader));

    assertThat(browser.consoleProblems()).isEmpty();
    assertThat(browser.requests(page(reader))).isEmpty();
    assertThat(browser.script("return document.scripts.length")).isEqualTo(0L);
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void axeFindsNoSeriousOrCriticalViolation(Reader reader) {
    browser.viewport(1280, 900, false);
    browser.open(page(reader));

    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void nothingIsWiderThanAPhoneOrADesktop(Reader reader) throws IOException {
    browser.viewport(390, 844, true);
    browser.open(page(reader));
    List<String> phone = browser.horizontalOverflow();
    screenshot(browser.fullPageScreenshot(), name(reader) + "-phone");

    browser.viewport(1280, 900, false);
    browser.open(page(reader));
    List<String> desktop = browser.horizontalOverflow();
    screenshot(browser.fullPageScreenshot(), name(reader) + "-desktop");

    assertThat(phone).as("at 390 px").isEmpty();
    assertThat(desktop).as("at 1280 px").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void printsToTheExpectedPagesWithoutSplittingAScale(Reader reader) throws IOException {
    browser.viewport(1280, 900, false);
    browser.open(page(reader));
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
        int expected = PAGES.get(reader)[paper.ordinal()];
        assertThat(document.getNumberOfPages()).as("pages on %s", paper).isEqualTo(expected);
      }
    }
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

  private static void screenshot(byte[] png, String name) throws IOException {
    Files.write(screenshots.resolve(name + ".png"), png);
  }
}
