#!/usr/bin/env bash
# Set up Dragoman in ./.venv: safe to run again; installs only what is missing.
# torch is installed first and pinned: argostranslate needs it (through stanza), and any other
# torch request on this machine pulls several GB of CUDA packages.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3

# Qt's xcb plugin needs these to open a real window (not needed for the headless tests),
# DejaVu renders Kazakh and Arabic, and poppler-utils (pdftotext) reads exported PDFs back in the tests.
XCB_LIBS="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core
          poppler-utils"
# CI installs them too: the PDF export tests read PDFs back with pdftotext. A machine where apt
# cannot run goes on without them (those tests then say what is missing).
if command -v dpkg >/dev/null && [ "$(id -u)" = 0 ]; then
    missing=$(for p in $XCB_LIBS; do
        dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
    if [ -n "$missing" ]; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; } \
            || echo "Could not install $missing with apt; the window and the PDF tests may need them." >&2
    fi
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# TORCH_INDEX=https://download.pytorch.org/whl/cpu takes torch from PyTorch's CPU-only index (a
# plain PyPI torch on Linux is the CUDA build, GBs); unset, pip's own configuration decides.
.venv/bin/python -m pip install -q torch==2.13.0 ${TORCH_INDEX:+--index-url "$TORCH_INDEX"}
.venv/bin/python -m pip install -q -e ".[test]"
echo "Dragoman is set up in .venv"
