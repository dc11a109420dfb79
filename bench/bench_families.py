"""What the model's own score costs, and how long validating an install takes (prints figures).

    .venv/bin/python bench/bench_families.py

1. On the kk→en demo package, 400 corpus sentences, greedy, one thread: raw
   ``translate_batch`` as the engine called it before scores (``min_decoding_length=1``, no scores)
   against the call the families make now (``return_scores``, ``return_end_token``,
   ``min_decoding_length=0``; inputs whose best output is empty decoded again). Median of 5 interleaved runs;
   the second includes tokenizing and detokenizing (~10 ms).
2. ``models install`` of a tiny NLLB folder (tests/translate/tiny_models.py): copy, check, load, run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_TMP = Path(tempfile.mkdtemp(prefix="dragoman-bench-"))
os.environ["ARGOS_PACKAGES_DIR"] = str(_TMP / "argos")
os.environ["DRAGOMAN_HOME"] = str(_TMP / "dragoman")
(_TMP / "argos").mkdir()
sys.path[:0] = [str(REPO), str(REPO / "tests" / "translate")]

from dragoman.translate.engine import DEFAULT_DECODING  # noqa: E402
from dragoman.translate.families import load_model  # noqa: E402
from dragoman.translate.manager import install_package_file, list_packages  # noqa: E402

RUNS = 5


def sentences(count: int = 400) -> list[str]:
    lines = (REPO / "dragoman" / "resources" / "demo_corpus" / "kk-en.tsv").read_text(encoding="utf-8").splitlines()
    sources = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    return (sources * (count // max(len(sources), 1) + 1))[:count]


def score_cost() -> None:
    (demo,) = [p for p in list_packages() if p.demo and p.from_code == "kk"]
    model = load_model(demo, 1, "auto")
    texts = sentences()
    tokens = [model.encode(t) for t in texts]
    options = dict(beam_size=1, length_penalty=0.2, max_batch_size=1024, batch_type="tokens", replace_unknowns=True)

    def raw() -> None:
        model.translator.translate_batch(tokens, **options)

    def scored() -> None:
        model.translate(texts, DEFAULT_DECODING)

    runs = {"raw translate_batch, no scores": raw, "families' call with scores": scored}
    times: dict[str, list[float]] = {label: [] for label in runs}
    for run in runs.values():
        run()  # warm
    for _ in range(RUNS):  # interleaved, so the machine's other load falls on both alike
        for label, run in runs.items():
            started = time.perf_counter()
            run()
            times[label].append(time.perf_counter() - started)
    for label, measured in times.items():
        median = statistics.median(measured)
        print(f"  {label:34} {median * 1000:8.1f} ms  ({len(texts) / median:6.0f} sentences/s)")


def install_time() -> None:
    from tiny_models import build_nllb

    folder = build_nllb(_TMP / "src" / "nllb-200-tiny", _TMP / "work")
    started = time.perf_counter()
    install_package_file(folder)
    print(f"  install of a tiny NLLB folder (copy, check, load, run): {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    print(f"load average {os.getloadavg()}")
    print("1. the score's cost (kk→en demo, 400 sentences, greedy, 1 thread, median of 5)")
    score_cost()
    print("2. install")
    install_time()
