package io.github.dyadscore.cli;

import io.github.dyadscore.DyadscoreException;
import io.github.dyadscore.internal.DyadscoreVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    footer = ExitCodes.MAIN_HELP)
public final class Main {

  /**
   * The subcommands by name, in the order the help lists them. Added in code rather than in the
   * annotation so that a run of one subcommand builds only that one's model: picocli reads every
   * registered command's options by reflection before it parses a word, some 50 ms of start-up
   * for all of them. The names are those of the commands' annotations (a test checks).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("score", ScoreCommand.class);
    commands.put("reliability", ReliabilityCommand.class);
    commands.put("calibrate", CalibrateCommand.class);
    commands.put("dyadic", DyadicCommand.class);
    commands.put("report", ReportCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

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
    return run(commandLine(Terminal.system(), args), args);
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
    return commandLine(terminal, new String[0]);
  }

  /**
   * The command line for these arguments: with only the subcommand they name when the first one
   * names one (other than help), else with all of them, for the main help, the help command and
   * the suggestions for a mistyped name.
   */
  static CommandLine commandLine(Terminal terminal, String[] arguments) {
    CommandLine commandLine = new CommandLine(new Main(Objects.requireNonNull(terminal)));
    String first = arguments.length > 0 ? arguments[0] : "";
    boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
    // Before the handlers below: picocli gives them to the subcommands there are at that moment.
    SUBCOMMANDS.forEach((name, command) -> {
      if (!one || name.equals(first)) {
        commandLine.addSubcommand(name, command);
      }
    });
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
