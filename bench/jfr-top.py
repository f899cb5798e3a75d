"""Summarises a JFR recording of a JMH run: where the benchmark thread spends its samples.

    bench/jmh.sh compareCouple -p questionnaire=bench-40 -prof 'jfr:dir=/tmp/jfr;configName=profile'
    jfr print --json --events jdk.ExecutionSample --stack-depth 40 /tmp/jfr/*/profile.jfr > s.json
    python3 bench/jfr-top.py s.json

or for a whole run of the command line:

    java -XX:StartFlightRecording=filename=/tmp/score.jfr,settings=profile -jar dyadscore-cli.jar ...
    jfr print --json --events jdk.ExecutionSample --stack-depth 40 /tmp/score.jfr > s.json
    python3 bench/jfr-top.py s.json

Prints the top frames by self samples, and the inclusive share of every dyadscore method. In a
JMH recording only the benchmark thread counts; otherwise every thread. JFR samples threads
asynchronously, so unlike JMH's -prof stack it is not biased to safepoints.
"""
import collections
import json
import sys

events = json.load(open(sys.argv[1]))["recording"]["events"]
jmh = any("jmh_generated" in f["method"]["type"]["name"]
          for e in events for f in e["values"]["stackTrace"]["frames"])
threads = collections.Counter()
self_samples = collections.Counter()
inclusive = collections.Counter()
total = 0
for event in events:
    frames = event["values"]["stackTrace"]["frames"]
    names = [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}"
             for f in frames]
    if jmh and not any("jmh_generated" in name for name in names):
        continue  # JMH's own threads
    total += 1
    threads[(event["values"].get("sampledThread") or {}).get("javaName", "?")] += 1
    self_samples[names[0]] += 1
    for name in set(names):
        inclusive[name] += 1
print(f"{total} samples" + (" of the benchmark thread" if jmh else ""))
if not jmh:
    print("threads:")
    for name, count in threads.most_common(8):
        print(f"  {100 * count / total:5.1f}%  {name}")
print("self:")
for name, count in self_samples.most_common(30):
    print(f"  {100 * count / total:5.1f}%  {name}")
print("inclusive (dyadscore methods):")
for name, count in inclusive.most_common():
    if "io.github.dyadscore" in name and "bench" not in name:
        print(f"  {100 * count / total:5.1f}%  {name}")
