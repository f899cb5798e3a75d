package io.github.dyadscore.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The psych golden data set, src/test/resources/golden/psych/synthetic-couples-long.csv: 1400
 * synthetic couples (2800 persons) answering 25 items in five scales, written by
 * src/test/r/synthetic-couples.R, keyed as psychTools' bfi.keys (reversed items as 7 - x on the
 * 1..6 scale), whose layout it keeps.
 */
final class BfiCouples {

  static final Set<String> REVERSED = Set.of("A1", "C4", "C5", "E1", "E2", "O2", "O5");
  static final List<String> SCALES =
      List.of("agree", "conscientious", "extraversion", "neuroticism", "openness");

  /** One person: couple number, role and the 25 keyed values (NaN for missing) in file order. */
  record Person(int couple, Role role, double[] keyed) {

    /** psych::scoreItems(impute = "none"): the mean of the answered keyed items of each scale. */
    double[] scaleScores() {
      double[] scores = new double[5];
      for (int s = 0; s < 5; s++) {
        double sum = 0;
        int answered = 0;
        for (int i = 5 * s; i < 5 * s + 5; i++) {
          if (!Double.isNaN(keyed[i])) {
            sum += keyed[i];
            answered++;
          }
        }
        scores[s] = answered == 0 ? Double.NaN : sum / answered;
      }
      return scores;
    }
  }

  private BfiCouples() {}

  static List<Person> read() {
    String text = resource("/golden/psych/synthetic-couples-long.csv");
    String[] lines = text.split("\n");
    String[] header = lines[0].split(",", -1);
    List<Person> persons = new ArrayList<>();
    for (int l = 1; l < lines.length; l++) {
      if (lines[l].isEmpty()) {
        continue;
      }
      String[] cells = lines[l].split(",", -1);
      double[] keyed = new double[25];
      for (int i = 0; i < 25; i++) {
        String cell = cells[i + 2];
        double v = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        keyed[i] = REVERSED.contains(header[i + 2]) ? 7 - v : v;
      }
      persons.add(new Person(Integer.parseInt(cells[0]), Role.valueOf(cells[1]), keyed));
    }
    return persons;
  }

  static String resource(String name) {
    try (InputStream in = BfiCouples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Feeds persons from index {@code from} (inclusive) to {@code to} (exclusive), couples included. */
  static void feed(ReliabilityAccumulator acc, List<Person> persons, int from, int to) {
    for (int i = from; i < to; i++) {
      acc.addPerson(persons.get(i).keyed(), persons.get(i).role());
    }
    for (int i = from; i + 1 < to; i += 2) {
      Person a = persons.get(i);
      Person b = persons.get(i + 1);
      if (a.couple() != b.couple() || a.role() != Role.A || b.role() != Role.B) {
        throw new IllegalStateException("rows " + i + " and " + (i + 1) + " are not one couple");
      }
      acc.addCouple(a.scaleScores(), b.scaleScores());
    }
  }
}
