package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.dyadscore.TestQuestionnaires;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every error is one line in words with the exit code the README states; a run rejected before
 * scoring creates no output folder; {@code -} reads standard input.
 */
class CommandLineErrorsTest {

  private static final String MINI = TestQuestionnaires.resource("batch/mini.json").toString();
  private static final String LONG =
      TestQuestionnaires.resource("batch/mini-long.csv").toString();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private byte[] stdin = new byte[0];

  private int run(String... args) {
    // As Main.run builds it: only the subcommand named, with the error handlers on it.
    CommandLine commandLine =
        Main.commandLine(new Terminal(new ByteArrayInputStream(stdin), false), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private String error() {
    return err.toString().strip();
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  // ------------------------------------------------------------------ usage errors (2)

  @Test
  void misspelledQuestionnaireIsAUsageErrorSuggestingTheBundledName() {
    assertThat(run("score", "mutuality-securty", LONG, "-o", dir.resolve("r").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(error()).isEqualTo("dyadscore: no questionnaire 'mutuality-securty': not a "
        + "bundled name [csi-16, csi-4, ecr-rs, kms, mutuality-security] (did you mean "
        + "'mutuality-security'?) and no "
        + "such definition file");
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void folderWhereTheInputFileBelongsIsAUsageError() {
    assertThat(run("score", MINI, dir.toString(), "-o", dir.resolve("r").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(error()).isEqualTo("dyadscore: the input file '" + dir
        + "' is a folder; expected a file");
  }

  @Test
  void outputFolderThatIsAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("results"), "x");
    assertThat(run("score", MINI, LONG, "-o", file.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(error()).isEqualTo("dyadscore: the output folder '" + file
        + "' is a file; name a folder (it is created if missing)");
    assertThat(run("reliability", MINI, LONG, "-o", file.resolve("sub").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("cannot create the output folder '"
        + file.resolve("sub") + "': '" + file + "' is a file");
  }

  @Test
  void missingAnswersFileIsAUsageError() {
    Path missing = dir.resolve("alex.json");
    assertThat(run("report", "mutuality-security", missing.toString(), "examples/sam.json"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(error()).isEqualTo("dyadscore: the answers file '" + missing
        + "' does not exist");
  }

  @Test
  void standardInputTwiceIsAUsageError() {
    assertThat(run("report", "mutuality-security", "-", "-")).isEqualTo(ExitCodes.USAGE);
    assertThat(error()).startsWith("dyadscore: '-' (standard input) is given 2 times");
  }

  @Test
  void unknownOptionIsOneLineWithTheSynopsisAndAPointerToHelp() {
    assertThat(run("validate", "--strict", "csi-4")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("dyadscore: Unknown option: '--strict'")
        .contains("Usage: dyadscore validate").contains("Try 'dyadscore validate --help'");
  }

  // ------------------------------------------------------------------ invalid input (3)

  @Test
  void inputThatIsNotUtf8NamesTheFileLineAndByteAndCreatesNoOutputFolder() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n1,B,Jos\u00e9,1,1,1\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Path results = dir.resolve("new").resolve("results");
    assertThat(run("score", MINI, latin1.toString(), "-o", results.toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(error()).startsWith("dyadscore: latin1.csv:3: ").contains("byte 0xE9");
    assertThat(dir.resolve("new")).doesNotExist();
  }

  @Test
  void headerWithoutTheCoupleColumnIsInvalidInputAndLeavesNoFolderBehind() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "id,partner,c1\n1,A,3\n");
    Path results = dir.resolve("results");
    assertThat(run("score", MINI, input.toString(), "-o", results.toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(results).doesNotExist();
    assertThat(run("reliability", MINI, input.toString(), "-o", results.toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(results).doesNotExist();
  }

  @Test
  void answersFileThatIsNotUtf8IsLocated() throws IOException {
    Path bad = dir.resolve("a.json");
    Files.write(bad, "{\n  \"m1\": 6, \"n\u00e4me\": 1}".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("report", "mutuality-security", bad.toString(), "examples/sam.json"))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(error()).startsWith("dyadscore: " + bad + ":2:").contains("byte 0xE4")
        .contains("not valid UTF-8");
  }

  // ------------------------------------------------------------------ I/O errors (4)

  @Test
  void unreadableInputIsAnIoErrorInWords() throws IOException {
    assumeFalse(root(), "root may read any file");
    Path input = Files.copy(Path.of(LONG), dir.resolve("locked.csv"));
    Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("-w-------"));
    assertThat(run("score", MINI, input.toString(), "-o", dir.resolve("r").toString()))
        .isEqualTo(ExitCodes.IO_ERROR);
    assertThat(error()).isEqualTo("dyadscore: no permission to read the input file '"
        + input + "'");
  }

  @Test
  void unwritableOutputFolderIsAnIoErrorInWords() throws IOException {
    assumeFalse(root(), "root may write anywhere");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    assertThat(run("score", MINI, LONG, "-o", locked.toString())).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(error()).isEqualTo("dyadscore: no permission to write into the output folder '"
        + locked + "'");
  }

  @Test
  void javaExceptionsAreTranslatedIntoWords() {
    assertThat(IoProblems.describe(new IOException("No space left on device")))
        .isEqualTo("a file could not be written: the disk is full; free some space and run "
            + "again (no output was replaced)");
    assertThat(IoProblems.describe(new FileSystemException("r/.persons.csv.tmp", null,
        "No space left on device"))).startsWith("'r/.persons.csv.tmp' could not be written: "
        + "the disk is full");
    assertThat(IoProblems.describe(new AccessDeniedException("r/persons.csv")))
        .startsWith("permission denied for 'r/persons.csv'");
    assertThat(IoProblems.describe(new NoSuchFileException("gone.csv")))
        .isEqualTo("'gone.csv' does not exist");
    assertThat(IoProblems.describe(new FileSystemException("r/x", null, "Is a directory")))
        .isEqualTo("'r/x' is a folder where a file was expected");
    assertThat(IoProblems.describe(new IOException("Input/output error")))
        .isEqualTo("a file could not be read or written: Input/output error");
  }

  // ------------------------------------------------------------------ standard input

  @Test
  void dashReadsTheInputFromStandardInput() throws IOException {
    assertThat(run("score", MINI, LONG, "-o", dir.resolve("file").toString())).isZero();
    stdin = Files.readAllBytes(Path.of(LONG));
    assertThat(run("score", MINI, "-", "-o", dir.resolve("stdin").toString())).isZero();
    for (String name : new String[] {"persons.csv", "couples.csv", "pairwise.csv", "errors.csv"}) {
      assertThat(Files.readString(dir.resolve("stdin").resolve(name)))
          .isEqualTo(Files.readString(dir.resolve("file").resolve(name)));
    }
  }

  @Test
  void messagesAboutStandardInputNameIt() {
    stdin = "id,partner,c1\n1,A,3\n".getBytes(StandardCharsets.UTF_8);
    assertThat(run("score", MINI, "-", "-o", dir.resolve("r").toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(error()).startsWith("dyadscore: stdin:1: no couple id column 'couple'");
  }

  @Test
  void dashReadsADefinitionOrAnswersFromStandardInput() throws IOException {
    stdin = Files.readAllBytes(Path.of(MINI));
    assertThat(run("reliability", "-", LONG)).isZero();
    assertThat(out.toString()).contains("close");
    out.getBuffer().setLength(0);
    assertThat(run("report", "mutuality-security", "examples/alex.json", "examples/sam.json"))
        .isZero();
    String fromFile = out.toString();
    stdin = Files.readAllBytes(Path.of("examples/alex.json"));
    out.getBuffer().setLength(0);
    assertThat(run("report", "mutuality-security", "-", "examples/sam.json")).isZero();
    assertThat(out.toString()).isEqualTo(fromFile).contains("Report for the therapist");
  }

  // ------------------------------------------------------------------ validate

  @Test
  void validateAcceptsBundledNamesAndStandardInput() throws IOException {
    assertThat(run("validate", "mutuality-security", "csi-4")).isZero();
    assertThat(out.toString()).contains("mutuality-security: valid").contains("csi-4: valid");
    stdin = "{\"formatVersion\": 1, \"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(run("validate", "-")).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(out.toString()).contains("stdin").contains("missing property 'version'");
  }

  @Test
  void validateOfAMissingFileIsAUsageErrorBeforeAnyOutput() {
    assertThat(run("validate", "csi-4", "csi4.json")).isEqualTo(ExitCodes.USAGE);
    assertThat(out.toString()).isEmpty();
    assertThat(error()).contains("no questionnaire 'csi4.json'")
        .contains("(did you mean 'csi-4'?)");
  }

  // ------------------------------------------------------------------ help

  @Test
  void eachCommandsHelpListsOnlyItsOwnExitCodes() {
    assertThat(run("score", "--help")).isZero();
    assertThat(out.toString()).contains("  1  some input rows were rejected (listed in "
        + "errors.csv)").contains("  4  a file could not be read or written");
    out.getBuffer().setLength(0);
    assertThat(run("reliability", "--help")).isZero();
    assertThat(out.toString()).contains("  1  some input rows were left out as unscorable "
        + "('score' lists them)").doesNotContain("listed in errors.csv");
    out.getBuffer().setLength(0);
    assertThat(run("report", "--help")).isZero();
    assertThat(out.toString()).doesNotContain("  1  ").contains("  3  invalid definition or "
        + "answers file");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--help")).isZero();
    assertThat(out.toString()).doesNotContain("  1  ")
        .contains("  3  a definition has problems");
  }
}
