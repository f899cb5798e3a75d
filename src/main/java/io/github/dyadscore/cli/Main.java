package io.github.dyadscore.cli;

import io.github.dyadscore.DyadscoreException;
import io.github.dyadscore.internal.DyadscoreVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code dyadscore} command. */
@Command(
    name = "dyadscore",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Scores couples' relationship questionnaires and shows where partners diverge.",
    subcommands = {ScoreCommand.class, ReliabilityCommand.class, CalibrateCommand.class,
        DyadicCommand.class,
        ReportCommand.class,
        ValidateCommand.class, CommandLine.HelpCommand.class},
    footer = ExitCodes.MAIN_HELP)
public final class Main {

  private final Terminal terminal;

  private Main(Terminal terminal) {
    this.terminal = terminal;
  }

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
    return commandLine(Terminal.system());
  }

  /** The command line in the given surroundings (tests pass their own stdin and terminal). */
  static CommandLine commandLine(Terminal terminal) {
    CommandLine commandLine = new CommandLine(new Main(Objects.requireNonNull(terminal)));
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      // Every failure the user can fix is one line in words, no stack trace.
      PrintWriter err = cmd.getErr();
      if (e instanceof CommandFailure failure) {
        err.println("dyadscore: " + failure.getMessage());
        err.flush();
        return failure.exitCode();
      }
      if (e instanceof DyadscoreException) {
        err.println("dyadscore: " + e.getMessage());
        err.flush();
        return ExitCodes.INVALID_INPUT;
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        err.println("dyadscore: " + IoProblems.describe(e));
        err.flush();
        return ExitCodes.IO_ERROR;
      }
      return unexpected(e, cmd.getErr());
    });
    commandLine.setParameterExceptionHandler((e, args) -> {
      CommandLine cmd = e.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("dyadscore: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Usage: " + cmd.getHelp().synopsis(0).strip());
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
      err.flush();
      return ExitCodes.USAGE;
    });
    return commandLine;
  }

  /** The surroundings of the command being run. */
  static Terminal terminal(CommandSpec spec) {
    return ((Main) spec.root().userObject()).terminal;
  }

  /** The version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dyadscore " + DyadscoreVersion.get()};
    }
  }
}
