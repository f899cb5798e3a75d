package io.github.dyadscore.cli;

import io.github.dyadscore.batch.ProgressListener;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** What {@code score} and {@code reliability} print on standard error besides errors. */
final class ProgressOptions {

  /** When to draw the progress bar. */
  enum Mode {
    /** Only when standard error is a terminal (see {@link Terminal}). */
    AUTO,
    /** Always, even into a file or pipe (for terminals Java cannot recognise). */
    ALWAYS,
    /** Never. */
    NEVER
  }

  @Option(names = {"-q", "--quiet"}, description = "no progress bar and no summary line")
  boolean quiet;

  @Option(names = "--progress", paramLabel = "auto|always|never", defaultValue = "auto",
      description = "progress bar on stderr: auto draws it only when stderr is a terminal, never "
          + "into a redirected file (default: ${DEFAULT-VALUE})")
  String progress;

  /**
   * Whether to draw the bar.
   *
   * @param stderrIsTerminal what {@link Terminal} found
   */
  static boolean showBar(Mode mode, boolean quiet, boolean stderrIsTerminal) {
    if (quiet) {
      return false;
    }
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> stderrIsTerminal;
    };
  }

  Mode mode(CommandSpec spec) {
    for (Mode m : Mode.values()) {
      if (m.name().equalsIgnoreCase(progress.trim())) {
        return m;
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "--progress '" + progress
        + "' is not one of [auto, always, never]");
  }

  /** The bar to draw on {@code err}, or null for none. */
  @Nullable ProgressBar bar(CommandSpec spec, PrintWriter err) {
    boolean terminal = Main.terminal(spec).stderrIsTerminal();
    return showBar(mode(spec), quiet, terminal) ? new ProgressBar(err) : null;
  }

  static ProgressListener listener(@Nullable ProgressBar bar) {
    return bar == null ? ProgressListener.NONE : bar;
  }
}
