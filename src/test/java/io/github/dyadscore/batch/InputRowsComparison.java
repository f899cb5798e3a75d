package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Delimiter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one file with both of {@link InputRows}' readers, the byte scanner handing over to Jackson
 * and Jackson alone, and asserts that they read it alike. Shared by {@code
 * InputRowsEquivalenceTest} (random files) and {@code InputRowsFuzzTest} (fuzzed files).
 *
 * <p>A file reads as a list of texts: each row as its line, fields and codes (the header's fields
 * resolved against {@code mini.json}'s items, after which the answer cells become codes, or "header
 * rejected"), then "end" or the message of the {@link BatchInputException} that stopped the
 * reading. The two readers must give the same list, with two allowed differences:
 *
 * <ul>
 *   <li>Jackson reads ahead, so on a file that fails it may fail before handing out rows that the
 *       scanner hands out; the run fails all the same. The scanner's list then starts with all of
 *       Jackson's rows, and ends with the same error.
 *   <li>A file with both a bad byte (not UTF-8, or NUL) and a CSV error may report either first,
 *       depending on how far each reader has read ahead. Either way the file is rejected.
 * </ul>
 *
 * <p>The only exception a reader may throw on a readable local file is {@link
 * BatchInputException}; any other (an {@link IOException}, which would report bad input as I/O
 * trouble, or an {@code IndexOutOfBoundsException}, {@code IllegalStateException}, {@code
 * NullPointerException} and the like) fails the comparison.
 */
final class InputRowsComparison {

  static final String SOURCE = "random.csv";
  private static final Questionnaire MINI = BatchTesting.definition("mini.json");

  /**
   * How both readers read a file.
   *
   * @param jackson the rows as Jackson alone reads them, ending with "end" or an error
   * @param scanned the rows as the scanner (and Jackson after it) reads them
   * @param differentErrors whether the file has a bad byte and a CSV error, and each reader
   *     reported another one first (the rows are not compared then)
   */
  record Comparison(List<String> jackson, List<String> scanned, boolean differentErrors) {

    /** Whether Jackson read the file to its end without an error. */
    boolean readToTheEnd() {
      return last(jackson).equals("end");
    }
  }

  private InputRowsComparison() {}

  /**
   * Writes the bytes to the file, reads it both ways and asserts that both read it alike.
   *
   * @param label what to name the case by in a failure, before the delimiter, buffer and bytes
   */
  static Comparison compare(Path file, byte[] bytes, Delimiter delimiter, int buffer,
      String label) throws IOException {
    Files.write(file, bytes);
    List<String> jackson = read(file, delimiter, false, buffer); // the same delimiter detection
    List<String> scanned = read(file, delimiter, true, buffer);
    String context = String.format("%s, delimiter %s, buffer %d, file %s", label, delimiter,
        buffer, Arrays.toString(bytes));
    if (!last(scanned).equals(last(jackson)) && isEncodingError(last(scanned))
        != isEncodingError(last(jackson)) && !last(jackson).equals("end")
        && !last(scanned).equals("end")) {
      return new Comparison(jackson, scanned, true);
    }
    assertThat(last(scanned)).as(context).isEqualTo(last(jackson));
    if (last(jackson).equals("end")) {
      assertThat(scanned).as(context).isEqualTo(jackson);
    } else {
      List<String> jacksonRows = jackson.subList(0, jackson.size() - 1);
      assertThat(scanned).as(context).hasSizeGreaterThan(jacksonRows.size());
      assertThat(scanned.subList(0, jacksonRows.size())).as(context).isEqualTo(jacksonRows);
    }
    return new Comparison(jackson, scanned, false);
  }

  private static boolean isEncodingError(String message) {
    return message.contains("NUL byte") || message.contains("UTF-8") && !message.contains(
        "malformed CSV");
  }

  private static String last(List<String> rows) {
    return rows.get(rows.size() - 1);
  }

  /**
   * The rows as text, ending with "end" or the {@link BatchInputException}'s message.
   *
   * @param scan false to read with Jackson alone
   * @throws AssertionError when the reader throws anything else
   */
  static List<String> read(Path file, Delimiter delimiter, boolean scan, int buffer) {
    List<String> out = new ArrayList<>();
    BatchOptions options = BatchOptions.builder().delimiter(delimiter).build();
    try (InputRows rows = InputRows.open(file, SOURCE, delimiter, scan, buffer)) {
      Group.Row row = rows.next();
      if (row != null) {
        out.add(text(row));
        try {
          Header header = Header.resolve(SOURCE, row.fields(), options,
              MINI.definition().items());
          rows.readAnswers(new AnswerCells(header, options));
        } catch (BatchInputException e) {
          out.add("header rejected");
        }
      }
      while ((row = rows.next()) != null) {
        out.add(text(row));
      }
      out.add("end");
    } catch (BatchInputException e) {
      out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw new AssertionError((scan ? "the scanner" : "Jackson") + " (delimiter " + delimiter
          + ", buffer " + buffer + ") threw " + e + " after the rows " + out
          + "; expected only BatchInputException", e);
    }
    return out;
  }

  private static String text(Group.Row row) {
    return row.line() + " " + Arrays.toString(row.fields()) + " " + Arrays.toString(row.codes());
  }
}
