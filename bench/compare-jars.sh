#!/usr/bin/env bash
# Interleaved cold runs of `score` with two or more jars (or JVM options) on one file: the way to
# tell a few per cent apart on a machine whose speed drifts from run to run, which the sequential
# runs of bench/e2e.sh cannot. Prints per variant the median, mean and min wall time and the
# median CPU (user + sys) over all rounds, then every wall time.
#
#   bench/compare-jars.sh ROUNDS LABEL:JAR[:JVM_OPTIONS] ...
#   bench/compare-jars.sh 12 before:/tmp/old.jar after:target/dyadscore-cli.jar
#   bench/compare-jars.sh 8 c1:target/dyadscore-cli.jar:-XX:TieredStopAtLevel=1 c2:target/dyadscore-cli.jar
#
# DATA=FILE picks the input (default bench/out/couples-1000000.csv, made by bench/e2e.sh);
# outputs go to a temporary folder per variant, removed before each run. Every run gets -Xmx256m
# first. Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rounds="${1:?usage: $0 ROUNDS LABEL:JAR[:JVM_OPTIONS] ...}"
shift
data="${DATA:-$here/out/couples-1000000.csv}"
[ -s "$data" ] || { echo "compare-jars.sh: no input $data (run bench/e2e.sh once, or set DATA)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((r = 1; r <= rounds; r++)); do
  for variant in "$@"; do
    IFS=: read -r label jar options <<< "$variant"
    rm -rf "$work/$label"
    # shellcheck disable=SC2086
    { /usr/bin/time -f "$label %e %U %S" java -Xmx256m $options -jar "$jar" score \
        "$here/bench-40.json" "$data" -o "$work/$label" --quiet >/dev/null; } 2>&1 | tail -1
  done
done | python3 -c '
import collections, statistics, sys
wall = collections.defaultdict(list)
cpu = collections.defaultdict(list)
for line in sys.stdin:
    label, seconds, user, system = line.split()
    wall[label].append(float(seconds))
    cpu[label].append(float(user) + float(system))
for label in wall:
    w = wall[label]
    print(f"{label:<10} wall median {statistics.median(w):.2f} mean {statistics.mean(w):.2f} "
          f"min {min(w):.2f} | cpu median {statistics.median(cpu[label]):.2f} | "
          + " ".join(f"{x:.2f}" for x in w))
'
