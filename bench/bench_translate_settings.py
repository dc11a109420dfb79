"""Which decoding settings should Dragoman use? Prints, for each demo package and setting:
exact-match rate on its training pairs and on held-out template fillings, and sentences/s.

    .venv/bin/python bench/bench_translate_settings.py

Held-out sentences are the same templates filled with another seed, minus any training sentence,
so they test combinations the model never saw.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
os.environ.setdefault("DRAGOMAN_HOME", tempfile.mkdtemp(prefix="dragoman-bench-"))
os.environ.setdefault("ARGOS_PACKAGES_DIR", tempfile.mkdtemp(prefix="dragoman-bench-argos-"))

from build_demo_models import expand_corpus  # noqa: E402

from dragoman.translate.engine import ARGOS_DECODING, Decoding, Engine  # noqa: E402

SETTINGS = {
    "greedy (beam 1)": Decoding(beam_size=1),
    "beam 2": Decoding(beam_size=2),
    "beam 4, 32-token batches (argos)": ARGOS_DECODING,
    "beam 4": Decoding(beam_size=4),
    "beam 4, length penalty 1.0": Decoding(beam_size=4, length_penalty=1.0),
}


def pairs_of(pair: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    lines = (REPO / "dragoman" / "resources" / "demo_corpus" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    train = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    spec = tomllib.loads((REPO / "dragoman" / "resources" / "demo_corpus" / f"{pair}.toml").read_text(encoding="utf-8"))
    known = {s for s, _ in train}
    held = [p for p in expand_corpus(spec, seed=12345) if p[0] not in known][:150]
    return train, held


def exact(engine: Engine, pairs: list[tuple[str, str]], code: str) -> tuple[float, float]:
    items = [(i, s) for i, (s, _) in enumerate(pairs)]
    started = time.perf_counter()
    out = [r.translation for r in engine.translate(items, code)]
    seconds = time.perf_counter() - started
    right = sum(o == e for o, (_, e) in zip(out, pairs))
    return right / len(pairs), len(pairs) / seconds


def main() -> None:
    print(f"{'package':8} {'setting':34} {'train exact':>11} {'held-out exact':>14} {'sent/s':>8}")
    for pair in ("kk-en", "ar-en", "ru-en"):
        train, held = pairs_of(pair)
        for name, decoding in SETTINGS.items():
            engine = Engine(decoding=decoding, batch_size=64, first_batch=64)
            list(engine.translate([(0, train[0][0])], pair[:2]))  # load the model outside the timing
            train_rate, speed = exact(engine, train, pair[:2])
            held_rate, _ = exact(engine, held, pair[:2])
            print(f"{pair:8} {name:34} {train_rate:11.1%} {held_rate:14.1%} {speed:8.0f}")
        print(f"{pair:8} ({len(train)} training pairs, {len(held)} held-out)")


if __name__ == "__main__":
    main()
