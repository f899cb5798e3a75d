package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskFlushingStreamTest {

  private static final int BLOCK = 1 << 20;

  @TempDir Path dir;

  @Test
  void everythingWrittenIsInTheFileAfterForce() throws IOException {
    Path file = dir.resolve("out.csv");
    byte[] block = new byte[BLOCK];
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
        DiskFlushingStream out = new DiskFlushingStream(channel)) {
      for (int i = 0; i < 40; i++) { // 40 MB: two background flushes at least
        Arrays.fill(block, (byte) ('a' + i % 26));
        out.write(block, 0, block.length);
      }
      out.write('\n');
      out.force();
    }
    byte[] written = Files.readAllBytes(file);
    assertThat(written).hasSize(40 * BLOCK + 1);
    assertThat(written[0]).isEqualTo((byte) 'a');
    assertThat(written[39 * BLOCK]).isEqualTo((byte) ('a' + 39 % 26));
    assertThat(written[written.length - 1]).isEqualTo((byte) '\n');
  }

  @Test
  void aFailedBackgroundFlushFailsALaterWriteOrTheForce() throws IOException {
    FailingChannel channel = new FailingChannel();
    DiskFlushingStream out = new DiskFlushingStream(channel);
    byte[] block = new byte[BLOCK];
    assertThatThrownBy(() -> {
      for (int i = 0; i < 200; i++) {
        out.write(block, 0, block.length);
      }
      out.force();
    }).isInstanceOf(IOException.class).hasMessage("No space left on device");
    assertThat(channel.forces.get()).isPositive();
  }

  /** A channel that takes every byte and fails every flush, as a full disk may. */
  private static final class FailingChannel extends FileChannel {
    final AtomicInteger forces = new AtomicInteger();
    private long position;

    @Override
    public synchronized int write(ByteBuffer src) {
      int n = src.remaining();
      src.position(src.limit());
      position += n;
      return n;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      forces.incrementAndGet();
      throw new IOException("No space left on device");
    }

    @Override
    public int read(ByteBuffer dst) {
      return -1;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
      return -1;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      long n = 0;
      for (int i = offset; i < offset + length; i++) {
        n += write(srcs[i]);
      }
      return n;
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public FileChannel position(long newPosition) {
      position = newPosition;
      return this;
    }

    @Override
    public long size() {
      return position;
    }

    @Override
    public FileChannel truncate(long size) {
      return this;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
      return 0;
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
      return 0;
    }

    @Override
    public int read(ByteBuffer dst, long position) {
      return -1;
    }

    @Override
    public int write(ByteBuffer src, long position) {
      return write(src);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void implCloseChannel() {}
  }
}
