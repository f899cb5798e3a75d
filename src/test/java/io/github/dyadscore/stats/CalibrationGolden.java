package io.github.dyadscore.stats;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic calibration sample and what R computed from it ({@code
 * src/test/r/calibration-golden.R}, committed under {@code golden/calibration/}).
 */
public final class CalibrationGolden {

  /** Agreement asked of every golden number. */
  public static final double TOLERANCE = 1e-9;

  private CalibrationGolden() {}

  /** The sample, long layout. */
  public static Path sample() {
    return TestQuestionnaires.resource("golden/calibration/sample.csv");
  }

  /** The definition the sample answers. */
  public static Questionnaire definition() {
    try {
      return Questionnaire.load(TestQuestionnaires.resource("calibration/closeness-conflict.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** R's values by "scale/group/statistic"; NA as NaN. */
  public static Map<String, Double> values() {
    try {
      List<String> lines = Files.readAllLines(
          TestQuestionnaires.resource("golden/calibration/golden.csv"));
      Map<String, Double> values = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",");
        values.put(f[0] + "/" + f[1] + "/" + f[2],
            f[3].equals("NA") ? Double.NaN : Double.parseDouble(f[3]));
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
