package io.github.dyadscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README is a contract: its commands and its Java program must work as written. */
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

  @Test
  void javaProgramCompilesAndRuns(@TempDir Path dir) throws Exception {
    String source = block("java");
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(name.find()).isTrue();
    Path file = dir.resolve(name.group(1) + ".java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-classpath",
        System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());
    assertThat(status).as("javac exit status").isZero();

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        ReadmeTest.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    // Alex: 77 keyed points over 13 answered mutuality items = 5.92; Sam 50 / 14 = 3.57;
    // on m2 (reversed) Alex answered 2 and Sam 7.
    assertThat(output).contains("mutuality  A 5.92  B 3.57");
    assertThat(output).contains("answered far apart: m2 (A 2, B 7)");
  }
}
