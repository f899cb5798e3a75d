package io.github.dyadscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The files a release carries beside the code agree with the build: the citation names the
 * version being built, the changelog keeps its format, and the notice, security policy and
 * contributing guide are there.
 */
class ReleaseFilesTest {

  private static String projectVersion() throws Exception {
    // Filtered from ${project.version} at build time (src/main/resources-filtered).
    try (InputStream in = ReleaseFilesTest.class.getResourceAsStream("cli/version.txt")) {
      assertThat(in).as("the filtered version resource").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void theCitationNamesTheVersionBeingBuilt() throws Exception {
    String cff = Files.readString(Path.of("CITATION.cff"));
    assertThat(cff).startsWith("# Citation File Format").contains("\ncff-version: 1.2.0\n")
        .contains("\ntype: software\n").contains("\nlicense: Apache-2.0\n")
        .contains("\nauthors:\n  - name: ");
    Matcher version = Pattern.compile("\nversion: \"([^\"]+)\"\n").matcher(cff);
    assertThat(version.find()).as("CITATION.cff has a version").isTrue();
    assertThat(version.group(1)).isEqualTo(projectVersion());
    if (!projectVersion().endsWith("-SNAPSHOT")) {
      assertThat(cff).as("a release's citation has its date").containsPattern(
          "\ndate-released: \"?\\d{4}-\\d{2}-\\d{2}\"?\n");
    }
  }

  @Test
  void theChangelogKeepsAChangelogsFormatWithTheVersionBeingBuilt() throws Exception {
    String changelog = Files.readString(Path.of("CHANGELOG.md"));
    assertThat(changelog).startsWith("# Changelog\n")
        .contains("[Keep a Changelog 1.1.0](https://keepachangelog.com/en/1.1.0/)")
        .contains("\n## [Unreleased]\n").contains("\n[Unreleased]: https://");
    String version = projectVersion();
    if (!version.endsWith("-SNAPSHOT")) {
      assertThat(changelog).containsPattern(
          "\n## \\[" + Pattern.quote(version) + "\\] - \\d{4}-\\d{2}-\\d{2}\n");
    }
    // Only the section kinds Keep a Changelog defines.
    Matcher kinds = Pattern.compile("\n### (\\w+)\n").matcher(changelog);
    while (kinds.find()) {
      assertThat(kinds.group(1))
          .isIn("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");
    }
  }

  @Test
  void noticeSecurityPolicyAndContributingGuideAreThere() throws Exception {
    assertThat(Files.readString(Path.of("NOTICE"))).startsWith("dyadscore\nCopyright ");
    assertThat(Files.readString(Path.of("SECURITY.md")))
        .contains("## Reporting a vulnerability").contains("## In scope")
        .contains("## Out of scope");
    assertThat(Files.readString(Path.of("CONTRIBUTING.md")))
        .contains("## Build").contains("## Test").contains("## Fuzz").contains("## Benchmark")
        .contains("./mvnw -B verify").contains("JAZZER_FUZZ=1").contains("bench/e2e.sh")
        .contains("-Ddyadscore.seed=");
  }
}
