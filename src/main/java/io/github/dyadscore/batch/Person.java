package io.github.dyadscore.batch;

import org.jspecify.annotations.Nullable;

/**
 * One partner's answers and scores while a chunk is scored. A chunk has two, one per partner,
 * reused for every couple (a couple is finished before the next is checked), so that scoring a
 * million couples does not make a million sets of arrays. Not thread-safe; owned by one call.
 */
final class Person {
  String label = "";
  Group.@Nullable Row row;
  /** Answer codes per item, {@code ScoringEngine.NO_ANSWER} where unanswered. */
  final int[] codes;
  /** Keyed values per item, NaN where unanswered or a missing code. */
  final double[] keyed;
  /** Scale scores, NaN where too few answers. */
  final double[] values;
  /** Items answered per scale. */
  final int[] answered;
  /**
   * Where a writer wrote each scale score as text, from {@code scoreAt[2 s]} to {@code scoreAt[2 s
   * + 1]} in {@link #scoreText}: the other tables copy the same bytes instead of formatting the
   * number again. Null until the persons table wrote this person.
   */
  final int[] scoreAt;
  @Nullable Utf8Builder scoreText;
  boolean present;

  Person(int items, int scales) {
    this.codes = new int[items];
    this.keyed = new double[items];
    this.values = new double[scales];
    this.answered = new int[scales];
    this.scoreAt = new int[2 * scales];
  }

  Person reset(String label, Group.Row row) {
    this.label = label;
    this.row = row;
    this.present = false;
    this.scoreText = null;
    return this;
  }

  /**
   * Appends the score on scale {@code s} as CSV text: a copy of the bytes the persons table wrote,
   * or the number formatted anew when no table wrote it.
   */
  void appendScore(Utf8Builder out, int s) {
    Utf8Builder text = scoreText;
    if (text == null) {
      CsvText.number(out, values[s]);
    } else {
      out.appendCopy(text, scoreAt[2 * s], scoreAt[2 * s + 1]);
    }
  }

  /** Appends the score on scale {@code s}, or NA for no person. */
  static void appendScore(Utf8Builder out, @Nullable Person person, int s) {
    if (person == null) {
      out.append(CsvText.NA);
    } else {
      person.appendScore(out, s);
    }
  }
}
