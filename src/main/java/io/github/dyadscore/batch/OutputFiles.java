package io.github.dyadscore.batch;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The output files of one run. Each is written to a hidden temporary file in the output folder
 * and moved into place, atomically where the file system allows, only by {@link #commit()}; {@link
 * #close()} without a commit deletes the temporary files, so a failed run leaves earlier outputs
 * untouched. Not thread-safe.
 */
final class OutputFiles implements Closeable {

  private record Pending(String name, Path temp, OutputStream file) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path folder;
  private final List<Pending> pending = new ArrayList<>();
  private final List<Staged> staged = new ArrayList<>();
  private boolean committed;

  OutputFiles(Path folder) {
    this.folder = folder;
  }

  /**
   * Opens an output file; what is written to it must be UTF-8 without a byte order mark, with LF
   * line ends.
   */
  OutputStream open(String name) throws IOException {
    // Not Files.createTempFile: its owner-only permissions would carry over to the result.
    Path temp = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    // Chunks of text arrive in blocks larger than the buffer and go straight through.
    OutputStream file = new BufferedOutputStream(
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        1 << 16);
    pending.add(new Pending(name, temp, file));
    return file;
  }

  /** An output of several files, staged elsewhere, that moves into place with the others. */
  interface Staged {
    /** Moves the staged files into place; called by {@link #commit()}. */
    void commit() throws IOException;

    /** Deletes the staged files; called by {@link #close()} without a commit. */
    void abort();
  }

  /** Registers a staged output to commit or abort with these files. */
  void onCommit(Staged output) {
    staged.add(output);
  }

  void commit() throws IOException {
    for (Pending p : pending) {
      p.file().close();
    }

    // Checked before any move, so that one output that cannot be replaced leaves all earlier
    // outputs as they were rather than half of them replaced.
    for (Pending p : pending) {
      Path target = folder.resolve(p.name());
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(target.toString(), null, "is a directory; expected a file "
            + "to replace or nothing, so no output was written");
      }
    }
    for (Pending p : pending) {
      Path target = folder.resolve(p.name());
      try {
        Files.move(p.temp(), target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(p.temp(), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (Staged s : staged) {
      s.commit();
    }
    committed = true;
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Staged s : staged) {
      s.abort();
    }
    for (Pending p : pending) {
      try {
        p.file().close();
      } catch (IOException ignored) {
        // the file is deleted anyway
      }
      try {
        Files.deleteIfExists(p.temp());
      } catch (IOException ignored) {
        // best effort: a stray hidden .tmp file is harmless
      }
    }
  }
}
