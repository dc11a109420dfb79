"""Analysis without translation on long articles: is it linear in the article? (issue 11)

    .venv/bin/python bench/bench_long.py [--language kk] [--words 10000 50000 100000] [--no-stages]

Builds articles of 10k, 50k and 100k words from the paragraphs of the samples, the shared seeds
(../shared/seeds, when present) and the annotated test articles of one language. Each round
takes every paragraph once in a different shuffled order, so the article is not one paragraph
repeated and the summary's graph is not a set of identical cliques.

For each article it runs ``main.py analyze FILE --no-translate --json`` as a whole process and
prints its wall time and peak resident memory (the child's own rusage from ``os.wait4``), then
the ratio of the longest to the shortest. Then, in this process, the stages separately: load
(reading, language, segmentation), segmentation alone, summary, officials and quotes.

Goal (issue 11): 100k words take at most 8 times as long as 10k words; the peak stays <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SEEDS = REPO.parent / "shared" / "seeds"
SAMPLES = REPO / "dragoman" / "resources" / "samples"
ANNOTATED = REPO / "tests" / "data" / "annotated"
GOAL_RATIO, GOAL_MB = 8, 500


def _paragraphs_of(path: Path) -> list[str]:
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n")]
    return [b for b in blocks if b]


def source_paragraphs(language: str) -> list[str]:
    """Every paragraph of this language's samples, seeds and annotated articles."""
    from dragoman.article import from_text

    files = sorted(SAMPLES.glob(f"{language}-*.txt")) + sorted((ANNOTATED / language).glob("*.txt"))
    for seed in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        if from_text(seed.read_text(encoding="utf-8")[:2000]).code == language:
            files.append(seed)
    return [p for f in files for p in _paragraphs_of(f)]


def build_article(paragraphs: list[str], words: int) -> str:
    """At least ``words`` words: rounds of all paragraphs, each round in its own order."""
    parts: list[str] = []
    count, round_no = 0, 0
    while count < words:
        order = list(paragraphs)
        random.Random(round_no).shuffle(order)
        for paragraph in order:
            parts.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
        round_no += 1
    return "\n\n".join(parts) + "\n"


def run_process(path: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of ``main.py analyze path --no-translate --json``."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(REPO / "main.py"), "analyze", str(path),
                                  "--no-translate", "--json"], stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise SystemExit(f"main.py analyze failed on {path.name} (exit {child.returncode}).")
        out.seek(0)
        json.load(out)  # the whole analysis was printed
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def stage_times(path: Path) -> dict[str, float]:
    """Seconds per stage of one in-process analysis of ``path``."""
    from dragoman.article import load
    from dragoman.article.sentences import split_paragraphs, split_sentences
    from dragoman.summarize.officials import find_officials
    from dragoman.summarize.quotes import find_quotes
    from dragoman.summarize.summary import summarize

    times: dict[str, float] = {}

    def timed(name, action):
        start = time.perf_counter()
        value = action()
        times[name] = time.perf_counter() - start
        return value

    article = timed("load", lambda: load(str(path)))
    timed("segmentation", lambda: split_sentences(article.text, article.code, split_paragraphs(article.text)))
    timed("summary", lambda: summarize(article))
    officials = timed("officials", lambda: find_officials(article))
    timed("quotes", lambda: find_quotes(article, officials))
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="kk")
    parser.add_argument("--words", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--no-stages", action="store_true", help="skip the in-process stage breakdown")
    args = parser.parse_args()

    paragraphs = source_paragraphs(args.language)
    if not paragraphs:
        raise SystemExit(f"No {args.language} articles to build from.")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{args.language}: {len(paragraphs)} distinct paragraphs")
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for words in args.words:
            files[words] = Path(folder) / f"long-{args.language}-{words}.txt"
            files[words].write_text(build_article(paragraphs, words), encoding="utf-8")
        for words, path in files.items():
            wall, peak = run_process(path)
            results[words] = wall
            print(f"{words:>7} words  {path.stat().st_size / 1024:7.0f} KB  whole process {wall:6.2f} s  "
                  f"peak {peak:6.0f} MB{'' if peak <= GOAL_MB else '  (over ' + str(GOAL_MB) + ' MB)'}")
        if len(results) > 1:
            low, high = min(results), max(results)
            ratio = results[high] / results[low]
            print(f"ratio {high}/{low} words: {ratio:.1f} (goal <= {GOAL_RATIO})")
        if not args.no_stages:
            for words, path in files.items():
                times = stage_times(path)
                print(f"{words:>7} words  " + "  ".join(f"{k} {v:.2f} s" for k, v in times.items()))
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
