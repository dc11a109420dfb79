#!/usr/bin/env bash
# Take the README screenshots: installs what Xvfb and Qt's X11 plugin need (as root, Debian),
# then runs scripts/screenshots.py under Xvfb. Output: docs/screenshots/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGES="xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core"
missing=$(for p in $PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "screenshots: missing Debian packages: $missing (install them as root)" >&2
        exit 2
    fi
    apt-get update -qq && apt-get install -y -qq $missing
fi
exec .venv/bin/python scripts/screenshots.py "$@"
