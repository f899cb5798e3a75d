"""Summarises JMH JSON results (-rf json -rff FILE) per benchmark and parameter: the median and
the minimum of all measurement iterations over every given file. On a shared, noisy machine the
minimum is the best estimate of the uncontended cost, since interference only adds time.

    python3 bench/jmh-summary.py run1.json run2.json ...
"""
import json
import statistics
import sys

samples = {}
unit = {}
for path in sys.argv[1:]:
    for result in json.load(open(path)):
        params = ",".join(f"{k}={v}" for k, v in sorted((result.get("params") or {}).items()))
        key = (result["benchmark"].rsplit(".", 1)[-1], params)
        data = [x for fork in result["primaryMetric"]["rawData"] for x in fork]
        samples.setdefault(key, []).extend(data)
        unit[key] = result["primaryMetric"]["scoreUnit"]
        for name, metric in (result.get("secondaryMetrics") or {}).items():
            if name == "gc.alloc.rate.norm":
                samples.setdefault((key[0] + ":alloc", params), []).append(metric["score"])
                unit[(key[0] + ":alloc", params)] = metric["scoreUnit"]
print("| benchmark | parameters | median | min | iterations | unit |")
print("|---|---|---:|---:|---:|---|")
for key in sorted(samples):
    values = samples[key]
    print(f"| {key[0]} | {key[1]} | {statistics.median(values):.0f} | {min(values):.0f} | "
          f"{len(values)} | {unit[key]} |")
