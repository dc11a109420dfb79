"""Threads chosen from the cores, one model per process, batches sorted by length, cancel and
resume: real CTranslate2 on the committed demo packages, a recording engine to count batches."""

from __future__ import annotations

import gc
import random
import weakref

import pytest
from translate_fixtures import CountingEngine

from dragoman.article.paths import RESOURCES
from dragoman.translate.cache import TranslationCache
from dragoman.translate.engine import Engine, choose_intra_threads
from dragoman.translate.manager import list_packages


def corpus_pairs(pair: str, count: int, seed: int = 5) -> list[tuple[str, str]]:
    lines = (RESOURCES / "demo_corpus" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    pairs = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    return random.Random(seed).sample(pairs, count)


def demo_package(code: str):
    return next(p for p in list_packages() if p.from_code == code and p.demo)


@pytest.fixture
def no_variable(monkeypatch):
    monkeypatch.delenv("DRAGOMAN_INTRA_THREADS", raising=False)


# ------------------------------------------------------------ threads

@pytest.mark.parametrize("cores,busy,expected", [(1, False, 1), (1, True, 1), (2, False, 1), (2, True, 1),
                                                 (4, False, 3), (4, True, 2), (8, False, 7), (8, True, 6)])
def test_threads_come_from_the_free_cores(cores, busy, expected):
    assert choose_intra_threads(cores, busy) == expected


def test_a_setting_beats_the_variable_which_beats_the_cores():
    assert choose_intra_threads(8, False, setting=3, variable="5") == 3
    assert choose_intra_threads(8, False, variable="5") == 5
    assert choose_intra_threads(8, True, variable=" 2 ") == 2
    for nonsense in ("", "lots", "0", "-3", "2.5"):
        assert choose_intra_threads(4, False, variable=nonsense) == 3


def test_an_engine_takes_its_threads_from_the_variable_busy_and_setting(argos_dir, monkeypatch, no_variable):
    engine = Engine(cores=5)
    assert engine.intra_threads == 4
    engine.set_busy(True)
    assert engine.intra_threads == 3
    monkeypatch.setenv("DRAGOMAN_INTRA_THREADS", "2")
    assert engine.intra_threads == 2
    engine.set_intra_threads(1)
    assert engine.intra_threads == 1
    engine.set_intra_threads(None)
    engine.set_busy(False)
    assert engine.intra_threads == 2
    assert Engine(cores=5, intra_threads=3).intra_threads == 3


def test_a_thread_change_loads_the_model_again_at_the_next_batch_and_frees_the_old(argos_dir, no_variable):
    # Thread counts no other engine in the test process uses, so "freed" can be checked.
    engine = CountingEngine(cores=7, first_batch=1, batch_size=1)
    info = demo_package("kk")
    pairs = corpus_pairs("kk-en", 3)
    stream = engine.translate([(i, src) for i, (src, _) in enumerate(pairs)], "kk")
    first = next(stream)
    six = engine._load(info)
    assert engine._loaded and all(held.threads == 6 for held in engine._loaded.values())
    engine.set_busy(True)  # mid-run: the next batch runs on one thread fewer
    rest = list(stream)
    assert [r.translation for r in [first, *rest]] == [english for _, english in pairs]
    assert [held.threads for held in engine._loaded.values()] == [5]
    gone = weakref.ref(six)
    del six
    gc.collect()
    assert gone() is None  # no engine holds the six-thread copy any more


# ------------------------------------------------------------ one model per process

def test_engines_share_one_loaded_model(argos_dir, no_variable):
    first, second = Engine(cores=8), Engine(cores=8)  # seven threads: no other test's engine has them
    src, english = corpus_pairs("ru-en", 1)[0]
    assert [r.translation for r in first.translate([(0, src)], "ru")] == [english]
    assert [r.translation for r in second.translate([(0, src)], "ru")] == [english]
    info = demo_package("ru")
    assert first._load(info) is second._load(info)
    other_threads = Engine(cores=4)
    assert other_threads._load(info) is not first._load(info)  # a translator's threads are fixed
    kept = weakref.ref(first._load(info))
    first.close()
    gc.collect()
    assert kept() is second._load(info)  # still held by the other engine
    second.close()
    gc.collect()
    assert kept() is None


# ------------------------------------------------------------ batches sorted by length

def test_batches_go_longest_first_but_results_come_in_article_order(argos_dir):
    pairs = corpus_pairs("ar-en", 30, seed=8)
    engine = CountingEngine(first_batch=1, batch_size=16)
    stream = engine.translate([(i, src) for i, (src, _) in enumerate(pairs)], "ar")
    first = next(stream)
    assert first.id == 0 and engine.batches == [[pairs[0][0]]]  # the first sentence alone, first
    results = [first, *stream]
    assert [r.id for r in results] == list(range(30))
    assert [r.translation for r in results] == [english for _, english in pairs]
    assert [len(batch) for batch in engine.batches] == [1, 4, 16, 9]  # batches grow fourfold
    for batch in engine.batches:
        assert [len(text) for text in batch] == sorted((len(text) for text in batch), reverse=True)
    sent = [text for batch in engine.batches for text in batch]
    assert sorted(sent) == sorted(src for src, _ in pairs)
    assert len({len(src) for src, _ in pairs[1:5]}) > 1  # the sort had something to do


# ------------------------------------------------------------ cancel and resume

def test_cancel_stops_a_run_of_cached_results(argos_dir, tmp_path):
    pairs = corpus_pairs("kk-en", 12)
    items = [(i, src) for i, (src, _) in enumerate(pairs)]
    cache = TranslationCache(tmp_path / "translations.sqlite")
    list(Engine(cache=cache).translate(items, "kk"))
    engine = CountingEngine(cache=cache)
    received = []
    for result in engine.translate(items, "kk", cancel=lambda: len(received) >= 4):
        received.append(result)
    assert [r.id for r in received] == [0, 1, 2, 3] and all(r.cached for r in received)
    assert engine.batches == []


def test_cancel_before_the_first_result_yields_nothing(argos_dir):
    engine = CountingEngine()
    assert list(engine.translate([(0, corpus_pairs("ru-en", 1)[0][0])], "ru", cancel=lambda: True)) == []
    assert engine.batches == []
    assert list(engine.translate([(0, "x")], "fa", cancel=lambda: True)) == []  # no model: still nothing


def test_resume_translates_only_what_the_first_run_did_not(argos_dir, tmp_path):
    pairs = corpus_pairs("ar-en", 10, seed=2)
    items = [(i, src) for i, (src, _) in enumerate(pairs)]
    cache = TranslationCache(tmp_path / "translations.sqlite")
    first = CountingEngine(cache=cache, first_batch=1, batch_size=4)
    received = []
    for result in first.translate(items, "ar", cancel=lambda: len(received) >= 2):
        received.append(result)
    assert [r.id for r in received] == [0, 1]
    done_first = {text for batch in first.batches for text in batch}
    assert done_first == {src for src, _ in pairs[:5]}  # batches of 1 and 4: item 2-4 done, not shown

    resumed = CountingEngine(cache=cache, first_batch=1, batch_size=4)
    rest = list(resumed.translate(items[len(received):], "ar"))
    assert [r.id for r in rest] == list(range(2, 10))
    assert [r.cached for r in rest] == [True] * 3 + [False] * 5
    assert [r.translation for r in received + rest] == [english for _, english in pairs]
    sent_again = [text for batch in resumed.batches for text in batch]
    assert sorted(sent_again) == sorted(src for src, _ in pairs[5:])  # nothing translated twice


def test_the_variable_sets_the_threads_the_model_is_built_with(argos_dir, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_INTRA_THREADS", "3")
    engine = Engine(cores=1)
    src, english = corpus_pairs("ar-en", 1)[0]
    assert [r.translation for r in engine.translate([(0, src)], "ar")] == [english]
    assert [held.threads for held in engine._loaded.values()] == [3]
