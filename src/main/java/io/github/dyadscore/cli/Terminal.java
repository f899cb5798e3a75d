package io.github.dyadscore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What the command line knows of its surroundings: standard input, and whether standard error is
 * a terminal (so that a progress bar may be drawn there). Tests pass their own.
 *
 * <p>Java 17 has no portable, non-native way to ask whether a given stream is a terminal: {@code
 * System.console()} answers for standard input and output together, so it says "no terminal" for
 * {@code dyadscore score ... > log} even though standard error still is one, and "terminal" for
 * {@code 2> log} although the bar would then fill the log with {@code \r} frames. The answer is
 * therefore taken, in this order, from
 *
 * <ol>
 *   <li>the system property {@code dyadscore.stderr.terminal} ({@code true} or {@code false}),
 *       which the {@code dyadscore} launcher sets from the shell's {@code test -t 2};
 *   <li>on Linux, the link {@code /proc/self/fd/2}: a terminal when it points to a {@code
 *       /dev/pts/} or {@code /dev/tty} device;
 *   <li>otherwise no terminal (no bar; {@code --progress always} forces one).
 * </ol>
 *
 * A terminal whose {@code TERM} is {@code dumb} (such as Emacs' shell) cannot redraw a line and
 * counts as none.
 *
 * @param stdin standard input, read where an input file is given as {@code -}
 * @param stderrIsTerminal whether standard error is a terminal that can redraw a line
 */
record Terminal(InputStream stdin, boolean stderrIsTerminal) {

  /** The property the launcher sets. */
  static final String PROPERTY = "dyadscore.stderr.terminal";

  /** The running process's surroundings. */
  static Terminal system() {
    return new Terminal(System.in, stderrIsTerminal(System.getProperty(PROPERTY),
        System.getenv("TERM"), Path.of("/proc/self/fd/2")));
  }

  /**
   * Decides whether standard error is a terminal.
   *
   * @param property the value of {@value #PROPERTY}, or null
   * @param term the {@code TERM} environment variable, or null
   * @param fd2 where the process's file descriptor 2 can be looked up ({@code /proc/self/fd/2})
   */
  static boolean stderrIsTerminal(@Nullable String property, @Nullable String term, Path fd2) {
    if ("dumb".equals(term)) {
      return false;
    }
    if (property != null && !property.isBlank()) {
      return Boolean.parseBoolean(property.trim());
    }
    try {
      if (!Files.isSymbolicLink(fd2)) {
        return false;
      }
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
