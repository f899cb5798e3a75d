package io.github.dyadscore.cli;

import io.github.dyadscore.batch.BatchInputException;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.internal.DefinitionText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Checks the files and folders a command line names before any work starts, so that a missing
 * file, a folder where a file belongs or a file where a folder belongs is a usage error in words,
 * and nothing is created by a run that is rejected. {@code -} names standard input.
 */
final class Arguments {

  /**
   * The longest line standard input may have: three bytes per character (the most UTF-8 needs
   * for one Java character) times the batch's row limit of 16 MiB characters.
   */
  static final long MAX_STDIN_LINE = 3L * 16 * 1024 * 1024;

  /** The argument that names standard input. */
  static final String STDIN = "-";

  private Arguments() {}

  static boolean isStdin(@Nullable Object argument) {
    return argument != null && STDIN.equals(argument.toString());
  }

  /**
   * Checks that {@code file} is a regular file this process may read.
   *
   * @param what what the file is, for the message: "input file", "answers file"
   * @throws CommandFailure a usage error when it does not exist or is a folder, an I/O error when
   *     it may not be read
   */
  static void checkReadableFile(Path file, String what) {
    if (Files.isDirectory(file)) {
      throw CommandFailure.usage("the " + what + " '" + file + "' is a folder; expected a file");
    }
    if (!Files.exists(file)) {
      Path parent = file.toAbsolutePath().getParent();
      String hint = parent != null && !Files.isDirectory(parent)
          ? " (there is no folder '" + parent + "')" : "";
      throw CommandFailure.usage("the " + what + " '" + file + "' does not exist" + hint);
    }
    if (!Files.isRegularFile(file)) {
      throw CommandFailure.usage("the " + what + " '" + file + "' is not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw CommandFailure.io("no permission to read the " + what + " '" + file + "'");
    }
  }

  /** Reads a small UTF-8 text file or standard input ({@code -}), checked as UTF-8. */
  static String readText(Path file, String what, Terminal terminal) throws IOException {
    String expected = what.equals("answers file") ? "a person's answers as JSON"
        : "a questionnaire definition";
    if (isStdin(file)) {
      return DefinitionText.read("stdin", terminal.stdin(), expected);
    }
    checkReadableFile(file, what);
    try (InputStream in = Files.newInputStream(file)) {
      return DefinitionText.read(file.toString(), in, expected);
    }
  }

  /** Fails when more than one of the arguments is {@code -}: standard input can be read once. */
  static void checkStdinOnce(Object... arguments) {
    int stdin = 0;
    for (Object argument : arguments) {
      stdin += isStdin(argument) ? 1 : 0;
    }
    if (stdin > 1) {
      throw CommandFailure.usage("'-' (standard input) is given " + stdin + " times; standard "
          + "input can be read only once, so name the other inputs as files");
    }
  }

  /**
   * A CSV input: the file itself, or standard input copied to a temporary file (the batch reads
   * its input twice with imputation, and shows progress by its size). Closing deletes the copy.
   */
  static final class CsvInput implements AutoCloseable {
    private final Path path;
    private final @Nullable Path tempFolder;

    private CsvInput(Path path, @Nullable Path tempFolder) {
      this.path = path;
      this.tempFolder = tempFolder;
    }

    /**
     * Opens the input.
     *
     * @param scorer checks the header of standard input as soon as its first line is copied, so
     *     that an endless stream that is not the expected CSV (such as {@code yes}) is rejected at
     *     once instead of being copied until the disk is full
     */
    static CsvInput open(Path argument, Terminal terminal, BatchScorer scorer)
        throws IOException {
      if (!isStdin(argument)) {
        checkReadableFile(argument, "input file");
        return new CsvInput(argument, null);
      }
      Path folder = Files.createTempDirectory("dyadscore-");
      // Named "stdin" so that messages say "stdin:12: ...".
      Path copy = folder.resolve("stdin");
      try {
        copyStdin(terminal.stdin(), copy, scorer);
      } catch (IOException | RuntimeException e) {
        deleteQuietly(folder);
        throw e;
      }
      return new CsvInput(copy, folder);
    }

    /**
     * Copies standard input, rejecting at once a NUL byte (no CSV text has one; {@code
     * /dev/zero} is nothing else) and a line so long that no row within the batch's row limit
     * could hold it, and checking the header once its line is complete.
     */
    private static void copyStdin(InputStream in, Path copy, BatchScorer scorer)
        throws IOException {
      byte[] buffer = new byte[1 << 16];
      long line = 1;
      long lineLength = 0;
      boolean headerChecked = false;
      int headerQuotes = 0;
      try (OutputStream out = Files.newOutputStream(copy)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          int headerEnd = -1;
          for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b == 0) {
              throw new BatchInputException("stdin", line, "the input holds a NUL byte, so it "
                  + "is not CSV text; expected a text file in UTF-8");
            }
            if (b == '\n') {
              if (line == 1 && headerEnd < 0) {
                headerEnd = i;
              }
              line++;
              lineLength = 0;
            } else if (++lineLength > MAX_STDIN_LINE) {
              throw new BatchInputException("stdin", line, String.format(Locale.ROOT, "line %d "
                  + "is longer than %,d bytes, more than any row may hold; expected CSV text",
                  line, MAX_STDIN_LINE));
            } else if (line == 1 && b == '"') {
              headerQuotes++;
            }
          }
          out.write(buffer, 0, n);
          // A header whose quotes are open at its line end goes on over lines: checked later.
          if (headerEnd >= 0 && !headerChecked && headerQuotes % 2 == 0) {
            headerChecked = true;
            out.flush();
            scorer.checkHeader(copy);
          }
        }
      }
    }

    Path path() {
      return path;
    }

    @Override
    public void close() {
      if (tempFolder != null) {
        deleteQuietly(tempFolder);
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a stray temporary file is harmless
    }
  }

  /**
   * An output folder checked before the run: it is a folder or can be made one, and this process
   * may write there. Remembers which folders the run will create, so that {@link #undoCreation}
   * removes them again (when still empty) after a run that failed.
   */
  static final class OutputFolder {
    private final Path folder;
    /** The folders that do not exist yet, outermost first. */
    private final List<Path> missing;

    private OutputFolder(Path folder, List<Path> missing) {
      this.folder = folder;
      this.missing = missing;
    }

    /**
     * Checks an output folder.
     *
     * @throws CommandFailure a usage error when it (or a folder it would be made in) is a file, an
     *     I/O error when it may not be written or created
     */
    static OutputFolder check(Path folder) {
      Path absolute = folder.toAbsolutePath().normalize();
      List<Path> missing = new ArrayList<>();
      Path existing = absolute;
      while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)
          && !Files.exists(existing)) {
        missing.add(0, existing);
        existing = existing.getParent();
      }
      if (existing == null) {
        throw CommandFailure.io("cannot create the output folder '" + folder + "': no part of "
            + "its path exists");
      }
      if (!Files.isDirectory(existing)) {
        throw CommandFailure.usage(missing.isEmpty()
            ? "the output folder '" + folder + "' is a file; name a folder (it is created if "
                + "missing)"
            : "cannot create the output folder '" + folder + "': '" + existing + "' is a file");
      }
      if (!Files.isWritable(existing)) {
        throw CommandFailure.io(missing.isEmpty()
            ? "no permission to write into the output folder '" + folder + "'"
            : "cannot create the output folder '" + folder + "': no permission to write into '"
                + existing + "'");
      }
      return new OutputFolder(folder, missing);
    }

    Path path() {
      return folder;
    }

    /** Removes the folders this run created, innermost first, as far as they are empty. */
    void undoCreation() {
      for (int i = missing.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(missing.get(i));
        } catch (IOException e) {
          return; // not empty (or not ours to remove): leave it and everything above it
        }
      }
    }
  }
}
