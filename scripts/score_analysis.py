"""Score quotes, officials, mentions and English names against the annotated articles.

    python scripts/score_analysis.py [--problems] [FOLDER ...]

Default folders: tests/data/annotated/{kk,ar,ru,en}, plus the seeds' gold
(tests/data/annotated/seeds/, articles read from ../shared/seeds/) when that folder exists.
Prints precision, recall and F1 per language and in total, and for each speaker sieve how
many speakers it gave and how many of those were wrong ("unknown": no sieve was sure).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dragoman.article import load  # noqa: E402
from dragoman.article.analysis import SIEVES  # noqa: E402
from dragoman.summarize.officials import find_officials  # noqa: E402
from dragoman.summarize.quotes import find_quotes  # noqa: E402
from dragoman.summarize.scoring import Score, load_gold, score_article  # noqa: E402

ANNOTATED = REPO / "tests" / "data" / "annotated"
SEEDS = REPO.parent / "shared" / "seeds"


def score_folder(folder: Path, articles: Path | None = None) -> Score:
    """Score every NAME.gold.toml in ``folder`` against NAME.txt (in ``articles`` if given)."""
    total = Score()
    for gold_path in sorted(folder.glob("*.gold.toml")):
        name = gold_path.name[: -len(".gold.toml")]
        article = load(str((articles or folder) / f"{name}.txt"))
        officials = find_officials(article)
        quotes = find_quotes(article, officials)
        total.merge(score_article(article.text, load_gold(gold_path), officials, quotes, label=name))
    return total


def _line(label: str, score: Score) -> str:
    q, o, m = score.quotes, score.officials, score.mentions
    return (f"{label:6} quotes P {q.precision:.2f} R {q.recall:.2f} F1 {q.f1:.2f} | "
            f"officials P {o.precision:.2f} R {o.recall:.2f} F1 {o.f1:.2f} | "
            f"mentions P {m.precision:.2f} R {m.recall:.2f} F1 {m.f1:.2f} | "
            f"speaker {score.speaker.value:.2f} ({score.speaker.right}/{score.speaker.total}) | "
            f"name_en {score.name_en.value:.2f} ({score.name_en.right}/{score.name_en.total}) | "
            f"name_en not in table {score.name_en_rules.value:.2f} "
            f"({score.name_en_rules.right}/{score.name_en_rules.total}) | "
            f"title_en {score.title_en.value:.2f} ({score.title_en.right}/{score.title_en.total})")


def _sieve_line(label: str, score: Score) -> str:
    parts = []
    for sieve in (*SIEVES, "unknown"):
        ratio = score.sieves.get(sieve)
        if ratio is not None:
            parts.append(f"{sieve} {ratio.total} ({ratio.total - ratio.right} wrong)")
    return f"{label:6} sieves: " + (", ".join(parts) or "no quotes matched")


def main(argv: list[str]) -> int:
    show = "--problems" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")]
    runs: list[tuple[str, Path, Path | None]] = [(f.name, f, None) for f in folders]
    if not runs:
        runs = [(code, ANNOTATED / code, None) for code in ("kk", "ar", "ru", "en")]
        if SEEDS.is_dir():
            runs.append(("seeds", ANNOTATED / "seeds", SEEDS))
    total = Score()
    for label, folder, articles in runs:
        score = score_folder(folder, articles)
        print(_line(label, score))
        print(_sieve_line(label, score))
        if label != "seeds":
            total.merge(score)
        if show:
            for problem in score.problems:
                print("   ", problem)
    if len(runs) > 1:
        print(_line("own", total))
        print(_sieve_line("own", total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
