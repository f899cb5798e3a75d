package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A failure that is no fault of the input (out of memory, a bug) exits with 70, never with 1
 * ("scored, some rows rejected"), and prints neither the exception's message (which may quote a
 * cell) nor a bare stack trace with it.
 */
class UnexpectedFailureTest {

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final Throwable failure;

    Boom(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (Exception) failure;
    }
  }

  private final StringWriter err = new StringWriter();

  private int run(Throwable failure) {
    CommandLine commandLine = Main.commandLine();
    commandLine.addSubcommand("boom", new Boom(failure));
    commandLine.setErr(new PrintWriter(err, true));
    return Main.run(commandLine, "boom");
  }

  @Test
  void outOfMemoryExitsWith70AndSaysWhatToDo() {
    assertThat(run(new OutOfMemoryError("Java heap space"))).isEqualTo(70);
    assertThat(err.toString()).startsWith("dyadscore: unexpected failure "
        + "(java.lang.OutOfMemoryError); no output was replaced. Give Java more memory "
        + "(DYADSCORE_JAVA_OPTS=-Xmx2g) or check the input for a huge cell or line.");
  }

  @Test
  void aBugExitsWith70WithoutItsMessage() {
    assertThat(run(new NumberFormatException("For input string: \"secret-answer-6\"")))
        .isEqualTo(70);
    assertThat(err.toString()).startsWith("dyadscore: unexpected failure "
        + "(java.lang.NumberFormatException); no output was replaced. Please report it with the "
        + "lines below (they hold no data).")
        .contains("    at io.github.dyadscore.cli.UnexpectedFailureTest")
        .doesNotContain("secret-answer-6");
  }

  @Test
  void aStackOverflowExitsWith70() {
    assertThat(run(new StackOverflowError())).isEqualTo(70);
  }

  @Test
  void theHelpListsTheCode() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.execute("--help");
    assertThat(out.toString()).contains("  70 unexpected failure (out of memory, a bug); no "
        + "output was replaced");
  }
}
