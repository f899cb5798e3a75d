package io.github.dyadscore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The version of dyadscore, as Maven wrote it into the jar. */
public final class DyadscoreVersion {

  private static final String VERSION = read();

  private DyadscoreVersion() {}

  /**
   * The version.
   *
   * @return the version, such as {@code 0.1.0}, or {@code unknown} outside a built jar
   */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = DyadscoreVersion.class.getResourceAsStream(
        "/io/github/dyadscore/cli/version.txt")) {
      if (in == null) {
        return "unknown";
      }
      String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
