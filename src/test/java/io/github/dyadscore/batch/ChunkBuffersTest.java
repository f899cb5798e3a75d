package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkBuffersTest {

  private static Utf8Builder[] set(int... capacities) {
    Utf8Builder[] tables = new Utf8Builder[capacities.length];
    for (int t = 0; t < tables.length; t++) {
      tables[t] = new Utf8Builder(capacities[t]);
    }
    return tables;
  }

  @Test
  void aSetGivenBackIsTakenAgainEmptied() {
    ChunkBuffers spare = new ChunkBuffers(2);
    Utf8Builder[] tables = set(64, 64);
    tables[0].append("persons");
    tables[1].append("couples");
    spare.giveBack(tables);

    Utf8Builder[] again = spare.take();

    assertThat(again).isSameAs(tables);
    assertThat(again[0].length()).isZero();
    assertThat(again[1].length()).isZero();
    assertThat(spare.take()).isNull();
  }

  @Test
  void keepsNoMoreSetsThanItsBound() {
    ChunkBuffers spare = new ChunkBuffers(1);
    Utf8Builder[] first = set(16);
    spare.giveBack(first);
    spare.giveBack(set(16));

    assertThat(spare.take()).isSameAs(first);
    assertThat(spare.take()).isNull();
  }

  @Test
  void leavesALargeSetToTheGarbageCollector() {
    // A chunk of reports can hold megabytes; keeping several such sets would fill a small heap.
    ChunkBuffers spare = new ChunkBuffers(4);
    spare.giveBack(set(ChunkBuffers.MAX_SET_BYTES / 2, ChunkBuffers.MAX_SET_BYTES / 2 + 1));

    assertThat(spare.take()).isNull();
  }
}
