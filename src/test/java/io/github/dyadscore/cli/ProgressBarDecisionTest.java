package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.cli.ProgressOptions.Mode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The progress bar is drawn exactly when standard error is a terminal (or when forced), clears
 * the rest of the line at each redraw, and never puts a carriage return into redirected output.
 */
class ProgressBarDecisionTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(boolean stderrIsTerminal, String... args) {
    CommandLine commandLine = Main.commandLine(
        new Terminal(new ByteArrayInputStream(new byte[0]), stderrIsTerminal));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private String[] score(String... extra) {
    String[] base = {"score", TestQuestionnaires.resource("batch/mini.json").toString(),
        TestQuestionnaires.resource("batch/mini-long.csv").toString(), "-o",
        dir.resolve("r").toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return args;
  }

  @Test
  void redirectedStderrGetsTheSummaryLineAndNoCarriageReturnOrEscape() {
    assertThat(run(false, score())).isZero();
    assertThat(err.toString()).doesNotContain("\r").doesNotContain("\u001B")
        .startsWith("dyadscore: 5 rows read").endsWith("results in " + dir.resolve("r")
            + System.lineSeparator());
  }

  @Test
  void terminalStderrGetsFramesThatClearTheRestOfTheLineThenACleanSummaryLine() {
    assertThat(run(true, score())).isZero();
    // One frame (the file is one chunk), then the bar's line cleared, then the summary line.
    assertThat(err.toString()).isEqualTo("\r[##############################] 100%  pass 1/1  "
        + "5 rows\u001B[K\r\u001B[Kdyadscore: 5 rows read, 5 persons scored, 2 couples complete, "
        + "1 with one partner, 0 rows rejected; results in " + dir.resolve("r")
        + System.lineSeparator());
  }

  @Test
  void alwaysDrawsIntoARedirectedFileAndNeverDrawsOnATerminal() {
    assertThat(run(false, score("--progress", "always"))).isZero();
    assertThat(err.toString()).startsWith("\r[").contains("\u001B[K");
    err.getBuffer().setLength(0);
    assertThat(run(true, score("--progress", "never"))).isZero();
    assertThat(err.toString()).doesNotContain("\r").startsWith("dyadscore: 5 rows read");
  }

  @Test
  void quietDrawsNothingEvenWhenForced() {
    assertThat(run(true, score("-q", "--progress", "always"))).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void reliabilityDecidesAlike() {
    String[] args = {"reliability", TestQuestionnaires.resource("batch/mini.json").toString(),
        TestQuestionnaires.resource("batch/mini-long.csv").toString()};
    assertThat(run(false, args)).isZero();
    assertThat(err.toString()).doesNotContain("\r").startsWith("dyadscore: 5 rows read");
    err.getBuffer().setLength(0);
    assertThat(run(true, args)).isZero();
    assertThat(err.toString()).startsWith("\r[").contains("\r\u001B[Kdyadscore: 5 rows read");
  }

  @Test
  void unknownProgressModeIsAUsageError() {
    assertThat(run(true, score("--progress", "sometimes"))).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .startsWith("dyadscore: --progress 'sometimes' is not one of [auto, always, never]");
  }

  @Test
  void decisionTable() {
    assertThat(ProgressOptions.showBar(Mode.AUTO, false, true)).isTrue();
    assertThat(ProgressOptions.showBar(Mode.AUTO, false, false)).isFalse();
    assertThat(ProgressOptions.showBar(Mode.ALWAYS, false, false)).isTrue();
    assertThat(ProgressOptions.showBar(Mode.NEVER, false, true)).isFalse();
    assertThat(ProgressOptions.showBar(Mode.ALWAYS, true, true)).isFalse();
  }

  @Test
  void launcherPropertyDecidesFirst() {
    Path none = dir.resolve("no-fd");
    assertThat(Terminal.stderrIsTerminal("true", "xterm", none)).isTrue();
    assertThat(Terminal.stderrIsTerminal("false", "xterm", none)).isFalse();
    assertThat(Terminal.stderrIsTerminal(null, "xterm", none)).isFalse();
  }

  @Test
  void onLinuxTheDescriptorLinkTellsATerminalFromAFileOrPipe() throws Exception {
    Path pts = Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"));
    Path tty = Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1"));
    Path file = Files.createSymbolicLink(dir.resolve("file"), dir.resolve("log.txt"));
    Path pipe = Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[4242]"));
    Path devNull = Files.createSymbolicLink(dir.resolve("null"), Path.of("/dev/null"));
    assertThat(Terminal.stderrIsTerminal(null, "xterm-256color", pts)).isTrue();
    assertThat(Terminal.stderrIsTerminal(null, null, tty)).isTrue();
    assertThat(Terminal.stderrIsTerminal(null, "xterm", file)).isFalse();
    assertThat(Terminal.stderrIsTerminal(null, "xterm", pipe)).isFalse();
    assertThat(Terminal.stderrIsTerminal(null, "xterm", devNull)).isFalse();
  }

  @Test
  void aDumbTerminalCannotRedrawALine() throws Exception {
    Path pts = Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"));
    assertThat(Terminal.stderrIsTerminal(null, "dumb", pts)).isFalse();
    assertThat(Terminal.stderrIsTerminal("true", "dumb", pts)).isFalse();
  }

  @Test
  void theTestRunItselfIsNoTerminalWhenStderrIsRedirected() {
    // Surefire redirects the forked JVM's stderr to a pipe or file: never a terminal.
    assertThat(Terminal.stderrIsTerminal(null, System.getenv("TERM"),
        Path.of("/proc/self/fd/2"))).isFalse();
  }
}
