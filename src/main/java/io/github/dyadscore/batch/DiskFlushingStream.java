package io.github.dyadscore.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A staged output file that is flushed to disk in the background while it is written, so that
 * the {@code fsync} of {@link OutputFiles#commit()} waits only for the last few megabytes.
 *
 * <p>Why: the commit must have every staged file on disk before its journal is written. A batch
 * run writes hundreds of megabytes, and the kernel keeps them in memory until a flush asks for
 * them: flushed only at the commit, they all go to the disk after the last row was scored, and the
 * run waits for it (about 1.5 s for the 520 MB of a million couples on the benchmark machine).
 * Flushed every {@value #FLUSH_EVERY_BYTES} bytes by a thread of its own, the disk works while the
 * scoring threads do.
 *
 * <p>A background flush that fails (a full disk, say) fails the next write, so the run stops early
 * with the cause. The flushing thread is never interrupted: an interrupt would close the channel.
 * Not thread-safe: one writing thread per file, as everywhere in a run.
 */
final class DiskFlushingStream extends OutputStream {

  /** How many bytes are written between two background flushes. */
  static final long FLUSH_EVERY_BYTES = 16L << 20;

  /** One thread for all runs of the process, gone after a second without work. */
  private static final ThreadPoolExecutor FLUSHER = new ThreadPoolExecutor(0, 1, 1,
      TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "dyadscore-disk-flush");
        thread.setDaemon(true);
        return thread;
      });

  private final FileChannel channel;
  private final OutputStream out;
  private long unflushed;
  private @Nullable Future<?> flushing;

  DiskFlushingStream(FileChannel channel) {
    this.channel = channel;
    this.out = Channels.newOutputStream(channel);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    unflushed += len;
    if (unflushed >= FLUSH_EVERY_BYTES && (flushing == null || flushing.isDone())) {
      if (flushing != null) {
        await(flushing); // throws the cause of a failed flush
      }
      unflushed = 0;
      flushing = FLUSHER.submit(() -> {
        channel.force(false);
        return null;
      });
    }
  }

  /**
   * Waits for the background flush, then flushes the rest of the file with its metadata: when
   * this returns, everything written is on disk.
   */
  void force() throws IOException {
    if (flushing != null) {
      await(flushing);
    }
    channel.force(true);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static void await(Future<?> flush) throws IOException {
    try {
      flush.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while flushing an output to disk");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }
}
