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
    return commandLine().execute(args);
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
      throw e;
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
