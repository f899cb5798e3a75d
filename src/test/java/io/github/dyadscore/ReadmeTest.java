package io.github.dyadscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is a contract: its first commands are the main job and the test command CI runs.
 * Its Java program, dependency snippet and {@code java -jar} line are checked on the built jars
 * by {@link ReadmeProgramIT}.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");

  private static String block(String language) throws Exception {
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(README));
    assertThat(m.find()).as("README has a ```%s block", language).isTrue();
    return m.group(1);
  }

  @Test
  void firstBashBlockHoldsTheMainJobThenTheTestCommandThatCiRuns() throws Exception {
    List<String> commands = block("bash").lines().filter(l -> !l.isBlank()).toList();
    assertThat(commands).containsExactly(
        "./dyadscore report mutuality-security examples/alex.json examples/sam.json",
        "./mvnw -B verify");
    assertThat(Files.readString(Path.of(".ci/run"))).contains("\n./mvnw -B verify\n");
  }
}
