package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {

  @Test
  void numbersAreShortestRoundTripDecimalsWithoutATrailingZeroFraction() {
    assertThat(CsvText.number(4.0)).isEqualTo("4");
    assertThat(CsvText.number(-0.0)).isEqualTo("0");
    assertThat(CsvText.number(2.8000000000000003)).isEqualTo("2.8000000000000003");
    assertThat(Double.parseDouble(CsvText.number(1.0 / 3))).isEqualTo(1.0 / 3);
    assertThat(CsvText.number(1e-7)).isEqualTo("1.0E-7");
    assertThat(CsvText.number(1e20)).isEqualTo("1.0E20");
    assertThat(CsvText.number(Double.NaN)).isEqualTo("NA");
    assertThat(CsvText.number(Double.POSITIVE_INFINITY)).isEqualTo("NA");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=1+2|'=1+2", "+49 30|'+49 30", "-3|-3", "-3.5|-3.5", "+2|+2", "-x|'-x", "@A1|'@A1",
      "plain|plain"})
  void formulaTriggersAreDefusedButNumbersKept(String text, String expected) {
    assertThat(CsvText.defuse(text)).isEqualTo(expected);
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreDefusedAndQuotedWhereNeeded() {
    StringBuilder b = new StringBuilder();
    CsvText.text(b, "\tx");
    b.append('|');
    CsvText.text(b, "\rx");
    b.append('|');
    CsvText.text(b, "say \"hi\", twice");
    assertThat(b).hasToString("'\tx|\"'\rx\"|\"say \"\"hi\"\", twice\"");
  }

  @Test
  void shortDecimalsAreWrittenAsDoubleToStringWritesThem() {
    // The fast path for values with at most four decimals must give Java's own shortest text;
    // means of up to 40 items, their differences and random doubles cover both paths.
    java.util.Random random = new java.util.Random(17);
    for (int n = 1; n <= 40; n++) {
      for (int sum = -300; sum <= 300; sum++) {
        double mean = (double) sum / n;
        String expected = mean == Math.rint(mean) ? Long.toString((long) mean)
            : Double.toString(mean);
        assertThat(CsvText.number(mean)).as("%d / %d", sum, n).isEqualTo(expected);
      }
    }
    for (int i = 0; i < 200_000; i++) {
      double value = random.nextInt(2_000_000) / 1e4 - 100 + (i % 2 == 0 ? 0 : random.nextDouble());
      String expected = value == Math.rint(value) ? Long.toString((long) value)
          : Double.toString(value);
      assertThat(CsvText.number(value)).isEqualTo(expected);
      assertThat(Double.parseDouble(CsvText.number(value))).isEqualTo(value);
    }
  }
}
