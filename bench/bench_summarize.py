"""Summary + quotes + officials: time per article (warm, median of N runs) and cold first call.

    .venv/bin/python bench/bench_summarize.py [--runs N] [--algorithm lexrank]

Goals (issue 4): a seed <= 150 ms warm (the brief asks for well under 100 ms); a
10,000-word article <= 2 s. The long article is built by concatenating the team's own
annotated articles of one language until it has 10,000 words. Prints each stage separately.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _timing import median_ms  # noqa: E402

from dragoman.article import from_text, load  # noqa: E402
from dragoman.summarize.officials import find_officials  # noqa: E402
from dragoman.summarize.quotes import find_quotes  # noqa: E402
from dragoman.summarize.summary import summarize  # noqa: E402

SEEDS = REPO.parent / "shared" / "seeds"
ANNOTATED = REPO / "tests" / "data" / "annotated"
LONG_WORDS = 10_000


def stages(article, algorithm: str) -> dict:
    """Each stage from scratch (no stage keeps per-article state, so repeated runs measure the
    analysis; quotes include the officials they need)."""
    return {
        "officials": lambda: find_officials(article),
        "quotes": lambda: find_quotes(article, find_officials(article)),
        "summary": lambda: summarize(article, algorithm=algorithm),
        "all three": lambda: (summarize(article, algorithm=algorithm),
                              find_quotes(article, find_officials(article))),
    }


def long_article(language: str):
    parts, words = [], 0
    texts = [p.read_text(encoding="utf-8") for p in sorted((ANNOTATED / language).glob("*.txt"))]
    while words < LONG_WORDS:
        for text in texts:
            parts.append(text)
            words += len(text.split())
    return from_text("\n\n".join(parts)), words


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--algorithm", default="lexrank")
    args = parser.parse_args()

    articles = [(p.name, load(str(p))) for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    if not articles:
        articles = [(p.name, load(str(p))) for p in sorted((ANNOTATED / "kk").glob("*.txt"))[:1]]
    for name, article in articles:
        start = time.perf_counter()
        stages(article, args.algorithm)["all three"]()
        cold = (time.perf_counter() - start) * 1000
        print(f"{name} ({article.code}, {len(article.sentences)} sentences): cold {cold:.0f} ms (includes sumy import)")
        for stage, action in stages(article, args.algorithm).items():
            print(f"  {stage:10} {median_ms(action, args.runs):7.1f} ms warm (median of {args.runs})")
    for language in ("kk", "ar", "ru", "en"):
        article, words = long_article(language)
        runs = max(3, args.runs // 5)
        print(f"long {language} article: {words} words, {len(article.sentences)} sentences")
        for stage, action in stages(article, args.algorithm).items():
            print(f"  {stage:10} {median_ms(action, runs):7.1f} ms warm (median of {runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
