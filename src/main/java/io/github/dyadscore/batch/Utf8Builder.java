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

  /** Appends the decimal digits of a non-negative long. */
  Utf8Builder appendDigits(long value) {
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    ensure(digits);
    long rest = value;
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    length += digits;
    return this;
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

  /** Cuts the content to its first {@code length} bytes. */
  void truncate(int length) {
    this.length = Math.min(length, this.length);
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
