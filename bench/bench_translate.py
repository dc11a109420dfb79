"""Translation engine benchmarks (prints figures; not a test).

    .venv/bin/python bench/bench_translate.py            # both parts
    .venv/bin/python bench/bench_translate.py --no-argos # skip the argostranslate comparison

1. Engine overhead: the engine (tokenize, batch, CTranslate2, detokenize, flags; no cache) against
   raw ``ctranslate2.Translator.translate_batch`` on the same pre-tokenized sentences, with the same
   settings, the same batches and the same threads — on the kk→en demo package and on the random
   package shaped like a published Argos model (scripts/make_big_model.py). Goal: ≤ 10 %. Two
   figures: the ratio of the two timings (noisy on a shared machine), and the share of the engine's
   own time spent outside CTranslate2 in the same run (what the overhead really is).
2. Engine against ``argostranslate.translate`` on the same demo package and 200 sentences, one call
   per sentence (how a window streams), argos' splitter kept to the whole sentence (offline; see
   tests/translate/test_translate_argos_parity.py). Same output with ARGOS_DECODING; the speed ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_TMP = Path(tempfile.mkdtemp(prefix="dragoman-bench-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_TMP / _name.lower())
os.environ["ARGOS_PACKAGES_DIR"] = str(_TMP / "argos")
os.environ["DRAGOMAN_HOME"] = str(_TMP / "dragoman")
(_TMP / "argos").mkdir()
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from dragoman.translate.engine import ARGOS_DECODING, DEFAULT_DECODING, Decoding, Engine  # noqa: E402

THREADS = 1  # the same on both sides, so the comparison is of the engine's overhead alone
from dragoman.translate.manager import PackageInfo, list_packages, read_package  # noqa: E402

REPEATS = 5


def corpus_sentences(pair: str, count: int) -> list[str]:
    lines = (REPO / "dragoman" / "resources" / "demo_corpus" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")][:count]


def demo_package(code: str) -> PackageInfo:
    return next(p for p in list_packages() if p.bundled and p.from_code == code)


def big_package() -> PackageInfo:
    import make_big_model

    folder = make_big_model.OUT / make_big_model.NAME
    if not (folder / "model" / "model.bin").is_file():
        print("generating the random Argos-shaped package (scripts/make_big_model.py) ...")
        make_big_model.make()
    info = read_package(folder)
    assert info is not None
    return info


def resident_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1024**2


def median_seconds(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def engine_batches(engine: Engine, count: int) -> list[tuple[int, int]]:
    bounds, start, size = [], 0, engine.first_batch
    while start < count:
        bounds.append((start, min(count, start + size)))
        start, size = start + size, engine.batch_size
    return bounds


def overhead(package: PackageInfo, sentences: list[str], decoding: Decoding, label: str,
             repeats: int = REPEATS) -> None:
    import ctranslate2
    import sentencepiece

    engine = Engine(packages=lambda: [package], decoding=decoding, intra_threads=THREADS)
    items = list(enumerate(sentences))
    list(engine.translate(items[:1], package.from_code))  # load outside the timing
    translator = ctranslate2.Translator(str(package.path / "model"), compute_type=decoding.compute_type,
                                       inter_threads=1, intra_threads=THREADS)
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package.path / "sentencepiece.model"))
    tokens = [tokenizer.encode(s, out_type=str) for s in sentences]
    options = dict(beam_size=decoding.beam_size, length_penalty=decoding.length_penalty,
                   replace_unknowns=decoding.replace_unknowns, max_batch_size=decoding.max_batch_size,
                   batch_type=decoding.batch_type, max_input_length=decoding.max_input_length,
                   max_decoding_length=decoding.max_decoding_length)

    def raw() -> None:
        for start, end in engine_batches(engine, len(tokens)):
            translator.translate_batch(tokens[start:end], **options)

    def ours() -> None:
        for _ in engine.translate(items, package.from_code):
            pass

    inside = TimedTranslator.install(engine)
    raw_times, our_times, shares = [], [], []
    for _ in range(repeats):  # interleaved, so load from other processes hits both alike
        raw_times.append(median_seconds(raw, 1))
        inside.seconds = 0.0
        our_times.append(median_seconds(ours, 1))
        shares.append(1 - inside.seconds / our_times[-1])
    raw_s, ours_s = statistics.median(raw_times), statistics.median(our_times)
    print(f"  {label:42} raw CT2 {raw_s * 1000:8.1f} ms   engine {ours_s * 1000:8.1f} ms   "
          f"ratio {100 * (ours_s / raw_s - 1):+5.1f} %   "
          f"engine time outside CT2 {100 * statistics.median(shares):4.1f} %   "
          f"({len(sentences) / ours_s:.0f} sentences/s)")


class TimedTranslator:
    """Wraps the engine's loaded translator to time what CTranslate2 itself spends, in the same run:
    a measure of the engine's own overhead that other processes' load cannot skew."""

    def __init__(self, translator) -> None:  # noqa: ANN001
        self.translator, self.seconds = translator, 0.0

    def translate_batch(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        started = time.perf_counter()
        try:
            return self.translator.translate_batch(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started

    @classmethod
    def install(cls, engine: Engine) -> TimedTranslator:
        (held,) = engine._loaded.values()  # the engine's share of the process-wide model registry
        loaded = held.package
        timed = cls(loaded.translator)
        loaded.translator = timed
        return timed


def argos_comparison(sentences: list[str]) -> None:
    from argostranslate import settings

    with zipfile.ZipFile(REPO / "dragoman" / "resources" / "models" / "kk-en-demo.argosmodel") as archive:
        archive.extractall(Path(os.environ["ARGOS_PACKAGES_DIR"]))
    started = time.perf_counter()
    import argostranslate.translate as argos

    print(f"  import argostranslate.translate: {time.perf_counter() - started:.1f} s")
    assert settings.package_dirs == [Path(os.environ["ARGOS_PACKAGES_DIR"])]

    class WholeInput:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    translation = argos.get_translation_from_codes("kk", "en")
    translation.underlying.sentencizer = WholeInput()
    translation.translate(sentences[0])  # load outside the timing
    theirs: list[str] = []
    argos_s = median_seconds(lambda: theirs.__setitem__(slice(None), [translation.translate(s) for s in sentences]), 3)
    package = demo_package("kk")
    settings = (("engine, argos settings", ARGOS_DECODING), ("engine, Dragoman defaults", DEFAULT_DECODING))
    for label, decoding in settings:
        engine = Engine(packages=lambda: [package], decoding=decoding, intra_threads=THREADS)
        list(engine.translate([(0, sentences[0])], "kk"))
        ours: list[str] = []

        def run(engine: Engine = engine, ours: list[str] = ours) -> None:
            ours[:] = [r.translation for r in engine.translate(list(enumerate(sentences)), "kk")]

        ours_s = median_seconds(run, 3)
        same = sum(a == b for a, b in zip(ours, theirs))
        print(f"  {label:28} {len(sentences) / ours_s:7.0f} sentences/s "
              f"vs argostranslate {len(sentences) / argos_s:5.0f}/s "
              f"= {argos_s / ours_s:5.1f}x faster; identical outputs {same}/{len(sentences)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-argos", action="store_true")
    args = parser.parse_args()
    print(f"1. Engine overhead over raw CTranslate2 (median of {REPEATS}; intra_threads={THREADS})")
    kk = corpus_sentences("kk-en", 200)
    overhead(demo_package("kk"), kk, DEFAULT_DECODING, "kk→en demo, 200 sentences, greedy")
    overhead(demo_package("kk"), kk, Decoding(beam_size=4), "kk→en demo, 200 sentences, beam 4")
    print(f"  resident memory with the kk→en demo package loaded: {resident_mb():.0f} MB")
    big = big_package()
    greedy = Decoding(beam_size=1, max_decoding_length=48)
    overhead(big, kk[:48], greedy, "Argos-shaped random, 48 sentences, greedy", 3)
    if not args.no_argos:
        print("2. Engine vs argostranslate.translate, kk→en demo package, 200 sentences, one call each")
        argos_comparison(kk)


if __name__ == "__main__":
    main()
