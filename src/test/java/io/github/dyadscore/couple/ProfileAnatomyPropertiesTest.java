package io.github.dyadscore.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.internal.ProfileAnatomy;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Cronbach and Gleser's decomposition D^2 = elevation + scatter + shape is an identity: it holds
 * for every pair of profiles. Checked on 5,000 seeded random pairs of our own generator (lengths
 * 1 to 40, whole-number and fractional values, missing answers, flat profiles, identical and
 * mirrored profiles), against a plain sum of squared differences and the textbook form of each
 * part.
 */
class ProfileAnatomyPropertiesTest {

  private static final long SEED = 0x5EED_D1A6L;
  private static final int CASES = 5_000;

  /** One generated pair of profiles with its profile mask. */
  private record Pair(double[] a, double[] b, boolean[] profile) {}

  private static Pair generate(SplittableRandom random) {
    int n = 1 + random.nextInt(40);
    double[] a = new double[n];
    double[] b = new double[n];
    boolean[] profile = new boolean[n];
    int kind = random.nextInt(6);
    double missing = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.4;
    for (int i = 0; i < n; i++) {
      profile[i] = random.nextInt(10) > 0;
      a[i] = value(random, kind);
      b[i] = switch (kind) {
        case 2 -> a[i]; // identical
        case 3 -> 8 - a[i]; // mirrored on a 1-7 scale
        case 4 -> 4; // flat
        default -> value(random, kind);
      };
      if (random.nextDouble() < missing) {
        a[i] = Double.NaN;
      }
      if (random.nextDouble() < missing) {
        b[i] = Double.NaN;
      }
    }
    return new Pair(a, b, profile);
  }

  private static double value(SplittableRandom random, int kind) {
    return kind == 5 ? random.nextDouble(-100, 100) : 1 + random.nextInt(7);
  }

  @Test
  void distanceSquaredIsElevationPlusScatterPlusShape() {
    SplittableRandom random = new SplittableRandom(SEED);
    int withItems = 0;
    for (int c = 0; c < CASES; c++) {
      Pair pair = generate(random);
      ProfileSimilarity p = ProfileAnatomy.compare(pair.a(), pair.b(), pair.profile());
      ProfileDistance d = p.distance();
      if (p.itemsUsed() == 0) {
        assertThat(d).isEqualTo(ProfileDistance.UNDEFINED);
        continue;
      }
      withItems++;
      String at = "case " + c + ": " + Arrays.toString(pair.a()) + " / "
          + Arrays.toString(pair.b());
      double scale = Math.max(1, d.squared());
      assertThat(d.elevation() + d.scatter() + d.shape()).as(at)
          .isCloseTo(d.squared(), within(1e-12 * scale));
      assertThat(d.elevation()).as(at).isGreaterThanOrEqualTo(0);
      assertThat(d.scatter()).as(at).isGreaterThanOrEqualTo(0);
      assertThat(d.shape()).as(at).isGreaterThanOrEqualTo(-1e-12 * scale);
      assertThat(d.distance()).as(at).isEqualTo(Math.sqrt(d.squared()));
    }
    assertThat(withItems).isGreaterThan(CASES / 2);
  }

  @Test
  void partsEqualTheirTextbookFormsOverTheItemsBothAnswered() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int c = 0; c < CASES; c++) {
      Pair pair = generate(random);
      ProfileSimilarity p = ProfileAnatomy.compare(pair.a(), pair.b(), pair.profile());
      double[][] both = common(pair);
      double[] x = both[0];
      double[] y = both[1];
      int k = x.length;
      assertThat(p.itemsUsed()).isEqualTo(k);
      if (k == 0) {
        continue;
      }
      double ma = Arrays.stream(x).average().orElseThrow();
      double mb = Arrays.stream(y).average().orElseThrow();
      double sa = populationSd(x, ma);
      double sb = populationSd(y, mb);
      double d2 = 0;
      double cross = 0;
      for (int i = 0; i < k; i++) {
        d2 += (x[i] - y[i]) * (x[i] - y[i]);
        cross += (x[i] - ma) * (y[i] - mb);
      }
      double scale = Math.max(1, d2);
      String at = "case " + c;
      assertThat(p.distance().squared()).as(at).isCloseTo(d2, within(1e-12 * scale));
      assertThat(p.distance().elevation()).as(at)
          .isCloseTo(k * (ma - mb) * (ma - mb), within(1e-11 * scale));
      assertThat(p.distance().scatter()).as(at)
          .isCloseTo(k * (sa - sb) * (sa - sb), within(1e-11 * scale));
      // 2 k s_a s_b (1 - r) with r = cov / (s_a s_b): 2 (k s_a s_b - sum of cross products).
      assertThat(p.distance().shape()).as(at)
          .isCloseTo(2 * (k * sa * sb - cross), within(1e-11 * scale));
      if (sa > 0 && sb > 0 && k > 1) {
        double r = cross / (k * sa * sb);
        assertThat(p.correlation()).as(at).isCloseTo(r, within(1e-12));
      } else {
        assertThat(p.correlation()).as(at).isNaN();
      }
    }
  }

  @Test
  void swappingThePartnersChangesNoPart() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int c = 0; c < CASES; c++) {
      Pair pair = generate(random);
      assertThat(ProfileAnatomy.compare(pair.b(), pair.a(), pair.profile()))
          .isEqualTo(ProfileAnatomy.compare(pair.a(), pair.b(), pair.profile()));
    }
  }

  @Test
  void withoutTheDistanceTheOtherFiguresAreTheSameBits() {
    // The batch's default couples.csv asks for no distance; r, MAD and n must not change by it.
    SplittableRandom random = new SplittableRandom(SEED + 3);
    for (int c = 0; c < CASES; c++) {
      Pair pair = generate(random);
      ProfileSimilarity full = ProfileAnatomy.compare(pair.a(), pair.b(), pair.profile());
      ProfileSimilarity lean = ProfileAnatomy.compare(pair.a(), pair.b(), pair.profile(), false);
      assertThat(lean).isEqualTo(new ProfileSimilarity(full.itemsUsed(), full.correlation(),
          full.meanAbsoluteDifference(), ProfileDistance.UNDEFINED));
    }
  }

  private static double[][] common(Pair pair) {
    int n = 0;
    double[] x = new double[pair.a().length];
    double[] y = new double[pair.a().length];
    for (int i = 0; i < pair.a().length; i++) {
      if (pair.profile()[i] && !Double.isNaN(pair.a()[i]) && !Double.isNaN(pair.b()[i])) {
        x[n] = pair.a()[i];
        y[n] = pair.b()[i];
        n++;
      }
    }
    return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
  }

  private static double populationSd(double[] x, double mean) {
    double sum = 0;
    for (double v : x) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / x.length);
  }
}
