#!/usr/bin/env python3
"""Scores a run of bench/unseen-events.sh against a label file of unseen events (bench/labels/unseen-h.json's format).

Usage: bench/unseen-score.py LABELS RUN.log ZIP [-v]
Maps each labelled docno to its URL through ZIP (the ANT month the run loaded, or a folder of the zips it loaded; read in
place, never copied; a SaudiNewsNet record, which has no docno, is labelled by the one bench/StoriesQuality.java makes from
its URL: URLs spell titles, which labels must not hold), then prints
per event: links, right (core or related), passing (neither right nor false), false (distractors counted apart),
P = right / (right + false), R and core R over core + related, the missed docnos with -v, and the run's fact lines
as they are (to be read against the labels' figures). Events are matched to the run's "== event" lines by title."""
import hashlib, json, os, re, sys, zipfile

labels_file, log_file, zip_file = sys.argv[1:4]
verbose = "-v" in sys.argv[4:]
labels = json.load(open(labels_file))["events"]
# an outlet may publish one URL under two categories (two docnos, one article): articles are counted by URL
zips = sorted(os.path.join(zip_file, f) for f in os.listdir(zip_file) if f.endswith(".zip")) if os.path.isdir(zip_file) else [zip_file]
url_of = {}
for path in zips:
    with zipfile.ZipFile(path) as z:
        for a in (a for name in z.namelist() for a in json.loads(z.read(name))):
            docno = a.get("docno") or "SN-%s-%s-%s" % (a["source"], hashlib.sha256(a["url"].encode()).hexdigest()[:12],
                                                         a["date_extracted"][:10].replace("-", ""))
            url_of[docno] = a["url"].strip()
docnos_of = {}
for docno, url in url_of.items():
    docnos_of.setdefault(url, []).append(docno)

runs, current = {}, None
for line in open(log_file, encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r"== event \d+: (.*), linking ", line)
    if m:
        current = runs.setdefault(m.group(1), {"links": [], "facts": []})
    elif line.startswith("== "):
        current = None
        print(line)
    elif current is not None and line.startswith("  fact "):
        current["facts"].append(line.strip())
    elif current is not None and line.startswith("  "):
        current["links"].append(line.rsplit(" | ", 1)[-1].strip())

totals = {"p": [], "r": [], "distractors": 0}
for event in labels:
    run = runs.get(event["title"])
    if run is None:
        print(f"{event['title']}: not in the run")
        continue
    urls = lambda key: {url_of[d] for d in event[key]}
    wanted, core = urls("core") | urls("related"), urls("core")
    links = set(run["links"])
    right, passing = links & wanted, links & urls("passing")
    false = links - wanted - urls("passing")
    distractors = false & urls("distractors")
    p = len(right) / (len(right) + len(false)) if right or false else 1.0
    r = len(right) / len(wanted) if wanted else 1.0
    core_r = len(links & core) / len(core) if core else 1.0
    totals["p"].append(p); totals["r"].append(r); totals["distractors"] += len(distractors)
    print(f"{event['title']}: {len(links)} linked, P {p:.2f} R {r:.2f} core R {core_r:.2f} "
          f"(right {len(right)}, false {len(false)}, distractors {len(distractors)}, passing {len(passing)}, missed {len(wanted - links)})")
    if verbose:
        name = lambda url: "/".join(docnos_of.get(url, ["? " + url]))
        for url in sorted(false, key=name):
            print(f"    false{' (distractor)' if url in distractors else ''}: {name(url)}")
        for url in sorted(wanted - links, key=name):
            print(f"    missed{' (core)' if url in core else ' (related)'}: {name(url)}")
    for fact in run["facts"]:
        print("   ", fact)
if totals["p"]:
    print(f"macro P {sum(totals['p']) / len(totals['p']):.2f}, R {sum(totals['r']) / len(totals['r']):.2f}, "
          f"{totals['distractors']} distractors linked, over {len(totals['p'])} events")
