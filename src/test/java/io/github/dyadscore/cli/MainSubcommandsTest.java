package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds the model of the subcommand it names only; help and mistakes see them all. */
class MainSubcommandsTest {

  private static final Terminal TERMINAL = new Terminal(new ByteArrayInputStream(new byte[0]),
      false);

  @Test
  void theNamesAreThoseOfTheCommandsAnnotations() {
    for (Map.Entry<String, Class<?>> entry : Main.SUBCOMMANDS.entrySet()) {
      assertThat(new CommandLine(entry.getValue()).getCommandName()).isEqualTo(entry.getKey());
    }
  }

  @Test
  void aRunOfOneSubcommandBuildsOnlyThatOne() {
    CommandLine commandLine = Main.commandLine(TERMINAL, new String[] {"score", "--help"});
    assertThat(commandLine.getSubcommands()).containsOnlyKeys("score");
  }

  @Test
  void theMainHelpTheHelpCommandAndAMistypedNameSeeEverySubcommandInOrder() {
    for (String[] args : new String[][] {{}, {"--help"}, {"help", "score"}, {"scor"}}) {
      assertThat(Main.commandLine(TERMINAL, args).getSubcommands().keySet())
          .containsExactly("score", "reliability", "calibrate", "dyadic", "report", "validate",
              "help");
    }
  }
}
