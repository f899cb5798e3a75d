package io.github.dyadscore.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generator of random test values with their shrinks, for {@link Property}. Generators draw
 * only from the {@link SplittableRandom} they are given, so a seed reproduces every value.
 *
 * <p>Numbers favour their edge cases: about one draw in eight is one of the range's ends, zero,
 * one or minus one (when in range); the rest are uniform over a random number of bits, so small
 * and large magnitudes both come up. Integers shrink towards zero (or the end of their range
 * nearest to it), booleans towards {@code false}, enum constants towards the first, lists and
 * strings towards shorter ones with simpler elements.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

  /** One value and its shrinks, drawn from {@code random}. */
  Shrinkable<T> generate(SplittableRandom random);

  /** Values passed through {@code f}; they shrink as the values they came from. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> generate(random).map(f);
  }

  /** Only values that satisfy {@code keep} (drawn again, up to 1,000 times, until one does). */
  default Gen<T> filter(Predicate<? super T> keep) {
    return random -> {
      for (int attempt = 0; attempt < 1000; attempt++) {
        Shrinkable<T> candidate = generate(random);
        if (keep.test(candidate.value())) {
          return candidate.filter(keep);
        }
      }
      throw new IllegalStateException("the filter rejected 1,000 values in a row");
    };
  }

  /** A value from this generator, then one from the generator {@code f} makes of it. */
  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
    return random -> {
      SplittableRandom second = random.split();
      return bind(generate(random), f, second);
    };
  }

  private static <T, R> Shrinkable<R> bind(
      Shrinkable<T> first, Function<? super T, Gen<R>> f, SplittableRandom random) {
    Shrinkable<R> inner = f.apply(first.value()).generate(random.split());
    return Shrinkable.of(inner.value(), () -> Stream.concat(
        first.shrinks().map(s -> bind(s, f, random.split())), inner.shrinks()));
  }

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return random -> Shrinkable.of(value);
  }

  /**
   * Seeds for a {@link java.util.Random} that a property uses to build its own complex input;
   * they do not shrink (a neighbouring seed gives an unrelated input).
   */
  static Gen<Long> seeds() {
    return random -> Shrinkable.of(random.nextLong());
  }

  /** Any int, edge cases favoured. */
  static Gen<Integer> ints() {
    return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Ints in {@code [min, max]}, edge cases favoured, shrinking towards zero. */
  static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /** Any long, edge cases favoured. */
  static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Longs in {@code [min, max]}, edge cases favoured, shrinking towards zero. */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
    long target = min > 0 ? min : Math.min(max, 0);
    long[] edges = LongStream.of(min, max, 0, 1, -1, min + 1, max - 1)
        .filter(v -> v >= min && v <= max).distinct().toArray();
    long sizeOfRange = max - min + 1; // unsigned; 0 for the full range of long
    return random -> {
      long value;
      if (random.nextInt(8) == 0) {
        value = edges[random.nextInt(edges.length)];
      } else {
        int bits = 1 + random.nextInt(64);
        value = random.nextLong() >> (64 - bits); // magnitude below 2^(bits - 1)
        if (value < min || value > max) {
          value = min + Long.remainderUnsigned(value, sizeOfRange);
        }
      }
      return shrinkLong(value, target);
    };
  }

  private static Shrinkable<Long> shrinkLong(long value, long target) {
    return Shrinkable.of(value, () -> {
      if (value == target) {
        return Stream.empty();
      }
      // target first, then halving the distance: target + d/2, target + 3d/4, ..., value -+ 1
      List<Long> candidates = new ArrayList<>();
      candidates.add(target);
      long distance = value - target; // same sign as value - target; never overflows here
      for (long step = distance / 2; step != 0; step /= 2) {
        candidates.add(value - step);
      }
      return candidates.stream().distinct().filter(c -> c != value)
          .map(c -> shrinkLong(c, target));
    });
  }

  /** {@code true} or {@code false}, shrinking to {@code false}. */
  static Gen<Boolean> booleans() {
    return random -> random.nextBoolean()
        ? Shrinkable.of(true, () -> Stream.of(Shrinkable.of(false))) : Shrinkable.of(false);
  }

  /** Doubles uniform in {@code [min, max)}, not shrinking. */
  static Gen<Double> doubles(double min, double max) {
    return random -> Shrinkable.of(min + (max - min) * random.nextDouble());
  }

  /** A constant of {@code type}, shrinking towards the first. */
  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return elements(Arrays.asList(type.getEnumConstants()));
  }

  /** One of {@code values}, shrinking towards the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** One of {@code values} (nulls allowed), shrinking towards the first. */
  static <T> Gen<T> elements(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    return ints(0, copy.size() - 1).map(copy::get);
  }

  /** A value from one of {@code gens}, chosen with equal chance. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> list = List.of(gens);
    return random -> {
      @SuppressWarnings("unchecked")
      Gen<T> gen = (Gen<T>) list.get(random.nextInt(list.size()));
      return gen.generate(random);
    };
  }

  /** Lists of {@code minSize} to {@code maxSize} elements of {@code element}. */
  static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    return random -> {
      int size = minSize + random.nextInt(maxSize - minSize + 1);
      List<Shrinkable<T>> elements = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        elements.add(element.generate(random));
      }
      return Shrinkable.list(elements, minSize);
    };
  }

  /** Strings of up to {@code maxLength} characters drawn from {@code chars}. */
  static Gen<String> strings(Gen<Character> chars, int maxLength) {
    return lists(chars, 0, maxLength).map(list -> {
      StringBuilder text = new StringBuilder(list.size());
      list.forEach(text::append);
      return text.toString();
    });
  }

  /**
   * Characters from the inclusive ranges {@code from0, to0, from1, to1, ...}, each range with
   * equal chance; they shrink towards the first character of the first range.
   */
  static Gen<Character> chars(char... ranges) {
    if (ranges.length == 0 || ranges.length % 2 != 0) {
      throw new IllegalArgumentException("give ranges as pairs of from, to");
    }
    StringBuilder all = new StringBuilder();
    for (int r = 0; r < ranges.length; r += 2) {
      for (char c = ranges[r]; c <= ranges[r + 1]; c++) {
        all.append(c);
      }
    }
    return elements(all.chars().mapToObj(c -> (char) c).toList());
  }

  /**
   * Maps with up to {@code maxSize} entries in insertion order; a key drawn twice keeps its first
   * value. They shrink by leaving out entries and by shrinking keys and values.
   */
  static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int maxSize) {
    Gen<Map.Entry<K, V>> entries = random -> {
      Shrinkable<K> key = keys.generate(random);
      Shrinkable<V> value = values.generate(random);
      return pair(key, value);
    };
    return lists(entries, 0, maxSize).map(list -> {
      Map<K, V> map = new LinkedHashMap<>();
      list.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
      return map;
    });
  }

  private static <K, V> Shrinkable<Map.Entry<K, V>> pair(Shrinkable<K> key, Shrinkable<V> value) {
    return Shrinkable.of(new java.util.AbstractMap.SimpleImmutableEntry<>(key.value(),
        value.value()), () -> Stream.concat(key.shrinks().map(k -> pair(k, value)),
        value.shrinks().map(v -> pair(key, v))));
  }
}
