package io.github.dyadscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README as a new user reads it, run on the jars the build produced (failsafe, after
 * {@code package}): its Java program compiles and runs in a separate JVM against the library jar
 * plus exactly the dependencies a consumer of the POM gets (read from Maven's dependency tree,
 * optional ones left out); the README names those dependencies as they are; its dependency
 * snippet carries the project's version; and the command-line jar runs with plain
 * {@code java -jar}.
 */
class ReadmeProgramIT {

  private static final Path README = Path.of("README.md");
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  /** group:artifact:version of each run-time dependency a consumer gets. */
  private static final List<String> consumerDependencies = new ArrayList<>();
  private static final List<Path> consumerJars = new ArrayList<>();

  @BeforeAll
  static void readTheDependencyTree() throws Exception {
    Path repository = Path.of(property("dyadscore.localRepository"));
    List<String> lines = Files.readAllLines(Path.of(property("dyadscore.dependencyTree")));
    // Lines after the first are "+- g:a:jar:v:scope" with "|  " per level; an optional
    // dependency (and everything below it) does not reach a consumer.
    int optionalDepth = Integer.MAX_VALUE;
    for (String line : lines.subList(1, lines.size())) {
      int depth = line.indexOf(line.replaceFirst("^[|+\\\\ -]*", "")) / 3;
      if (depth > optionalDepth) {
        continue;
      }
      optionalDepth = Integer.MAX_VALUE;
      String[] parts = line.replaceFirst("^[|+\\\\ -]*", "").split(" ")[0].split(":");
      if (line.endsWith("(optional)")) {
        optionalDepth = depth;
        continue;
      }
      assertThat(parts).as(line).hasSize(5);
      assertThat(parts[2]).as(line).isEqualTo("jar");
      assertThat(parts[4]).as(line).isIn("compile", "runtime");
      consumerDependencies.add(parts[0] + ":" + parts[1] + ":" + parts[3]);
      Path jar = repository.resolve(parts[0].replace('.', '/')).resolve(parts[1])
          .resolve(parts[3]).resolve(parts[1] + "-" + parts[3] + ".jar");
      assertThat(jar).as(line).isRegularFile();
      consumerJars.add(jar);
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by failsafe in the pom)", name).isNotBlank();
    return value;
  }

  private static String readme() throws Exception {
    return Files.readString(README);
  }

  @Test
  void theReadmeNamesExactlyTheRunTimeDependenciesAConsumerGets() throws Exception {
    String section = readme().split("\n## Use it in an app\n", 2)[1].split("\n```java\n", 2)[0];
    List<String> named = new ArrayList<>();
    Matcher m = Pattern.compile("`([\\w.-]+:[\\w.-]+:[\\w.-]+)`").matcher(section);
    while (m.find()) {
      named.add(m.group(1));
    }
    assertThat(named).containsExactlyInAnyOrderElementsOf(consumerDependencies);
    assertThat(consumerDependencies).noneMatch(d -> d.startsWith("info.picocli:"))
        .noneMatch(d -> d.startsWith("org.jspecify:"));
  }

  @Test
  void theDependencySnippetCarriesTheProjectsVersion() throws Exception {
    Matcher m = Pattern.compile("```xml\\n<dependency>\\n  <groupId>io.github.dyadscore</groupId>\\n"
        + "  <artifactId>dyadscore</artifactId>\\n  <version>([^<]+)</version>\\n</dependency>\\n```")
        .matcher(readme());
    assertThat(m.find()).as("README has the <dependency> snippet").isTrue();
    assertThat(m.group(1)).isEqualTo(property("dyadscore.version"));
  }

  @Test
  void theJavaProgramRunsOnTheLibraryJarAndItsDeclaredDependencies(@TempDir Path dir)
      throws Exception {
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme());
    assertThat(block.find()).as("README has a ```java block").isTrue();
    Matcher name = Pattern.compile("public class (\\w+)").matcher(block.group(1));
    assertThat(name.find()).isTrue();
    Path source = dir.resolve("src").resolve(name.group(1) + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, block.group(1));
    Path classes = dir.resolve("classes");

