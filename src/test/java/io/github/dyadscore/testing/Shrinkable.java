package io.github.dyadscore.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A generated value together with its simpler alternatives, tried in order when a property fails
 * (integrated shrinking: the alternatives are built alongside the value, so {@link #map} keeps
 * them and a mapped generator shrinks without a shrinker of its own).
 *
 * @param <T> the type of the value
 */
public final class Shrinkable<T> {

  private final T value;
  private final Supplier<Stream<Shrinkable<T>>> shrinks;

  private Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    this.value = value;
    this.shrinks = shrinks;
  }

  /** A value that has no simpler alternative. */
  public static <T> Shrinkable<T> of(T value) {
    return new Shrinkable<>(value, Stream::empty);
  }

  /** A value whose simpler alternatives {@code shrinks} lists, simplest first, lazily. */
  public static <T> Shrinkable<T> of(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    return new Shrinkable<>(value, shrinks);
  }

  /** The value. */
  public T value() {
    return value;
  }

  /** The simpler alternatives, simplest first; each has alternatives of its own. */
  public Stream<Shrinkable<T>> shrinks() {
    return shrinks.get();
  }

  /** The same value and alternatives, each passed through {@code f}. */
  public <R> Shrinkable<R> map(Function<? super T, ? extends R> f) {
    return new Shrinkable<>(f.apply(value), () -> shrinks().map(s -> s.map(f)));
  }

  /** The same value with only the alternatives that satisfy {@code keep}. */
  public Shrinkable<T> filter(Predicate<? super T> keep) {
    return new Shrinkable<>(value,
        () -> shrinks().filter(s -> keep.test(s.value())).map(s -> s.filter(keep)));
  }

  /**
   * A list of generated elements that shrinks by leaving out runs of elements (the second half,
   * the first half, ..., then single elements) down to {@code minSize}, then by shrinking each
   * element in turn.
   */
  public static <T> Shrinkable<List<T>> list(List<Shrinkable<T>> elements, int minSize) {
    List<T> values = new ArrayList<>(elements.size());
    elements.forEach(e -> values.add(e.value()));
    return new Shrinkable<>(nullSafe(values), () -> {
      Stream<Shrinkable<List<T>>> removals = Stream.empty();
      int n = elements.size();
      for (int run = n - minSize; run >= 1; run /= 2) {
        int length = run;
        Stream<Shrinkable<List<T>>> these = Stream.iterate(0, start -> start + length <= n,
            start -> start + length).map(start -> {
              List<Shrinkable<T>> rest = new ArrayList<>(elements.subList(0, start));
              rest.addAll(elements.subList(start + length, n));
              return list(rest, minSize);
            });
        removals = Stream.concat(removals, these);
      }
      Stream<Shrinkable<List<T>>> elementShrinks = Stream.iterate(0, i -> i < n, i -> i + 1)
          .flatMap(i -> elements.get(i).shrinks().map(smaller -> {
            List<Shrinkable<T>> copy = new ArrayList<>(elements);
            copy.set(i, smaller);
            return list(copy, minSize);
          }));
      return Stream.concat(removals, elementShrinks);
    });
  }

  // List.copyOf rejects nulls; generators may produce null elements (an unanswered item).
  private static <T> List<T> nullSafe(List<T> values) {
    return values.contains(null) ? Collections.unmodifiableList(values) : List.copyOf(values);
  }
}
