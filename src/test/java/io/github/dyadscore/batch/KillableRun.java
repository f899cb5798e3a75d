package io.github.dyadscore.batch;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A scoring run in a child JVM that {@link OutputSetTest} kills at a known point: it prints a line
 * to stdout when it gets there, then waits on stdin (which the test never writes), so that the
 * test kills it at that point and no sooner, without sleeping.
 *
 * <p>Arguments: input file, output folder, and where to stop: {@code writing} (the first progress
 * report, with output files staged) or {@code committing} (after the commit journal is on disk
 * and the first file was moved).
 */
public final class KillableRun {

  private KillableRun() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String stopAt = args[2];
    OutputFiles.Steps steps = step -> {
      if (stopAt.equals("committing") && step.equals("moved " + BatchScorer.COUPLES)) {
        stop("COMMITTING");
      }
    };
    BatchScorer scorer = new BatchScorer(Questionnaire.bundled("mutuality-security"),
        BatchOptions.builder().threads(1).with(BatchOptions.Output.REPORTS).build(), steps);
    boolean[] stopped = new boolean[1];
    scorer.run(input, out, progress -> {
      if (stopAt.equals("writing") && !stopped[0]) {
        stopped[0] = true;
        stop("WRITING");
      }
    });
    System.out.println("DONE");
  }

  private static void stop(String line) {
    System.out.println(line);
    System.out.flush();
    try {
      // Blocks until the test kills the process; the test never writes to stdin.
      System.in.read();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
