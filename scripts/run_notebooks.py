#!/usr/bin/python3
"""Execute the TypeScript notebooks headlessly and say plainly which cell failed.

Runs every notebooks/*.ipynb (or the ones named) on the tslab kernel from
jupyter/kernels, saves the executed copy to notebooks/executed/ and, with
--html, an HTML export next to it. Ends with `N passed, N failed`; the exit
status is non-zero when any notebook failed.

Why not `jupyter nbconvert --execute`: tslab reports a failing cell only as
stderr text, so nbconvert says just "<Error>:" and, with --allow-errors, the
later cells come back empty with exit 0. Here the failing cell's source and
its stderr are printed.
"""
import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KERNEL = "tslab"


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/*.ipynb)")
    ap.add_argument("--html", action="store_true", help="also export each executed notebook to HTML")
    ap.add_argument("--out", default=str(ROOT / "notebooks" / "executed"), help="folder of executed copies (default notebooks/executed)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds allowed per cell (default 300)")
    return ap.parse_args()


def cell_failure(nb, index, reply):
    """The failing cell's number, source and everything it wrote, as readable text."""
    cell = nb.cells[index]
    lines = [f"  cell {index + 1} (execution_count {cell.get('execution_count')}) failed:"]
    lines += ["    | " + line for line in cell.source.splitlines()]
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            lines += ["    ! " + line for line in out.get("text", "").rstrip().splitlines()]
        elif out.get("output_type") == "error":
            lines.append(f"    ! {out.get('ename')}: {out.get('evalue')}")
            lines += ["    ! " + line for line in out.get("traceback", [])]
    content = (reply or {}).get("content", {})
    if content.get("evalue"):
        lines.append(f"    ! {content.get('ename')}: {content.get('evalue')}")
    return "\n".join(lines)


def run_one(path, out_dir, timeout, html):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    nb = nbformat.read(path, as_version=4)
    failure = {}

    def on_cell_error(cell, cell_index, execute_reply):
        failure.setdefault("text", cell_failure(nb, cell_index, execute_reply))

    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=timeout,
        # The kernel spec starts tslab in the project root whatever this says;
        # kept consistent so both agree on where relative paths point.
        resources={"metadata": {"path": str(ROOT)}},
        on_cell_error=on_cell_error,
    )
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
        error = failure.get("text") or f"  {type(exc).__name__}: {str(exc).strip()}"
    except Exception as exc:  # kernel missing, cannot start, ...
        error = f"  {type(exc).__name__}: {exc}"
    seconds = time.monotonic() - started

    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / path.name
    nbformat.write(nb, executed)  # also when it failed: the partial run helps to debug
    if html:
        executed.with_suffix(".html").write_text(to_html(nb), encoding="utf-8")
    return error, seconds


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
        error, seconds = run_one(path, out_dir, args.timeout, args.html)
        if error:
            failed += 1
            print(f"FAIL {path.name} ({seconds:.1f} s)\n{error}", flush=True)
        else:
            passed += 1
            print(f"ok   {path.name} ({seconds:.1f} s)", flush=True)
    print(f"executed copies{' and HTML' if args.html else ''} in {out_dir.relative_to(ROOT) if out_dir.is_relative_to(ROOT) else out_dir}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
