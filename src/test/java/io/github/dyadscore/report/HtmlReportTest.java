package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.report.html.Samples;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report's markup: golden files for every audience of the example couple and for edge
 * couples (bands and a critical difference, a partner with too few answers, a composite, a scoring
 * key without wording), escaping of every text from a definition or a caller, and the promises
 * of a self-contained page. {@code -Ddyadscore.updateGolden=true} rewrites the golden files;
 * look at the diff before committing it. The browser tests are in {@link HtmlReportBrowserTest}.
 */
class HtmlReportTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/html");
  private static final Path CASES = Path.of("src/test/resources/report/html");

  static Stream<Arguments> pages() {
    List<Arguments> cases = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      cases.add(Arguments.of("example-" + audience.tag(), audience, false));
    }
    cases.add(Arguments.of("example-couple-sharing", Audience.COUPLE, true));
    cases.add(Arguments.of("edge-therapist", Audience.THERAPIST, false));
    cases.add(Arguments.of("edge-partner-b", Audience.PARTNER_B, false));
    cases.add(Arguments.of("csi4-therapist", Audience.THERAPIST, false));
    for (Audience audience : Audience.values()) {
      cases.add(Arguments.of("perception-" + audience.tag(), audience, false));
    }
    // The page's own words in German, with decimal commas; the item texts fall back to English.
    cases.add(Arguments.of("de-example-therapist", Audience.THERAPIST, false));
    cases.add(Arguments.of("de-example-partner-b", Audience.PARTNER_B, false));
    cases.add(Arguments.of("de-perception-couple", Audience.COUPLE, false));
    cases.add(Arguments.of("de-csi4-partner-a", Audience.PARTNER_A, false));
    return cases.stream();
  }

  static String render(String name, Audience audience, boolean sharing) throws IOException {
    if (name.startsWith("example-") && !sharing) {
      return Samples.page(audience);
    }
    ReportOptions.Builder options = ReportOptions.builder().audience(audience);
    boolean german = name.startsWith("de-");
    if (german) {
      options.language("de").date(LocalDate.of(2026, 3, 1));
      name = name.substring("de-".length());
    }
    Questionnaire q;
    Answers a;
    Answers b;
    if (name.startsWith("example-")) {
      q = Questionnaire.bundled("mutuality-security");
      a = answers(Path.of("examples/alex.json"));
      b = answers(Path.of("examples/sam.json"));
      options.names("Alex", "Sam");
      if (!german) {
        options.date(LocalDate.of(2026, 12, 1));
      }
    } else if (name.startsWith("edge-")) {
      q = Questionnaire.load(CASES.resolve("edge.json"));
      a = answers(CASES.resolve("edge-a.json"));
      b = answers(CASES.resolve("edge-b.json"));
      options.names("Robin <b>", "Kim & \"Lee\"");
    } else if (name.startsWith("perception-")) {
      // Alex predicted all 14 mutuality items of Sam, Sam only 2 of Alex's.
      q = Questionnaire.bundled("mutuality-security");
      a = answers(CASES.resolve("perception-a.json"));
      b = answers(CASES.resolve("perception-b.json"));
      options.names("Alex", "Sam");
    } else {
      q = Questionnaire.bundled("csi-4");
      a = answers(CASES.resolve("csi-a.json"));
      b = answers(CASES.resolve("csi-b.json"));
    }
    if (sharing) {
      options.bothPartnersAgreedToShareItems();
    }
    return HtmlReport.render(ReportView.of(q, a, b, options.build()));
  }

  private static Answers answers(Path file) throws IOException {
    return Answers.fromJson(Files.readString(file, StandardCharsets.UTF_8),
        file.getFileName().toString());
  }

  /** The page with this build's version replaced, so that a release does not change goldens. */
  private static String normalized(String html) {
    return html.replace("dyadscore " + ReportView.dyadscoreVersion() + " ", "dyadscore VERSION ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageEqualsItsGoldenFile(String name, Audience audience, boolean sharing)
      throws IOException {
    String html = normalized(render(name, audience, sharing));
    Path golden = GOLDEN.resolve(name + ".html");
    if (Boolean.getBoolean("dyadscore.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageIsSelfContainedWithoutScriptsFontsOrAddresses(String name, Audience audience,
      boolean sharing) throws IOException {
    String html = render(name, audience, sharing);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\""
        + (name.startsWith("de-") ? "de" : "en") + "\">");
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<link", "@import",
        "@font-face", "url(", "src=", "href=", "http://", "https://", "javascript:");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
    // Every chart is an image with a title first and a description, and has a table.
    Matcher svg = Pattern.compile("<svg class=\"chart[^\"]*\" role=\"img\"[^>]*>\n<title "
        + "id=\"[^\"]+\">[^<]+</title>\n<desc id=\"[^\"]+\">[^<]+</desc>").matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
    }
    assertThat(charts).isEqualTo(count(html, "<svg class=\"chart")).isPositive();
    assertThat(count(html, "<table class=\"numbers\">")).isEqualTo(charts);
  }

  @Test
  void theGermanPageHasItsOwnWordsAndDecimalCommas() throws IOException {
    String german = render("de-example-therapist", Audience.THERAPIST, false);
    String english = render("example-therapist", Audience.THERAPIST, false);

    assertThat(german).contains("<html lang=\"de\">", "<h2 id=\"scales-heading\">Skalen</h2>",
        "So lesen Sie diesen Bericht", "1. März 2026", "<td>5,92</td>",
        "Einige Texte des Fragebogens gibt es nicht auf Deutsch; sie erscheinen auf Englisch.")
        .doesNotContain("English only", "<td>5.92</td>");
    // No phrase of the English page is left in the German one (item texts aside, which the
    // bundled inventory has in English only).
    int checked = 0;
    for (Map.Entry<String, String> phrase : Words.all().get("en").entrySet()) {
      String text = phrase.getValue();
      if (phrase.getKey().startsWith("html.") && !text.contains("{") && text.length() > 12
          && !text.equals(Words.all().get("de").get(phrase.getKey()))
          && english.contains(escape(text))) {
        assertThat(german).as(phrase.getKey()).doesNotContain(escape(text));
        checked++;
      }
    }
    assertThat(checked).as("English phrases looked for").isGreaterThan(20);
    // Both pages have the same structure: the same sections, charts and table rows.
    for (String tag : List.of("<section", "<svg", "<table", "<tr>", "<li>", "<dt>")) {
      assertThat(count(german, tag)).as(tag).isEqualTo(count(english, tag));
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void everyTextFromTheDefinitionAndTheCallerIsEscaped() throws IOException {
    String html = render("edge-therapist", Audience.THERAPIST, false);

    assertThat(html).doesNotContain("<script>", "<b>", "<never>", "</td></tr></table> &",
        "Robin <b>", "Kim & \"Lee\"");
    // Text escapes <, > and &; attribute values (none here) also escape quotes.
    assertThat(html).contains("Edge cases &lt;for&gt; the \"HTML\" report &amp; friends",
        "&lt;script&gt;alert('x')&lt;/script&gt;", "Robin &lt;b&gt;", "Kim &amp; \"Lee\"",
        "No &lt;never&gt;", "Closeness &lt;3", "close &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;");
  }

  @Test
  void aGermanPageMarksTheQuestionnairesEnglishTextsAsEnglish() throws IOException {
    String html = render("de-example-therapist", Audience.THERAPIST, false);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"de\">").contains(
        // on the element when the text is all of it
        "<h3 id=\"scale-mutuality-heading\" lang=\"en\">Mutuality</h3>",
        "<td lang=\"en\">I can relax and be myself when I am with my partner.</td>",
        "<span class=\"item-text\" lang=\"en\">When I am under stress, my partner is the "
            + "first person I turn to.</span>",
        // a span (in SVG a tspan) when it stands among German words
        "<td><span lang=\"en\">Agree</span> (6)</td>",
        "<caption>Die Zahlen zum Diagramm <span lang=\"en\">Security</span>.</caption>",
        "<p class=\"meta\"><span lang=\"en\">Mutuality and Security Inventory</span>, Version",
        "<text class=\"axis-label\" x=\"220\" y=\"388\" text-anchor=\"middle\">"
            + "<tspan lang=\"en\">Mutuality</tspan> →</text>");
    // The page's own words stay German, and no mark is left over.
    assertThat(html).contains("<h2 id=\"scales-heading\">Skalen</h2>").doesNotContain("[[");
    // In the page's <title> and in attributes the text cannot be marked: it is there plain.
    assertThat(html).containsPattern("<title>[^<]*Mutuality and Security Inventory</title>");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"example-therapist", "example-couple-sharing", "edge-therapist",
      "csi4-therapist", "perception-couple"})
  void anEnglishPageOfEnglishTextsHasNoLangAttributeBesidesItsOwn(String name)
      throws IOException {
    String html = render(name, Audience.fromTag(name.replaceFirst("^[a-z0-9]+-", "")
        .replace("-sharing", "")), name.endsWith("-sharing"));

    assertThat(count(html, " lang=")).isEqualTo(1);
    assertThat(html).contains("<html lang=\"en\">").doesNotContain("[[");
  }

  @Test
  void textsOnlyInTheDefinitionsOwnLanguageAreMarkedWithThatLanguageOnAnEnglishPage()
      throws IOException {
    // A French definition whose item c2 alone also has English.
    String json = Files.readString(CASES.resolve("edge.json"), StandardCharsets.UTF_8)
        .replace("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"language\": \"fr\",")
        .replace("{\"en\": \"We talk every day.\"}",
            "{\"fr\": \"Nous parlons tous les jours.\", \"en\": \"We talk every day.\"}")
        .replace("{\"en\": ", "{\"fr\": ");
    ReportView view = ReportView.of(Questionnaire.parse(json),
        answers(CASES.resolve("edge-a.json")), answers(CASES.resolve("edge-b.json")),
        ReportOptions.builder().audience(Audience.THERAPIST).build());

    String html = HtmlReport.render(view);

    assertThat(html).contains("<tr><td>We talk every day.</td>",
        "<tr><td lang=\"fr\">We drift apart.</td>",
        "<h3 id=\"scale-closeness-heading\" lang=\"fr\">Closeness &lt;3</h3>")
        .doesNotContain("Nous parlons", "[[");
    assertThat(count(html, "lang=\"en\"")).as("only <html lang=\"en\">").isEqualTo(1);
  }

  @Test
  void sameViewGivesTheSameBytesInAnyDefaultLocale() throws IOException {
    String english = render("edge-therapist", Audience.THERAPIST, false);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(render("edge-therapist", Audience.THERAPIST, false)).isEqualTo(english);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void partnerPageShowsTheReadersOwnAnswersAndNoneOfTheOthers() throws IOException {
    String html = render("edge-partner-b", Audience.PARTNER_B, false);

    assertThat(html).contains("Your answers (5)").doesNotContain("Talk about these",
        "Shared strengths", "Yes &amp; always (5)");
    assertThat(html).contains("Rather not (2)");
  }

  @Test
  void writeGivesWhatRenderGives() throws IOException {
    Questionnaire q = Questionnaire.bundled("csi-4");
    ReportView view = ReportView.of(q, answers(CASES.resolve("csi-a.json")),
        answers(CASES.resolve("csi-b.json")), ReportOptions.defaults());
    StringWriter out = new StringWriter();
    HtmlReport.write(view, out);
    assertThat(out.toString()).isEqualTo(HtmlReport.render(view));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
