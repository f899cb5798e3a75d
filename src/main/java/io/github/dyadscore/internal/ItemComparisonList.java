package io.github.dyadscore.internal;

import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.ItemComparison;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A couple report's item comparisons ({@link CoupleReport#items()} or {@link
 * CoupleReport#divergentItems()}) kept as primitive arrays, each {@link ItemComparison} record
 * built when {@link #get(int)} reads it.
 *
 * <p>Why: building one record per item and sorting the divergent records took half of a couple
 * report's time, and many callers never read the items. Keeping the answers as arrays costs two
 * small index arrays; the records are made only for the items someone reads.
 *
 * <p>It is a list like {@link List#of}: elements in a fixed order, {@code equals} and {@code
 * hashCode} as every {@link List} defines them, {@code toString} as {@code [a, b]}, and every
 * mutator throws {@link UnsupportedOperationException}, even when it would change nothing. Each
 * read builds a new record, so two reads of an element are equal but not the same object.
 *
 * <p>Immutable and safe to share between threads: every field is final, and the arrays are
 * allocated by {@link ScoringEngine} for one report's two lists (which share the answers) and
 * never written after the constructor. Only this package creates instances, so {@link
 * CoupleReport} keeps such a list as it is instead of copying it (which would build every
 * record).
 */
public final class ItemComparisonList extends AbstractList<ItemComparison>
    implements RandomAccess {

  private final ScoringEngine engine;
  // Both partners' codes and keyed values, indexed by item as in the definition.
  private final int[] codesA;
  private final double[] keyedA;
  private final int[] codesB;
  private final double[] keyedB;
  /** The items this list shows, in order: elements {@code [0, size)} are item indices. */
  private final int[] shown;

  private final int size;

  /**
   * A list of some items' comparisons. The caller hands the arrays over and never writes to them
   * again.
   *
   * @param engine builds the records: an item's id, scales, agreement and divergence
   * @param codesA partner A's code of every item, indexed as in the definition
   * @param keyedA partner A's keyed value of every item
   * @param codesB partner B's codes
   * @param keyedB partner B's keyed values
   * @param shown the indices of the items this list shows, in order, in its first {@code size}
   *     elements; items both partners answered
   * @param size the list's size
   */
  ItemComparisonList(ScoringEngine engine, int[] codesA, double[] keyedA, int[] codesB,
      double[] keyedB, int[] shown, int size) {
    this.engine = engine;
    this.codesA = codesA;
    this.keyedA = keyedA;
    this.codesB = codesB;
    this.keyedB = keyedB;
    this.shown = shown;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public ItemComparison get(int index) {
    int i = shown[Objects.checkIndex(index, size)];
    return engine.itemComparison(i, codesA[i], codesB[i], keyedA[i], keyedB[i]);
  }

  /** The range as a list of this type (so immutable in the same way), sharing the answers. */
  @Override
  public List<ItemComparison> subList(int fromIndex, int toIndex) {
    // The exceptions of List.of(...).subList.
    if (fromIndex > toIndex) {
      throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
    }
    Objects.checkFromToIndex(fromIndex, toIndex, size);
    return new ItemComparisonList(engine, codesA, keyedA, codesB, keyedB,
        Arrays.copyOfRange(shown, fromIndex, toIndex), toIndex - fromIndex);
  }

  // AbstractList already refuses most changes, but some only when they would change something
  // (removing an absent element, clearing an empty list). List.of refuses them all; so does this.

  @Override
  public boolean add(ItemComparison e) {
    throw immutable();
  }

  @Override
  public void add(int index, ItemComparison element) {
    throw immutable();
  }

  @Override
  public boolean addAll(Collection<? extends ItemComparison> c) {
    throw immutable();
  }

  @Override
  public boolean addAll(int index, Collection<? extends ItemComparison> c) {
    throw immutable();
  }

  @Override
  public ItemComparison set(int index, ItemComparison element) {
    throw immutable();
  }

  @Override
  public ItemComparison remove(int index) {
    throw immutable();
  }

  @Override
  public boolean remove(@Nullable Object o) {
    throw immutable();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw immutable();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw immutable();
  }

  @Override
  public boolean removeIf(Predicate<? super ItemComparison> filter) {
    throw immutable();
  }

  @Override
  public void replaceAll(UnaryOperator<ItemComparison> operator) {
    throw immutable();
  }

  @Override
  public void sort(@Nullable Comparator<? super ItemComparison> c) {
    throw immutable();
  }

  @Override
  public void clear() {
    throw immutable();
  }

  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    throw immutable();
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("a couple report's item list is immutable");
  }
}
