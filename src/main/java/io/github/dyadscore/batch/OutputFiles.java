package io.github.dyadscore.batch;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The output files of one run, committed to the output folder as one set.
 *
 * <p><b>Design.</b> A run first takes the folder's lock ({@value #LOCK}, an operating-system lock
 * that dies with the process, so a killed run never blocks the next one) and refuses to start when
 * another run holds it. Under the lock it completes or removes what an earlier, killed run left
 * behind (see below). Every output is written into a staging folder inside the output folder
 * ({@code .dyadscore-staging-<random>}, on the same file system, so that moving a file out of it is
 * a rename). {@link #commit()} then:
 *
 * <ol>
 *   <li>when the run asked for it ({@link BatchOptions#syncToDisk()}), flushes every staged file
 *       to disk ({@code fsync}; most of each is already there, as {@link DiskFlushingStream}
 *       flushes while the run writes), then the staging folder;
 *   <li>writes the commit journal {@value #JOURNAL} (to a temporary name, flushed, then renamed:
 *       the journal exists whole or not at all) naming the staging folder, the files to move in
 *       order, the earlier outputs of the same kind that this run does not write (to delete) and
 *       the seal, the file moved last;
 *   <li>applies the journal: removes the earlier seal, deletes the earlier outputs this run does
 *       not write (so a rerun with fewer outputs, such as {@code --scales-only} after {@code
 *       --reports}, leaves no item-level file of the earlier run), renames each staged file into
 *       place, the seal last, and removes the staging folder and the journal.
 * </ol>
 *
 * <p><b>What is atomic (POSIX).</b> Each rename replaces one file atomically: a reader sees the old
 * file or the new one, never a cut file. Replacing a set of files is not atomic on any POSIX file
 * system; the journal makes it all-or-nothing across crashes instead: a run killed before the
 * journal exists leaves the earlier set untouched (the staging folder is deleted by the next run),
 * one killed while applying it leaves the journal, and the next run into the folder (or {@code
 * reliability} run) completes the moves before it starts, because every staged file was written
 * before the journal was. The seal is removed first and moved last, so <em>a folder that holds the
 * seal and no journal holds one complete set</em>. Ctrl-C and SIGTERM run a shutdown hook that
 * deletes the staging folder, or, when the commit has begun, lets it finish. The lock is advisory
 * and needs a local file system (it may not hold on NFS).
 *
 * <p><b>Process death and power failure.</b> Whatever ends the process (kill -9, a full disk, an
 * error) leaves what it wrote in the operating system's page cache, so the above holds without any
 * {@code fsync}. A power failure or a crash of the operating system can lose what the system had
 * not yet written to disk; only a run with {@link BatchOptions#syncToDisk()} flushes every file,
 * the journal and the folders before the journal counts, so that its set survives that too. The
 * flush waits for the whole output to reach the disk before the run ends, which made a run of a
 * million couples up to a third slower on our machine: it is opt-in, as no statistics package's
 * writer ({@code write.csv}, {@code fwrite}, {@code to_csv}) flushes either.
 *
 * <p>Not thread-safe except for the shutdown hook, which is synchronized with {@link #commit()}.
 */
final class OutputFiles implements Closeable {

  /** The outputs one kind of run manages, in commit order; the last one is the seal. */
  record Family(List<String> names) {
    Family {
      names = List.copyOf(names);
    }

    String seal() {
      return names.get(names.size() - 1);
    }
  }

  static final String LOCK = ".dyadscore.lock";
  static final String JOURNAL = ".dyadscore-commit";
  static final String STAGING_PREFIX = ".dyadscore-staging-";

  private static final String JOURNAL_HEADER = "dyadscore commit 1";
  private static final Pattern STAGING = Pattern.compile("\\.dyadscore-staging-[0-9a-f]{16}");
  private static final Pattern OUTPUT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** Temporary files of dyadscore 0.1, which wrote each output beside its final name. */
  private static final Pattern OLD_TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Told of each step of a commit ({@code "journaled"}, then {@code "moved <name>"}, also when a
   * journal left by a killed run is completed), so that a test can stop a child process at a
   * chosen step and kill it there. Runs use {@link #NONE}.
   */
  @FunctionalInterface
  interface Steps {
    void reached(String step);
  }

  /** Steps nobody listens to. */
  static final Steps NONE = step -> {};

  private enum State { OPEN, COMMITTING, COMMITTED, ABANDONED }

  /** A staged output; {@code disk} is null unless the run flushes to disk. */
  private record Pending(String name, @Nullable DiskFlushingStream disk, OutputStream out) {}

  private final Path folder;
  private final Family family;
  private final Path staging;
  private final FolderLock lock;
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  /** Outputs of several files (the HTML pages) staged in their own folder, moved after the set. */
  private final List<Staged> staged = new ArrayList<>();
  private final Thread hook;
  private final Steps steps;
  /** Whether the commit flushes every file and folder to disk first ({@code fsync}). */
  private final boolean sync;
  private State state = State.OPEN;
  /** Set once the journal is in place: from then on the staging folder belongs to the journal. */
  private boolean journaled;

  private OutputFiles(Path folder, Family family, FolderLock lock, Steps steps, boolean sync)
      throws IOException {
    this.folder = folder;
    this.steps = steps;
    this.sync = sync;
    this.family = family;
    this.lock = lock;
    this.staging = folder.resolve(STAGING_PREFIX
        + HexFormat.of().toHexDigits(RANDOM.nextLong()));
    Files.createDirectory(staging);
    this.hook = new Thread(this::abandon, "dyadscore-output-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Takes the folder's lock, completes or cleans up what a killed run left, and opens a staging
   * folder.
   *
   * @param folder the output folder, created if missing
   * @param family the outputs this kind of run writes
   * @throws OutputFolderBusyException when another run holds the folder's lock
   * @throws IOException when the folder cannot be prepared
   */
  static OutputFiles begin(Path folder, Family family) throws IOException {
    return begin(folder, family, NONE, false);
  }

  /**
   * As {@link #begin(Path, Family)}, telling {@code steps} of each step of the commits.
   *
   * @param sync whether the commit first flushes every staged file, the journal and the folders
   *     to disk ({@code fsync}), so that the set also survives a power failure or a crash of the
   *     operating system; without it the guarantees hold against whatever ends the process
   */
  static OutputFiles begin(Path folder, Family family, Steps steps, boolean sync)
      throws IOException {
    Files.createDirectories(folder);
    FolderLock lock = FolderLock.take(folder);
    try {
      recover(folder, steps);
      return new OutputFiles(folder, family, lock, steps, sync);
    } catch (IOException | RuntimeException | Error e) {
      lock.release();
      throw e;
    }
  }

  /**
   * An output of several files (the HTML pages of {@code --html-reports}), staged in a folder of
   * its own beside its destination, that moves into place once the set has committed.
   */
  interface Staged {
    /** Moves the staged files into place; called by {@link #commit()} after the set's moves. */
    void commit() throws IOException;

    /** Deletes the staged files; called when the set is abandoned or a later staged move fails. */
    void abort();
  }

  /** Registers a staged output to commit or abort with these files. */
  synchronized void onCommit(Staged output) {
    staged.add(output);
  }

  /**
   * Opens an output file of the family; what is written to it must be UTF-8 without a byte order
   * mark, with LF line ends.
   */
  synchronized OutputStream open(String name) throws IOException {
    if (!family.names().contains(name) || pending.containsKey(name)) {
      throw new IllegalArgumentException("not an output of this run: " + name);
    }
    checkOpen();
    FileChannel channel = FileChannel.open(staging.resolve(name), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    DiskFlushingStream disk = sync ? new DiskFlushingStream(channel) : null;
    // Chunks of text arrive in blocks larger than the buffer and go straight through.
    OutputStream out = new BufferedOutputStream(
        disk != null ? disk : Channels.newOutputStream(channel), 1 << 16);
    pending.put(name, new Pending(name, disk, out));
    return out;
  }

  /** Moves the whole set into place, as the class comment describes. */
  synchronized void commit() throws IOException {
    checkOpen();
    state = State.COMMITTING;
    for (Pending p : pending.values()) {
      p.out().flush();
      if (p.disk() != null) {
        p.disk().force();
      }
      p.out().close();
    }
    // Checked before anything is moved, so that an output that cannot be replaced leaves the
    // earlier set as it was.
    for (String name : pending.keySet()) {
      Path target = folder.resolve(name);
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        state = State.OPEN;
        throw new FileSystemException(target.toString(), null, "is a directory; expected a file "
            + "to replace or nothing, so no output was written");
      }
    }
    if (sync) {
      syncFolder(staging);
    }
    List<String> moves = family.names().stream().filter(pending::containsKey).toList();
    List<String> deletes = family.names().stream().filter(n -> !pending.containsKey(n))
        .filter(n -> Files.exists(folder.resolve(n), LinkOption.NOFOLLOW_LINKS)).toList();
    StringBuilder journal = new StringBuilder(JOURNAL_HEADER).append('\n')
        .append("staging ").append(staging.getFileName()).append('\n');
    moves.forEach(n -> journal.append("move ").append(n).append('\n'));
    deletes.forEach(n -> journal.append("delete ").append(n).append('\n'));
    journal.append("seal ").append(family.seal()).append('\n');
    Path temporary = folder.resolve(JOURNAL + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(
          journal.toString().getBytes(StandardCharsets.UTF_8)));
      if (sync) {
        channel.force(true);
      }
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    move(temporary, folder.resolve(JOURNAL));
    journaled = true;
    if (sync) {
      syncFolder(folder);
    }
    steps.reached("journaled");
    // From here on the set is committed: if this process dies, the next run completes it.
    apply(folder, new Journal(staging.getFileName().toString(), moves, deletes, family.seal()),
        steps);
    state = State.COMMITTED;
    for (int i = 0; i < staged.size(); i++) {
      try {
        staged.get(i).commit();
      } catch (IOException | RuntimeException e) {
        staged.subList(i, staged.size()).forEach(Staged::abort);
        throw e;
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (state != State.COMMITTED && state != State.ABANDONED && !journaled) {
        discard();
        state = State.ABANDONED;
      }
      if (state == State.COMMITTING && journaled) {
        // the set is completed by the next run; the pages staged beside it are not
        staged.forEach(Staged::abort);
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs (or ran) anyway
      }
      lock.release();
    }
  }

  /** The shutdown hook: Ctrl-C or SIGTERM before the commit removes what was written. */
  private synchronized void abandon() {
    if (state == State.OPEN || state == State.COMMITTING) {
      // COMMITTING cannot be seen here (commit holds the monitor) unless it failed part-way;
      // a journal written by then is completed by the next run.
      if (!journaled) {
        discard();
      }
      state = State.ABANDONED;
      lock.release();
    }
  }

  private void checkOpen() throws IOException {
    if (state != State.OPEN) {
      throw new IOException(folder + ": the run was stopped; no output was replaced");
    }
  }

  private void discard() {
    for (Staged s : staged) {
      s.abort();
    }
    for (Pending p : pending.values()) {
      try {
        p.out().close();
      } catch (IOException ignored) {
        // the file is deleted anyway
      }
    }
    deleteTree(staging);
  }

  // ---------------------------------------------------------------- the journal

  private record Journal(String staging, List<String> moves, List<String> deletes, String seal) {

    static Journal parse(Path file, List<String> lines) throws IOException {
      if (lines.isEmpty() || !lines.get(0).equals(JOURNAL_HEADER)) {
        throw unreadable(file);
      }
      String staging = null;
      String seal = null;
      List<String> moves = new ArrayList<>();
      List<String> deletes = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        int space = line.indexOf(' ');
        String key = space < 0 ? line : line.substring(0, space);
        String value = space < 0 ? "" : line.substring(space + 1);
        boolean name = OUTPUT_NAME.matcher(value).matches();
        switch (key) {
          case "staging" -> staging = STAGING.matcher(value).matches() ? value : null;
          case "move" -> moves.add(name ? value : null);
          case "delete" -> deletes.add(name ? value : null);
          case "seal" -> seal = name ? value : null;
          default -> throw unreadable(file);
        }
      }
      if (staging == null || seal == null || moves.contains(null) || deletes.contains(null)
          || !moves.contains(seal)) {
        throw unreadable(file);
      }
      return new Journal(staging, moves, deletes, seal);
    }

    private static IOException unreadable(Path file) {
      return new FileSystemException(file.toString(), null, "is not a commit journal of this "
          + "dyadscore version; expected it to be left by an interrupted run. Check the folder's "
          + "outputs, then delete the file and run again");
    }
  }

  /** Applies a journal; idempotent, so that a run killed part-way can be completed again. */
  private static void apply(Path folder, Journal journal, Steps steps) throws IOException {
    Path staging = folder.resolve(journal.staging());
    Path stagedSeal = staging.resolve(journal.seal());
    if (Files.exists(stagedSeal, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(folder.resolve(journal.seal()));
    }
    for (String name : journal.deletes()) {
      Files.deleteIfExists(folder.resolve(name));
    }
    for (String name : journal.moves()) {
      if (!name.equals(journal.seal())) {
        moveIfStaged(staging, folder, name, steps);
      }
    }
    syncFolder(folder);
    moveIfStaged(staging, folder, journal.seal(), steps);
    syncFolder(folder);
    deleteTree(staging);
    Files.deleteIfExists(folder.resolve(JOURNAL));
    syncFolder(folder);
  }

  private static void moveIfStaged(Path staging, Path folder, String name, Steps steps)
      throws IOException {
    Path source = staging.resolve(name);
    if (Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
      move(source, folder.resolve(name));
      steps.reached("moved " + name);
    }
  }

  /**
   * Completes an interrupted commit, then removes staging folders and temporary files of runs
   * that were killed before their commit.
   */
  private static void recover(Path folder, Steps steps) throws IOException {
    Path journal = folder.resolve(JOURNAL);
    if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
      apply(folder, Journal.parse(journal, Files.readAllLines(journal, StandardCharsets.UTF_8)),
          steps);
    }
    Files.deleteIfExists(folder.resolve(JOURNAL + ".tmp"));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (STAGING.matcher(name).matches()) {
          deleteTree(entry);
        } else if (OLD_TEMPORARY.matcher(name).matches()
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  // ---------------------------------------------------------------- file system helpers

  private static void move(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Flushes a folder's entries to disk where the platform allows (POSIX; not Windows). */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Windows cannot open a folder as a channel; its renames are journaled by NTFS.
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // best effort; the next run removes what is left
        }
      });
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // best effort; the next run removes what is left
    }
  }

  // ---------------------------------------------------------------- the lock

  /**
   * An operating-system lock on {@value #LOCK}. The file is deleted when the lock is released,
   * so that a finished run leaves nothing behind; a run that took the lock on a file another run
   * had just deleted notices that the name no longer leads to its file (the file holds each
   * holder's random token) and tries again.
   */
  private static final class FolderLock {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
      this.file = file;
      this.channel = channel;
      this.lock = lock;
    }

    static FolderLock take(Path folder) throws IOException {
      Path file = folder.resolve(LOCK);
      for (int attempt = 0; ; attempt++) {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
          lock = null;
        } catch (IOException e) {
          channel.close();
          throw e;
        }
        if (lock == null) {
          channel.close();
          throw new OutputFolderBusyException(folder);
        }
        byte[] token = (ProcessHandle.current().pid() + " "
            + HexFormat.of().toHexDigits(RANDOM.nextLong()) + "\n")
            .getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(token), 0);
        byte[] onDisk;
        try {
          onDisk = Files.readAllBytes(file);
        } catch (NoSuchFileException deleted) {
          onDisk = new byte[0];
        }
        if (java.util.Arrays.equals(onDisk, token)) {
          return new FolderLock(file, channel, lock);
        }
        lock.release();
        channel.close();
        if (attempt >= 100) {
          throw new OutputFolderBusyException(folder);
        }
      }
    }

    synchronized void release() {
      if (released) {
        return;
      }
      released = true;
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a lock file left behind is harmless: the next run takes it
      }
      try {
        lock.release();
        channel.close();
      } catch (IOException ignored) {
        // closing the channel releases the lock in any case
      }
    }
  }
}
