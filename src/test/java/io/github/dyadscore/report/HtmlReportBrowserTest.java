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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report in a real browser (headless Chromium), for every audience of the example couple,
 * the other golden pages of {@link HtmlReportTest} (edge cases, CSI-4, predicting the partner,
 * German): each loads with no console message and no request, axe-core finds no serious or
 * critical accessibility violation, and nothing is wider than a 390-pixel phone or a 1280-pixel
 * desktop. The example audiences and the pages with the newer sections print on A4 and Letter
 * without splitting a scale's or a perception direction's block, within page counts that do not
 * depend on the fonts installed.
 *
 * <p>Screenshots (phone, desktop, every printed page, and the newer sections on their own) are
 * written to {@code target/screenshots/} to be looked at.
 */
class HtmlReportBrowserTest {

  /** The other golden pages (HtmlReportTest), by name; the audience is the name's end. */
  private static final List<String> OTHER_PAGES = List.of("example-couple-sharing",
      "edge-therapist", "edge-partner-b", "csi4-therapist", "perception-therapist",
      "perception-partner-a", "perception-couple", "de-example-therapist",
      "de-example-partner-b", "de-perception-couple", "de-csi4-partner-a");

  /** The pages printed: the example's audiences and the pages with the newer sections. */
  private static final List<String> PRINTED = List.of("therapist", "partner-a", "partner-b",
      "couple", "perception-therapist", "perception-partner-a", "de-example-therapist",
      "de-perception-couple");

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
      Files.writeString(pages.resolve(name + ".html"), HtmlReportTest.render(name,
          audienceOf(name), name.endsWith("sharing")), StandardCharsets.UTF_8);
    }
  }

  private static Audience audienceOf(String name) {
    for (Audience audience : Audience.values()) {
      if (name.endsWith(audience.tag())) {
        return audience;
      }
    }
    return Audience.COUPLE;
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

  /**
   * Printed on A4 and Letter, no block that must stay whole (a scale, a perception direction) is
   * split across pages. The page counts are checked with bounds that hold whatever fonts the
   * machine has: Letter and A4 differ by at most one page, no page is empty, and there are no more
   * pages than the text would fill at a very low density plus one page per block (the most that
   * keeping blocks whole can add).
   */
  @ParameterizedTest
  @MethodSource("printedPages")
  void printsWithoutSplittingABlockOnAPlausibleNumberOfPages(String name) throws IOException {
    Path file = pages.resolve(name + ".html");
    List<Block> blocks = blocks(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(blocks).as("blocks found in the page").hasSizeGreaterThanOrEqualTo(3);
    browser.viewport(1280, 900, false);
    browser.open(file);
    int[] printed = new int[Paper.values().length];
    for (Paper paper : Paper.values()) {
      byte[] pdf = browser.print(paper);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        List<String> text = pageTexts(document);
        PDFRenderer renderer = new PDFRenderer(document);
        for (int i = 0; i < document.getNumberOfPages(); i++) {
          BufferedImage image = renderer.renderImageWithDPI(i, 72);
          ImageIO.write(image, "png", screenshots.resolve(name + "-print-"
              + Browser.describe(paper) + "-" + (i + 1) + ".png").toFile());
        }
        for (Block block : blocks) {
          int start = pageOf(text, 1, line -> line.equals(block.heading()));
          assertThat(start).as("%s on %s: page of the heading", block, paper).isPositive();
          int end = pageOf(text, start, line -> line.contains(block.end()));
          assertThat(end).as("%s on %s: page of the block's end", block, paper)
              .isEqualTo(start);
        }
        for (int i = 0; i < text.size(); i++) {
          assertThat(text.get(i)).as("page %d on %s", i + 1, paper).isNotBlank();
        }
        int characters = text.stream().mapToInt(String::length).sum();
        assertThat(document.getNumberOfPages()).as("pages on %s", paper)
            .isGreaterThanOrEqualTo(2)
            .isLessThanOrEqualTo(characters / 1500 + 1 + blocks.size());
        printed[paper.ordinal()] = document.getNumberOfPages();
      }
    }
    assertThat(Math.abs(printed[0] - printed[1])).as("pages on A4 and Letter: %s",
        java.util.Arrays.toString(printed)).isLessThanOrEqualTo(1);
  }

  /** The therapist's page holds everything the couple's holds and more: never fewer pages. */
  @ParameterizedTest
  @EnumSource(Paper.class)
  void theTherapistsPagePrintsToAtLeastAsManyPagesAsTheCouples(Paper paper) throws IOException {
    for (String[] pair : List.of(new String[] {"therapist", "couple"},
        new String[] {"perception-therapist", "perception-couple"})) {
      int[] counts = new int[2];
      for (int i = 0; i < 2; i++) {
        browser.viewport(1280, 900, false);
        browser.open(pages.resolve(pair[i] + ".html"));
        try (PDDocument document = Loader.loadPDF(browser.print(paper))) {
          counts[i] = document.getNumberOfPages();
        }
      }
      assertThat(counts[0]).as("%s and %s on %s", pair[0], pair[1], paper)
          .isGreaterThanOrEqualTo(counts[1]);
    }
  }

  /**
   * The newer sections (profile distance, r_wg, predicting the partner; German words) are on the
   * page, and each is saved as a screenshot of its own at desktop and phone width.
   */
  @ParameterizedTest
  @MethodSource("sectionPages")
  void theNewerSectionsAreShownAndScreenshotted(String name, String selector, String words)
      throws IOException {
    for (int width : new int[] {1280, 390}) {
      browser.viewport(width, 900, width < 400);
      browser.open(pages.resolve(name + ".html"));
      Number[] box = box(selector);
      assertThat(box[3].doubleValue()).as("%s %s height", name, selector).isPositive();
      assertThat((String) browser.script("return document.querySelector(arguments[0])"
          + ".innerText", selector)).contains(words);
      Files.write(screenshots.resolve("section-" + name + "-"
          + selector.replaceAll("[^a-z0-9]+", "") + "-" + width + ".png"),
          browser.screenshot(box[1].intValue(), Math.max(1, box[3].intValue())));
    }
  }

  static Stream<Arguments> sectionPages() {
    return Stream.of(
        Arguments.of("perception-therapist", "section.perception", "Exact hits"),
        Arguments.of("perception-partner-a", "section.perception", "Mean gap, prediction"),
        Arguments.of("perception-therapist", "#scale-mutuality", "Agreement within the couple"),
        Arguments.of("perception-therapist", "section[aria-labelledby=profile-heading]",
            "Profile distance D ="),
        Arguments.of("de-perception-couple", "section.perception", "Mittlerer Abstand"),
        Arguments.of("de-example-therapist", "#scale-mutuality", "Mittelwert des Paares"));
  }

  /** The element's page box: x, y, width and height in CSS pixels. */
  @SuppressWarnings("unchecked")
  private static Number[] box(String selector) {
    List<Number> box = (List<Number>) browser.script("const r = document.querySelector("
        + "arguments[0]).getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, "
        + "r.width, r.height];", selector);
    return box.toArray(new Number[0]);
  }

  static Stream<String> printedPages() {
    return PRINTED.stream();
  }

  /** A block that must print on one page: its heading line and a line near its end. */
  record Block(String heading, String end) {}

  /** The scale blocks and perception directions of a page, from its markup. */
  static List<Block> blocks(String html) {
    List<Block> blocks = new ArrayList<>();
    Matcher section = Pattern.compile("<section class=\"(?:scale|direction)\"[^>]*>\n<h3[^>]*>"
        + "([^<]+)</h3>(.*?)\n</section>", Pattern.DOTALL).matcher(html);
    while (section.find()) {
      String body = section.group(2);
      // A caption may hold a <span lang="en"> (a scale name the definition has only in English).
      Matcher caption = Pattern.compile("<caption>(.*?)</caption>").matcher(body);
      String end = null;
      while (caption.find()) {
        end = caption.group(1).replaceAll("<[^>]+>", "");
      }
      if (end == null) {
        Matcher paragraph = Pattern.compile("<p>(.*?)</p>").matcher(body);
        String last = null;
        while (paragraph.find()) {
          last = paragraph.group(1).replaceAll("<[^>]+>", "");
        }
        assertThat(last).as("a paragraph in the block %s", section.group(1)).isNotNull();
        end = last.substring(0, Math.min(25, last.length()));
      }
      blocks.add(new Block(unescape(section.group(1)), unescape(end)));
    }
    return blocks;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
        .replace("&quot;", "\"").replace("&amp;", "&");
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

  /** The 1-based page, from page {@code from} on, of the first line that matches; 0 if none. */
  private static int pageOf(List<String> pages, int from,
      java.util.function.Predicate<String> line) {
    for (int i = from - 1; i < pages.size(); i++) {
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