    List<Path> classPath = new ArrayList<>();
    classPath.add(Path.of(property("dyadscore.libraryJar")));
    classPath.addAll(consumerJars);
    String cp = String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList());

    Result javac = run(dir, tool("javac"), "--release", "17", "-classpath", cp, "-d",
        classes.toString(), source.toString());
    assertThat(javac.exit()).as("javac: %s", javac.output()).isZero();

    Result java = run(dir, tool("java"), "-classpath", classes + File.pathSeparator + cp,
        name.group(1));
    assertThat(java.exit()).as("java: %s", java.output()).isZero();
    // Alex: 77 keyed points over 13 answered mutuality items = 5.92; Sam 50 / 14 = 3.57;
    // on m2 (reversed) Alex answered 2 and Sam 7.
    assertThat(java.output()).contains("mutuality  A 5.92  B 3.57")
        .contains("answered far apart: m2 (A 2, B 7)");

    // And the library jar alone is not enough: that is what the dependencies are for.
    Result alone = run(dir, tool("java"), "-classpath",
        classes + File.pathSeparator + property("dyadscore.libraryJar"), name.group(1));
    assertThat(alone.exit()).isNotZero();
    assertThat(alone.output()).contains("NoClassDefFoundError: tools/jackson/core/");
  }

  /**
   * An app on the module path: the library resolves as the named module {@code
   * io.github.dyadscore} and commons-math3 (which has no module descriptor and no
   * Automatic-Module-Name) as the automatic module {@code commons.math3} that Java derives from
   * its file name, the name the library's module-info requires. That is the filename-based
   * automatic module Maven warns about; README "Java modules" says why it is accepted.
   */
  @Test
  void theJavaProgramRunsWithTheLibraryOnTheModulePath(@TempDir Path dir) throws Exception {
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme());
    assertThat(block.find()).as("README has a ```java block").isTrue();
    Matcher name = Pattern.compile("public class (\\w+)").matcher(block.group(1));
    assertThat(name.find()).isTrue();
    Path source = dir.resolve("src").resolve(name.group(1) + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, block.group(1));
    Path classes = dir.resolve("classes");
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(Path.of(property("dyadscore.libraryJar")));
    modulePath.addAll(consumerJars);
    String mp = String.join(File.pathSeparator, modulePath.stream().map(Path::toString).toList());

    Result javac = run(dir, tool("javac"), "--release", "17", "--module-path", mp,
        "--add-modules", "io.github.dyadscore", "-d", classes.toString(), source.toString());
    assertThat(javac.exit()).as("javac: %s", javac.output()).isZero();
    Result java = run(dir, tool("java"), "--module-path", mp, "--add-modules",
        "io.github.dyadscore", "-classpath", classes.toString(), name.group(1));
    assertThat(java.exit()).as("java: %s", java.output()).isZero();
    assertThat(java.output()).contains("mutuality  A 5.92  B 3.57");

    Path math = consumerJars.stream()
        .filter(jar -> jar.getFileName().toString().startsWith("commons-math3-")).findFirst()
        .orElseThrow();
    Result describe = run(dir, tool("jar"), "--describe-module", "--file", math.toString());
    assertThat(describe.output()).contains("No module descriptor found. Derived automatic module.")
        .containsPattern("commons\\.math3@[0-9.]+ automatic");
  }

  @Test
  void theCommandLineJarRunsWithPlainJava(@TempDir Path dir) throws Exception {
    Path jar = Path.of(property("dyadscore.libraryJar")).resolveSibling("dyadscore-cli.jar");
    Result report = run(Path.of("."), tool("java"), "-jar", jar.toString(), "report",
        "mutuality-security", "examples/alex.json", "examples/sam.json");
    assertThat(report.exit()).as(report.output()).isZero();
    assertThat(report.output()).contains("Mutuality and Security Inventory")
        .contains("NOT clinically validated");
  }

  private static String tool(String name) {
    return JAVA_HOME.resolve("bin").resolve(name).toString();
  }

  record Result(int exit, String output) {}

  private static Result run(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished", command[0]).isTrue();
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
