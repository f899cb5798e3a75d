package io.github.dyadscore.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.DyadscoreException;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.definition.Definition;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accumulator keeps a k x k block of sums per scale, so a huge scale is rejected up front with
 * the limit and the scale named, rather than overflowing an array size or the heap.
 */
class ReliabilityLimitTest {

  @TempDir Path dir;

  @Test
  void aScaleOf100000ItemsIsRejectedNamingTheLimitAndTheScale() throws IOException {
    Definition definition = definition(new int[] {100_000});

    assertThatThrownBy(() -> new ReliabilityAccumulator(definition))
        .isExactlyInstanceOf(DyadscoreException.class)
        .hasMessage("the reliability analysis keeps sums for every pair of a scale's items and "
            + "supports at most 262,144 pairs over all scales (such as one scale of 512 items, "
            + "or 16 of 128); this definition has 10,000,000,000 (its largest scale, 's0', has "
            + "100,000 items). Analyse large scales in a definition of smaller ones; scoring has "
            + "no such limit");
  }

  @Test
  void theLimitCountsThePairsOfAllScalesTogether() throws IOException {
    // 17 scales of 128 items: each alone is far within, together 278,528 pairs.
    int[] scales = new int[17];
    Arrays.fill(scales, 128);
    Definition definition = definition(scales);

    assertThat(ReliabilityAccumulator.itemPairs(definition)).isEqualTo(17 * 128 * 128);
    assertThatThrownBy(() -> new ReliabilityAccumulator(definition))
        .hasMessageContaining("this definition has 278,528");
  }

  @Test
  void aScaleOf512ItemsIsWithinTheLimitAndAnalysed() throws IOException {
    Definition definition = definition(new int[] {512});
    ReliabilityAccumulator accumulator = new ReliabilityAccumulator(definition);
    for (int person = 0; person < 3; person++) {
      double[] keyed = new double[512];
      for (int i = 0; i < keyed.length; i++) {
        keyed[i] = 1 + (i + person) % 5;
      }
      accumulator.addPerson(keyed, Role.A);
    }

    ScaleReliability s = accumulator.result().scale("s0").orElseThrow().everyone();

    assertThat(s.itemCount()).isEqualTo(512);
    assertThat(s.personsComplete()).isEqualTo(3);
  }

  @Test
  void aBatchReliabilityRunOnAHugeScaleIsRejectedBeforeReadingTheFile() throws IOException {
    Questionnaire q = questionnaire(new int[] {600});
    // Not a CSV file at all: the definition's problem must come first.
    Path input = Files.writeString(dir.resolve("answers.csv"), "\0\0\0");

    assertThatThrownBy(() -> new BatchScorer(q, BatchOptions.defaults())
        .reliability(input, ProgressListener.NONE))
        .isExactlyInstanceOf(DyadscoreException.class)
        .hasMessageContaining("its largest scale, 's0', has 600 items");
  }

  /** A definition with one scale per entry, of that many items on a 1-5 scale. */
  private static Definition definition(int[] scaleSizes) throws IOException {
    return questionnaire(scaleSizes).definition();
  }

  private static Questionnaire questionnaire(int[] scaleSizes) throws IOException {
    StringBuilder items = new StringBuilder();
    StringBuilder scales = new StringBuilder();
    int item = 0;
    for (int s = 0; s < scaleSizes.length; s++) {
      scales.append(s == 0 ? "" : ",").append("{\"id\": \"s").append(s)
          .append("\", \"name\": {\"en\": \"S\"}, \"items\": [");
      for (int i = 0; i < scaleSizes[s]; i++, item++) {
        items.append(item == 0 ? "" : ",").append("{\"id\": \"i").append(item)
            .append("\", \"responseScale\": \"five\"}");
        scales.append(i == 0 ? "" : ",").append("\"i").append(item).append('"');
      }
      scales.append("]}");
    }
    String json = "{\"formatVersion\": 1, \"id\": \"big\", \"version\": \"1\", \"title\": "
        + "{\"en\": \"Big\"}, \"license\": \"CC0-1.0\", \"validated\": false, "
        + "\"validationNote\": {\"en\": \"A test fixture.\"}, \"responseScales\": [{\"id\": "
        + "\"five\", \"min\": 1, \"max\": 5}], \"items\": [" + items + "], \"scales\": ["
        + scales + "]}";
    return Questionnaire.load(new StringReader(json), "big.json");
  }
}
