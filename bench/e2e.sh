#!/usr/bin/env bash
# End-to-end benchmark: dyadscore score beside the R pipelines researchers run today.
#
#   bench/e2e.sh [N_COUPLES] [REPEATS]        defaults: 1000000 couples, 3 repeats
#   BENCH_SKIP_R=1 bench/e2e.sh ...           dyadscore only (say, another jar: DYADSCORE_JAR)
#
# 1. Generates bench/out/couples-N.csv (seed 20261126; long layout, header couple,partner,i1..i40,
#    answers 1..5, 1 % missing as empty cells) with bench/GenerateCouples.java, and the R keys of
#    bench/bench-40.json with bench/keys.py. Reused when already there.
# 2. Times, REPEATS times each and interleaved:
#      dyadscore  java $DYADSCORE_JAVA_OPTS -jar dyadscore-cli.jar score bench/bench-40.json FILE
#                 -o OUTDIR --quiet  (the plain jar; DYADSCORE_JAVA_OPTS defaults to -Xmx256m;
#                 the jar is copied first, so that a rebuild during the run cannot change it;
#                 DYADSCORE_JAR picks another jar)
#      script     the same through ./dyadscore (DYADSCORE_JAR=the copy), which adds the class-data
#                 archive it makes beside the jar: what a user of ./dyadscore gets
#      psych      read.csv + psych::scoreItems(impute = "none") + write.csv   (bench/r/psych.R)
#      fread      data.table::fread + rowMeans + fwrite                      (bench/r/datatable.R)
# 3. Checks that dyadscore's persons.csv agrees with both R outputs to 1e-9 (bench/compare.py).
# 4. Prints a markdown table: median wall time, min-max, peak RSS and ratios; also written to
#    bench/out/e2e-N.md.
#
# R needs r-base-core, r-cran-psych and r-cran-data.table; peak RSS needs GNU time (/usr/bin/time).
# Missing packages are installed with apt-get only when run as root with BENCH_INSTALL=1; otherwise
# the R timings (or the RSS column) are skipped with a message. Needs Java 17, Maven (to build the
# jar on a fresh clone) and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
couples="${1:-1000000}"
repeats="${2:-3}"
seed=20261126
export DYADSCORE_JAVA_OPTS="${DYADSCORE_JAVA_OPTS:--Xmx256m}"
out="$here/out"
mkdir -p "$out"
say() { echo "e2e.sh: $*" >&2; }

# ------------------------------------------------------------------ tools
apt_install() {
  if [ "$(id -u)" = 0 ] && [ "${BENCH_INSTALL:-0}" = 1 ]; then
    say "installing $* with apt-get ..."
    apt-get install -y -q "$@" >&2 || { apt-get update -q >&2 && apt-get install -y -q "$@" >&2; }
  else
    return 1
  fi
}
have_r() { command -v Rscript >/dev/null && Rscript -e 'library(psych); library(data.table)' >/dev/null 2>&1; }
if ! [ -x /usr/bin/time ]; then
  apt_install time || say "GNU time (/usr/bin/time) missing: no peak RSS (as root: BENCH_INSTALL=1 $0)"
fi
run_r=1
if [ "${BENCH_SKIP_R:-0}" = 1 ]; then
  say "BENCH_SKIP_R=1: timing dyadscore only"
  run_r=0
fi
if ! have_r; then
  if ! { apt_install r-base-core r-cran-psych r-cran-data.table && have_r; }; then
    say "R with psych and data.table not found: skipping the R timings" \
      "(install r-base-core r-cran-psych r-cran-data.table, or as root: BENCH_INSTALL=1 $0)"
    run_r=0
  fi
fi

# ------------------------------------------------------------------ inputs
data="$out/couples-$couples.csv"
keys="$out/bench-40.keys.csv"
if [ ! -s "$data" ]; then
  say "generating $data ($couples couples, seed $seed) ..."
  java "$here/GenerateCouples.java" "$couples" "$seed" "$data.tmp"
  mv "$data.tmp" "$data"
fi
python3 "$here/keys.py" "$here/bench-40.json" > "$keys"
scales=($(python3 -c 'import csv,sys; print(" ".join(dict.fromkeys(r["scale"] for r in csv.DictReader(open(sys.argv[1])))))' "$keys"))

jar="$out/dyadscore-cli.jar"
if [ -n "${DYADSCORE_JAR:-}" ]; then
  cp "$DYADSCORE_JAR" "$jar"
else
  "$root/dyadscore" --version >/dev/null  # builds target/dyadscore-cli.jar when needed
  cp "$root/target/dyadscore-cli.jar" "$jar"
fi
run_dyadscore=1
if ! java -jar "$jar" --help 2>/dev/null | grep -qE '^ +score '; then
  say "this dyadscore has no 'score' command yet: skipping its timings"
  run_dyadscore=0
else
  rm -f "${jar%.jar}.jsa" "${jar%.jar}.jsa.failed"
  DYADSCORE_JAR="$jar" "$root/dyadscore" --version >/dev/null  # its class-data archive, once
