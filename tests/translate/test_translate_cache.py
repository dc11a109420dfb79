"""The SQLite translation cache: WAL, shared between threads, rebuilt when damaged."""

from __future__ import annotations

import sqlite3
import threading

from translate.cache import TranslationCache, cache_key


def test_keys_depend_on_identity_settings_and_text():
    base = cache_key("pkg-a", "beam1", "Сөйлем.")
    assert base == cache_key("pkg-a", "beam1", "Сөйлем.")
    assert len({base, cache_key("pkg-b", "beam1", "Сөйлем."), cache_key("pkg-a", "beam4", "Сөйлем."),
                cache_key("pkg-a", "beam1", "Сөйлем")}) == 4


def test_wal_and_round_trip(tmp_path):
    cache = TranslationCache(tmp_path / "t.sqlite")
    cache.put_many([("k1", "One.", [], -0.25), ("k2", "Two two two.", ["repeated"])])
    assert cache.get_many(["k2", "k1", "missing"]) == {"k1": ("One.", [], -0.25),
                                                       "k2": ("Two two two.", ["repeated"], None)}
    mode = sqlite3.connect(tmp_path / "t.sqlite").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_many_threads_share_one_cache(tmp_path):
    cache = TranslationCache(tmp_path / "t.sqlite")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for batch in range(20):
                entries = [(f"{n}-{batch}-{i}", f"text {n} {batch} {i}", []) for i in range(10)]
                cache.put_many(entries)
                assert len(cache.get_many(k for k, _, _ in entries)) == 10
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            cache.close()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert cache.count() == 4 * 20 * 10


def test_damage_while_open_is_survived(tmp_path):
    path = tmp_path / "t.sqlite"
    cache = TranslationCache(path)
    cache.put_many([("k", "v", [])])
    cache.close()
    path.write_bytes(b"\0garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"t.sqlite{suffix}").unlink(missing_ok=True)
    reopened = TranslationCache(path)
    assert reopened.get_many(["k"]) == {}
    reopened.put_many([("k2", "v2", [])])
    assert reopened.count() == 1


def test_the_file_stays_bounded_oldest_first(tmp_path):
    cache = TranslationCache(tmp_path / "t.sqlite", max_rows=100)
    for n in range(150):
        cache.put_many([(f"k{n}", f"v{n}", [])])
    cache.close()
    reopened = TranslationCache(tmp_path / "t.sqlite", max_rows=100)
    assert reopened.count() == 80
    assert reopened.get_many(["k0", "k149"]) == {"k149": ("v149", [], None)}


def test_a_cache_file_from_before_scores_keeps_its_rows_and_gains_the_column(tmp_path):
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    old.executescript("CREATE TABLE translations (key TEXT PRIMARY KEY, translation TEXT NOT NULL, "
                      "flags TEXT NOT NULL, created REAL NOT NULL);"
                      "INSERT INTO translations VALUES ('k-old', 'Old row.', '[]', 1.0);")
    old.commit()
    old.close()
    cache = TranslationCache(path)
    cache.put_many([("k-new", "New row.", [], -1.5)])
    assert cache.get_many(["k-old", "k-new"]) == {"k-old": ("Old row.", [], None), "k-new": ("New row.", [], -1.5)}
