"""The engine on the committed demo packages: real CTranslate2 inference, streaming, cancel, cache,
pivot routing, missing models and flags."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from translate_fixtures import CountingEngine

from dragoman.article.analysis import FLAG_TRUNCATED
from dragoman.article.paths import REPO_ROOT, RESOURCES
from dragoman.translate import manager
from dragoman.translate.cache import TranslationCache
from dragoman.translate.engine import Decoding, Engine


def corpus_pairs(pair: str, count: int, seed: int = 7) -> list[tuple[str, str]]:
    lines = (RESOURCES / "demo_corpus" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    pairs = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    return random.Random(seed).sample(pairs, count)


@pytest.fixture
def engine(argos_dir) -> Engine:
    engine = Engine()
    yield engine
    engine.close()


@pytest.mark.parametrize("pair", ["kk-en", "ar-en", "ru-en"])
def test_demo_packages_translate_their_own_phrases(engine, pair):
    pairs = corpus_pairs(pair, 6)
    items = [(10 + i, src) for i, (src, _) in enumerate(pairs)]
    results = list(engine.translate(items, pair[:2]))
    assert [r.id for r in results] == [i for i, _ in items]
    assert [r.translation for r in results] == [english for _, english in pairs]
    assert all(r.flags == [] and not r.cached for r in results)
    plan = engine.plan(pair[:2])
    assert plan.available and plan.demo and "DEMO" in plan.model and plan.route == [pair[:2], "en"]
    assert "demo model" in plan.message


def test_results_stream_batch_by_batch_in_order(argos_dir):
    engine = CountingEngine(first_batch=2, batch_size=3)
    items = [(i, src) for i, (src, _) in enumerate(corpus_pairs("kk-en", 8))]
    stream = engine.translate(items, "kk")
    first = next(stream)
    assert first.id == 0 and len(engine.batches) == 1 and len(engine.batches[0]) == 2  # nothing more yet
    rest = list(stream)
    assert [r.id for r in [first, *rest]] == list(range(8))
    assert [len(b) for b in engine.batches] == [2, 3, 3]


def test_cancel_stops_between_batches(argos_dir):
    engine = CountingEngine(first_batch=2, batch_size=2)
    items = [(i, src) for i, (src, _) in enumerate(corpus_pairs("ru-en", 10))]
    received = []
    for result in engine.translate(items, "ru", cancel=lambda: len(received) >= 3):
        received.append(result)
    # The batch under way finishes, but nothing more is yielded once cancel() says so (item 3 was
    # in that batch: it is translated, not shown) and no new batch starts.
    assert [r.id for r in received] == [0, 1, 2]
    assert len(engine.batches) == 2


def test_second_run_comes_from_the_cache_file(argos_dir, tmp_path):
    items = [(i, src) for i, (src, _) in enumerate(corpus_pairs("ar-en", 5))]
    first_engine = CountingEngine(cache=TranslationCache(tmp_path / "translations.sqlite"))
    first = list(first_engine.translate(items, "ar"))
    first_engine.close()
    assert not any(r.cached for r in first)

    again = CountingEngine(cache=TranslationCache(tmp_path / "translations.sqlite"))  # a new process, say
    second = list(again.translate(items + [(99, "Открылись дни культуры.")], "ar"))
    assert [r.cached for r in second] == [True] * 5 + [False]
    assert [r.translation for r in second[:5]] == [r.translation for r in first]
    assert again.batches == [["Открылись дни культуры."]]
    reopened = Engine(cache=TranslationCache(tmp_path / "translations.sqlite"))
    assert all(r.cached for r in reopened.translate(items, "ar"))
    assert reopened._loaded == {}  # an article read again never even loads the model
    other_settings = CountingEngine(cache=again.cache, decoding=Decoding(beam_size=3))
    assert not any(r.cached for r in other_settings.translate(items[:2], "ar"))


def test_a_damaged_cache_file_is_rebuilt(argos_dir, tmp_path):
    path = tmp_path / "translations.sqlite"
    path.write_bytes(b"this is not an SQLite database" * 100)
    engine = Engine(cache=TranslationCache(path))
    src, english = corpus_pairs("kk-en", 1)[0]
    assert [r.translation for r in engine.translate([(0, src)], "kk")] == [english]
    assert engine.cache.count() == 1
    [kept] = tmp_path.glob("translations.sqlite.damaged-*")  # a new timestamped name (issue 12 item 5)
    assert kept.read_bytes().startswith(b"this is not")


def test_missing_model_gives_null_and_one_message(engine):
    plan = engine.plan("fa")
    assert not plan.available and plan.message == "No Persian→English model installed."
    results = list(engine.translate([(0, "سلام"), (1, "خداحافظ")], "fa"))
    assert [(r.id, r.translation, r.flags) for r in results] == [(0, None, []), (1, None, [])]


def test_same_language_is_returned_as_it_is(engine):
    assert engine.plan("en").available
    assert [r.translation for r in engine.translate([(0, "Talks went well.")], "en")] == ["Talks went well."]


def pivot_packages(make_variant) -> None:
    """kk→ru and ru→en as real (non-demo) packages: copies of demo packages with other metadata."""
    manager.install_package_file(make_variant("kk-en", top="kk_ru", to_code="ru", to_name="Russian",
                                              dragoman_demo=None, package_version="1.0"))
    manager.install_package_file(make_variant("ru-en", top="ru_en", dragoman_demo=None, package_version="1.0"))


def test_pivot_through_russian(argos_dir, make_variant):
    pivot_packages(make_variant)
    engine = Engine(packages=lambda: manager.list_packages(include_demo=False))
    plan = engine.plan("kk")
    assert plan.route == ["kk", "ru", "en"] and plan.available and not plan.demo
    assert plan.message == "Kazakh→English via Russian."
    texts = [src for src, _ in corpus_pairs("kk-en", 4)]
    through = [r.translation for r in engine.translate(list(enumerate(texts)), "kk")]
    first_leg = [r.translation for r in engine.translate(list(enumerate(texts)), "kk", "ru")]
    second_leg = [r.translation for r in engine.translate(list(enumerate(first_leg)), "ru", "en")]
    assert through == second_leg


def test_two_real_packages_beat_a_direct_demo_but_a_real_direct_wins(argos_dir, make_variant):
    pivot_packages(make_variant)
    engine = Engine()  # installed packages plus the bundled demos
    assert engine.plan("kk").route == ["kk", "ru", "en"]
    manager.install_package_file(make_variant("kk-en", top="kk_en_real", dragoman_demo=None, package_version="2.0"))
    plan = engine.plan("kk")
    assert plan.route == ["kk", "en"] and not plan.demo and plan.message is None


def test_input_beyond_the_model_limit_is_flagged(argos_dir):
    engine = Engine(decoding=Decoding(beam_size=1, max_input_length=6))
    src, _ = corpus_pairs("ru-en", 1)[0]
    (result,) = engine.translate([(0, src + " " + src)], "ru")
    assert FLAG_TRUNCATED in result.flags and result.translation


def test_line_breaks_inside_a_sentence_are_kept(engine):
    (a, ea), (b, eb) = corpus_pairs("kk-en", 2, seed=3)
    (result,) = engine.translate([(0, f"{a}\n{b}")], "kk")
    assert result.translation == f"{ea}\n{eb}"


def test_engine_path_imports_nothing_heavy(argos_dir, tmp_path):
    code = (
        "import sys\n"
        "from dragoman.translate.engine import Engine\n"
        "from dragoman.translate import manager\n"
        "e = Engine()\n"
        "out = list(e.translate([(0, 'Кездесу Астанада өтті.')], 'kk'))\n"
        "assert out[0].translation, out\n"
        "heavy = [m for m in ('torch', 'stanza', 'spacy', 'argostranslate.translate') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_package_that_cannot_load_falls_back_and_is_named(argos_dir, make_variant):
    broken = make_variant("kk-en", top="kk_en_broken", dragoman_demo=None, package_version="3.0")
    info = manager.install_package_file(broken)
    (info.path / "model" / "model.bin").write_bytes(b"not a CTranslate2 model")
    engine = Engine()
    assert engine.plan("kk").route == ["kk", "en"] and not engine.plan("kk").demo  # not known to be broken yet
    src, english = corpus_pairs("kk-en", 1)[0]
    assert [r.translation for r in engine.translate([(0, src)], "kk")] == [english]  # the bundled demo did it
    plan = engine.plan("kk")
    assert plan.demo and "kk_en_broken could not be loaded" in plan.message


def test_a_broken_package_with_no_fallback_gives_null(argos_dir, make_variant):
    info = manager.install_package_file(make_variant("kk-en", top="xx_en", from_code="xx", dragoman_demo=None))
    (info.path / "sentencepiece.model").write_bytes(b"garbage")
    engine = Engine()
    assert [r.translation for r in engine.translate([(0, "text")], "xx")] == [None]
    assert engine.plan("xx").message.startswith("No working xx→English model: the package xx_en could not be loaded")


def test_a_package_replaced_in_place_is_loaded_again(argos_dir, make_variant):
    engine = Engine(packages=lambda: manager.list_packages(include_demo=False))
    manager.install_package_file(make_variant("ru-en", top="same_folder", dragoman_demo=None))
    src, english = corpus_pairs("ru-en", 1)[0]
    assert [r.translation for r in engine.translate([(0, src)], "ru")] == [english]
    # Same folder name, other model: the kk→en weights labelled ru→en now answer differently.
    manager.install_package_file(make_variant("kk-en", top="same_folder", from_code="ru", dragoman_demo=None))
    assert [r.translation for r in engine.translate([(0, src)], "ru")] != [english]


def test_a_bpe_package_is_named_not_silently_ignored(argos_dir, tmp_path):
    folder = argos_dir / "translate-de_en-bpe"
    (folder / "model").mkdir(parents=True)
    (folder / "model" / "model.bin").write_bytes(b"x")
    (folder / "bpe.model").write_text("#version: 0.2\n")
    (folder / "metadata.json").write_text('{"from_code": "de", "to_code": "en", "from_name": "German"}')
    plan = Engine().plan("de")
    assert not plan.available
    assert plan.message.startswith(
        "No working German→English model: the package translate-de_en-bpe has no sentencepiece")
