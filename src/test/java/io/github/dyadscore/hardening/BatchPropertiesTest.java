package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchInputException;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.BatchSummary;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.testing.Gen;
import io.github.dyadscore.testing.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random CSV files with random corruption, scored by {@link BatchScorer}: nothing is lost (every
 * data row is read, and is either scored or rejected into {@code errors.csv} with its line), every
 * row with a bad cell is rejected, and the outputs are byte-identical across runs and thread
 * counts.
 */
class BatchPropertiesTest {

  static final Questionnaire Q = load();
  private static final List<String> ITEMS = List.of("c1", "c2", "c3", "c4");

  static Questionnaire load() {
    try (var in = BatchPropertiesTest.class.getResourceAsStream("batch-mini.json")) {
      return Questionnaire.load(in, "batch-mini.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generated input: its text, its data rows, and the lines that carry a bad cell. */
  record Input(String text, int dataRows, Set<Long> badLines, boolean unclosedQuote) {}

  /** Cells that are valid answers or mean unanswered. */
  private static String goodCell(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> "";
      case 1 -> "NA";
      case 2 -> ".";
      case 3 -> "-9";
      case 4 -> " " + (1 + random.nextInt(5)) + " ";
      case 5 -> (1 + random.nextInt(5)) + ".0";
      default -> String.valueOf(1 + random.nextInt(5));
    };
  }

  /** Cells that no item accepts. */
  private static String badCell(Random random, char delimiter) {
    return switch (random.nextInt(6)) {
      case 0 -> "7";
      case 1 -> "0";
      case 2 -> "x";
      case 3 -> "3.5";
      case 4 -> delimiter == ',' ? "\"3,5\"" : "3,5";
      default -> "=1+2";
    };
  }

  static Input generate(Random random, boolean wide) {
    char delimiter = ",;\t".charAt(random.nextInt(3));
    String d = String.valueOf(delimiter);
    List<String> header = new ArrayList<>(List.of("couple"));
    if (wide) {
      ITEMS.forEach(item -> header.add("A_" + item));
      ITEMS.forEach(item -> header.add("B_" + item));
    } else {
      header.add("partner");
      header.addAll(ITEMS);
    }
    if (random.nextBoolean()) {
      header.add("note"); // a column the scorer ignores
    }
    StringBuilder text = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "");
    text.append(String.join(d, header)).append(random.nextBoolean() ? "\n" : "\r\n");
    long line = 1;
    int dataRows = 0;
    Set<Long> badLines = new TreeSet<>();
    boolean unclosed = false;
    double corruption = random.nextDouble() * 0.4;
    int couples = random.nextInt(60);
    for (int c = 1; c <= couples; c++) {
      List<String> partners = wide ? List.of("")
          : switch (random.nextInt(8)) {
            case 0 -> List.of("A");
            case 1 -> List.of("B", "A");
            case 2 -> List.of("A", "B", "B"); // a duplicate person
            case 3 -> List.of("A", "B", "A"); // a duplicate after both
            case 4 -> List.of("A", "C"); // an unknown label
            default -> List.of("A", "B");
          };
      for (String partner : partners) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(c)));
        if (!wide) {
          cells.add(partner);
        }
        boolean bad = partner.equals("C");
        while (cells.size() < header.size()) {
          if (cells.size() < (wide ? 9 : 6) && random.nextDouble() < corruption / 4) {
            cells.add(badCell(random, delimiter));
            bad = true;
          } else {
            cells.add(cells.size() < (wide ? 9 : 6) ? goodCell(random) : "free text");
          }
        }
        if (random.nextDouble() < corruption / 8) {
          cells.remove(cells.size() - 1); // ragged: a field short
          bad = true;
        } else if (random.nextDouble() < corruption / 8) {
          cells.add("5"); // ragged: a field too many
          bad = true;
        }
        if (random.nextDouble() < 0.05) {
          text.append('\n'); // a blank line, which is not a row
          line++;
        }
        line++;
        dataRows++;
        if (bad) {
          badLines.add(line);
        }
        text.append(String.join(d, cells)).append('\n');
      }
    }
    if (random.nextInt(20) == 0) {
      text.append("99").append(d).append("\"unclosed\n");
      unclosed = true;
    }
    return new Input(text.toString(), dataRows, badLines, unclosed);
  }

  /**
   * The generator reaches every case the properties below are about: files without a bad row,
   * with a few and with many, with an unclosed quote, in both layouts.
   */
  @Test
  void generatedInputsCoverCleanFilesFewAndManyBadRowsAndUnclosedQuotes() {
    Set<String> seen = new TreeSet<>();
    for (long seed = 0; seed < 300; seed++) {
      for (boolean wide : new boolean[] {false, true}) {
        Input input = generate(new Random(seed), wide);
        int bad = input.badLines().size();
        seen.add((wide ? "wide " : "long ") + (bad == 0 ? "none" : bad < 5 ? "1-4" : "5+"));
        if (input.unclosedQuote()) {
          seen.add((wide ? "wide " : "long ") + "unclosed");
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder("long none", "long 1-4", "long 5+",
        "long unclosed", "wide none", "wide 1-4", "wide 5+", "wide unclosed");
  }

  @Test
  void nothingIsLostAndEveryBadRowIsRejectedWithItsLine() {
    Property.tries(150).forAll(Gen.seeds(), Gen.booleans(),
        BatchPropertiesTest::nothingIsLost);
  }

  private static void nothingIsLost(long seed, boolean wide) throws IOException {
    Input input = generate(new Random(seed), wide);
    Path dir = Files.createTempDirectory("batch-property");
    try {
      Path file = dir.resolve("input.csv");
      Files.writeString(file, input.text(), StandardCharsets.UTF_8);
      BatchOptions options = BatchOptions.builder().threads(2)
          .with(BatchOptions.Output.ITEM_DIVERGENCES).with(BatchOptions.Output.REPORTS).build();
      if (input.unclosedQuote()) {
        BatchInputException e = catchThrowableOfType(BatchInputException.class,
            () -> run(file, dir.resolve("out"), options));
        assertThat(e).as(input.text()).isNotNull();
        assertThat(e.getMessage()).startsWith("input.csv:");
        assertThat(e.line()).isPositive();
        return;
      }
      BatchSummary summary = run(file, dir.resolve("out"), options);
      assertThat(summary.layout())
          .isEqualTo(wide ? BatchOptions.Layout.WIDE : BatchOptions.Layout.LONG);
      assertThat(summary.rowsRead()).isEqualTo(input.dataRows());
      BatchFuzzTest.checkAccounting(summary, dir.resolve("out"));
      Set<Long> rejected = new TreeSet<>();
      List<List<String>> errors = Csv.read(dir.resolve("out/errors.csv"));
      for (List<String> error : errors.subList(1, errors.size())) {
        rejected.add(Long.parseLong(error.get(0)));
      }
      assertThat(rejected).as(input.text()).containsAll(input.badLines());
    } finally {
      BatchFuzzTest.delete(dir);
    }
  }

  @Test
  void outputsAreByteIdenticalAcrossRunsAndThreadCounts() {
    Property.tries(40).forAll(Gen.seeds(), Gen.booleans(),
        Gen.enums(BatchOptions.Imputation.class), BatchPropertiesTest::byteIdentical);
  }

  private static void byteIdentical(long seed, boolean wide, BatchOptions.Imputation imputation)
      throws IOException {
    Input input = generate(new Random(seed), wide);
    if (input.unclosedQuote()) {
      return;
    }
    Path dir = Files.createTempDirectory("batch-identical");
    try {
      Path file = dir.resolve("input.csv");
      Files.writeString(file, input.text(), StandardCharsets.UTF_8);
      Map<String, byte[]> first = null;
      int run = 0;
      for (int threads : new int[] {1, 1, 2, 3, 8}) {
        BatchOptions options = BatchOptions.builder().threads(threads).imputation(imputation)
            .with(BatchOptions.Output.ITEM_DIVERGENCES).with(BatchOptions.Output.REPORTS)
            .build();
        Path out = dir.resolve("out" + run++);
        run(file, out, options);
        Map<String, byte[]> files = contents(out);
        if (first == null) {
          first = files;
        } else {
          assertThat(files.keySet()).isEqualTo(first.keySet());
          for (String name : first.keySet()) {
            assertThat(files.get(name)).as("%s with %d threads", name, threads)
                .isEqualTo(first.get(name));
          }
        }
      }
    } finally {
      BatchFuzzTest.delete(dir);
    }
  }

  private static BatchSummary run(Path input, Path out, BatchOptions options)
      throws IOException {
    return new BatchScorer(Q, options).run(input, out, ProgressListener.NONE);
  }

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path path : paths.toList()) {
        files.put(path.getFileName().toString(), Files.readAllBytes(path));
      }
    }
    return files;
  }
}
