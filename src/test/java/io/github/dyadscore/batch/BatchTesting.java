package io.github.dyadscore.batch;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Helpers for the batch tests. */
final class BatchTesting {

  private BatchTesting() {}

  static Path resource(String name) {
    return TestQuestionnaires.resource(name);
  }

  static Questionnaire definition(String name) {
    try {
      return Questionnaire.load(resource("batch/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BatchSummary score(Questionnaire q, Path input, Path out, BatchOptions options)
      throws IOException {
    return new BatchScorer(q, options).run(input, out, ProgressListener.NONE);
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
