package io.github.dyadscore.stats;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.Definition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test definitions under src/test/resources/stats. */
final class StatsFixtures {

  private StatsFixtures() {}

  static Definition definition(String name) {
    String resource = "/stats/" + name + ".json";
    try (InputStream in = StatsFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return Questionnaire.load(in, name + ".json").definition();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final double NA = Double.NaN;
}
