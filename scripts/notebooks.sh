#!/bin/sh
# Execute every notebook headlessly: `npm run notebooks [-- --html] [-- notebooks/02-topics.ipynb]`.
# Installs the tslab kernel on first use, builds the library the cells import,
# then hands over to scripts/run_notebooks.py (prints `N passed, N failed`).
set -eu
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/jupyter ] || ! /usr/bin/python3 -c 'import nbclient, nbformat' 2>/dev/null; then
  echo "Jupyter is missing: apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client" >&2
  exit 2
fi
if [ ! -f tools/tslab/node_modules/tslab/bin/tslab ]; then
  echo "Installing the tslab kernel into tools/tslab ..."
  npm --prefix tools/tslab ci --no-audit --no-fund
fi
# Cells import dist/, so notebooks always run against the current source.
npm run --silent build
exec /usr/bin/python3 scripts/run_notebooks.py "$@"
