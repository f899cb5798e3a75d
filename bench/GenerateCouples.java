import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the synthetic couples file of the end-to-end benchmark: long layout, one row per person,
 * header {@code couple,partner,i1..i40}, partners {@code A} and {@code B}, answers 1..5 to the 40
 * items of {@code bench-40.json} (4 scales of 10 items; items 2, 5 and 9 of each scale
 * reverse-keyed), 1 % of answers missing as empty cells.
 *
 * <p>Each person has a level from 1 to 5 on each scale; an answer is that level plus -1, 0 or +1,
 * kept within 1..5, and mirrored (6 - x) on reverse-keyed items, so that scale scores spread like
 * real ones. The same seed and N give the same bytes on every machine.
 *
 * <pre>java bench/GenerateCouples.java N_COUPLES SEED OUTPUT.csv</pre>
 */
public final class GenerateCouples {

  private static final int SCALES = 4;
  private static final int ITEMS_PER_SCALE = 10;
  private static final double MISSING = 0.01;

  private GenerateCouples() {}

  private static boolean reversed(int positionInScale) {
    return positionInScale == 2 || positionInScale == 5 || positionInScale == 9;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java GenerateCouples.java N_COUPLES SEED OUTPUT.csv");
      System.exit(2);
    }
    long couples = Long.parseLong(args[0]);
    SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])),
        1 << 20)) {
      StringBuilder row = new StringBuilder(128);
      row.append("couple,partner");
      for (int i = 1; i <= SCALES * ITEMS_PER_SCALE; i++) {
        row.append(",i").append(i);
      }
      row.append('\n');
      out.write(row.toString().getBytes(StandardCharsets.US_ASCII));
      int[] level = new int[SCALES];
      for (long c = 1; c <= couples; c++) {
        for (char partner : new char[] {'A', 'B'}) {
          row.setLength(0);
          row.append(c).append(',').append(partner);
          for (int s = 0; s < SCALES; s++) {
            level[s] = 1 + random.nextInt(5);
          }
          for (int s = 0; s < SCALES; s++) {
            for (int p = 1; p <= ITEMS_PER_SCALE; p++) {
              row.append(',');
              if (random.nextDouble() < MISSING) {
                continue;
              }
              int answer = Math.max(1, Math.min(5, level[s] + random.nextInt(3) - 1));
              row.append((char) ('0' + (reversed(p) ? 6 - answer : answer)));
            }
          }
          row.append('\n');
          out.write(row.toString().getBytes(StandardCharsets.US_ASCII));
        }
      }
    }
  }
}
