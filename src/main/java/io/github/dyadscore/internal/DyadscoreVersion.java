package io.github.dyadscore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The version of dyadscore that is running, as Maven wrote it into the jar ({@code version.txt}
 * beside this class, filtered from {@code ${project.version}}). Every output records it beside the
 * questionnaire's id and version, so that a result file says what produced it.
 */
public final class DyadscoreVersion {

  private static final String VERSION = read();

  private DyadscoreVersion() {}

  /**
   * The version, such as {@code 0.1.0}.
   *
   * @return the version; {@code unknown} when the resource is missing (classes not built by Maven)
   */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = DyadscoreVersion.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        return "unknown";
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return text.isEmpty() || text.startsWith("${") ? "unknown" : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dyadscore's own version.txt", e);
    }
  }
}
