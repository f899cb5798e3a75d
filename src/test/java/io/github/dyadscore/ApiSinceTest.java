package io.github.dyadscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every part of the public API says since which version it exists (the README's compatibility
 * policy rests on it): the module, each exported package, and each public top-level type in
 * one. A member added after its type carries its own {@code @since}; that the test cannot see.
 */
class ApiSinceTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern TYPE = Pattern.compile("^public\\s+(?:(?:final|abstract|sealed|"
      + "non-sealed|static|strictfp)\\s+)*(?:class|interface|record|enum|@interface)\\s+\\w+",
      Pattern.MULTILINE);

  static List<String> exportedPackages() throws Exception {
    Matcher m = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE)
        .matcher(Files.readString(SOURCES.resolve("module-info.java")));
    List<String> packages = new ArrayList<>();
    while (m.find()) {
      packages.add(m.group(1));
    }
    return packages;
  }

  /** The doc comment right before {@code position}, with only annotations in between. */
  private static String docBefore(String text, int position) {
    String before = text.substring(0, position);
    int end = before.lastIndexOf("*/");
    int start = end < 0 ? -1 : before.lastIndexOf("/**", end);
    if (start < 0 || !before.substring(end + 2).replaceAll("@\\w+(\\([^)]*\\))?", "").isBlank()) {
      return "";
    }
    return before.substring(start, end + 2);
  }

  @Test
  void theModuleEveryExportedPackageAndEveryPublicTypeSaySinceWhen() throws Exception {
    List<String> missing = new ArrayList<>();
    String module = Files.readString(SOURCES.resolve("module-info.java"));
    Matcher moduleDecl = Pattern.compile("^module\\s", Pattern.MULTILINE).matcher(module);
    assertThat(moduleDecl.find()).isTrue();
    if (!docBefore(module, moduleDecl.start()).contains("@since ")) {
      missing.add("module-info.java");
    }
    List<String> packages = exportedPackages();
    assertThat(packages).contains("io.github.dyadscore");
    for (String pkg : packages) {
      Path dir = SOURCES.resolve(pkg.replace('.', '/'));
      assertThat(dir.resolve("package-info.java")).as("package doc of %s", pkg).isRegularFile();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String text = Files.readString(file);
          Matcher decl = file.endsWith("package-info.java")
              ? Pattern.compile("^package\\s", Pattern.MULTILINE).matcher(text)
              : TYPE.matcher(text);
          if (decl.find() && !docBefore(text, decl.start()).contains("@since ")) {
            missing.add(SOURCES.relativize(file).toString());
          }
        }
      }
    }
    assertThat(missing).as("public API without @since in its Javadoc: add '@since <the next "
        + "release>' (for example @since 0.1.0) to the doc comment of each").isEmpty();
  }
}
