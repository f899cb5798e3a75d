package io.github.dyadscore.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF) without NUL bytes, which no CSV text holds but
 * binary files and UTF-16 text are full of, and counting bytes and lines, so that a bad byte is
 * reported with its exact line and its position in the line. Lines end with LF, CR LF or a lone
 * CR, as the CSV reader counts them (also inside quoted cells); neither byte occurs inside a
 * multi-byte sequence, so counting them on bytes gives the reader's lines. Not thread-safe.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

  /** Thrown (through whatever reads on top) at the first malformed byte. */
  static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;

    MalformedUtf8Exception(long line, boolean nul) {
      super((nul ? "NUL byte" : "invalid UTF-8") + " on line " + line);
      this.line = line;
    }
  }

  private long bytes;
  /** Line ends so far: LF, CR LF or a lone CR. */
  private long lineEnds;
  private boolean afterCr;
  /** Continuation bytes still expected in the current sequence. */
  private int pending;
  /** The allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
  private int nextLow = 0x80;
  private int nextHigh = 0xBF;
  private long failedLine;
  /** The position after the last line end: where the current line starts. */
  private long lineStart;
  /** The first byte of the current multi-byte sequence, and its position. */
  private int lead;
  private long leadPosition;
  private long failedColumn;
  private int failedByte;

  Utf8CheckingInputStream(InputStream in) {
    this(in, 0, 0);
  }

  /**
   * Checks a stream that continues a file, so that bad bytes are reported with the file's line and
   * position in the line, and {@link #bytesRead()} counts from the file's start.
   *
   * @param linesBefore the lines of the file before the stream's first byte: the stream starts a
   *     line, or continues the first line after a byte order mark
   * @param bytesBefore the bytes of the file before it
   */
  Utf8CheckingInputStream(InputStream in, long linesBefore, long bytesBefore) {
    super(in);
    this.lineEnds = linesBefore;
    this.bytes = bytesBefore;
    this.lineStart = linesBefore == 0 ? 0 : bytesBefore;
  }

  long bytesRead() {
    return bytes;
  }

  /** The line of the first malformed byte, or 0 when none was seen. */
  long failedLine() {
    return failedLine;
  }

  /** The position of the first malformed byte (or sequence) in its line, from 1. */
  long failedColumn() {
    return failedColumn;
  }

  /**
   * The first malformed byte: 0 for a NUL byte; for a sequence cut short (by a byte that does not
   * continue it or by the end of the file), the byte that starts the sequence.
   */
  int failedByte() {
    return failedByte;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (failedLine > 0) {
      throw new MalformedUtf8Exception(failedLine, failedByte == 0);
    }
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      if (pending > 0) {
        fail(lead, leadPosition);
      }
      return n;
    }
    for (int i = offset; i < offset + n; i++) {
      check(buffer[i] & 0xFF, bytes + i - offset);
    }
    bytes += n;
    return n;
  }

  private void check(int b, long position) throws MalformedUtf8Exception {
    if (pending > 0) {
      if (b < nextLow || b > nextHigh) {
        fail(lead, leadPosition);
      }
      pending--;
      nextLow = 0x80;
      nextHigh = 0xBF;
      return;
    }
    if (b == 0) {
      fail(b, position);
    } else if (b < 0x80) {
      if (b == '\r' || (b == '\n' && !afterCr)) {
        lineEnds++;
      }
      if (b == '\r' || b == '\n') {
        lineStart = position + 1;
      }
      afterCr = b == '\r';
      return;
    }
    afterCr = false;
    lead = b;
    leadPosition = position;
    pending = sequenceLength(b) - 1;
    if (pending < 0) {
      fail(b, position);
    }
    nextLow = firstContinuationLow(b);
    nextHigh = firstContinuationHigh(b);
  }

  /**
   * The length of the UTF-8 sequence a byte (0x80 or above) starts, or 0 when it starts none
   * (a continuation byte, or C0, C1, F5 to FF, which well-formed UTF-8 never holds).
   */
  static int sequenceLength(int lead) {
    return lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  /** The lowest allowed byte after a lead byte: no overlong three- or four-byte forms. */
  static int firstContinuationLow(int lead) {
    return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  }

  /** The highest allowed byte after a lead byte: no surrogates, nothing above U+10FFFF. */
  static int firstContinuationHigh(int lead) {
    return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  }

  private void fail(int b, long position) throws MalformedUtf8Exception {
    failedLine = lineEnds + 1;
    failedColumn = position - lineStart + 1;
    failedByte = b;
    throw new MalformedUtf8Exception(failedLine, b == 0);
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
