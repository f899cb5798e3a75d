package io.github.dyadscore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM for tests that kill or interrupt a run: it prints a line when it reaches the point
 * to be killed at, and the test waits for that line.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /** Starts {@code main} with the test class path and a small heap; its stderr is discarded. */
  public static Process start(Class<?> main, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[5 + args.length];
    command[0] = java;
    command[1] = "-Xmx128m";
    command[2] = "-cp";
    command[3] = System.getProperty("java.class.path");
    command[4] = main.getName();
    System.arraycopy(args, 0, command, 5, args.length);
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Reads the child's stdout up to the line {@code expected}; fails if it ends before. */
  public static void awaitLine(Process child, String expected) throws IOException {
    BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8));
    String line;
    while ((line = stdout.readLine()) != null) {
      if (line.equals(expected)) {
        return;
      }
    }
    throw new AssertionError("the child ended (exit " + waitQuietly(child) + ") before printing "
        + expected);
  }

  private static int waitQuietly(Process child) {
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * Whether this process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/self/status). A child
   * inherits an ignored signal and the JVM then installs no handler for it, so an interrupt
   * cannot be tested; false where it cannot be told.
   */
  public static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }
}
