#!/usr/bin/python3
"""Execute the TypeScript notebooks headlessly and say plainly which cell failed.

Runs every notebooks/*.ipynb (or the ones named) on the tslab kernel from
jupyter/kernels, saves the executed copy to notebooks/executed/ and, with
--html, an HTML export next to it. Ends with `N passed, N failed`; the exit
status is non-zero when any notebook failed.

Why not `jupyter nbconvert --execute`: tslab reports a failing cell only as
stderr text, so nbconvert says just "<Error>:" and, with --allow-errors, the
later cells come back empty with exit 0. Here the failing cell's source and
its output or traceback go to stderr and to `<name>.error.txt` beside the
executed copy, every time, whatever the failure (error, cell timeout, dead
kernel, kernel that does not start).

Timeouts are generous because a busy 2-core machine once took more than
nbclient's default 60 s to start tslab (one of three notebooks failed, then
passed on a re-run): kernel start 120 s, retried once; 600 s per cell.
"""
import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KERNEL = "tslab"
# tslab's converter throws this when its TypeScript watcher saw a file change
# between two cells (seen once in 3 runs on a busy machine, in 02-topics cell 6;
# node_modules is shared with other checkouts there). The kernel is then broken
# for every later cell, so the notebook is run once more in a fresh kernel.
TSLAB_WATCH_RACE = "Unexpected pending rebuildTimer"


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/*.ipynb)")
    ap.add_argument("--html", action="store_true", help="also export each executed notebook to HTML")
    ap.add_argument("--out", default=str(ROOT / "notebooks" / "executed"), help="folder of executed copies (default notebooks/executed)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default 600)")
    ap.add_argument("--startup-timeout", type=int, default=120, help="seconds allowed for the kernel to start (default 120; retried once)")
    ap.add_argument("--kernel", default=KERNEL, help=f"kernel name (default {KERNEL})")
    return ap.parse_args()


def cell_failure(nb, index, reply):
    """The failing cell's number, source and everything it wrote, as readable text."""
    cell = nb.cells[index]
    lines = [f"  cell {index + 1} (execution_count {cell.get('execution_count')}) failed:"]
    lines += ["    | " + line for line in cell.source.splitlines()]
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            mark = "    ! " if out.get("name") == "stderr" else "    > "
            lines += [mark + line for line in out.get("text", "").rstrip().splitlines()]
        elif out.get("output_type") == "error":
            lines.append(f"    ! {out.get('ename')}: {out.get('evalue')}")
            lines += ["    ! " + line for line in out.get("traceback", [])]
    content = (reply or {}).get("content", {})
    if content.get("evalue"):
        lines.append(f"    ! {content.get('ename')}: {content.get('evalue')}")
    return "\n".join(lines)


def run_one(path, out_dir, args):
    import nbformat
    from nbclient import NotebookClient

    for attempt in (1, 2):
        nb = nbformat.read(path, as_version=4)
        state = {"cell": None}

        def on_cell_execute(cell, cell_index):
            state["cell"] = cell_index

        def on_cell_error(cell, cell_index, execute_reply):
            state.setdefault("text", cell_failure(nb, cell_index, execute_reply))

        client = NotebookClient(
            nb,
            kernel_name=args.kernel,
            timeout=args.timeout,
            startup_timeout=args.startup_timeout,
            # The kernel spec starts tslab in the project root whatever this says;
            # kept consistent so both agree on where relative paths point.
            resources={"metadata": {"path": str(ROOT)}},
            on_cell_execute=on_cell_execute,
            on_cell_error=on_cell_error,
        )
        started = time.monotonic()
        error = None
        try:
            client.execute()
        except Exception as exc:  # cell error or timeout, dead kernel, kernel missing or not starting
            error = describe_failure(nb, state, exc)
        seconds = time.monotonic() - started
        # A kernel that never ran a cell failed to start: on a busy machine that is worth one more try,
        # as is tslab's watcher race. Any other failure is the notebook's own and is reported as it is.
        no_start = state["cell"] is None
        if error is None or attempt == 2 or not (no_start or TSLAB_WATCH_RACE in error):
            break
        why = "the kernel did not start" if no_start else f"tslab's watcher race ({TSLAB_WATCH_RACE})"
        print(f"  {path.name}: {why}; running it once more in a fresh kernel. First failure:\n{error}", file=sys.stderr, flush=True)

    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / path.name
    nbformat.write(nb, executed)  # also when it failed: the partial run helps to debug
    if args.html:
        executed.with_suffix(".html").write_text(to_html(nb), encoding="utf-8")
    error_file = executed.with_suffix(".error.txt")
    if error:
        error_file.write_text(f"{path}\n{error}\n", encoding="utf-8")
    elif error_file.exists():
        error_file.unlink()  # a stale report from an earlier failing run
    return error, seconds, error_file


def describe_failure(nb, state, exc):
    """The failing cell (source, output, traceback) when one was running, and the exception itself."""
    head = f"  {type(exc).__name__}: {str(exc).strip()}"
    if state.get("text"):
        return state["text"]
    if state["cell"] is not None:
        # A timeout or dead kernel does not call on_cell_error: show the cell that was running.
        return cell_failure(nb, state["cell"], None) + "\n" + head
    return head


def to_html(nb):
    """`jupyter nbconvert --to html`, minus one bug: nbconvert 6.5 (Debian 12)
    passes SVG outputs through its HTML sanitizer even when sanitizing is off,
    which strips every element of a chart and leaves only its text. These are
    the project's own notebooks, so their outputs are kept as they are (what
    nbconvert 7 does without sanitize_html)."""
    from nbconvert import HTMLExporter

    return HTMLExporter(sanitize_html=False, filters={"clean_html": lambda html: html}).from_notebook_node(nb)[0]


def main():
    args = parse_args()
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(ROOT / "jupyter"), os.environ.get("JUPYTER_PATH")]))
    try:
        import nbclient  # noqa: F401
        import nbformat  # noqa: F401
    except ImportError:
        sys.exit("nbclient/nbformat missing: apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client")

    paths = [Path(p).resolve() for p in args.notebooks] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not paths:
        sys.exit("no notebooks found in notebooks/")
    out_dir = Path(args.out).resolve()
    passed = failed = 0
    for path in paths:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ...", flush=True)
        error, seconds, error_file = run_one(path, out_dir, args)
        if error:
            failed += 1
            print(f"FAIL {path.name} ({seconds:.1f} s); details in {error_file}", flush=True)
            print(f"FAIL {path.name}\n{error}", file=sys.stderr, flush=True)
        else:
            passed += 1
            print(f"ok   {path.name} ({seconds:.1f} s)", flush=True)
    print(f"executed copies{' and HTML' if args.html else ''} in {out_dir.relative_to(ROOT) if out_dir.is_relative_to(ROOT) else out_dir}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
