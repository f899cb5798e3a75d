package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which rows the scanner reads itself and which it leaves to Jackson. That both read the same rows
 * alike is {@link InputRowsEquivalenceTest}'s and {@code InputRowsFuzzTest}'s business.
 */
class RowScannerTest {

  @ParameterizedTest
  @ValueSource(strings = {"7,A,3\n", "7,A,3\r\n", "\"7\",\"A\",\"3\"\n", "\"a,b\",\"say \"\"hi\"\"\",\n",
      "Zoë,Łukasz,3\n", "\"José, 😀\",x,\n", "7,A,3"})
  void plainRowsInUtf8AreReadByTheScanner(String row) {
    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
    assertThat(new RowScanner(',').scan(bytes, 0, bytes.length, true)).isEqualTo(bytes.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7,A\r3\n", "\"two\nlines\",x\n", "ab\"c,x\n", "\"ab\"c,x\n", "\"open,x\n",
      "7,\u0000,3\n"})
  void rowsThatAreNotPlainAreLeftToJackson(String row) {
    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
    assertThat(new RowScanner(',').scan(bytes, 0, bytes.length, true))
        .isEqualTo(RowScanner.OUTSIDE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C3 28", "ED A0 80", "E0 80 80", "F4 90 80 80", "C0 AF", "FF", "80"})
  void malformedUtf8IsLeftToJacksonWhichReportsIt(String hex) {
    byte[] bytes = bytes("7,x" + hex.replace(" ", "") + ",3\n");
    assertThat(new RowScanner(',').scan(bytes, 0, bytes.length, true))
        .isEqualTo(RowScanner.OUTSIDE);
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 6})
  void aCharacterCutByTheEndOfTheBufferNeedsMoreBytes(int cut) {
    byte[] bytes = "7,x😀,3\n".getBytes(StandardCharsets.UTF_8); // the emoji is bytes 3 to 6
    assertThat(new RowScanner(',').scan(Arrays.copyOf(bytes, cut), 0, cut, false))
        .isEqualTo(RowScanner.NEED_MORE);
    assertThat(new RowScanner(',').scan(Arrays.copyOf(bytes, cut), 0, cut, true))
        .isEqualTo(RowScanner.OUTSIDE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,2,3,4\n", "1,2,,4\n", "1,2,3,\n", "1,2,\"3\",4\n", "1,2,34,5\r\n"})
  void rowsOfOneByteCellsAreTheSameCellsWhereverTheBufferEnds(String row) {
    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
    RowScanner whole = new RowScanner(',');
    assertThat(whole.scan(bytes, 0, bytes.length, true)).isEqualTo(bytes.length);
    Group.Row expected = whole.row(1, bytes, null);
    for (int cut = 0; cut < bytes.length; cut++) {
      // Cut before the end, the row needs more bytes; if the file ended there, the cells so far.
      RowScanner scanner = new RowScanner(',');
      assertThat(scanner.scan(bytes, 0, cut, false)).as("cut at %d", cut)
          .isEqualTo(RowScanner.NEED_MORE);
    }
    for (int from = 0; from < 3; from++) {
      byte[] shifted = new byte[from + bytes.length];
      System.arraycopy(bytes, 0, shifted, from, bytes.length);
      RowScanner scanner = new RowScanner(',');
      assertThat(scanner.scan(shifted, from, shifted.length, false)).isEqualTo(shifted.length);
      assertThat(scanner.row(1, shifted, null).fields()).containsExactly(expected.fields());
    }
  }

  /** ASCII with hex bytes after "7,x": "7,xC328,3\n" gives 7 , x C3 28 , 3 LF. */
  private static byte[] bytes(String text) {
    int hexStart = 3;
    int hexEnd = text.indexOf(',', hexStart);
    String hex = text.substring(hexStart, hexEnd);
    byte[] middle = new byte[hex.length() / 2];
    for (int i = 0; i < middle.length; i++) {
      middle[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    byte[] head = text.substring(0, hexStart).getBytes(StandardCharsets.US_ASCII);
    byte[] tail = text.substring(hexEnd).getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(head, head.length + middle.length + tail.length);
    System.arraycopy(middle, 0, all, head.length, middle.length);
    System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
    return all;
  }
}
