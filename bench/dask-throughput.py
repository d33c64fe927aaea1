#!/usr/bin/python3
"""Throughput of scripts/dask_transform.py on a local Dask cluster: papers per
second per worker core with 1 and 2 workers, bytes per paper of a part and its
side files, and one transform process's peak RSS and CPU per paper at two shard
sizes, the aggregation's time and peak RSS over 1x..Nx copies of the
parts (the figures docs/scaling.md extrapolates from).

    npm run build
    /usr/bin/python3 bench/dask-throughput.py [--input ../shared/data/papers.jsonl] [--fit-sample 25000] [--workers 1,2]

Writes bench/results/dask-throughput-<date>.json. The load average before and
after each run is recorded: on a shared machine it says what the wall time measured.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = ["node", os.path.join(ROOT, "bin", "topictrends.js")]


def timed(cmd):
    """Wall seconds, CPU seconds and peak RSS (MB) of one command under /usr/bin/time -v."""
    t0 = time.monotonic()
    res = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.monotonic() - t0
    if res.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (res.returncode, " ".join(cmd), res.stderr[-3000:]))
    field = lambda name: float(re.search(re.escape(name) + r": ([\d.]+)", res.stderr).group(1))
    return {"wall": round(wall, 2), "cpu": round(field("User time (seconds)") + field("System time (seconds)"), 2),
            "rss_mb": round(field("Maximum resident set size (kbytes)") / 1024)}, res.stdout


def load():
    return [round(x, 2) for x in os.getloadavg()]


def bytes_per_paper(parts_dir, papers):
    sizes = {kind: sum(os.path.getsize(f) for f in glob.glob(os.path.join(parts_dir, "part-*" + kind))) for kind in (".parquet", ".terms", ".abstracts.tsv")}
    return {kind: round(size / papers, 1) for kind, size in sizes.items()}


def throughput(model, inputs, workers, out):
    before = load()
    cost, stdout = timed([sys.executable, os.path.join(ROOT, "scripts", "dask_transform.py"), "--model", model, "--input", *inputs,
                          "--workers", str(workers), "--out", out])
    summary = json.loads(stdout)
    seconds = summary["seconds"]["transform"]
    placed = summary["papers"]["placed"]
    return {"workers": workers, "shards": summary["shards"], "papers": placed, "transform_seconds": seconds,
            "aggregate_seconds": summary["seconds"]["aggregate"], "papers_per_second": round(placed / seconds),
            "papers_per_second_per_worker_core": round(placed / seconds / workers),
            "runner": cost, "load_before": before, "load_after": load(),
            "bytes_per_paper": bytes_per_paper(os.path.join(out, "parts"), placed)}


def transform_memory(model, inputs, shards, scratch):
    """One `transform` process per shard size: peak RSS and CPU per paper (the CPU figure holds on a busy machine)."""
    rows = []
    for n in shards:
        part = os.path.join(scratch, "mem-%d" % n, "part.parquet")
        cost, _ = timed(CLI + ["transform", "--model", model, "--input", *inputs, "--out", part] + (["--shard", "0/%d" % n] if n > 1 else []))
        papers = len(open(part[: -len(".parquet")] + ".abstracts.tsv", "rb").read().splitlines())
        rows.append(dict(shard="0/%d" % n, papers=papers, cpu_ms_per_paper=round(1000 * cost["cpu"] / papers, 3), **cost))
    return rows


def aggregation(model, parts_dir, copies, scratch):
    """aggregate over `c` copies of the parts: how its time and memory grow with the rows."""
    rows = []
    for c in copies:
        d = os.path.join(scratch, "copies-%d" % c)
        os.makedirs(d, exist_ok=True)
        for i in range(c):
            for f in glob.glob(os.path.join(parts_dir, "part-*.parquet")):
                os.link(f, os.path.join(d, "c%03d-%s" % (i, os.path.basename(f))))
        cost, _ = timed(CLI + ["aggregate", "--model", model, "--parts", os.path.join(d, "*.parquet"), "--out", d + "-out", "--no-report"])
        rows.append(dict(copies=c, **cost))
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", default=os.path.join(ROOT, "..", "shared", "data", "papers.jsonl"))
    p.add_argument("--fit-sample", type=int, default=25000, help="papers the model is fitted on (25,000: the scaled run's default, IVF index built)")
    p.add_argument("--workers", default="1,2")
    p.add_argument("--copies", default="1,10,40", help="copies of the parts for the aggregation rows")
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()
    started = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    load_at_start = load()
    scratch = tempfile.mkdtemp(prefix="tt-dask-bench-")
    inputs = [os.path.abspath(args.input)]
    try:
        model = os.path.join(scratch, "model")
        fit, _ = timed(CLI + ["run", "--input", *inputs, "--sample", str(args.fit_sample), "--out", model, "--no-report"])
        runs = [throughput(model, inputs, int(w), os.path.join(scratch, "w%s" % w)) for w in args.workers.split(",")]
        memory = transform_memory(model, inputs, [4, 1], scratch)
        agg = aggregation(model, os.path.join(scratch, "w%s" % args.workers.split(",")[-1], "parts"),
                          [int(c) for c in args.copies.split(",")], scratch)
        result = {"started": started, "load_at_start": load_at_start, "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "host": platform.node(),
                  "cores": os.cpu_count(), "python": platform.python_version(), "input": os.path.normpath(args.input),
                  "fit": dict(sample=args.fit_sample, **fit), "runs": runs, "transform_process": memory, "aggregate_copies": agg}
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    out = os.path.join(ROOT, "bench", "results", "dask-throughput-%s.json" % result["date"][:19].replace(":", "-"))
    with open(out, "w") as f:
        json.dump(result, f, indent=2)
    print(json.dumps(result, indent=2))
    print(out, file=sys.stderr)


if __name__ == "__main__":
    main()
