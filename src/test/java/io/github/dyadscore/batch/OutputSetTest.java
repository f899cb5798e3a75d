package io.github.dyadscore.batch;

import static io.github.dyadscore.ChildJvm.awaitLine;
import static io.github.dyadscore.ChildJvm.sigintIgnored;
import static io.github.dyadscore.batch.BatchTesting.read;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.dyadscore.ChildJvm;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.couple.Privacy;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's outputs are committed as one set: whatever stops a run, the folder holds one run's
 * complete set, the earlier or the new one. The kill tests run {@link KillableRun} in a child JVM
 * and kill it at a point it announces on stdout.
 */
class OutputSetTest {

  private static final Questionnaire MUTUALITY = Questionnaire.bundled("mutuality-security");
  private static final String ITEMS = "m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,"
      + "s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14";
  private static final String FOURS = ",4".repeat(28);
  // The input has no prediction columns, so no perception.csv.
  private static final List<String> DEFAULT_SET = List.of("couples.csv", "errors.csv",
      "pairwise.csv", "persons.csv", "summary.csv");

  @TempDir Path dir;

  // ---------------------------------------------------------------- fewer outputs, old files

  @Test
  void aScalesOnlyRerunAfterAFullRunLeavesNoItemLevelFileOfTheEarlierRun() throws IOException {
    Path input = small();
    Path out = dir.resolve("out");
    score(MUTUALITY, input, out, BatchOptions.builder().with(Output.ITEM_DIVERGENCES)
        .with(Output.REPORTS).build());
    assertThat(names(out)).contains("item-divergences.csv", "reports.jsonl");

    score(MUTUALITY, input, out, BatchOptions.builder().privacy(Privacy.SCALES_ONLY).build());

    assertThat(names(out)).containsExactlyElementsOf(DEFAULT_SET);
  }

  @Test
  void filesThatAreNotOutputsOfARunAreLeftAlone() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.writeString(out.resolve("reliability.csv"), "from a reliability run");

    score(MUTUALITY, small(), out, BatchOptions.defaults());

