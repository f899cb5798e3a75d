"""Writes the R scoring keys of a dyadscore definition: one row per (scale, item) with its sign.

    python3 bench/keys.py bench/bench-40.json > KEYS.csv

Only item scales with method "mean" and items on a min..max response scale are supported (enough
for the benchmark definition); anything else is refused, so the R side never scores differently
by accident.
"""
import csv
import json
import sys


def main(path):
    definition = json.load(open(path, encoding="utf-8"))
    scales = {s["id"]: s for s in definition["responseScales"]}
    items = {i["id"]: i for i in definition["items"]}
    ranges = set()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["scale", "item", "reversed"])
    for scale in definition["scales"]:
        if "items" not in scale or scale.get("method", "mean") != "mean" or "minAnswered" in scale:
            sys.exit(f"keys.py: scale {scale['id']}: only item scales scored as a plain mean")
        for item_id in scale["items"]:
            item = items[item_id]
            response = scales[item["responseScale"]]
            if "min" not in response or item.get("weight", 1) != 1:
                sys.exit(f"keys.py: item {item_id}: only unweighted min..max items")
            ranges.add((response["min"], response["max"]))
            out.writerow([scale["id"], item_id, "TRUE" if item.get("reversed") else "FALSE"])
    if len(ranges) != 1:
        sys.exit("keys.py: all items must share one min..max range (psych takes one min and max)")


if __name__ == "__main__":
    main(sys.argv[1])
