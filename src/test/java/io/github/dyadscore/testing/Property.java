package io.github.dyadscore.testing;

import java.util.Iterator;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs a property on generated values inside a plain JUnit 5 test, with a seed that reproduces
 * every value and shrinking of a failing value to a simpler one that still fails.
 *
 * <pre>{@code
 * @Test
 * void everyCodeReadsBack() {
 *   Property.tries(2000).forAll(Gen.ints(), code -> assertThat(read(write(code))).isEqualTo(code));
 * }
 * }</pre>
 *
 * <p><b>Seeds.</b> Each check draws a fresh seed, unless the system property {@value #SEED} fixes
 * it ({@code mvn test -Dtest='SomeTest#someProperty' -Ddyadscore.seed=123}); try number i draws
 * its values from a generator seeded by (seed, i) alone, so the same seed gives the same values in
 * the same order. A failure names the seed, the try, the value that failed first and the simplest
 * failing value shrinking found, with the failure of that value as the cause.
 *
 * <p><b>Tries.</b> The count given is the default; the system property {@value #TRIES} multiplies
 * every count (for example {@code -Ddyadscore.tries=10} for a long run before a release).
 *
 * <p>A property is a check that throws on failure (an AssertJ assertion, typically); to skip a
 * value that does not apply, return early. Every throwable counts as a failure, except errors of
 * the virtual machine such as {@link OutOfMemoryError}.
 */
public final class Property {

  /** The system property that fixes the seed. */
  public static final String SEED = "dyadscore.seed";

  /** The system property that multiplies every number of tries. */
  public static final String TRIES = "dyadscore.tries";

  /** How many shrink steps (successful or not) a failure may take before it is reported. */
  private static final int MAX_SHRINK_ATTEMPTS = 2000;

  private final int tries;
  private final long seed;

  private Property(int tries, long seed) {
    this.tries = tries;
    this.seed = seed;
  }

  /** A check of {@code tries} values (times {@value #TRIES}), seeded as described above. */
  public static Property tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be positive, not " + tries);
    }
    String fixed = System.getProperty(SEED);
    long seed = fixed == null || fixed.isBlank() ? new SplittableRandom().nextLong()
        : Long.parseLong(fixed.strip());
    double factor = Double.parseDouble(System.getProperty(TRIES, "1"));
    return new Property((int) Math.max(1, Math.round(tries * factor)), seed);
  }

  /** The same check with a fixed seed (for a test that must not vary between runs). */
  public Property seed(long fixed) {
    return System.getProperty(SEED) == null ? new Property(tries, fixed) : this;
  }

  /** A property of one generated value. */
  public <A> void forAll(Gen<A> a, Check1<A> check) {
    run(a, check::check);
  }

  /** A property of two generated values (shrunk one after the other). */
  public <A, B> void forAll(Gen<A> a, Gen<B> b, Check2<A, B> check) {
    run(tuple(a, b), values -> check.check(a(values), b(values)));
  }

  /** A property of three generated values (shrunk one after the other). */
  public <A, B, C> void forAll(Gen<A> a, Gen<B> b, Gen<C> c, Check3<A, B, C> check) {
    run(tuple(tuple(a, b), c), values -> {
      Object[] ab = (Object[]) values[0];
      check.check(a(ab), b(ab), cast(values[1]));
    });
  }

  /** A check of one value that may throw anything. */
  @FunctionalInterface
  public interface Check1<A> {
    /** Throws when the property does not hold for {@code a}. */
    void check(A a) throws Exception;
  }

  /** A check of two values that may throw anything. */
  @FunctionalInterface
  public interface Check2<A, B> {
    /** Throws when the property does not hold for {@code a} and {@code b}. */
    void check(A a, B b) throws Exception;
  }

  /** A check of three values that may throw anything. */
  @FunctionalInterface
  public interface Check3<A, B, C> {
    /** Throws when the property does not hold for {@code a}, {@code b} and {@code c}. */
    void check(A a, B b, C c) throws Exception;
  }

  private <T> void run(Gen<T> gen, Check1<T> check) {
    for (int i = 0; i < tries; i++) {
      Shrinkable<T> sample = gen.generate(random(seed, i));
      Throwable failure = failure(check, sample.value());
      if (failure != null) {
        throw report(i, sample, failure, check);
      }
    }
  }

  /** The generator for try {@code i}: depends on the seed and the try only. */
  static SplittableRandom random(long seed, int i) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
  }

  private <T> AssertionError report(int i, Shrinkable<T> first, Throwable firstFailure,
      Check1<T> check) {
    Shrinkable<T> simplest = first;
    Throwable simplestFailure = firstFailure;
    int steps = 0;
    int attempts = 0;
    boolean shrunk = true;
    while (shrunk && attempts < MAX_SHRINK_ATTEMPTS) {
      shrunk = false;
      Iterator<Shrinkable<T>> candidates = simplest.shrinks().iterator();
      while (candidates.hasNext() && attempts < MAX_SHRINK_ATTEMPTS) {
        Shrinkable<T> candidate = candidates.next();
        attempts++;
        Throwable failure = failure(check, candidate.value());
        if (failure != null) {
          simplest = candidate;
          simplestFailure = failure;
          steps++;
          shrunk = true;
          break;
        }
      }
    }
    String message = "Property failed on try " + (i + 1) + " of " + tries + " with seed " + seed
        + " (rerun with -D" + SEED + "=" + seed + ")"
        + "\n  simplest failing value (" + steps + (steps == 1 ? " shrink step): " : " shrink steps): ") + show(simplest.value())
        + "\n  its failure: " + simplestFailure
        + (steps == 0 ? "" : "\n  first failing value: " + show(first.value()));
    AssertionError error = new AssertionError(message, simplestFailure);
    if (simplestFailure != firstFailure) {
      error.addSuppressed(firstFailure);
    }
    return error;
  }

  private static <T> Throwable failure(Check1<T> check, T value) {
    try {
      check.check(value);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return e;
    }
  }

  private static String show(Object value) {
    if (value instanceof Object[] values) {
      return String.join(", ", Stream.of(flatten(values)).map(Property::show).toList());
    }
    String text = Objects.toString(value);
    return value instanceof CharSequence ? '"' + escape(text) + '"' : text;
  }

  private static Object[] flatten(Object[] values) {
    return Stream.of(values)
        .flatMap(v -> v instanceof Object[] inner ? Stream.of(flatten(inner)) : Stream.of(v))
        .toArray();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  // Two generators as one of Object[2], shrinking the first value, then the second.
  private static Gen<Object[]> tuple(Gen<?> a, Gen<?> b) {
    return random -> pair(a.generate(random), b.generate(random));
  }

  private static Shrinkable<Object[]> pair(Shrinkable<?> a, Shrinkable<?> b) {
    return Shrinkable.of(new Object[] {a.value(), b.value()}, () -> Stream.concat(
        a.shrinks().map(smaller -> pair(smaller, b)), b.shrinks().map(smaller -> pair(a, smaller))));
  }

  private static <A> A a(Object[] values) {
    return cast(values[0]);
  }

  private static <B> B b(Object[] values) {
    return cast(values[1]);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
