package io.github.dyadscore.batch;

import java.util.concurrent.ArrayBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * The table buffers of chunks already written, handed back to the scoring threads for the next
 * chunks. A run's output passes through these buffers once: without reuse every chunk would
 * allocate (and zero) its text anew, a fifth of all the memory a run allocates, and the garbage
 * collector would stop every thread for it more often. Holds a bounded number of buffer sets of
 * a bounded size, so that it keeps at most a few megabytes: a set beyond either bound (the chunks
 * of {@code --reports} can hold megabytes of JSON) is left to the garbage collector. Thread-safe.
 */
final class ChunkBuffers {

  /** The largest set kept, in bytes of capacity: several chunks of the default outputs. */
  static final int MAX_SET_BYTES = 1 << 20;

  private final ArrayBlockingQueue<Utf8Builder[]> spare;

  /** @param sets how many chunks' buffers to keep: about the chunks in flight at once */
  ChunkBuffers(int sets) {
    this.spare = new ArrayBlockingQueue<>(Math.max(1, sets));
  }

  /** A set of emptied buffers, or null when none is spare. */
  Utf8Builder @Nullable [] take() {
    Utf8Builder[] tables = spare.poll();
    if (tables != null) {
      for (Utf8Builder table : tables) {
        table.truncate(0);
      }
    }
    return tables;
  }

  /** Returns the buffers of a chunk whose text is written; nobody may use them afterwards. */
  void giveBack(Utf8Builder[] tables) {
    long bytes = 0;
    for (Utf8Builder table : tables) {
      bytes += table.capacity();
    }
    if (bytes <= MAX_SET_BYTES) {
      spare.offer(tables);
    }
  }
}
