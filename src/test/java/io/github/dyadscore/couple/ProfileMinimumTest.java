package io.github.dyadscore.couple;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile correlation over too few shared items is undefined: over two items Pearson's r is
 * always +1 or -1.
 */
class ProfileMinimumTest {

  private static String definition(String divergence) {
    return """
        {"formatVersion": 1, "id": "five", "version": "1", "title": {"en": "Five"},
         "license": "CC0-1.0", "validated": true, %s
         "responseScales": [{"id": "r", "min": 1, "max": 5}],
         "items": [{"id": "i1", "responseScale": "r"}, {"id": "i2", "responseScale": "r"},
                   {"id": "i3", "responseScale": "r"}, {"id": "i4", "responseScale": "r"},
                   {"id": "i5", "responseScale": "r"}],
         "scales": [{"id": "all", "name": {"en": "All"},
                     "items": ["i1", "i2", "i3", "i4", "i5"]}]}
        """.formatted(divergence);
  }

  private static Answers answers(int... codes) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] > 0) {
        map.put("i" + (i + 1), codes[i]);
      }
    }
    return Answers.of(map);
  }

  @Test
  void twoSharedItemsGiveNoCorrelationByDefault() {
    Questionnaire q = Questionnaire.parse(definition(""));

    ProfileSimilarity two = q.compare(answers(1, 5, 0, 0, 0), answers(2, 4, 3, 0, 0)).profile();
    ProfileSimilarity three = q.compare(answers(1, 5, 3, 0, 0), answers(2, 4, 3, 0, 0)).profile();

    assertThat(two.itemsUsed()).isEqualTo(2);
    assertThat(two.correlation()).isNaN();
    assertThat(two.meanAbsoluteDifference()).isEqualTo(1.0);
    assertThat(three.itemsUsed()).isEqualTo(3);
    // a = (1, 5, 3), b = (2, 4, 3): deviations (-2, 2, 0) and (-1, 1, 0), r = 4 / sqrt(8 * 2) = 1.
    assertThat(three.correlation()).isEqualTo(1.0);
  }

  @Test
  void theMinimumComesFromTheDefinitionsDivergenceSettings() {
    Questionnaire two = Questionnaire.parse(definition("\"divergence\": {\"minimumProfileItems\": 2},"));
    Questionnaire four = Questionnaire.parse(definition("\"divergence\": {\"minimumProfileItems\": 4},"));
    Answers a = answers(1, 5, 3, 0, 0);
    Answers b = answers(2, 4, 3, 0, 0);

    assertThat(two.compare(answers(1, 5, 0, 0, 0), answers(2, 4, 0, 0, 0)).profile()
        .correlation()).isEqualTo(1.0);
    assertThat(four.compare(a, b).profile().correlation()).isNaN();
    assertThat(four.compare(answers(1, 5, 3, 2, 0), answers(2, 4, 3, 1, 0)).profile()
        .correlation()).isFinite();
  }

  @Test
  void theBatchWritesNaForAProfileOverTooFewSharedItems(@TempDir Path dir) throws Exception {
    Questionnaire q = Questionnaire.parse(definition(""));
    Path input = dir.resolve("in.csv");
    Files.writeString(input, String.join("\n",
        "couple,partner,i1,i2,i3,i4,i5",
        "1,A,1,5,,,",
        "1,B,2,4,3,,",
        "2,A,1,5,3,,",
        "2,B,2,4,3,,", ""));

    new BatchScorer(q, BatchOptions.builder().build()).run(input, dir.resolve("out"),
        ProgressListener.NONE);

    List<String> couples = Files.readAllLines(dir.resolve("out/couples.csv"),
        StandardCharsets.UTF_8);
    // The profile anatomy columns (profile_d2 and after) follow profile_items.
    List<String> header = List.of(couples.get(0).split(",", -1));
    int r = header.indexOf("profile_r");
    assertThat(header.subList(r, r + 3)).containsExactly("profile_r", "profile_mad",
        "profile_items");
    assertThat(List.of(couples.get(1).split(",", -1)).subList(r, r + 3))
        .containsExactly("NA", "1", "2");
    assertThat(List.of(couples.get(2).split(",", -1)).subList(r, r + 3))
        .containsExactly("1", "0.666666666666667", "3");
  }
}
