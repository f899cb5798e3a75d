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
    subcommands = {ScoreCommand.class, ReliabilityCommand.class, DyadicCommand.class,
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
    return commandLine().execute(args);
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
      throw e;
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