    assertThat(out.resolve("notes.txt")).hasContent("mine");
    assertThat(out.resolve("reliability.csv")).hasContent("from a reliability run");
  }

  // ---------------------------------------------------------------- the lock

  @Test
  void aSecondRunIntoAFolderInUseIsRefusedAndTouchesNothing() throws IOException {
    Path out = dir.resolve("out");
    score(MUTUALITY, small(), out, BatchOptions.defaults());
    Map<String, String> before = contents(out);

    try (OutputFiles first = OutputFiles.begin(out, BatchScorer.SCORE_OUTPUTS)) {
      first.open(BatchScorer.PERSONS).write("half".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> score(MUTUALITY, small(), out, BatchOptions.defaults()))
          .isInstanceOf(OutputFolderBusyException.class)
          .hasMessage(out + ": another dyadscore run is writing its outputs into this folder "
              + "(it holds .dyadscore.lock); wait until it ends, or choose another output folder");
      assertThatThrownBy(() -> new BatchScorer(MUTUALITY, BatchOptions.defaults())
          .reliability(small(), out, ProgressListener.NONE))
          .isInstanceOf(OutputFolderBusyException.class);
    }

    assertThat(contents(out)).isEqualTo(before);
    score(MUTUALITY, small(), out, BatchOptions.defaults());
    assertThat(names(out)).containsExactlyElementsOf(DEFAULT_SET);
  }

  // ---------------------------------------------------------------- left-overs

  @Test
  void leftOversOfAKilledRunAreRemovedByTheNextRun() throws IOException {
    Path out = dir.resolve("out");
    Path staging = out.resolve(".dyadscore-staging-0123456789abcdef");
    Files.createDirectories(staging);
    Files.writeString(staging.resolve("persons.csv"), "couple,partner\nhalf");
    Files.writeString(out.resolve(".persons.csv.1f2e3d4c5b6a7988.tmp"), "from dyadscore 0.1");
    Files.writeString(out.resolve(".dyadscore.lock"), "4242 deadbeef\n");

    score(MUTUALITY, small(), out, BatchOptions.defaults());

    assertThat(names(out)).containsExactlyElementsOf(DEFAULT_SET);
  }

  @Test
  void aCommitInterruptedAfterItsJournalIsCompletedByTheNextRunBeforeItStarts()
      throws IOException {
    Path out = dir.resolve("out");
    score(MUTUALITY, small(), out, BatchOptions.builder().with(Output.REPORTS).build());
    // What a run killed after its journal and its first move leaves: persons.csv already new,
    // the rest still staged, reports.jsonl of the earlier run still there.
    Path staging = out.resolve(".dyadscore-staging-00000000000000ff");
    Files.createDirectories(staging);
    StringBuilder journal = new StringBuilder("dyadscore commit 1\n"
        + "staging .dyadscore-staging-00000000000000ff\n");
    for (String name : DEFAULT_SET) {
      journal.append("move ").append(name).append('\n');
      if (!name.equals("persons.csv")) {
        Files.writeString(staging.resolve(name), "new " + name);
      }
    }
    journal.append("delete reports.jsonl\nseal summary.csv\n");
    Files.writeString(out.resolve("persons.csv"), "new persons.csv");
    Files.writeString(out.resolve(".dyadscore-commit"), journal);

    OutputFiles.begin(out, BatchScorer.SCORE_OUTPUTS).close();

    assertThat(names(out)).containsExactlyElementsOf(DEFAULT_SET);
    for (String name : DEFAULT_SET) {
      assertThat(out.resolve(name)).hasContent("new " + name);
    }
    assertThat(hidden(out)).isEmpty();
  }

  @Test
  void aJournalThatIsNotOursStopsTheRunWithoutTouchingAnything() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve(".dyadscore-commit"), "dyadscore commit 1\nmove ../../etc\n");

    assertThatThrownBy(() -> score(MUTUALITY, small(), out, BatchOptions.defaults()))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(out.resolve(".dyadscore-commit") + ": is not a commit journal of this "
            + "dyadscore version; expected it to be left by an interrupted run. Check the "
            + "folder's outputs, then delete the file and run again");
    assertThat(names(out)).isEmpty();
  }

  // ---------------------------------------------------------------- flushing to disk

  @Test
  void flushingToDiskIsOffByDefaultAndKeptByToBuilder() {
    assertThat(BatchOptions.defaults().syncToDisk()).isFalse();
    BatchOptions synced = BatchOptions.builder().syncToDisk(true).build();
    assertThat(synced.syncToDisk()).isTrue();
    assertThat(synced.toBuilder().build()).isEqualTo(synced);
  }

  @Test
  void aRunThatFlushesToDiskCommitsTheSameSetAsOneThatDoesNot() throws IOException {
    Path input = big();
    Path plain = dir.resolve("plain");
    Path synced = dir.resolve("synced");
    score(MUTUALITY, input, plain, BatchOptions.defaults());
    // Twice: the second run replaces a committed set, with every fsync of the commit.
    score(MUTUALITY, input, synced, BatchOptions.builder().syncToDisk(true).build());
    score(MUTUALITY, input, synced, BatchOptions.builder().syncToDisk(true).build());

    assertThat(contents(synced)).isEqualTo(contents(plain));
    assertThat(hidden(synced)).isEqualTo(hidden(plain));
  }

  @Test
  void reliabilityFlushesToDiskWhenAsked() throws IOException {
    Path plain = dir.resolve("plain");
    Path synced = dir.resolve("synced");
    new BatchScorer(MUTUALITY, BatchOptions.defaults())
        .reliability(small(), plain, ProgressListener.NONE);
    new BatchScorer(MUTUALITY, BatchOptions.builder().syncToDisk(true).build())
        .reliability(small(), synced, ProgressListener.NONE);

    assertThat(contents(synced)).isEqualTo(contents(plain));
  }

  // ---------------------------------------------------------------- reliability

  @Test
  void reliabilityOutputsAreCommittedAsASetToo() throws IOException {
    Path out = dir.resolve("out");
    BatchScorer scorer = new BatchScorer(MUTUALITY, BatchOptions.defaults());
    scorer.reliability(small(), out, ProgressListener.NONE);
    String earlierScales = read(out.resolve("reliability.csv"));
    // reliability.csv is the seal and moves last; its partner cannot be replaced.
    Files.delete(out.resolve("reliability-items.csv"));
    Files.createDirectories(out.resolve("reliability-items.csv"));

    assertThatThrownBy(() -> scorer.reliability(small(), out, ProgressListener.NONE))
        .isInstanceOf(FileSystemException.class);

    assertThat(read(out.resolve("reliability.csv"))).isEqualTo(earlierScales);
    assertThat(names(out)).containsExactly("reliability-items.csv", "reliability-kappa.csv",
        "reliability.csv");
  }

  @Test
  void reliabilityNumbersAreWrittenAsRWritesThem() throws IOException {
    Path out = dir.resolve("out");
    Path input = dir.resolve("varied.csv");
    BatchScorerTest.writeSyntheticLongFile(input, 40);

    new BatchScorer(MUTUALITY, BatchOptions.defaults()).reliability(input, out,
        ProgressListener.NONE);

    String text = read(out.resolve("reliability.csv"))
        + read(out.resolve("reliability-items.csv"));
    for (String cell : text.split("[,\n]")) {
      if (cell.matches("-?[0-9.]+(e-?[0-9]+)?")) {
        String digits = cell.replaceFirst("e.*", "").replaceAll("[^0-9]", "");
        assertThat(digits.replaceFirst("^0+", "").length())
            .as(cell).isLessThanOrEqualTo(15);
      }
    }
  }

  // ---------------------------------------------------------------- killed processes

  @Test
  void sigtermWhileWritingRemovesTheStagedFilesAndKeepsTheEarlierSet() throws Exception {
    Path out = dir.resolve("out");
    score(MUTUALITY, small(), out, BatchOptions.defaults());
    Map<String, String> before = contents(out);
    Process child = start(big(), out, "writing");
    awaitLine(child, "WRITING");
    assertThat(hidden(out)).isNotEmpty();

    child.destroy(); // SIGTERM on POSIX
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).isNotZero().isNotEqualTo(1);
    assertThat(contents(out)).isEqualTo(before);
    assertThat(hidden(out)).isEmpty();
  }

  @Test
  void ctrlCWhileWritingRemovesTheStagedFilesAndKeepsTheEarlierSet() throws Exception {
    assumeThat(File.separatorChar).as("POSIX kill").isEqualTo('/');
    assumeThat(sigintIgnored()).as("SIGINT is ignored in this JVM, so also in its children "
        + "(a build started in the background by a shell without job control); Ctrl+C cannot "
        + "reach the child then").isFalse();
    Path out = dir.resolve("out");
    score(MUTUALITY, small(), out, BatchOptions.defaults());
    Map<String, String> before = contents(out);
    Process child = start(big(), out, "writing");
    awaitLine(child, "WRITING");

    assertThat(new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start()
        .waitFor()).isZero();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).isEqualTo(130);
    assertThat(contents(out)).isEqualTo(before);
    assertThat(hidden(out)).isEmpty();
  }

  @Test
  void killMinus9WhileWritingKeepsTheEarlierSetAndTheNextRunCleansUp() throws Exception {
    Path out = dir.resolve("out");
    score(MUTUALITY, small(), out, BatchOptions.defaults());
    Map<String, String> before = contents(out);
    Process child = start(big(), out, "writing");
    awaitLine(child, "WRITING");

    child.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(contents(out)).isEqualTo(before);
    assertThat(hidden(out)).anyMatch(name -> name.startsWith(".dyadscore-staging-"));
    score(MUTUALITY, small(), out, BatchOptions.defaults());
    assertThat(names(out)).containsExactlyElementsOf(DEFAULT_SET);
  }

  @Test
  void killMinus9InTheMiddleOfTheCommitIsCompletedByTheNextRun() throws Exception {
    Path out = dir.resolve("out");
    score(MUTUALITY, small(), out, BatchOptions.builder().with(Output.ITEM_DIVERGENCES)
        .build());
    Path input = big();
    Process child = start(input, out, "committing");
    awaitLine(child, "COMMITTING");
    child.destroyForcibly();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // Half moved: the earlier summary.csv is gone (removed first), a journal says what is left.
    assertThat(names(out)).doesNotContain("summary.csv", "item-divergences.csv");
    assertThat(hidden(out)).contains(".dyadscore-commit");

    OutputFiles.begin(out, BatchScorer.SCORE_OUTPUTS).close();

    // the killed run's set, complete: its reports.jsonl, no earlier item-divergences.csv
    assertThat(names(out)).containsExactly("couples.csv", "errors.csv", "pairwise.csv",
        "persons.csv", "reports.jsonl", "summary.csv");
    assertThat(read(out.resolve("summary.csv"))).contains(",long,none,6000,");
    assertThat(hidden(out)).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private Path small() throws IOException {
    Path input = dir.resolve("small.csv");
    Files.writeString(input, "couple,partner," + ITEMS + "\n1,A" + FOURS + "\n1,B" + FOURS
        + "\n");
    return input;
  }

  /** 3000 couples: six chunks, so the first progress report comes long before the end. */
  private Path big() throws IOException {
    Path input = dir.resolve("big.csv");
    StringBuilder text = new StringBuilder("couple,partner," + ITEMS + "\n");
    for (int c = 1; c <= 3000; c++) {
      text.append(c).append(",A").append(FOURS).append('\n');
      text.append(c).append(",B").append(FOURS).append('\n');
    }
    Files.writeString(input, text);
    return input;
  }

  private static Process start(Path input, Path out, String stopAt) throws IOException {
    return ChildJvm.start(KillableRun.class, input.toString(), out.toString(), stopAt);
  }

  /** The visible files, sorted. */
  private static List<String> names(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("."))
          .sorted().toList();
    }
  }

  private static List<String> hidden(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("."))
          .sorted().toList();
    }
  }

  private static Map<String, String> contents(Path out) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (String name : names(out)) {
      contents.put(name, read(out.resolve(name)));
    }
    return contents;
  }
}
