package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code the loader accepts, the batch reader reads: the loader allows codes of up to 9
 * digits (a larger one is rejected with its JSON pointer, see the definitions catalogue), and the
 * reader reads the largest of them, negative or positive, as the options they are.
 */
class CodeRangeTest {

  @TempDir Path dir;

  @Test
  void theLargestCodesTheLoaderAcceptsAreReadFromACsvFile() throws IOException {
    Questionnaire q = Questionnaire.load(new StringReader("""
        {"formatVersion": 1, "id": "wide-codes", "version": "1", "title": {"en": "W"},
         "license": "CC0-1.0", "validated": false, "validationNote": {"en": "A test."},
         "responseScales": [{"id": "r", "options": [
           {"code": -999999999, "value": 1}, {"code": 999999999, "value": 5}]}],
         "items": [{"id": "i1", "responseScale": "r"}, {"id": "i2", "responseScale": "r"}],
         "scales": [{"id": "s", "name": {"en": "S"}, "items": ["i1", "i2"]}]}
        """), "wide-codes.json");
    Path input = Files.writeString(dir.resolve("in.csv"), "couple,partner,i1,i2\n"
        + "1,A,-999999999,999999999\n1,B,999999999,+999999999\n");

    BatchSummary summary = score(q, input, dir.resolve("out"), BatchOptions.defaults());

    assertThat(summary.rowsRejected()).isZero();
    assertThat(lines(dir.resolve("out").resolve("persons.csv")))
        .anySatisfy(line -> assertThat(line).startsWith("1,A,").contains(",3,"))
        .anySatisfy(line -> assertThat(line).startsWith("1,B,").contains(",5,"));
  }
}