fi

# ------------------------------------------------------------------ measuring
results="$out/e2e-$couples.tsv"
: > "$results"
# measure NAME OUTPUT_DIR_OR_FILE COMMAND...: one timed run; appends "name seconds rss_kb".
measure() {
  local name="$1" target="$2"
  shift 2
  rm -rf "$target"
  local log="$out/$name.time" start end rss=NA cpu=NA
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$log" "$@" > "$out/$name.log" 2>&1 || { cat "$out/$name.log" >&2; return 1; }
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
  else
    "$@" > "$out/$name.log" 2>&1 || { cat "$out/$name.log" >&2; return 1; }
  fi
  end=$(date +%s%N)
  printf '%s\t%s\t%s\t%s\n' "$name" \
    "$(awk -v ns=$((end - start)) 'BEGIN {printf "%.3f", ns / 1e9}')" "$rss" "$cpu" >> "$results"
  say "$name: $(tail -1 "$results" | cut -f2) s wall, $cpu s CPU, peak RSS $rss kB"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cat "$data" > /dev/null  # the file in the page cache for every contestant alike
for ((r = 1; r <= repeats; r++)); do
  say "repeat $r of $repeats (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ "$run_dyadscore" = 1 ]; then
    # shellcheck disable=SC2086
    measure dyadscore "$out/dyadscore-out" \
      java $DYADSCORE_JAVA_OPTS -jar "$jar" score "$here/bench-40.json" "$data" \
      -o "$out/dyadscore-out" --quiet
    measure script "$out/script-out" env DYADSCORE_JAR="$jar" "$root/dyadscore" score \
      "$here/bench-40.json" "$data" -o "$out/script-out" --quiet
  fi
  if [ "$run_r" = 1 ]; then
    measure psych "$out/psych.csv" Rscript "$here/r/psych.R" "$keys" "$data" "$out/psych.csv"
    measure fread "$out/fread.csv" Rscript "$here/r/datatable.R" "$keys" "$data" "$out/fread.csv"
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

checks=()
agree=1
if [ "$run_dyadscore" = 1 ]; then
  for f in persons couples pairwise errors summary; do
    cmp -s "$out/dyadscore-out/$f.csv" "$out/script-out/$f.csv" \
      || { say "the plain jar and ./dyadscore wrote different $f.csv"; agree=0; }
  done
fi
if [ "$run_dyadscore" = 1 ] && [ "$run_r" = 1 ]; then
  for other in psych fread; do
    verdict=$(python3 "$here/compare.py" "$out/dyadscore-out/persons.csv" "$out/$other.csv" \
      "${scales[@]}" 2>&1) || agree=0
    checks+=("dyadscore vs $other: $(tail -1 <<< "$verdict")")
  done
fi

# ------------------------------------------------------------------ report
python3 - "$results" "$couples" "$repeats" "$load_before" "$load_after" "${checks[@]}" \
  <<'PY' | tee "$out/e2e-$couples.md"
import statistics
import sys

path, couples, repeats, load_before, load_after, *checks = sys.argv[1:]
runs = {}
cpu = {}
for line in open(path):
    name, seconds, rss, cpu_seconds = line.rstrip("\n").split("\t")
    runs.setdefault(name, []).append((float(seconds), None if rss == "NA" else int(rss)))
    if cpu_seconds != "NA":
        cpu.setdefault(name, []).append(float(cpu_seconds))
label = {
    "dyadscore": "dyadscore score (JVM start included, -Xmx256m)",
    "script": "the same through ./dyadscore (class-data archive)",
    "psych": "R read.csv + psych::scoreItems + write.csv",
    "fread": "R data.table fread + rowMeans + fwrite",
}
median = {name: statistics.median(s for s, _ in r) for name, r in runs.items()}
print(f"{int(couples):,} couples ({2 * int(couples):,} persons, 40 items), {repeats} runs each; "
      f"load average {load_before} before, {load_after} after")
print()
print("| pipeline | median wall (s) | min - max wall (s) | median CPU (s) | peak RSS (MB) "
      "| wall / dyadscore's |")
print("|---|---:|---:|---:|---:|---:|")
for name in ["dyadscore", "script", "psych", "fread"]:
    if name not in runs:
        continue
    seconds = [s for s, _ in runs[name]]
    rss = [k for _, k in runs[name] if k is not None]
    peak = f"{max(rss) / 1024:.0f}" if rss else "n/a"
    cpu_median = f"{statistics.median(cpu[name]):.2f}" if name in cpu else "n/a"
    ratio = f"{median[name] / median['dyadscore']:.2f}x" if "dyadscore" in median else "n/a"
    print(f"| {label[name]} | {median[name]:.2f} | {min(seconds):.2f} - {max(seconds):.2f} | "
          f"{cpu_median} | {peak} | {ratio} |")
for check in checks:
    print()
    print(f"Person scores, {check}")
PY
[ "$agree" = 1 ] || { say "person scores disagree (see above)"; exit 1; }
