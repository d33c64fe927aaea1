"""One Dask task: one `topictrends transform` shard as a subprocess.

Standard library only, and shipped to the workers by value (cloudpickle), so a
worker needs Python, Dask and `topictrends` but not this folder.

A task is pure: the same job writes the same part. It writes into a private
temporary folder and renames the files into place, the Parquet file last, so a
worker killed mid-task leaves no half part under parts/ and a retry on another
worker simply writes it again.
"""
import os
import re
import shutil
import socket
import subprocess
import time
import uuid

# `topictrends transform` exit codes that mean the input (or usage) is bad:
# running the shard again cannot help, so these are reported, not retried.
BAD_INPUT_EXITS = {2: "bad usage", 3: "bad input data"}

# The transform's last stderr line, e.g.
# "read 2643, analysed 2643; placed 637 papers (shard 1/4) in 1.2 s, month bins"
COUNTS = re.compile(r"read (\d+), analysed (\d+); placed (\d+) papers")

# Files the transform writes beside a part (src/store/parts.ts, besidePart).
BESIDE = (".terms", ".abstracts.tsv")


def part_name(index, count, suffix=".parquet"):
    """part-007.parquet; at least three digits, like `run`'s parts."""
    return "part-%0*d%s" % (max(3, len(str(count - 1))), index, suffix)


def transform_command(job, out):
    cmd = list(job["topictrends"]) + ["transform", "--model", job["model"], "--out", out]
    cmd += ["--input"] + list(job["inputs"])
    if job.get("shard"):
        cmd += ["--shard", job["shard"]]
    cmd += list(job.get("extra", []))
    # If the worker dies, its transform dies with it (Linux setpriv), instead of
    # computing on as an orphan that nobody will collect.
    if shutil.which("setpriv"):
        cmd = ["setpriv", "--pdeathsig", "KILL"] + cmd
    return cmd


def publish(tmp_dir, parts_dir, name):
    """Move a finished part and its two side files into place, the .parquet last."""
    for suffix in BESIDE + (".parquet",):
        os.replace(os.path.join(tmp_dir, name + suffix), os.path.join(parts_dir, name + suffix))


def run_shard(job):
    """Transform one shard; return its part and counts, or a failure record.

    Exit 2 or 3 returns {"failed": ...} instead of raising: Dask retries raised
    errors (submit(retries=...)), and a bad file stays bad. Any other failure
    (exit 1, a signal) raises, so Dask runs the task again.
    """
    name = part_name(job["index"], job["count"], suffix="")
    part = os.path.join(job["parts_dir"], name + ".parquet")
    tmp_dir = os.path.join(job["parts_dir"], ".tmp", "%s-%s" % (name, uuid.uuid4().hex[:8]))
    tmp_part = os.path.join(tmp_dir, name + ".parquet")
    os.makedirs(tmp_dir, exist_ok=True)
    started = time.monotonic()
    try:
        proc = subprocess.run(transform_command(job, tmp_part), capture_output=True, text=True)
        result = {
            "shard": job["index"], "inputs": job["inputs"], "exit": proc.returncode,
            "worker": "%s:%d" % (socket.gethostname(), os.getpid()),
            "seconds": round(time.monotonic() - started, 2),
        }
        message = proc.stderr.strip()
        if proc.returncode in BAD_INPUT_EXITS:
            return dict(result, failed=BAD_INPUT_EXITS[proc.returncode], message=message)
        if proc.returncode != 0:
            raise RuntimeError("shard %d: transform exited %d: %s" % (job["index"], proc.returncode, message))
        counts = COUNTS.search(message)
        if not counts:
            raise RuntimeError("shard %d: no counts in the transform's output: %s" % (job["index"], message))
        read, kept, placed = (int(g) for g in counts.groups())
        publish(tmp_dir, job["parts_dir"], name)
        return dict(result, part=part, read=read, kept=kept, placed=placed, skipped=read - kept)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
