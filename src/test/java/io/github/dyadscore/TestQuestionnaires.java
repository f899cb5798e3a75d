package io.github.dyadscore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Loads the questionnaires under src/test/resources for tests. */
public final class TestQuestionnaires {

  private TestQuestionnaires() {}

  public static Path resource(String name) {
    try {
      return Paths.get(TestQuestionnaires.class.getResource("/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  /** The six-item fixture in src/test/resources/scoring/tiny.json. */
  public static Questionnaire tiny() {
    try {
      return Questionnaire.load(resource("scoring/tiny.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
