package io.github.dyadscore.cli;

import static io.github.dyadscore.ChildJvm.awaitLine;
import static io.github.dyadscore.ChildJvm.sigintIgnored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.dyadscore.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code calibrate} writes its result through a hidden {@code .calibrated-*.json.tmp}; whatever
 * stops it, the folder holds the earlier result or the new one, and no temporary file stays for
 * long. The kill tests run {@link KillableCalibrate} in a child JVM and kill it once the
 * temporary file is complete and not yet moved.
 */
class CalibrateTemporaryFileTest {

  private static final String DEFINITION =
      "src/test/resources/calibration/closeness-conflict.json";
  private static final String SAMPLE = "src/test/resources/golden/calibration/sample.csv";

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int calibrate(Path output) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute("calibrate", DEFINITION, SAMPLE, "-o", output.toString());
  }

  @Test
  void sigtermWhileTheResultIsWrittenLeavesTheEarlierResultAndNoTemporaryFile()
      throws Exception {
    Path output = dir.resolve("calibrated.json");
    Files.writeString(output, "the earlier result");
    Process child = start(output);
    awaitLine(child, "WRITTEN");
    assertThat(hidden()).hasSize(1).allMatch(n -> n.endsWith(CalibratedFile.SUFFIX));

    child.destroy(); // SIGTERM on POSIX
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).hasContent("the earlier result");
    assertThat(hidden()).isEmpty();
  }

  @Test
  void ctrlCWhileTheResultIsWrittenLeavesTheEarlierResultAndNoTemporaryFile()
      throws Exception {
    assumeThat(File.separatorChar).as("POSIX kill").isEqualTo('/');
    assumeThat(sigintIgnored()).as("SIGINT is ignored in this JVM, so also in its children; "
        + "Ctrl+C cannot reach the child then").isFalse();
    Path output = dir.resolve("calibrated.json");
    Files.writeString(output, "the earlier result");
    Process child = start(output);
    awaitLine(child, "WRITTEN");

    assertThat(new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start()
        .waitFor()).isZero();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).isEqualTo(130);
    assertThat(output).hasContent("the earlier result");
    assertThat(hidden()).isEmpty();
  }

  @Test
  void theTemporaryFileOfAKillMinus9IsRemovedByTheNextCalibrateIntoTheFolder()
      throws Exception {
    Path output = dir.resolve("calibrated.json");
    Process child = start(output);
    awaitLine(child, "WRITTEN");

    child.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(hidden()).hasSize(1);
    assertThat(output).doesNotExist();

    assertThat(calibrate(output)).isZero();

    assertThat(hidden()).isEmpty();
    assertThat(Files.readString(output)).contains("\"calibration\"");
  }

  @Test
  void onlyTemporaryFilesOlderThanTheRunAreRemovedSoAConcurrentRunKeepsItsOwn()
      throws Exception {
    Path stale = dir.resolve(".calibrated-1234567890.json.tmp");
    Path concurrent = dir.resolve(".calibrated-987.json.tmp");
    Path folder = dir.resolve(".calibrated-folder.json.tmp");
    Path other = dir.resolve(".other-1234.json.tmp");
    Files.writeString(stale, "{\"half\":");
    Files.writeString(concurrent, "{\"being written");
    Files.createDirectory(folder);
    Files.writeString(other, "not ours");
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    for (Path p : List.of(stale, folder, other)) {
      Files.setLastModifiedTime(p, old);
    }
    // changed after the run below starts, as the file of a run writing at the same time is
    Files.setLastModifiedTime(concurrent,
        FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));

    assertThat(calibrate(dir.resolve("calibrated.json"))).isZero();

    assertThat(hidden()).containsExactly(".calibrated-987.json.tmp",
        ".calibrated-folder.json.tmp", ".other-1234.json.tmp");
  }

  @Test
  void aResultThatCannotReplaceTheTargetLeavesNoTemporaryFile() throws Exception {
    Path output = dir.resolve("calibrated.json");
    Files.createDirectories(output.resolve("in-the-way"));

    assertThat(calibrate(output)).isNotZero();

    assertThat(err.toString()).contains(output.toString());
    assertThat(hidden()).isEmpty();
    assertThat(output.resolve("in-the-way")).isDirectory();
  }

  @Test
  void theResultGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
    assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
    Path output = dir.resolve("calibrated.json");
    Path ordinary = Files.createFile(dir.resolve("ordinary.txt")); // what the umask gives

    assertThat(calibrate(output)).isZero();

    assertThat(Files.getPosixFilePermissions(output))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  // ---------------------------------------------------------------- helpers

  private List<String> hidden() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("."))
          .sorted().toList();
    }
  }

  private static Process start(Path output) throws IOException {
    return ChildJvm.start(KillableCalibrate.class, DEFINITION, SAMPLE, "-o", output.toString());
  }
}
