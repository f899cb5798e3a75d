package io.github.dyadscore.report;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.MissingCode;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Random report views for property tests, from a seeded {@link Random} (no property-testing
 * library): random questionnaires with long names, texts and labels (some in German, some with
 * words longer than a line), random couples, names, languages, audiences and privacy.
 */
final class RandomReports {

  private RandomReports() {}

  private static final List<Questionnaire> FIXED = List.of(
      Questionnaire.bundled("mutuality-security"), Questionnaire.bundled("csi-4"),
      TestQuestionnaires.tiny());

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßéñ李😀";

  static ReportView view(Random random) {
    Questionnaire q = random.nextInt(3) == 0 ? FIXED.get(random.nextInt(FIXED.size()))
        : Questionnaire.parse(definition(random));
    ReportOptions.Builder options = ReportOptions.builder()
        .audience(Audience.values()[random.nextInt(4)])
        .language(ReportOptions.languages().get(random.nextInt(2)));
    if (random.nextBoolean()) {
      String a = name(random);
      String b = name(random);
      if (!a.strip().equals(b.strip())) {
        options.names(a, b);
      }
    }
    if (random.nextInt(4) == 0) {
      options.bothPartnersAgreedToShareItems();
    }
    if (random.nextInt(4) == 0) {
      options.privacy(Privacy.SCALES_ONLY);
    }
    if (random.nextBoolean()) {
      options.date(LocalDate.of(2020 + random.nextInt(10), 1 + random.nextInt(12), 1));
    }
    return ReportView.of(q, answers(q, random), answers(q, random), options.build());
  }

  private static String name(Random random) {
    int length = 1 + random.nextInt(random.nextBoolean() ? 40 : 8);
    StringBuilder name = new StringBuilder();
    while (name.codePointCount(0, name.length()) < length) {
      int at = random.nextInt(LETTERS.length() - 1);
      if (random.nextInt(6) == 0 && name.length() > 0) {
        name.append(' ');
      } else if (Character.isHighSurrogate(LETTERS.charAt(at))) {
        name.append(LETTERS, at, at + 2);
      } else if (!Character.isLowSurrogate(LETTERS.charAt(at))) {
        name.append(LETTERS.charAt(at));
      }
    }
    String result = name.toString().strip();
    return result.isEmpty() ? "X" : result;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        text.append(' ');
      }
      int length = random.nextInt(20) == 0 ? 80 + random.nextInt(60) : 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return text.toString();
  }

  private static String text(Random random, int count) {
    String en = "\"en\": \"" + words(random, count) + "\"";
    return random.nextBoolean() ? "{" + en + "}"
        : "{" + en + ", \"de\": \"" + words(random, count) + "\"}";
  }

  static String definition(Random random) {
    int points = 2 + random.nextInt(6);
    StringBuilder labels = new StringBuilder();
    for (int p = 0; p < points; p++) {
      labels.append(p == 0 ? "" : ", ").append('"').append(words(random, 1 + random.nextInt(6)))
          .append('"');
    }
    int items = 1 + random.nextInt(10);
    StringBuilder itemList = new StringBuilder();
    for (int i = 0; i < items; i++) {
      itemList.append(i == 0 ? "" : ",\n").append("{\"id\": \"i").append(i)
          .append("\", \"responseScale\": \"r\"").append(random.nextBoolean()
              ? ", \"reversed\": true" : "").append(", \"text\": ")
          .append(text(random, 1 + random.nextInt(30))).append('}');
    }
    int split = Math.max(1, items / 2);
    StringBuilder scales = new StringBuilder("{\"id\": \"one\", \"name\": ")
        .append(text(random, 1 + random.nextInt(12))).append(", \"items\": [");
    for (int i = 0; i < split; i++) {
      scales.append(i == 0 ? "" : ", ").append("\"i").append(i).append('"');
    }
    scales.append("], \"minAnswered\": {\"count\": 1}}");
    if (items > 1) {
      scales.append(",\n{\"id\": \"two\", \"name\": ").append(text(random, 1 + random.nextInt(12)))
          .append(", \"method\": \"").append(random.nextBoolean() ? "sum" : "mean")
          .append("\", \"items\": [");
      for (int i = split; i < items; i++) {
        scales.append(i == split ? "" : ", ").append("\"i").append(i).append('"');
      }
      scales.append("]},\n{\"id\": \"both\", \"name\": ").append(text(random, 3))
          .append(", \"scales\": [\"one\", \"two\"]}");
    }
    return "{\"formatVersion\": 1, \"id\": \"random\", \"version\": \"1.0.0\", \"title\": "
        + text(random, 1 + random.nextInt(25)) + ", \"license\": \"test\", \"validated\": false, "
        + "\"validationNote\": " + text(random, 1 + random.nextInt(40)) + ", "
        + "\"missingCodes\": [{\"code\": 99, \"reason\": \"not-applicable\", \"label\": "
        + text(random, 3) + "}], \"responseScales\": [{\"id\": \"r\", \"min\": 1, \"max\": "
        + points + ", \"labels\": {\"en\": [" + labels + "]}}], \"items\": [" + itemList
        + "], \"scales\": [" + scales + "]}";
  }

  static Answers answers(Questionnaire q, Random random) {
    Answers.Builder answers = Answers.builder();
    double leaveOut = random.nextDouble();
    for (Item item : q.definition().items()) {
      if (random.nextDouble() < leaveOut) {
        continue;
      }
      ResponseScale scale = q.definition().responseScale(item.responseScale()).orElseThrow();
      if (!scale.missingCodes().isEmpty() && random.nextInt(8) == 0) {
        MissingCode code = scale.missingCodes().get(random.nextInt(scale.missingCodes().size()));
        answers.put(item.id(), code.code());
      } else {
        List<ResponseOption> options = scale.options();
        answers.put(item.id(), options.get(random.nextInt(options.size())).code());
      }
    }
    return answers.build();
  }
}
