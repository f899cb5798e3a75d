package io.github.dyadscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.DifferenceVerdict;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.ReferenceOrigin;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "calibrate once on your own users" program compiles, runs and does what it says. */
class ReadmeCalibrationTest {

  @Test
  void theAppCalibrationExampleWritesADefinitionThatGivesVerdicts(@TempDir Path dir)
      throws Exception {
    Matcher block = Pattern.compile(
        "```java\n((?:(?!```).)*class CalibrateOnce(?:(?!```).)*)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("README.md")));
    assertThat(block.find()).as("README has the CalibrateOnce program").isTrue();
    Path source = dir.resolve("CalibrateOnce.java");
    Files.writeString(source, block.group(1));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
        "-d", dir.toString(), source.toString())).isZero();

    Questionnaire bundled = Questionnaire.bundled("mutuality-security");
    List<Answers[]> couples = couples(bundled, 150);
    Path target = dir.resolve("mutuality-security-calibrated.json");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      Method calibrate = loader.loadClass("CalibrateOnce").getMethod("calibrate", List.class,
          Path.class);
      calibrate.invoke(null, couples, target);
    }

    Questionnaire shipped = Questionnaire.load(target);
    assertThat(shipped.definition().calibration().description())
        .isEqualTo("Our app's users who consented, Jan-Jun 2026");
    assertThat(shipped.definition().scale("mutuality").orElseThrow().reference().origin())
        .contains(ReferenceOrigin.CALIBRATION_SAMPLE);
    assertThat(shipped.definition().referenceSource("mutuality").orElseThrow())
        .startsWith("calibration sample \"Our app's users who consented, Jan-Jun 2026\" (300 "
            + "persons in 150 couples, both partners, calibrated ");
    assertThat(shipped.compare(couples.get(0)[0], couples.get(0)[1]).scales())
        .allSatisfy(scale -> assertThat(scale.verdict()).isNotEqualTo(
            DifferenceVerdict.NOT_ASSESSED));
  }

  /** Complete couples whose answers share a level per person, so that alpha is respectable. */
  private static List<Answers[]> couples(Questionnaire q, int count) {
    Random random = new Random(11);
    List<Answers[]> couples = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      double shared = random.nextGaussian() * 0.8;
      couples.add(new Answers[] {person(q, random, shared), person(q, random, shared)});
    }
    return couples;
  }

  private static Answers person(Questionnaire q, Random random, double shared) {
    double level = shared + random.nextGaussian() * 0.6;
    Map<String, Integer> answers = new HashMap<>();
    for (Item item : q.definition().items()) {
      if (item.id().startsWith("pm")) {
        continue; // prediction items are not needed here
      }
      int keyed = (int) Math.max(1, Math.min(7, Math.round(4 + level + random.nextGaussian())));
      answers.put(item.id(), item.reversed() ? 8 - keyed : keyed);
    }
    return Answers.of(answers);
  }
}
