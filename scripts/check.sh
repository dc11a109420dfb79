#!/usr/bin/env bash
# Lint and type checks (ruff and mypy, configured in pyproject.toml) over the whole tree, as .ci/run
# and pre-commit run them. Usage: bash scripts/check.sh [ruff|mypy|all]   (PYTHON=... for another one)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
WHAT=${1:-all}

if [ "$WHAT" = ruff ] || [ "$WHAT" = all ]; then
    "$PY" -m ruff check .
fi
if [ "$WHAT" = mypy ] || [ "$WHAT" = all ]; then
    "$PY" -m mypy
fi
