package io.github.dyadscore.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes the calibrated definition of {@code calibrate}: whole or not at all, and without leaving
 * its temporary file behind.
 *
 * <p>The text goes to a hidden {@code .calibrated-*.json.tmp} beside the target, which is then
 * renamed over the target in one step, so a reader never sees half a definition. A failed write or
 * move deletes the temporary file; Ctrl-C or SIGTERM while it exists deletes it from a shutdown
 * hook. Only {@code kill -9} (or a crash of the machine) can leave one, and the next {@code
 * calibrate} into the same folder removes it: see {@link #removeLeftOvers}.
 *
 * <p>Not thread-safe; one instance per write.
 */
final class CalibratedFile {

  static final String PREFIX = ".calibrated-";
  static final String SUFFIX = ".json.tmp";

  /** Tells a test where the write is; it may block there so that the test can kill the process. */
  interface Steps {
    void reached(String step);
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private CalibratedFile() {}

  /**
   * A new empty file named as {@code Files.createTempFile} names them, but made with the
   * permissions any new file of the user gets (the umask), not {@code createTempFile}'s owner-only
   * ones: a calibrated definition is shared like the file it replaces.
   */
  private static Path newTemporary(Path folder) throws IOException {
    while (true) {
      Path file = folder.resolve(PREFIX + Long.toUnsignedString(RANDOM.nextLong()) + SUFFIX);
      try {
        return Files.createFile(file);
      } catch (FileAlreadyExistsException taken) {
        // drawn twice: another name
      }
    }
  }

  /**
   * Writes {@code text} as UTF-8 to {@code target}, replacing it, as the class comment describes.
   *
   * @param target an absolute path
   * @param runStarted when this run started; older left-overs in the folder are removed first
   * @param steps told "written" once the temporary file is complete and not yet moved
   */
  static void write(Path target, String text, FileTime runStarted, Steps steps)
      throws IOException {
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      // Checked first: the move's own error would name the temporary file, not the target.
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    Path folder = target.getParent();
    if (folder != null) {
      Files.createDirectories(folder);
      removeLeftOvers(folder, runStarted);
    }
    Temporary temporary = new Temporary();
    Thread hook = new Thread(temporary::abandon, "dyadscore-calibrate-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      temporary.created(newTemporary(folder));
      // Opened without CREATE: if the hook deleted the file meanwhile, this fails rather than
      // writing a new one that nobody deletes.
      try (FileChannel channel = FileChannel.open(temporary.path(), StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }
      steps.reached("written");
      temporary.moveTo(target);
    } finally {
      temporary.delete();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs (or ran) anyway
      }
    }
  }

  /**
   * The temporary file, shared by the writing thread and the shutdown hook. The hook and the move
   * take turns: once the hook has run, nothing is moved, so an interrupted calibrate leaves the
   * earlier result in place rather than a result it did not report.
   */
  private static final class Temporary {
    private @Nullable Path path;
    private boolean abandoned;

    synchronized void created(Path file) throws IOException {
      path = file;
      if (abandoned) {
        delete();
        throw new IOException("calibrate was stopped; nothing was written");
      }
    }

    synchronized Path path() {
      return java.util.Objects.requireNonNull(path);
    }

    synchronized void moveTo(Path target) throws IOException {
      if (abandoned) {
        throw new IOException("calibrate was stopped; nothing was written");
      }
      Files.move(path(), target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }

    synchronized void abandon() {
      abandoned = true;
      try {
        delete();
      } catch (IOException ignored) {
        // the process is ending; the next calibrate into this folder removes the file
      }
    }

    synchronized void delete() throws IOException {
      if (path != null) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * Deletes the {@code .calibrated-*.json.tmp} files in {@code folder} last changed before {@code
   * runStarted}: what an earlier, killed calibrate left.
   *
   * <p>Why the age and not every match: another calibrate into the same folder may be writing its
   * temporary file right now, and deleting it would make that run fail. Its file was changed after
   * this process started (it is written in one go just before its move) unless that run was
   * suspended between its last write and its move; a left-over of a killed run is older than
   * this process. Only regular files are deleted, never a link or folder of that name.
   */
  static void removeLeftOvers(Path folder, FileTime runStarted) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
      for (Path file : files) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                .compareTo(runStarted) < 0) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
