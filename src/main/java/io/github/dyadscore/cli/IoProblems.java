package io.github.dyadscore.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Says in words what an {@link IOException} means: Java's own messages are often just a path
 * ({@code NoSuchFileException: results/x}) or the operating system's errno text.
 */
final class IoProblems {

  private IoProblems() {}

  /** The sentence printed after {@code dyadscore: } for an I/O failure. */
  static String describe(Throwable failure) {
    Throwable e = failure instanceof UncheckedIOException u && u.getCause() != null
        ? u.getCause() : failure;
    @Nullable String file = e instanceof FileSystemException fs ? fs.getFile() : null;
    String named = file == null ? "a file" : "'" + file + "'";
    @Nullable String reason = e instanceof FileSystemException fs ? fs.getReason()
        : e.getMessage();
    if (isDiskFull(reason) || isDiskFull(e.getMessage())) {
      return (file == null ? "a file could not be written" : "'" + file + "' could not be written")
          + ": the disk is full; free some space and run again (no output was replaced)";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied for " + named + detail(reason)
          + "; check that you may read the inputs and write into the output folder";
    }
    if (e instanceof NoSuchFileException) {
      return named + " does not exist" + detail(reason);
    }
    if (e instanceof NotDirectoryException) {
      return named + " is a file where a folder was expected";
    }
    if (e instanceof FileAlreadyExistsException) {
      return named + " is in the way: a file of that name already exists"
          + detail(reason);
    }
    if (e instanceof DirectoryNotEmptyException) {
      return named + " is a folder that is not empty where a file was expected";
    }
    if (e instanceof CharacterCodingException) {
      return "a file is not UTF-8 text; save it as UTF-8 and run again";
    }
    if (reason != null && reason.toLowerCase(Locale.ROOT).contains("is a directory")) {
      return named + " is a folder where a file was expected";
    }
    if (reason != null && reason.toLowerCase(Locale.ROOT).contains("not a directory")) {
      return named + ": a part of this path is a file where a folder was expected";
    }
    String what = file == null ? "a file could not be read or written"
        : "'" + file + "' could not be read or written";
    return what + (reason == null || reason.isBlank() ? " (" + e.getClass().getSimpleName() + ")"
        : ": " + reason);
  }

  private static String detail(@Nullable String reason) {
    return reason == null || reason.isBlank() ? "" : " (" + reason + ")";
  }

  /** ENOSPC on Linux and macOS, ERROR_DISK_FULL on Windows, EDQUOT (quota) likewise. */
  static boolean isDiskFull(@Nullable String message) {
    if (message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("no space left on device") || m.contains("not enough space on the disk")
        || m.contains("disk quota exceeded") || m.contains("disk full");
  }
}
