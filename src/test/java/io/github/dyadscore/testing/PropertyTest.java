package io.github.dyadscore.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The property runner: seeds that reproduce, failures that name them, and shrinking. */
class PropertyTest {

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty(Property.SEED);
    System.clearProperty(Property.TRIES);
  }

  @Test
  void aPassingPropertyRunsEveryTry() {
    List<Integer> seen = new ArrayList<>();
    Property.tries(250).forAll(Gen.ints(-5, 5), seen::add);
    assertThat(seen).hasSize(250).allSatisfy(v -> assertThat(v).isBetween(-5, 5));
    assertThat(seen).contains(-5, 0, 5);
  }

  @Test
  void theSeedSystemPropertyReproducesEveryValueInOrder() {
    System.setProperty(Property.SEED, "42");
    List<Object> first = new ArrayList<>();
    List<Object> second = new ArrayList<>();
    Gen<List<Long>> gen = Gen.lists(Gen.longs(), 0, 5);
    Property.tries(100).forAll(gen, Gen.booleans(), (v, b) -> first.add(List.of(v, b)));
    Property.tries(100).forAll(gen, Gen.booleans(), (v, b) -> second.add(List.of(v, b)));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void withoutASeedPropertyEachCheckDrawsNewValues() {
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    Property.tries(20).forAll(Gen.longs(), first::add);
    Property.tries(20).forAll(Gen.longs(), second::add);
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void aFailureNamesTheSeedThatReproducesItAndShrinksToTheSimplestValue() {
    System.setProperty(Property.SEED, "7");
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.tries(1000).forAll(Gen.ints(),
            x -> assertThat(x).as("x").isLessThan(1000)));
    assertThat(error).isNotNull();
    assertThat(error.getMessage())
        .contains("with seed 7 (rerun with -Ddyadscore.seed=7)")
        .contains("): 1000\n");
    assertThat(error.getCause()).hasMessageContaining("[x]");
  }

  @Test
  void negativeFailuresShrinkTowardsZeroFromBelow() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.tries(1000).forAll(Gen.longs(), x -> assertThat(x).isGreaterThan(-17)));
    assertThat(error.getMessage()).contains("): -17\n");
  }

  @Test
  void rangesShrinkTowardsTheirEndNearestZero() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.tries(100).forAll(Gen.ints(10, 20), x -> assertThat(x).isLessThan(0)));
    assertThat(error.getMessage()).contains("): 10\n");
  }

  @Test
  void listsShrinkToTheShortestFailingListOfSimplestElements() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.tries(500).forAll(Gen.lists(Gen.ints(0, 100), 0, 20),
            list -> assertThat(list.stream().mapToInt(Integer::intValue).sum()).isLessThan(50)));
    // Shrinking is greedy, so it ends in a local minimum such as [50] or [40, 10]: a list that
    // fails with a sum of exactly 50, none of whose elements can be made smaller or left out.
    Matcher simplest = Pattern
        .compile("\\): \\[([0-9, ]*)\\]\n").matcher(error.getMessage());
    assertThat(simplest.find()).as(error.getMessage()).isTrue();
    int sum = Arrays.stream(simplest.group(1).split(", "))
        .mapToInt(Integer::parseInt).sum();
    assertThat(sum).isEqualTo(50);
  }

  @Test
  void eachArgumentShrinksInTurn() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.tries(500).forAll(Gen.ints(0, 1000), Gen.strings(Gen.chars('a', 'z'), 10),
            (n, s) -> assertThat(n < 3 || s.length() < 2).isTrue()));
    assertThat(error.getMessage()).contains("): 3, \"aa\"\n");
  }

  @Test
  void exceptionsOtherThanAssertionsAreFailuresToo() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.tries(10).forAll(Gen.booleans(), Gen.booleans(), Gen.booleans(),
            (a, b, c) -> {
              throw new java.io.IOException("disk full");
            }));
    assertThat(error.getMessage()).contains("): false, false, false\n")
        .contains("its failure: java.io.IOException: disk full");
    assertThat(error.getCause()).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void theTriesSystemPropertyMultipliesTheCount() {
    System.setProperty(Property.TRIES, "3");
    List<Boolean> seen = new ArrayList<>();
    Property.tries(10).forAll(Gen.booleans(), seen::add);
    assertThat(seen).hasSize(30);
  }

  @Test
  void generatorsDrawFromTheirRandomOnly() {
    Gen<String> gen = Gen.strings(Gen.chars('a', 'c', 'x', 'z'), 8);
    assertThat(gen.generate(new SplittableRandom(3)).value())
        .isEqualTo(gen.generate(new SplittableRandom(3)).value());
    Gen<Integer> mapped = Gen.ints(0, 9).filter(x -> x % 2 == 0).flatMap(x -> Gen.ints(x, x + 1));
    Property.tries(200).forAll(mapped, x -> assertThat(x).isBetween(0, 9));
  }

  @Test
  void edgeCasesOfTheFullRangeComeUp() {
    List<Integer> seen = new ArrayList<>();
    Property.tries(2000).forAll(Gen.ints(), seen::add);
    assertThat(seen).contains(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1);
    assertThat(seen).anySatisfy(v -> assertThat(Math.abs((long) v)).isBetween(2L, 1000L));
    assertThat(seen).anySatisfy(v -> assertThat(Math.abs((long) v)).isGreaterThan(1L << 30));
  }
}
