package io.github.dyadscore.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

  private record Pending(String name, Path temp, Writer writer) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path folder;
  private final List<Pending> pending = new ArrayList<>();
  private boolean committed;

  OutputFiles(Path folder) {
    this.folder = folder;
  }

  /** Opens a UTF-8 writer (no byte order mark, LF line ends) for an output file. */
  Writer open(String name) throws IOException {
    // Not Files.createTempFile: its owner-only permissions would carry over to the result.
    Path temp = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    Writer writer = new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        StandardCharsets.UTF_8), 1 << 16);
    pending.add(new Pending(name, temp, writer));
    return writer;
  }

  void commit() throws IOException {
    for (Pending p : pending) {
      p.writer().close();
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
    committed = true;
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Pending p : pending) {
      try {
        p.writer().close();
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
