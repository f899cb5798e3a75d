package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {

  @Test
  void numbersAreWrittenAsRsWriteCsvWritesThemWithFifteenSignificantDigits() {
    // Each text is what R 4.2.2's write.csv wrote for the value.
    assertThat(CsvText.number(4.6 - 1.4)).isEqualTo("3.2"); // 3.1999999999999997
    assertThat(CsvText.number(-0.45033388316772799)).isEqualTo("-0.450333883167728");
    assertThat(CsvText.number(1e-7)).isEqualTo("1e-07");
    assertThat(CsvText.number(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(CsvText.number(1.0 / 3)).isEqualTo("0.333333333333333");
    assertThat(CsvText.number(2.0 / 3 * 1e-5)).isEqualTo("6.66666666666667e-06");
    assertThat(CsvText.number(0.12345678901234567)).isEqualTo("0.123456789012346");
    assertThat(CsvText.number(100000.5)).isEqualTo("100000.5");
  }

  @Test
  void fixedNotationUnlessItIsWiderThanScientific() {
    assertThat(CsvText.number(0.001)).isEqualTo("0.001");
    assertThat(CsvText.number(0.0001)).isEqualTo("1e-04"); // 6 characters against 5
    assertThat(CsvText.number(0.00012)).isEqualTo("0.00012"); // 7 against 7: fixed
    assertThat(CsvText.number(0.000123)).isEqualTo("0.000123");
    assertThat(CsvText.number(0.0000123)).isEqualTo("1.23e-05");
    assertThat(CsvText.number(123456)).isEqualTo("123456");
    assertThat(CsvText.number(100000)).isEqualTo("1e+05");
    assertThat(CsvText.number(-2_000_000)).isEqualTo("-2e+06");
    assertThat(CsvText.number(1.5e20)).isEqualTo("1.5e+20");
    assertThat(CsvText.number(1.234e-100)).isEqualTo("1.234e-100");
  }

  @Test
  void integersHaveNoFractionAndNegativeZeroIsZero() {
    assertThat(CsvText.number(4.0)).isEqualTo("4");
    assertThat(CsvText.number(-17)).isEqualTo("-17");
    assertThat(CsvText.number(0.0)).isEqualTo("0");
    assertThat(CsvText.number(-0.0)).isEqualTo("0");
    assertThat(CsvText.number(99_999)).isEqualTo("99999");
    assertThat(CsvText.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
    assertThat(CsvText.number(-123_456_789_012_345.0)).isEqualTo("-123456789012345");
  }

  @Test
  void fromTenToTheFifteenFixedNotationPadsFifteenDigitsWithZerosAsFwriteDoes() {
    assertThat(CsvText.number(1e15 + 2)).isEqualTo("1e+15");
    assertThat(CsvText.number(1234567890123456.0)).isEqualTo("1234567890123460");
    assertThat(CsvText.number(123456789012345678.0)).isEqualTo("123456789012346000");
    assertThat(CsvText.number(12345678901234567890.0)).isEqualTo("12345678901234600000");
    assertThat(CsvText.number(123456789012345678901.0)).isEqualTo("1.23456789012346e+20");
  }

  @Test
  void roundingUpAcrossAPowerOfTenGivesThatPower() {
    assertThat(CsvText.number(Math.nextDown(0.01))).isEqualTo("0.01"); // 0.0099999999999999985
    assertThat(CsvText.number(0.999999999999999999)).isEqualTo("1");
    assertThat(CsvText.number(1 - 0x1p-53)).isEqualTo("1");
    assertThat(CsvText.number(99999.999999999985)).isEqualTo("1e+05");
    assertThat(CsvText.number(-Math.nextDown(10.0))).isEqualTo("-10");
    assertThat(CsvText.number(999999999999999.88)).isEqualTo("1e+15");
    assertThat(CsvText.number(Math.nextDown(1e-5))).isEqualTo("1e-05");
  }

  @Test
  void exactTiesAtTheSixteenthDigitGoToTheEvenDigit() {
    // Each double's exact decimal expansion has 16 significant digits, the last a 5.
    assertThat(CsvText.number(0x1p-22)).isEqualTo("2.38418579101562e-07"); // ...625
    assertThat(CsvText.number(0x3p-22)).isEqualTo("7.15255737304688e-07"); // ...875
    assertThat(CsvText.number(100000000000000.5)).isEqualTo("1e+14");
    assertThat(CsvText.number(100000000000001.5)).isEqualTo("100000000000002");
    assertThat(CsvText.number(123456789012344.5)).isEqualTo("123456789012344");
    assertThat(CsvText.number(123456789012345.5)).isEqualTo("123456789012346");
    assertThat(CsvText.number(-12345678901234.25)).isEqualTo("-12345678901234.2");
    assertThat(CsvText.number(12345678901234.75)).isEqualTo("12345678901234.8");
    // Just off a tie, the side decides: the next double up of ...4.25 is ...4.2500000000000019
    assertThat(CsvText.number(Math.nextUp(12345678901234.25))).isEqualTo("12345678901234.3");
  }

  @Test
  void extremeMagnitudesAreRoundedToo() {
    assertThat(CsvText.number(Double.MIN_VALUE)).isEqualTo("4.94065645841247e-324");
    assertThat(CsvText.number(-Double.MAX_VALUE)).isEqualTo("-1.79769313486232e+308");
    assertThat(CsvText.number(1e-8)).isEqualTo("1e-08");
    assertThat(CsvText.number(3e-300)).isEqualTo("3e-300");
  }

  @Test
  void notANumberAndInfinitiesAreMissing() {
    assertThat(CsvText.number(Double.NaN)).isEqualTo("NA");
    assertThat(CsvText.number(Double.POSITIVE_INFINITY)).isEqualTo("NA");
    assertThat(CsvText.number(Double.NEGATIVE_INFINITY)).isEqualTo("NA");
  }

  @Test
  void numbersIgnoreTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(CsvText.number(-2.5)).isEqualTo("-2.5");
      assertThat(CsvText.number(1.0 / 3)).isEqualTo("0.333333333333333");
      assertThat(CsvText.number(1e-20)).isEqualTo("1e-20");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void numbersMatchWhatRsWriteCsvWroteForTwoThousandValues() throws IOException {
    // src/test/r/number-format.R wrote the file; the value column is %.17g, exact.
    List<String> rows = lines(resource("golden/number-format.csv"));
    assertThat(rows.get(0)).isEqualTo("value,r");
    assertThat(rows).hasSizeGreaterThan(2000);
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      assertThat(CsvText.number(Double.parseDouble(cells[0]))).as(cells[0]).isEqualTo(cells[1]);
    }
  }

  @Test
  void numbersMatchBigDecimalRoundingOverMillionsOfDoubles() {
    // The fast path against an independent reference, on random bits, decimals as scores have
    // them (k/10, k/3, their differences), near-ties and neighbours of powers of ten.
    SplittableRandom random = new SplittableRandom(20240517);
    for (int i = 0; i < 1_500_000; i++) {
      double value = sample(random, i % 8);
      String text = CsvText.number(value);
      assertThat(text).as("%s", value).isEqualTo(reference(value));
      double back = Double.parseDouble(text);
      assertThat(Math.abs(back - value)).as(text)
          .isLessThanOrEqualTo(5e-15 * Math.abs(value) + Math.ulp(value));
    }
  }

  private static double sample(SplittableRandom random, int kind) {
    switch (kind) {
      case 0: // random bits over the whole range of finite doubles
        double any;
        do {
          any = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(any));
        return any;
      case 1: // random bits with a binary exponent from 2^-40 to 2^60
        return (random.nextBoolean() ? -1 : 1)
            * Math.scalb(1 + random.nextDouble(), random.nextInt(-40, 61));
      case 2:
        return random.nextInt(-100_000, 100_000) / 10.0;
      case 3:
        return random.nextInt(-3_000, 3_000) / 3.0 - random.nextInt(-3_000, 3_000) / 10.0;
      case 4:
        return (double) random.nextInt(-300, 301) / random.nextInt(1, 41)
            - (double) random.nextInt(-300, 301) / random.nextInt(1, 41);
      case 5: // near a tie: 15 digits and a half, at a random decimal exponent, and neighbours
        double tie = (random.nextLong(100_000_000_000_000L, 1_000_000_000_000_000L) + 0.5)
            * Math.pow(10, random.nextInt(-22, 8));
        int step = random.nextInt(-2, 3);
        return step < 0 ? Math.nextDown(tie) : step > 0 ? Math.nextUp(tie) : tie;
      case 6: // odd multiples of powers of two: exact decimal expansions, some ties
        return Math.scalb((double) (2 * random.nextLong(1L << 40) + 1), random.nextInt(-90, 20));
      default: // next to a power of ten
        double power = Double.parseDouble("1e" + random.nextInt(-10, 18));
        double near = power;
        for (int k = random.nextInt(0, 4); k > 0; k--) {
          near = random.nextBoolean() ? Math.nextUp(near) : Math.nextDown(near);
        }
        return near;
    }
  }

  /** 15 significant digits by BigDecimal, in fixed notation unless that is longer. */
  private static String reference(double value) {
    if (!Double.isFinite(value)) {
      return "NA";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(Math.abs(value))
        .round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    String digits = rounded.unscaledValue().toString();
    int exponent = digits.length() - 1 - rounded.scale();
    String fixed = rounded.toPlainString();
    String mantissa =
        digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String scientific = mantissa + (exponent < 0 ? "e-" : "e+")
        + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    return (value < 0 ? "-" : "") + (fixed.length() <= scientific.length() ? fixed : scientific);
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
    Utf8Builder b = new Utf8Builder(0);
    CsvText.text(b, "\tx");
    b.append('|');
    CsvText.text(b, "\rx");
    b.append('|');
    CsvText.text(b, "say \"hi\", twice");
    assertThat(b).hasToString("'\tx|\"'\rx\"|\"say \"\"hi\"\", twice\"");
  }

  @Test
  void textThatIsNotAsciiIsWrittenAsUtf8AndQuotedWhereNeeded() {
    Utf8Builder b = new Utf8Builder(0);
    CsvText.text(b, "Zoë");
    b.append(',');
    CsvText.text(b, "\"José\", 😀");
    assertThat(b.toByteArray())
        .isEqualTo("Zoë,\"\"\"José\"\", 😀\"".getBytes(StandardCharsets.UTF_8));
  }
}
