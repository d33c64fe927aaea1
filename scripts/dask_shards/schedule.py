"""Plan the shards, run them on a Dask cluster, and account for every paper."""
import glob
import os
import uuid

import cloudpickle
from distributed import Client, LocalCluster, as_completed

from . import task


def plan(inputs, shards, by_file, common):
    """One job per hash shard of all inputs, or (by_file) one per input file.

    A hash shard reads every input and keeps its share (the id hash of
    src/store/transform-shard.ts); a file shard reads only its file, which is
    what a corpus of thousands of files wants (reading is then done once).
    """
    if by_file:
        return [dict(common, index=i, count=len(inputs), inputs=[f], shard=None) for i, f in enumerate(inputs)]
    return [dict(common, index=i, count=shards, inputs=inputs, shard="%d/%d" % (i, shards) if shards > 1 else None) for i in range(shards)]


def clear_parts(parts_dir):
    """Remove the parts of an earlier run: aggregate reads every part-*.parquet here."""
    for f in glob.glob(os.path.join(parts_dir, "part-*")):
        os.remove(f)
    os.makedirs(parts_dir, exist_ok=True)


def open_client(workers, scheduler):
    """A client on `scheduler`, or on a local cluster of `workers` one-thread processes."""
    # Ship the task module by value: workers started elsewhere need not have scripts/ on their path.
    cloudpickle.register_pickle_by_value(task)
    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def worker_threads(client):
    return sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())


def run_jobs(client, jobs, retries):
    """Submit every job; stop at the first shard that failed for good.

    A worker that dies takes its task with it and the scheduler runs the task
    elsewhere (distributed's allowed-failures, 3 by default); an exception in
    the task is retried `retries` times. Bad input comes back as a result with
    "failed" and is not retried; the other shards are then cancelled.
    """
    run = uuid.uuid4().hex[:8]
    futures = {}
    for job in jobs:
        key = "transform-%s-%s" % (task.part_name(job["index"], job["count"], suffix=""), run)
        futures[client.submit(task.run_shard, job, key=key, retries=retries)] = job
    results, failures = [], []
    for future in as_completed(futures):
        job = futures[future]
        if future.status == "error":
            failures.append({"shard": job["index"], "inputs": job["inputs"], "failed": "task error", "message": repr(future.exception())})
        else:
            result = future.result()
            (failures if "failed" in result else results).append(result)
        if failures:
            client.cancel(list(futures))
            break
    return results, failures


def account(results, by_file):
    """Papers in = placed + skipped, or the difference is reported as unaccounted.

    Every hash shard reads all inputs, so the papers in and the skipped rows are
    one shard's (and must be the same in each); file shards add up.
    """
    results = sorted(results, key=lambda r: r["shard"])
    placed = sum(r["placed"] for r in results)
    if by_file:
        papers_in, skipped = sum(r["read"] for r in results), sum(r["skipped"] for r in results)
    else:
        papers_in, skipped = results[0]["read"], results[0]["skipped"]
        if any((r["read"], r["skipped"]) != (papers_in, skipped) for r in results):
            raise RuntimeError("hash shards read different inputs: %s" % [(r["shard"], r["read"], r["skipped"]) for r in results])
    shards = [{k: r[k] for k in ("shard", "part", "placed", "read", "skipped", "seconds", "worker")} for r in results]
    return {
        "papers": {"in": papers_in, "placed": placed, "skipped": skipped, "unaccounted": papers_in - placed - skipped},
        "per_shard": shards,
    }


def describe_failure(f):
    where = ", ".join(f["inputs"])
    return "shard %d (input %s) failed: %s%s\n  %s" % (
        f["shard"], where, f["failed"], " (transform exit %d)" % f["exit"] if "exit" in f else "", f["message"].replace("\n", "\n  "))
