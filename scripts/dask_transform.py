#!/usr/bin/python3
"""Run `topictrends transform` shards on a Dask cluster, then `aggregate` the parts.

    python3 scripts/dask_transform.py --model run/ --input papers.jsonl --workers 2 --out trends/
    python3 scripts/dask_transform.py --model /shared/run --input /shared/in/*.jsonl.gz --by-file \\
        --scheduler tcp://host:8786 --out /shared/trends

Writes DIR/parts/part-NNN.parquet (+ .terms, .abstracts.tsv), the trend tables,
charts and report.html in DIR, and prints a JSON summary (also DIR/dask-summary.json).
Exit codes follow topictrends: 0 ok, 1 unexpected, 2 bad usage, 3 bad input data.
Needs Debian's python3-distributed (2022.12) or any later dask/distributed.
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time

from dask_shards import schedule

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", required=True, help="run folder written by `topictrends run` (must be readable by every worker)")
    p.add_argument("--input", nargs="+", required=True, help="corpus files (every worker must read them at the same path)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--workers", type=int, help="start a local cluster of N worker processes, 1 thread each")
    where.add_argument("--scheduler", help="connect to a running scheduler, e.g. tcp://host:8786")
    p.add_argument("--out", required=True, help="output folder; parts go to OUT/parts/ (earlier part-* files there are removed)")
    p.add_argument("--shards", type=int, help="hash shards of the input (default: 2 per worker thread)")
    p.add_argument("--by-file", action="store_true", help="one shard per input file instead of hash shards")
    p.add_argument("--seed", help="passed to transform's --seed (placement is seeded by the model; parts do not change with it)")
    p.add_argument("--bin", help="time bin of the parts: week, month, quarter, year (default: the model's)")
    p.add_argument("--tables", default="csv", choices=["csv", "parquet", "both"], help="table files written by aggregate")
    p.add_argument("--no-report", dest="report", action="store_false", help="aggregate without the charts and report.html")
    p.add_argument("--strict", action="store_true", help="a bad row fails its shard (exit 3) instead of being skipped and counted")
    p.add_argument("--retries", type=int, default=2, help="retries of a shard that raised (crash, exit 1); bad input is never retried")
    p.add_argument("--topictrends", default="node %s" % shlex.quote(os.path.join(REPO, "bin", "topictrends.js")),
                   help="command that runs topictrends on the workers (default: %(default)s)")
    args = p.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        p.error("--workers must be at least 1")
    if args.shards is not None and (args.shards < 1 or args.by_file):
        p.error("--shards must be at least 1, and does not go with --by-file")
    return args


def transform_flags(args):
    flags = []
    for name in ("seed", "bin"):
        if getattr(args, name) is not None:
            flags += ["--" + name, getattr(args, name)]
    return flags + (["--strict"] if args.strict else [])


def aggregate(cmd, model, out, args):
    parts = os.path.join(out, "parts", "*.parquet")
    flags = ["--tables", args.tables] + ([] if args.report else ["--no-report"])
    return subprocess.run(cmd + ["aggregate", "--model", model, "--parts", parts, "--out", out] + flags, capture_output=True, text=True)


def main(argv):
    args = parse_args(argv)
    started = time.monotonic()
    cmd = shlex.split(args.topictrends)
    model, out = os.path.abspath(args.model), os.path.abspath(args.out)
    inputs = [os.path.abspath(f) for f in args.input]
    parts_dir = os.path.join(out, "parts")
    schedule.clear_parts(parts_dir)
    client, cluster = schedule.open_client(args.workers, args.scheduler)
    try:
        threads = schedule.worker_threads(client)
        # 2 shards per thread: a lost worker's shard is redone elsewhere, so smaller shards lose less.
        shards = args.shards or 2 * max(1, threads)
        common = {"model": model, "parts_dir": parts_dir, "topictrends": cmd, "extra": transform_flags(args)}
        jobs = schedule.plan(inputs, shards, args.by_file, common)
        results, failures = schedule.run_jobs(client, jobs, args.retries)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if failures:
        for f in failures:
            print("dask_transform: " + schedule.describe_failure(f), file=sys.stderr)
        print("dask_transform: stopped after %d of %d shards; no tables written" % (len(results), len(jobs)), file=sys.stderr)
        return 3 if all(f["failed"] == "bad input data" for f in failures) else 1
    transformed = time.monotonic()
    shutil.rmtree(os.path.join(parts_dir, ".tmp"), ignore_errors=True)  # every task has finished: no temp file is in use
    agg = aggregate(cmd, model, out, args)
    if agg.returncode != 0:
        print("dask_transform: aggregate exited %d: %s" % (agg.returncode, agg.stderr.strip()), file=sys.stderr)
        return agg.returncode
    summary = {"shards": len(jobs), "by_file": args.by_file, "worker_threads": threads,
               "scheduler": args.scheduler or "local (%d workers)" % args.workers, **schedule.account(results, args.by_file),
               "seconds": {"transform": round(transformed - started, 2), "aggregate": round(time.monotonic() - transformed, 2),
                           "total": round(time.monotonic() - started, 2)}, "out": out}
    with open(os.path.join(out, "dask-summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print(json.dumps(summary, indent=2))
    return 0 if summary["papers"]["unaccounted"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
