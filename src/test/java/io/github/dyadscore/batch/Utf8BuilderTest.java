package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BuilderTest {

  @ParameterizedTest
  @ValueSource(longs = {0, 7, 9, 10, 99, 100, 101, 999, 1000, 99_999_999, 100_000_000,
      123_456_789, 100_000_000_000_000L, 999_999_999_999_999L, 1_000_000_000_000_000_000L,
      Long.MAX_VALUE})
  void digitsOfALongAreItsDecimalText(long value) {
    assertThat(new Utf8Builder(0).appendDigits(value).asciiString())
        .isEqualTo(Long.toString(value));
  }

  @Test
  void digitsOfRandomLongsOfEveryLengthAreTheirDecimalText() {
    SplittableRandom random = new SplittableRandom(7);
    Utf8Builder out = new Utf8Builder(0);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      long value = random.nextLong(Long.MAX_VALUE) >>> random.nextInt(63);
      out.appendDigits(value).append(',');
      expected.append(value).append(',');
    }
    assertThat(out.asciiString()).isEqualTo(expected.toString());
  }

  @Test
  void aByteAlreadyAppendedCanBeReplacedButNoneBeyondTheEnd() {
    Utf8Builder out = new Utf8Builder(16).append("105");
    out.setByteAt(0, (byte) '.');
    assertThat(out.asciiString()).isEqualTo(".05");
    assertThatThrownBy(() -> out.setByteAt(3, (byte) '0'))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void fifteenDigitsAreTheDecimalTextOfLongsFromTenToTheFourteenToBelowTenToTheFifteen() {
    SplittableRandom random = new SplittableRandom(11);
    Utf8Builder out = new Utf8Builder(0);
    StringBuilder expected = new StringBuilder();
    long low = 100_000_000_000_000L;
    for (long value : new long[] {low, low + 1, 10 * low - 1, 123_456_789_012_345L}) {
      out.appendFifteenDigits(value).append(',');
      expected.append(value).append(',');
    }
    for (int i = 0; i < 100_000; i++) {
      long value = random.nextLong(low, 10 * low);
      out.appendFifteenDigits(value).append(',');
      expected.append(value).append(',');
    }
    assertThat(out.asciiString()).isEqualTo(expected.toString());
  }

  @Test
  void textThatIsNotAsciiIsEncodedAsUtf8FromTheFirstSuchCharacterOn() {
    String text = "id Zoë 😀 ok";
    assertThat(new Utf8Builder(1).append(text).toByteArray())
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(new Utf8Builder(1).append(text, 3, 6).toString()).isEqualTo("Zoë");
  }

  @Test
  void bytesCanBeCopiedFromItselfAndInsertedWhileGrowing() {
    Utf8Builder out = new Utf8Builder(1).append("-3.2,");
    out.appendCopy(out, 1, 4).append(',').appendCopy(new Utf8Builder(0).append("xyz"), 0, 2);
    out.insert(0, "0.000", 2);
    out.truncate(out.length() - 1);
    assertThat(out.asciiString()).isEqualTo("0.-3.2,3.2,x");
  }
}
