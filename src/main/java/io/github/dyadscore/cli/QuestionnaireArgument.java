package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a questionnaire argument: a bundled name, a path to a definition file, or {@code -}
 * for a definition on standard input.
 */
final class QuestionnaireArgument {

  private QuestionnaireArgument() {}

  static Questionnaire load(String argument) throws IOException {
    return load(argument, Terminal.system());
  }

  static Questionnaire load(String argument, Terminal terminal) throws IOException {
    if (Questionnaire.bundledNames().contains(argument)) {
      return Questionnaire.bundled(argument);
    }
    if (Arguments.isStdin(argument)) {
      return Questionnaire.load(terminal.stdin(), "stdin");
    }
    Path path = path(argument);
    try (InputStream in = Files.newInputStream(path)) {
      return Questionnaire.load(in, path.toString());
    }
  }

  /**
   * The definition file an argument that is not a bundled name names, checked.
   *
   * @throws CommandFailure a usage error naming the bundled names (and the closest one) when there
   *     is no such file
   */
  static Path path(String argument) {
    Path path = Path.of(argument);
    if (!Files.exists(path)) {
      List<String> names = Questionnaire.bundledNames();
      String closest = closest(argument, names);
      throw CommandFailure.usage("no questionnaire '" + argument + "': not a bundled name "
          + names + (closest == null ? "" : " (did you mean '" + closest + "'?)")
          + " and no such definition file");
    }
    Arguments.checkReadableFile(path, "definition file");
    return path;
  }

  /** The bundled name within three edits of the argument, ignoring case, or null. */
  static @Nullable String closest(String argument, List<String> names) {
    @Nullable String best = null;
    int bestDistance = 4;
    for (String name : names) {
      String typed = argument.toLowerCase(java.util.Locale.ROOT);
      int d = distance(typed.endsWith(".json") ? typed.substring(0, typed.length() - 5) : typed,
          name);
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
