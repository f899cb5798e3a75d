package io.github.dyadscore.cli;

import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * {@code dyadscore calibrate} in a child JVM that {@link CalibrateCommandTest} kills once the
 * temporary file of the result is complete and not yet moved: it prints {@code WRITTEN} there,
 * then blocks for good, so the test kills it at that point and no sooner, without sleeping.
 *
 * <p>Arguments: those of {@code calibrate}, without the command name.
 */
public final class KillableCalibrate {

  private KillableCalibrate() {}

  public static void main(String[] args) {
    CommandLine commandLine = Main.commandLine();
    CalibrateCommand calibrate = commandLine.getSubcommands().get("calibrate").getCommand();
    calibrate.steps = step -> {
      System.out.println(step.toUpperCase(java.util.Locale.ROOT));
      System.out.flush();
      try {
        // Blocks until the test kills the process, and keeps blocking while the shutdown hooks
        // run (not on stdin: the signal closes it, which would let the move race the hook).
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    String[] all = new String[args.length + 1];
    all[0] = "calibrate";
    System.arraycopy(args, 0, all, 1, args.length);
    System.out.println("DONE " + commandLine.execute(all));
  }
}
