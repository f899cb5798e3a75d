package io.github.dyadscore.cli;

import io.github.dyadscore.DyadscoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyadscore} command. */
@Command(
    name = "dyadscore",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Scores couples' relationship questionnaires and shows where partners diverge.",
    subcommands = {ScoreCommand.class, ReliabilityCommand.class, DyadicCommand.class,
        ReportCommand.class,
        ValidateCommand.class, CommandLine.HelpCommand.class},
    footer = ExitCodes.HELP)
public final class Main {

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return run(commandLine(), args);
  }

  static int run(CommandLine commandLine, String... args) {
    try {
      return commandLine.execute(args);
    } catch (Throwable e) {
      // Errors (OutOfMemoryError, StackOverflowError) pass picocli's handler by.
      return unexpected(e, commandLine.getErr());
    }
  }

  /**
   * Reports a failure that is no fault of the input: exit code {@link ExitCodes#INTERNAL_ERROR},
   * never 1 (which a script reads as "scored, some rows rejected"). The message of such an
   * exception may quote input (a number parser's "For input string"), so only its type and where
   * it was thrown are printed, never its message.
   */
  static int unexpected(Throwable e, java.io.PrintWriter err) {
    try {
      err.println("dyadscore: unexpected failure (" + e.getClass().getName() + "); no output was "
          + "replaced. " + (e instanceof OutOfMemoryError
              ? "Give Java more memory (DYADSCORE_JAVA_OPTS=-Xmx2g) or check the input for a "
                  + "huge cell or line."
              : "Please report it with the lines below (they hold no data)."));
      StackTraceElement[] trace = e.getStackTrace();
      for (int i = 0; i < Math.min(trace.length, 12); i++) {
        err.println("    at " + trace[i]);
      }
      err.flush();
    } catch (Throwable ignored) {
      // nothing more can be said; the exit code says it
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      // Bad input is the user's to fix: one clear line, no stack trace.
      if (e instanceof DyadscoreException) {
        cmd.getErr().println("dyadscore: " + e.getMessage());
        return ExitCodes.INVALID_INPUT;
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        cmd.getErr().println("dyadscore: " + e.getMessage());
        return ExitCodes.IO_ERROR;
      }
      return unexpected(e, cmd.getErr());
    });
    return commandLine;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      try (InputStream in = Main.class.getResourceAsStream("version.txt")) {
        String version = in == null ? "unknown"
            : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        return new String[] {"dyadscore " + version};
      }
    }
  }
}
