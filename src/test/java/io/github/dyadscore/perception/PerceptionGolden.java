package io.github.dyadscore.perception;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic couples of src/test/r/perception-golden.R and the numbers R computed from them,
 * read from src/test/resources/golden/perception/.
 */
final class PerceptionGolden {

  /** One couple: partner A's and B's answers, either null when the partner is absent. */
  record Couple(String id, Answers a, Answers b) {}

  private PerceptionGolden() {}

  static Questionnaire questionnaire() {
    try (InputStream in = PerceptionGolden.class.getResourceAsStream(
        "/perception/perception.json")) {
      return Questionnaire.load(in, "perception.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    try (InputStream in = PerceptionGolden.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data rows of a golden CSV file, split on commas (the files have no quoted cells). */
  static List<String[]> rows(String file) {
    String[] lines = resource("/golden/perception/" + file).split("\n");
    List<String[]> rows = new ArrayList<>();
    for (int l = 1; l < lines.length; l++) {
      if (!lines[l].isEmpty()) {
        rows.add(lines[l].split(",", -1));
      }
    }
    return rows;
  }

  static List<String> header(String file) {
    return List.of(resource("/golden/perception/" + file).split("\n")[0].split(","));
  }

  /** The couples in file order; a cell left empty is an unanswered item. */
  static List<Couple> couples() {
    List<String> header = header("couples.csv");
    Map<String, Answers[]> byCouple = new LinkedHashMap<>();
    for (String[] row : rows("couples.csv")) {
      Answers.Builder builder = Answers.builder();
      for (int c = 2; c < row.length; c++) {
        if (!row[c].isEmpty()) {
          builder.put(header.get(c), Integer.parseInt(row[c]));
        }
      }
      Answers[] pair = byCouple.computeIfAbsent(row[0], id -> new Answers[2]);
      pair[row[1].equals("A") ? 0 : 1] = builder.build();
    }
    List<Couple> couples = new ArrayList<>();
    byCouple.forEach((id, pair) -> couples.add(new Couple(id, pair[0], pair[1])));
    return couples;
  }

  static double number(String cell) {
    return cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
  }
}
