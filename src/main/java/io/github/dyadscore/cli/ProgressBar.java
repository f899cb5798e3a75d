package io.github.dyadscore.cli;

import io.github.dyadscore.batch.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn at most five times a second: a carriage
 * return, the bar, then ANSI "erase to end of line" ({@code ESC [ K}), so that a shorter frame
 * leaves nothing of a longer one behind. Shows the share done and the rows read, never any
 * answer. Drawn only when {@link ProgressOptions#showBar} says so: by default only on a terminal,
 * never into a redirected file.
 */
final class ProgressBar implements ProgressListener {

  /** Carriage return: back to the start of the line. */
  static final String RETURN = "\r";
  /** ANSI EL (erase in line, to its end), understood by every terminal emulator in use. */
  static final String CLEAR_TO_END = "\u001B[K";

  private static final int WIDTH = 30;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void progress(Progress progress) {
    long now = System.nanoTime();
    if (drawn && now - lastDraw < INTERVAL_NANOS && progress.bytesRead() < progress.bytesTotal()) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print(RETURN + frame(progress) + CLEAR_TO_END);
    err.flush();
  }

  /** The text of one frame, without the control characters. */
  static String frame(Progress progress) {
    double fraction = progress.fraction();
    int filled = (int) Math.round(fraction * WIDTH);
    return String.format(Locale.ROOT, "[%s%s] %3d%%  pass %d/%d  %,d rows",
        "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100),
        progress.pass(), progress.passes(), progress.rowsRead());
  }

  /** Clears the bar's line so that the summary line starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print(RETURN + CLEAR_TO_END);
      err.flush();
    }
  }
}
