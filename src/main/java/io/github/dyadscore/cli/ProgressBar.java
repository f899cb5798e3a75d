package io.github.dyadscore.cli;

import io.github.dyadscore.batch.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn with a carriage return, at most five times a second. Shows the
 * share done and the rows read, never any answer. Used only when stderr is a terminal.
 */
final class ProgressBar implements ProgressListener {

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
    double fraction = progress.fraction();
    int filled = (int) Math.round(fraction * WIDTH);
    err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%%  pass %d/%d  %,d rows",
        "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100),
        progress.pass(), progress.passes(), progress.rowsRead()));
    err.flush();
  }

  /** Clears the bar so that the summary line starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }
}
