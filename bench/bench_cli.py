"""Whole-process time of `python main.py analyze` (median of several cold runs), and its peak memory.

    .venv/bin/python bench/bench_cli.py [FILE ...]

Goal (issue 2): the Kazakh seed, translation not involved (--no-translate), in <= 1 s.
Also prints the full analysis with the translation engine for comparison.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = [REPO.parent / "shared" / "seeds" / "000_4e29ef8c0546d831.txt",
           REPO / "dragoman" / "resources" / "samples" / "kk-official-visit.txt"]
RUNS = 7


def time_run(args: list[str]) -> tuple[float, int]:
    """Seconds and peak resident kilobytes of one run (via /usr/bin/time when present)."""
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    start = time.perf_counter()
    done = subprocess.run(timer + [sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"main.py {' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    peak = int(done.stderr.strip().splitlines()[-1]) if timer else 0
    return elapsed, peak


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]] or [p for p in DEFAULT if p.exists()]
    for path in files:
        for extra in (["--no-translate"], []):
            args = ["analyze", str(path), "--json", *extra]
            time_run(args)  # warm the file-system cache
            runs = [time_run(args) for _ in range(RUNS)]
            times = sorted(t for t, _ in runs)
            label = "no translation" if extra else "with translation"
            print(f"{path.name:32} {label:17} median {statistics.median(times):.3f} s  "
                  f"min {times[0]:.3f} s  max {times[-1]:.3f} s  peak RSS {max(m for _, m in runs) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
