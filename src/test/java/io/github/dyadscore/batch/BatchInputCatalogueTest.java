package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Layout;
import io.github.dyadscore.internal.DyadscoreVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for bad batch input. Every case {@code batch/bad/NAME} is an input file scored with
 * the bundled {@code mutuality-security} questionnaire (items m1..m14 and s1..s14, codes 1 to 7,
 * missing codes -99 and 99) and the default options, and exactly one expectation says what must
 * happen:
 *
 * <ul>
 *   <li>{@code NAME.errors}: the run succeeds, and these are exactly the rows of {@code
 *       errors.csv} below its header (an empty file: no row rejected). {@code NAME.summary} holds
 *       the exact data row of {@code summary.csv}, and an optional {@code NAME.persons} the exact
 *       rows of {@code persons.csv} below its header, for cases where what was accepted matters.
 *   <li>{@code NAME.exception}: the file is rejected as a whole with a {@link
 *       BatchInputException} of exactly this message, whose {@link BatchInputException#line()} is
 *       the line in the message, and no output file is written.
 * </ul>
 *
 * <p>The input is {@code NAME.csv}, except for inputs too large or too binary to commit (a 10 MB
 * line, binary garbage), which {@link #GENERATED} writes at test time. To add a case, drop in the
 * input and its expectation; nothing here needs to change.
 */
class BatchInputCatalogueTest {

  private static final Questionnaire QUESTIONNAIRE = Questionnaire.bundled("mutuality-security");
  private static final String ERRORS_HEADER = "line,couple,partner,column,reason";
  private static final String ITEMS = "m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,"
      + "s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14";
  private static final int TEN_MB = 10 * 1024 * 1024;

  /** Inputs written at test time, by case name. */
  private static final Map<String, Generator> GENERATED = Map.of(
      // A 10 MB data row without a single delimiter: one huge field where 30 are expected.
      "generated-10mb-line-in-data", file -> write(file, ("couple,partner," + ITEMS + "\n"
          + "1,A," + "7".repeat(TEN_MB) + "\n").getBytes(StandardCharsets.US_ASCII)),
      // A 10 MB first line: the whole file is one header name.
      "generated-10mb-line-as-header", file -> write(file,
          "x".repeat(TEN_MB).getBytes(StandardCharsets.US_ASCII)),
      // A 10 MB answer cell in an otherwise well-formed row.
      "generated-10mb-cell", file -> write(file, ("couple,partner," + ITEMS + "\n1,A,"
          + "9".repeat(TEN_MB) + ",1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6\n"
          + "1,B,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7\n")
          .getBytes(StandardCharsets.US_ASCII)),
      // An Excel workbook saved under a .csv name: a zip archive.
      "generated-binary-xlsx", file -> {
        byte[] bytes = new byte[64 * 1024];
        new Random(4).nextBytes(bytes);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        System.arraycopy(zip, 0, bytes, 0, zip.length);
        write(file, bytes);
      },
      // NUL bytes are valid UTF-8, but no CSV text has them.
      "generated-binary-nul-bytes", file -> write(file, new byte[4096]),
      // A PDF: its second line is a comment of bytes above 0x7F, by convention.
      "generated-binary-pdf", file -> {
        byte[] bytes = new byte[8 * 1024];
        new Random(5).nextBytes(bytes);
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3,
            (byte) 0xCF, (byte) 0xD3, '\n'};
        System.arraycopy(pdf, 0, bytes, 0, pdf.length);
        write(file, bytes);
      });

  @TempDir Path dir;

  // ---------------------------------------------------------------- the catalogue

  static Stream<Named<String>> cases() throws IOException {
    return caseNames().stream().map(name -> Named.of(name, name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGivesExactlyItsExpectedErrors(String name) throws IOException {
    Path input = input(name);
    Path out = dir.resolve("out");
    BatchScorer scorer = new BatchScorer(QUESTIONNAIRE, BatchOptions.builder().threads(2).build());
    Path exception = folder().resolve(name + ".exception");

    if (Files.exists(exception)) {
      String expected = Files.readString(exception, StandardCharsets.UTF_8).strip();
      BatchInputException thrown = catchThrowableOfType(BatchInputException.class,
          () -> scorer.run(input, out, ProgressListener.NONE));
      assertThat(thrown).as("%s is rejected as a whole", name).isNotNull();
      assertThat(thrown).hasMessage(expected);
      assertThat(thrown.line()).as("line() of %s", name).isEqualTo(lineOf(expected));
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files).as("outputs of %s", name).isEmpty();
      }
      return;
    }

    BatchSummary summary = scorer.run(input, out, ProgressListener.NONE);

    List<String> errors = lines(out.resolve("errors.csv"));
    assertThat(errors.get(0)).isEqualTo(ERRORS_HEADER);
    assertThat(errors.subList(1, errors.size())).as("errors.csv of %s", name)
        .containsExactlyElementsOf(expectation(name, ".errors"));
    assertThat(lines(out.resolve("summary.csv"))).as("summary.csv of %s", name)
        .element(1).isEqualTo(expectation(name, ".summary").get(0)
            // The files leave out the dyadscore version, which changes with every release.
            .replaceFirst("^([^,]*,[^,]*),", "$1," + DyadscoreVersion.get() + ","));
    Path persons = folder().resolve(name + ".persons");
    if (Files.exists(persons)) {
      List<String> scored = lines(out.resolve("persons.csv"));
      assertThat(scored.subList(1, scored.size())).as("persons.csv of %s", name)
          .containsExactlyElementsOf(expectation(name, ".persons"));
    }

    // The counts add up, and every rejected row is in errors.csv with the line it starts on.
    assertThat(summary.personsScored())
        .isEqualTo(2 * summary.couplesComplete() + summary.couplesWithOnePartner());
    if (summary.layout() == Layout.LONG) {
      assertThat(summary.rowsRead()).isEqualTo(summary.personsScored() + summary.rowsRejected());
    } else {
      assertThat(summary.rowsRead()).isEqualTo(summary.couplesComplete()
          + summary.couplesWithOnePartner() + summary.rowsRejected());
    }
    Set<Long> rejectedLines = errors.stream().skip(1)
        .map(row -> Long.parseLong(row.substring(0, row.indexOf(','))))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(rejectedLines).as("lines in errors.csv of %s", name)
        .hasSize((int) summary.rowsRejected())
        .allSatisfy(line -> assertThat(line).isBetween(2L, physicalLines(input)));
  }

  @Test
  void catalogueHasAtLeast32CasesEachWithOneExpectationAndAnInput() throws IOException {
    List<String> names = caseNames();
    assertThat(names).hasSizeGreaterThanOrEqualTo(32);
    assertThat(names).allSatisfy(name -> {
      boolean thrown = Files.exists(folder().resolve(name + ".exception"));
      boolean rows = Files.exists(folder().resolve(name + ".errors"));
      assertThat(thrown ^ rows).as("%s has exactly one of .exception and .errors", name)
          .isTrue();
      assertThat(Files.exists(folder().resolve(name + ".summary"))).as("%s.summary", name)
          .isEqualTo(rows);
      assertThat(Files.exists(folder().resolve(name + ".csv")))
          .as("%s has a committed input or a generator, not both", name)
          .isNotEqualTo(GENERATED.containsKey(name));
    });
    assertThat(names).containsAll(GENERATED.keySet());
    try (Stream<Path> files = Files.list(folder())) {
      List<String> inputs = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv")).map(n -> n.substring(0, n.length() - 4)).toList();
      assertThat(names).as("every input has an expectation").containsAll(inputs);
    }
  }

  @Test
  void committedInputsAreSmall() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      assertThat(files).allSatisfy(file -> assertThat(Files.size(file)).as("%s", file)
          .isLessThan(4096));
    }
  }

  // ---------------------------------------------------------------- helpers

  @FunctionalInterface
  private interface Generator {
    void write(Path file) throws IOException;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }

  private static Path folder() {
    return resource("batch/bad");
  }

  /** Every case: the names of the expectation files without their extension. */
  private static List<String> caseNames() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".errors") || n.endsWith(".exception"))
          .map(n -> n.substring(0, n.lastIndexOf('.'))).sorted().toList();
    }
  }

  private Path input(String name) throws IOException {
    Generator generator = GENERATED.get(name);
    if (generator == null) {
      return folder().resolve(name + ".csv");
    }
    Path file = dir.resolve(name + ".csv");
    generator.write(file);
    return file;
  }

  private static List<String> expectation(String name, String extension) {
    try {
      return Files.readAllLines(folder().resolve(name + extension), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line in a message {@code NAME.csv:LINE: ...}, or 0 for {@code NAME.csv: ...}. */
  private static long lineOf(String message) {
    String[] parts = message.split(":", 3);
    return parts[1].chars().allMatch(Character::isDigit) && !parts[1].isEmpty()
        ? Long.parseLong(parts[1]) : 0;
  }

  /** The number of lines of a file, ended by LF, CR LF or a lone CR. */
  private static long physicalLines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long ends = 0;
    for (int i = 0; i < bytes.length; i++) {
      boolean crBefore = i > 0 && bytes[i - 1] == '\r';
      ends += bytes[i] == '\r' || (bytes[i] == '\n' && !crBefore) ? 1 : 0;
    }
    int last = bytes.length == 0 ? '\n' : bytes[bytes.length - 1];
    return last == '\n' || last == '\r' ? ends : ends + 1;
  }
}
