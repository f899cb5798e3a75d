package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves a questionnaire argument: a bundled name, or a path to a definition file. */
final class QuestionnaireArgument {

  private QuestionnaireArgument() {}

  static Questionnaire load(String argument) throws IOException {
    if (Questionnaire.bundledNames().contains(argument)) {
      return Questionnaire.bundled(argument);
    }
    Path path = Path.of(argument);
    if (!Files.exists(path)) {
      throw new IOException("no questionnaire '" + argument + "': neither a bundled name "
          + Questionnaire.bundledNames() + " nor an existing file");
    }
    return Questionnaire.load(path);
  }
}
