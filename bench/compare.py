"""Checks that dyadscore's person scores agree with R's, scale by scale, to a tolerance.

    python3 bench/compare.py PERSONS.csv R_SCORES.csv SCALE [SCALE ...] [--tolerance 1e-9]

PERSONS.csv is dyadscore's persons output; R_SCORES.csv has columns couple, partner and one
column per scale (as bench/r/*.R write them). Rows are matched on (couple, partner). Both files
are read in step, one row at a time, so memory stays flat; if dyadscore wrote the persons in
another order than R, the R scores are indexed in memory instead. Missing scores ("", "NA") must
be missing on both sides. Exit code 0 when every score agrees, 1 otherwise.
"""
import argparse
import csv
import math
import sys

MISSING = {"", "NA", "NaN"}


def column(header, names, what, path):
    for name in names:
        if name in header:
            return header.index(name)
    sys.exit(f"compare.py: {path}: no column for {what}; looked for {names} in {header}")


def reader(path):
    f = open(path, newline="", encoding="utf-8-sig")
    rows = csv.reader(f)
    return rows, next(rows)


def number(text):
    return None if text in MISSING else float(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("persons")
    parser.add_argument("r_scores")
    parser.add_argument("scales", nargs="+")
    parser.add_argument("--tolerance", type=float, default=1e-9)
    args = parser.parse_args()

    ours, ours_header = reader(args.persons)
    theirs, theirs_header = reader(args.r_scores)
    o_couple = column(ours_header, ["couple", "couple_id", "dyad"], "the couple id", args.persons)
    o_partner = column(ours_header, ["partner", "role"], "the partner", args.persons)
    o_scales = [column(ours_header, [s, f"{s}_score", f"{s}.score", f"score_{s}"], f"scale {s}",
                       args.persons) for s in args.scales]
    t_couple = column(theirs_header, ["couple"], "the couple id", args.r_scores)
    t_partner = column(theirs_header, ["partner"], "the partner", args.r_scores)
    t_scales = [column(theirs_header, [s], f"scale {s}", args.r_scores) for s in args.scales]

    index = None  # built only when the orders differ
    compared = 0
    worst = 0.0
    bad = 0
    for row in ours:
        key = (row[o_couple], row[o_partner])
        if index is None:
            other = next(theirs, None)
            if other is None or (other[t_couple], other[t_partner]) != key:
                print(f"compare.py: row order differs at {key}; indexing {args.r_scores} in memory",
                      file=sys.stderr)
                index = {}
                if other is not None:
                    index[(other[t_couple], other[t_partner])] = other
                for rest in theirs:
                    index[(rest[t_couple], rest[t_partner])] = rest
        if index is not None:
            other = index.pop(key, None)
            if other is None:
                print(f"compare.py: {key} is in {args.persons} but not in {args.r_scores}")
                bad += 1
                continue
        for scale, oi, ti in zip(args.scales, o_scales, t_scales):
            a, b = number(row[oi]), number(other[ti])
            if a is None or b is None:
                ok = a is None and b is None
                diff = 0.0 if ok else math.inf
            else:
                diff = abs(a - b)
                ok = diff <= args.tolerance
            worst = max(worst, diff)
            if not ok:
                bad += 1
                if bad <= 10:
                    print(f"compare.py: {key} scale {scale}: dyadscore {row[oi]!r}, R {other[ti]!r}")
        compared += 1
    left = len(index) if index is not None else sum(1 for _ in theirs)
    if left:
        print(f"compare.py: {left} persons of {args.r_scores} are missing from {args.persons}")
        bad += left
    verdict = "agree" if bad == 0 and compared > 0 else "DISAGREE"
    print(f"{verdict}: {compared} persons x {len(args.scales)} scales, largest difference "
          f"{worst:.3g} (tolerance {args.tolerance:g}), {bad} mismatches")
    sys.exit(0 if verdict == "agree" else 1)


if __name__ == "__main__":
    main()
