package io.github.dyadscore.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable array of UTF-8 bytes that output lines are written into. Why not a {@code
 * StringBuilder}: the lines are almost all ASCII digits, and storing each one as a byte, with no
 * string and no encoding to make at the end, takes a good part off the cost of writing hundreds of
 * megabytes of numbers. Text that is not ASCII is encoded as UTF-8. Not thread-safe.
 */
final class Utf8Builder {

  /** "00", "01", ..., "99" as ASCII bytes. */
  private static final byte[] DIGIT_PAIRS = new byte[200];

  /** 10^k for k = 0..18; 10^18 is the largest power of ten below Long.MAX_VALUE. */
  private static final long[] POWERS_OF_TEN = new long[19];

  private static final long EIGHT_DIGITS = 100_000_000L;

  static {
    for (int i = 0; i < 100; i++) {
      DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
      DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
    POWERS_OF_TEN[0] = 1;
    for (int k = 1; k < POWERS_OF_TEN.length; k++) {
      POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
    }
  }

  private byte[] bytes;
  private int length;

  Utf8Builder(int capacity) {
    this.bytes = new byte[Math.max(capacity, 16)];
  }

  /** Appends an ASCII character; the caller makes sure it is one. */
  Utf8Builder append(char ascii) {
    if (length == bytes.length) {
      grow(1);
    }
    bytes[length++] = (byte) ascii;
    return this;
  }

  /** Appends a text, encoded as UTF-8. */
  Utf8Builder append(String text) {
    return append(text, 0, text.length());
  }

  /** Appends the characters {@code from} to {@code to} of a text, encoded as UTF-8. */
  Utf8Builder append(String text, int from, int to) {
    ensure(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        byte[] rest = text.substring(i, to).getBytes(StandardCharsets.UTF_8);
        ensure(rest.length);
        System.arraycopy(rest, 0, bytes, length, rest.length);
        length += rest.length;
        return this;
      }
      bytes[length++] = (byte) c;
    }
    return this;
  }

  /** Appends bytes {@code from} to {@code to} of a builder, which may be this one. */
  Utf8Builder appendCopy(Utf8Builder source, int from, int to) {
    ensure(to - from);
    System.arraycopy(source.bytes, from, bytes, length, to - from);
    length += to - from;
    return this;
  }

  /**
   * Appends the decimal digits of a non-negative long. The 15-digit numbers of a batch run make
   * this one of its hottest methods: the length comes from comparisons, and the digits two at a
   * time from a table, eight at a time in int arithmetic, so a 15-digit number costs 8 divisions
   * instead of 30.
   */
  Utf8Builder appendDigits(long value) {
    int digits = 1;
    while (digits < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[digits]) {
      digits++;
    }
    ensure(digits);
    int at = length + digits;
    long rest = value;
    while (rest >= EIGHT_DIGITS) {
      long high = rest / EIGHT_DIGITS;
      int low = (int) (rest - high * EIGHT_DIGITS);
      for (int pair = 0; pair < 4; pair++) {
        int quotient = low / 100;
        at = appendPair(at, low - quotient * 100);
        low = quotient;
      }
      rest = high;
    }
    int small = (int) rest;
    while (small >= 100) {
      int quotient = small / 100;
      at = appendPair(at, small - quotient * 100);
      small = quotient;
    }
    if (small >= 10) {
      appendPair(at, small);
    } else {
      bytes[at - 1] = (byte) ('0' + small);
    }
    length += digits;
    return this;
  }

  /**
   * Appends the 15 digits of 10^14 <= value < 10^15, the rounded significand of most numbers a
   * batch writes, with no length to find: seven digits from the high int, eight from the low.
   */
  Utf8Builder appendFifteenDigits(long value) {
    ensure(15);
    int high = (int) (value / EIGHT_DIGITS);
    int low = (int) (value - high * EIGHT_DIGITS);
    int at = length + 15;
    for (int pair = 0; pair < 4; pair++) {
      int quotient = low / 100;
      at = appendPair(at, low - quotient * 100);
      low = quotient;
    }
    for (int pair = 0; pair < 3; pair++) {
      int quotient = high / 100;
      at = appendPair(at, high - quotient * 100);
      high = quotient;
    }
    bytes[at - 1] = (byte) ('0' + high);
    length += 15;
    return this;
  }

  /** Writes the two digits of 0 <= pair < 100 just before {@code at}; returns the new start. */
  private int appendPair(int at, int pair) {
    bytes[at - 1] = DIGIT_PAIRS[2 * pair + 1];
    bytes[at - 2] = DIGIT_PAIRS[2 * pair];
    return at - 2;
  }

  /** Inserts the first {@code n} characters of an ASCII text at a position, moving what follows. */
  void insert(int at, String ascii, int n) {
    ensure(n);
    System.arraycopy(bytes, at, bytes, at + n, length - at);
    for (int i = 0; i < n; i++) {
      bytes[at + i] = (byte) ascii.charAt(i);
    }
    length += n;
  }

  int length() {
    return length;
  }

  /** The bytes it holds without growing. */
  int capacity() {
    return bytes.length;
  }

  /** Cuts the content to its first {@code length} bytes. */
  void truncate(int length) {
    this.length = Math.min(length, this.length);
  }

  /** Replaces a byte already appended. */
  void setByteAt(int index, byte value) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    bytes[index] = value;
  }

  byte byteAt(int index) {
    return bytes[index];
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  /** The content, which must be ASCII, as a string. */
  String asciiString() {
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private void ensure(int more) {
    if (bytes.length - length < more) {
      grow(more);
    }
  }

  private void grow(int more) {
    bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
  }
}
