package io.github.dyadscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden files of {@code src/test/r/profiles-golden.R} in {@code
 * src/test/resources/golden/profiles}: the questionnaire, the synthetic couples and R's numbers.
 */
public final class ProfilesGolden {

  private ProfilesGolden() {}

  public static Path file(String name) {
    return TestQuestionnaires.resource("golden/profiles/" + name);
  }

  public static Questionnaire questionnaire() {
    try {
      return Questionnaire.load(file("definition.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV file of R's as rows of column name to cell, keyed by the first {@code keys} cells. */
  public static Map<String, Map<String, String>> table(String name, int keys) {
    List<String> lines = lines(file(name));
    String[] header = lines.get(0).split(",", -1);
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], cells[c]);
      }
      rows.put(String.join(",", List.of(cells).subList(0, keys)), row);
    }
    return rows;
  }

  /** The couples of data-long.csv: couple id to partner label to answers. */
  public static Map<String, Map<String, Answers>> couples() {
    List<String> lines = lines(file("data-long.csv"));
    String[] header = lines.get(0).split(",", -1);
    Map<String, Map<String, Answers>> couples = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Answers.Builder answers = Answers.builder();
      for (int c = 2; c < header.length; c++) {
        if (!cells[c].isEmpty()) {
          answers.put(header[c], Integer.parseInt(cells[c]));
        }
      }
      couples.computeIfAbsent(cells[0], id -> new LinkedHashMap<>()).put(cells[1], answers.build());
    }
    return couples;
  }

  /** Asserts a number against R's cell: NA for NaN, else within the tolerance. */
  public static void assertNumber(String what, double actual, String expected, double tolerance) {
    if (expected.equals("NA")) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(Double.parseDouble(expected), within(tolerance));
    }
  }

  private static List<String> lines(Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
