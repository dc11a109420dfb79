"""Load + detect + split: time per article (warm, median of N runs), and the cold first call.

    .venv/bin/python bench/bench_article.py [--runs N]

Goals (issue 2): each seed <= 50 ms warm; a 10,000-word article <= 500 ms warm. The long
article is built by concatenating the team's own fixtures (tests/data/segmentation and
resources/samples) until it has 10,000 words; it is loaded from a file like any other.
The same article with every line break removed checks the worst case of one endless line.
Also prints each stage separately (read+decode, detect, split) for the long article.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _timing import median_ms  # noqa: E402

from dragoman.article.encoding import decode_bytes  # noqa: E402
from dragoman.article.language import detect_language  # noqa: E402
from dragoman.article.load import load_file  # noqa: E402
from dragoman.article.sentences import split_paragraphs, split_sentences  # noqa: E402

SEEDS = REPO.parent / "shared" / "seeds"
FIXTURES = sorted((REPO / "tests" / "data" / "segmentation").glob("*.txt")) + \
    sorted((REPO / "dragoman" / "resources" / "samples").glob("*.txt"))
LONG_WORDS = 10_000


def long_article(directory: Path) -> Path:
    """A UTF-8 file of at least LONG_WORDS words made of the team's own articles."""
    parts, words = [], 0
    while words < LONG_WORDS:
        for path in FIXTURES:
            text = path.read_text(encoding="utf-8")
            parts.append(text)
            words += len(text.split())
    path = directory / "long-10k-words.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def report(label: str, path: Path, runs: int, goal_ms: float) -> None:
    article = load_file(path)
    warm = median_ms(lambda: load_file(path), runs)
    verdict = "ok" if warm <= goal_ms else "OVER GOAL"
    print(f"{label:<34} {len(article.text.split()):>6} words {len(article.sentences):>5} sentences"
          f"  {warm:7.1f} ms (goal {goal_ms:.0f} ms, {verdict})  [{article.language.code}]")


def stages(path: Path, runs: int) -> None:
    data = path.read_bytes()
    text = decode_bytes(data).text
    paragraphs = split_paragraphs(text)
    print(f"  stages of {path.name}: decode {median_ms(lambda: decode_bytes(data), runs):.1f} ms,"
          f" detect {median_ms(lambda: detect_language(text), runs):.1f} ms,"
          f" paragraphs {median_ms(lambda: split_paragraphs(text), runs):.1f} ms,"
          f" sentences {median_ms(lambda: split_sentences(text, 'kk', paragraphs), runs):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    first = FIXTURES[0]
    start = time.perf_counter()
    load_file(first)  # builds the lingua detector and reads the language data
    print(f"cold first load ({first.name}): {(time.perf_counter() - start) * 1000:.1f} ms")
    print(f"warm, median of {runs} runs:")
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        print("  (no ../shared/seeds beside this clone; seeds skipped)")
    for seed in seeds:
        report(f"seed {seed.name}", seed, runs, 50)
    for sample in sorted((REPO / "dragoman" / "resources" / "samples").glob("*.txt")):
        report(f"sample {sample.name}", sample, runs, 50)
    with tempfile.TemporaryDirectory() as folder:
        path = long_article(Path(folder))
        report("10,000-word article", path, max(5, runs // 3), 500)
        one_line = Path(folder) / "one-line.txt"  # no line breaks: the worst case for quotes
        one_line.write_text(" ".join(path.read_text(encoding="utf-8").split()), encoding="utf-8")
        report("same, as one 10,000-word line", one_line, max(5, runs // 3), 500)
        stages(path, max(5, runs // 3))


if __name__ == "__main__":
    main()
