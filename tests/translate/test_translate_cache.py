"""The SQLite translation cache: WAL, shared between threads, rebuilt when damaged."""

from __future__ import annotations

import sqlite3
import threading

from dragoman.translate.cache import TranslationCache, cache_key


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


# ------------------------------------------------------------------ faults (issue 12, items 5 and 12)

import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


def _filled(path, rows: int = 676) -> None:
    cache = TranslationCache(path)
    cache.put_many([(f"k{n}", f"English {n}.", [], -0.5) for n in range(rows)])
    cache.close()


def _damage(path) -> None:
    path.write_bytes(b"\0garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_a_damaged_cache_is_never_overwritten_and_only_the_last_few_are_kept(tmp_path):
    path = tmp_path / "t.sqlite"
    contents = []
    for run in range(5):
        _damage(path)
        path.write_bytes(b"\0damaged run %d" % run * 512)
        contents.append(path.read_bytes())
        cache = TranslationCache(path, keep_damaged=3)
        assert cache.count() == 0
        notes = cache.take_notes()
        assert len(notes) == 1 and "damaged" in notes[0] and "kept as t.sqlite.damaged-" in notes[0]
        assert cache.take_notes() == []  # told once
        cache.put_many([("k", "v", [])])
        cache.close()
    kept = sorted(p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm")))
    assert [p.read_bytes() for p in kept] == contents[-3:]


def test_corrupt_rows_are_missing_and_replaced_when_translated_again(tmp_path):
    path = tmp_path / "t.sqlite"
    cache = TranslationCache(path)
    cache.put_many([("good", "Good.", ["repeated"], -0.1)])
    cache.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.executemany("INSERT INTO translations VALUES (?, ?, ?, 1.0, ?)", [
            ("not-json", "A.", "{oops", None), ("flags-dict", "B.", '{"a": 1}', None),
            ("flag-number", "C.", "[1]", None), ("translation-blob", b"\xff", "[]", None),
            ("score-text", "D.", "[]", "high"), ("deep", "E.", "[" * 100_000 + "]" * 100_000, None),
        ])
        raw.execute("INSERT INTO package_ids VALUES ('/p', 1, 2, x'00ff')")  # a blob, not text
    raw.close()
    cache = TranslationCache(path)
    keys = ["good", "not-json", "flags-dict", "flag-number", "translation-blob", "score-text", "deep"]
    assert cache.get_many(keys) == {"good": ("Good.", ["repeated"], -0.1)}
    assert cache.package_identity("/p", 1, 2) is None
    cache.put_many([("not-json", "A again.", [], -0.2)])
    assert cache.get_many(["not-json"]) == {"not-json": ("A again.", [], -0.2)}
    assert cache.count() == 7  # nothing was thrown away
    assert cache.take_notes() == []


def _mount(target: Path, options: str) -> bool:
    """Mount a tmpfs (needs root; False when this machine does not allow it)."""
    if os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KiB tmpfs, unmounted afterwards."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount(disk, "size=256k"):
        pytest.skip("mounting a tiny tmpfs needs root (and a system that allows mount) to make a full disk")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_full_disk_loses_no_row_and_the_run_goes_on(small_disk):
    path = small_disk / "t.sqlite"
    _filled(path, rows=100)
    filler = small_disk / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # fill what is left of the disk
        while os.write(handle, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(handle)
    cache = TranslationCache(path)
    big = "x" * 2000
    for batch in range(20):  # more than any free page could hold
        cache.put_many([(f"new{batch}-{n}", big, []) for n in range(20)])
    notes = cache.take_notes()
    assert len(notes) == 1 and "full" in notes[0]
    assert cache.get_many([f"k{n}" for n in range(100)]) == {f"k{n}": (f"English {n}.", [], -0.5) for n in range(100)}
    cache.close()
    assert not [p for p in small_disk.iterdir() if ".damaged" in p.name]
    filler.unlink()
    reopened = TranslationCache(path)
    assert reopened.count() >= 100 and reopened.take_notes() == []


def test_a_read_only_cache_is_read_and_not_written(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0:  # without root, permissions make a read-only folder
        path = ro / "t.sqlite"
        _filled(path)
        os.chmod(path, 0o444)
        os.chmod(ro, 0o555)
    else:  # root ignores permissions: a tmpfs remounted read-only makes it
        if not _mount(ro, "size=1m"):
            pytest.skip("root ignores permissions, and this system does not allow mounting a read-only tmpfs")
        path = ro / "t.sqlite"
        _filled(path)
        if subprocess.run(["mount", "-o", "remount,ro", str(ro)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(ro)])
            pytest.skip("this system does not allow remounting a tmpfs read-only")
    try:
        cache = TranslationCache(path)
        assert cache.get_many(["k0", "k675"]) == {"k0": ("English 0.", [], -0.5), "k675": ("English 675.", [], -0.5)}
        cache.put_many([("new", "New.", [])])
        cache.remember_identity("/p", 1, 2, "id")
        assert cache.get_many(["new"]) == {} and cache.count() == 676
        notes = cache.take_notes()
        assert len(notes) == 1 and "cannot be written" in notes[0] and "damaged" not in notes[0]
        cache.close()
        assert sorted(p.name for p in ro.iterdir() if "damaged" in p.name) == []
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(ro)])
        else:
            os.chmod(ro, 0o755)


def test_a_cache_in_a_folder_that_cannot_exist_is_skipped_with_one_note(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = TranslationCache(blocker / "t.sqlite")
    cache.put_many([("k", "v", [])])
    assert cache.get_many(["k"]) == {} and cache.count() == 0
    assert cache.package_identity("/p", 1, 2) is None
    notes = cache.take_notes()
    assert len(notes) == 1 and "cannot be opened" in notes[0]


_CLI = """
import json, sys
sys.argv = ["main.py", "analyze", sys.argv[1], "--json"] + sys.argv[2:]
import main
sys.exit(main.main())
"""


def _analyze(tmp_path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess:
    article = tmp_path / "article.txt"
    article.write_text("Президент Қасым-Жомарт Тоқаев Астанада сөйледі. Ол жаңа заң туралы айтты.\n", encoding="utf-8")
    full = {**os.environ, **env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-c", _CLI, str(article), *extra], capture_output=True, text=True,
                          env=full, cwd=Path(__file__).resolve().parents[2], timeout=120)


def test_an_unusable_data_or_model_folder_is_a_note_not_a_traceback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for env in ({"DRAGOMAN_HOME": str(blocker / "home")},
                {"ARGOS_PACKAGES_DIR": str(blocker / "packages"), "DRAGOMAN_HOME": str(tmp_path / "home")}):
        for extra in ((), ("--no-translate",)):
            result = _analyze(tmp_path, env, *extra)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
            assert json.loads(result.stdout)["sentences"]
            if not extra and "ARGOS_PACKAGES_DIR" in env:
                assert "cannot use the model folder" in result.stderr


def test_no_translate_never_touches_the_packages_folder(tmp_path):
    packages = tmp_path / "packages"
    result = _analyze(tmp_path, {"ARGOS_PACKAGES_DIR": str(packages), "DRAGOMAN_HOME": str(tmp_path / "home")},
                      "--no-translate")
    assert result.returncode == 0, result.stderr
    assert not packages.exists()
