package io.github.dyadscore.internal;

import io.github.dyadscore.definition.Scale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph of composite scales and their components, walked without recursion (a chain of 10,000
 * composites must not exhaust the stack) and without visiting a component twice (a deep diamond
 * must not take exponential time): every method is linear in the number of scales and component
 * references, {@link #flatItems} also in the items it returns.
 *
 * <p>Components are named by id; a component that is not among the scales is ignored (the reader
 * reports it as unknown).
 */
public final class CompositeGraph {

  private final List<String> ids;
  private final int[][] edges;

  private CompositeGraph(List<String> ids, int[][] edges) {
    this.ids = ids;
    this.edges = edges;
  }

  /**
   * The graph of some scales.
   *
   * @param scales the scales, in definition order
   * @return the graph
   */
  public static CompositeGraph of(List<Scale> scales) {
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>(scales.size());
    for (int s = 0; s < scales.size(); s++) {
      index.putIfAbsent(scales.get(s).id(), s);
      ids.add(scales.get(s).id());
    }
    int[][] edges = new int[scales.size()][];
    for (int s = 0; s < scales.size(); s++) {
      edges[s] = scales.get(s).components().stream().map(index::get)
          .filter(c -> c != null).mapToInt(Integer::intValue).toArray();
    }
    return new CompositeGraph(ids, edges);
  }

  /**
   * Scale indices such that every composite comes after its components; each scale once, in a
   * depth-first post-order from the scales in definition order. The graph must have no cycle.
   *
   * @return the order
   */
  public int[] evaluationOrder() {
    int n = edges.length;
    int[] order = new int[n];
    int placed = 0;
    boolean[] seen = new boolean[n];
    int[] next = new int[n];
    Deque<Integer> stack = new ArrayDeque<>();
    for (int root = 0; root < n; root++) {
      if (seen[root]) {
        continue;
      }
      seen[root] = true;
      stack.push(root);
      while (!stack.isEmpty()) {
        int s = stack.peek();
        if (next[s] < edges[s].length) {
          int c = edges[s][next[s]++];
          if (!seen[c]) {
            seen[c] = true;
            stack.push(c);
          }
        } else {
          stack.pop();
          order[placed++] = s;
        }
      }
    }
    return order;
  }

  /**
   * The items of every scale, a composite's flattened through its components: each item once, in
   * the order a depth-first walk of the components first reaches it.
   *
   * @param scales the scales the graph was made of
   * @return per scale, its item ids
   */
  public List<List<String>> flatItems(List<Scale> scales) {
    List<List<String>> flat = new ArrayList<>(scales.size());
    for (int s = 0; s < scales.size(); s++) {
      flat.add(List.of());
    }
    for (int s : evaluationOrder()) {
      Scale scale = scales.get(s);
      if (!scale.isComposite()) {
        flat.set(s, List.copyOf(new LinkedHashSet<>(scale.items())));
      } else {
        Set<String> items = new LinkedHashSet<>();
        for (int c : edges[s]) {
          items.addAll(flat.get(c));
        }
        flat.set(s, List.copyOf(items));
      }
    }
    return flat;
  }

  /**
   * Every cycle of composites, one per strongly connected group of scales that list each other
   * (Tarjan's algorithm, iterative), as the ids along a shortest cycle through the group's first
   * scale in definition order, that scale repeated at the end. A scale that lists itself is not
   * reported here.
   *
   * @return the cycles, ordered by their first scale
   */
  public List<List<String>> cycles() {
    int n = edges.length;
    int[] number = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] next = new int[n];
    Arrays.fill(number, -1);
    Deque<Integer> path = new ArrayDeque<>();
    Deque<Integer> component = new ArrayDeque<>();
    int counter = 0;
    List<int[]> groups = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (number[root] >= 0) {
        continue;
      }
      number[root] = low[root] = counter++;
      path.push(root);
      component.push(root);
      onStack[root] = true;
      while (!path.isEmpty()) {
        int s = path.peek();
        if (next[s] < edges[s].length) {
          int c = edges[s][next[s]++];
          if (number[c] < 0) {
            number[c] = low[c] = counter++;
            path.push(c);
            component.push(c);
            onStack[c] = true;
          } else if (onStack[c]) {
            low[s] = Math.min(low[s], number[c]);
          }
          continue;
        }
        path.pop();
        if (!path.isEmpty()) {
          low[path.peek()] = Math.min(low[path.peek()], low[s]);
        }
        if (low[s] == number[s]) {
          List<Integer> members = new ArrayList<>();
          int m;
          do {
            m = component.pop();
            onStack[m] = false;
            members.add(m);
          } while (m != s);
          if (members.size() > 1) {
            groups.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
          }
        }
      }
    }
    groups.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<List<String>> cycles = new ArrayList<>();
    for (int[] group : groups) {
      cycles.add(shortestCycle(group));
    }
    return cycles;
  }

  /** A shortest cycle through the group's first scale, by breadth-first search in the group. */
  private List<String> shortestCycle(int[] group) {
    int start = group[0];
    Set<Integer> inGroup = new java.util.HashSet<>();
    for (int s : group) {
      inGroup.add(s);
    }
    Map<Integer, Integer> parent = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(start));
    int last = -1;
    while (!queue.isEmpty() && last < 0) {
      int s = queue.poll();
      for (int c : edges[s]) {
        if (c == start) {
          last = s;
          break;
        }
        if (inGroup.contains(c) && !parent.containsKey(c)) {
          parent.put(c, s);
          queue.add(c);
        }
      }
    }
    List<String> cycle = new ArrayList<>();
    cycle.add(ids.get(start));
    for (int s = last; s != start; s = parent.get(s)) {
      cycle.add(1, ids.get(s));
    }
    cycle.add(ids.get(start));
    return cycle;
  }
}
