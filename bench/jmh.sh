#!/usr/bin/env bash
# JMH benchmarks of dyadscore's public API: loading a definition, scoring one person, building one
# couple report (bench/jmh). Installs the library from this checkout into ~/.m2, builds
# bench/jmh/target/benchmarks.jar and runs it.
#
#   bench/jmh.sh                         short run: -f 1 -wi 3 -i 5 -w 1s -r 1s
#   bench/jmh.sh -f 3 -i 10              any JMH option; each of -f -wi -i -w -r you give replaces
#                                        that default, the others stay
#   bench/jmh.sh compareCouple -prof gc  only the couple reports, with allocation per call
#   bench/jmh.sh -h                      JMH's own help
#
# Environment: BENCH_SKIP_INSTALL=1 uses the dyadscore jar already in ~/.m2 (for example while
# the checkout does not compile). The library is built in bench/jmh/target/library, so that this
# never clashes with a build in target/. Needs Java 17 and Maven; the first run downloads JMH.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
mvn_flags=(-B -q -ntp -Dstyle.color=never)

if ! cmp -s "$here/bench-40.json" "$here/jmh/src/main/resources/bench-40.json"; then
  echo "jmh.sh: bench/bench-40.json and bench/jmh/src/main/resources/bench-40.json differ;" \
    "they must be the same definition" >&2
  exit 2
fi

if [ "${BENCH_SKIP_INSTALL:-0}" != 1 ]; then
  echo "jmh.sh: installing dyadscore from $root ..." >&2
  (cd "$root" && ./mvnw "${mvn_flags[@]}" install -Dmaven.test.skip=true \
    -Ddyadscore.buildDir="$here/jmh/target/library") >&2
fi
echo "jmh.sh: building bench/jmh/target/benchmarks.jar ..." >&2
(cd "$here/jmh" && "$root/mvnw" "${mvn_flags[@]}" package) >&2

# Short defaults, each dropped when the caller gives that option.
defaults=()
for pair in "-f 1" "-wi 3" "-i 5" "-w 1s" "-r 1s"; do
  option="${pair%% *}"
  given=0
  for arg in "$@"; do
    if [ "$arg" = "$option" ]; then given=1; fi
  done
  if [ "$given" = 0 ]; then
    # shellcheck disable=SC2206
    defaults+=($pair)
  fi
done
exec java -jar "$here/jmh/target/benchmarks.jar" "${defaults[@]}" "$@"
