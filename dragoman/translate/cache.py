"""A persistent translation cache in SQLite: re-opening an article does not translate it again.

The key is (package identity, decoding settings, source sentence text). The file uses WAL so a
reader never blocks the writer; each thread gets its own connection (sqlite3 connections must not
cross threads).

A cache can always be thrown away, so it never stops a translation:
- a damaged file is moved aside under a timestamped name that is never reused (the last
  KEEP_DAMAGED are kept for inspection) and an empty one is started;
- a file that cannot be written (read-only, full disk, unwritable folder) is only read, and one
  that cannot even be read is not used; nothing is renamed or deleted for these, so no row is lost;
- a row that does not hold what it should (flags not JSON, wrong types) is treated as missing and
  replaced when that sentence is translated again.
Each such event leaves one sentence for the person in ``take_notes()``, told once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
_T = TypeVar("_T")

MAX_ROWS = 500_000  # ~100 MB of sentences: years of reading, and still a small file
KEEP_DAMAGED = 3  # damaged files kept beside the cache; older ones are deleted
DAMAGED_MARK = ".damaged-"

SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,           -- sha256 of identity, settings and source text
    translation TEXT NOT NULL,
    flags TEXT NOT NULL,            -- JSON list of flag names
    created REAL NOT NULL,
    score REAL                      -- the model's mean log-probability per token; NULL in older files
);
CREATE INDEX IF NOT EXISTS translations_by_age ON translations (created);
CREATE TABLE IF NOT EXISTS package_ids (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    identity TEXT NOT NULL
);
"""

# SQLite's primary result codes that mean the file itself is bad (not that it cannot be written).
_DAMAGED_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED: another process holds it; try later
_FULL_CODE = 13  # SQLITE_FULL


def cache_key(identity: str, settings: str, text: str) -> str:
    """The cache key of one sentence translated by one package with one set of decoding settings."""
    return hashlib.sha256(f"{identity}\x1f{settings}\x1f{text}".encode()).hexdigest()


def _code(error: BaseException) -> int | None:
    """SQLite's primary result code of an error (None for an OSError or an unknown one)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """Whether an error says the database file is damaged (rather than unwritable or busy)."""
    code = _code(error)
    if code is not None:
        return code in _DAMAGED_CODES
    # Without a code (older sqlite3 modules), a plain DatabaseError is damage; an
    # OperationalError is about access (locked, read-only, disk full, cannot open).
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError)


def _reason(error: BaseException) -> str:
    return (getattr(error, "strerror", None) or str(error) or type(error).__name__).splitlines()[0]


def _row(translation: object, flags: object, score: object) -> tuple[str, list[str], float | None] | None:
    """A cached row as (translation, flags, score), or None when it does not hold what it should."""
    if not isinstance(translation, str) or not isinstance(flags, str):
        return None
    try:
        names = json.loads(flags)
    except (ValueError, RecursionError):
        return None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return None
    if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))):
        return None
    return translation, names, None if score is None else float(score)


class TranslationCache:
    """Sentence translations by key; safe to share between threads; never raises for its file."""

    def __init__(self, path: Path, max_rows: int = MAX_ROWS, keep_damaged: int = KEEP_DAMAGED) -> None:
        self.path = Path(path)
        self.max_rows = max_rows
        self.keep_damaged = keep_damaged
        self.writable = True  # False once a write failed or the file could only be opened to read
        self.usable = True  # False when the file could not be opened at all
        self._local = threading.local()
        self._lock = threading.Lock()
        self._generation = 0  # bumped when the file is set aside so every thread reopens
        self._notes: list[str] = []
        self._told: set[str] = set()
        self._connection()

    # ------------------------------------------------------------------ notes

    def _note(self, text: str, error: BaseException | None = None) -> None:
        """Keep ``text`` for the person (once per process); the error's details go to the log."""
        if error is not None:
            log.info("translation cache %s: %s", self.path, text, exc_info=error)
        with self._lock:
            if text not in self._told:
                self._told.add(text)
                self._notes.append(text)

    def take_notes(self) -> list[str]:
        """What the person should be told about the cache since the last call (each thing once)."""
        with self._lock:
            notes, self._notes = self._notes, []
        return notes

    # ------------------------------------------------------------------ opening

    def _connection(self) -> sqlite3.Connection | None:
        """This thread's connection, opened on first use; None when the file cannot be used."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "generation", -1) == self._generation:
            return conn
        if not self.usable:
            return None
        conn = self._open_any()
        self._local.conn, self._local.generation = conn, self._generation
        return conn

    def _open_any(self) -> sqlite3.Connection | None:
        """Open to write; a damaged file is set aside first; an unwritable one is opened to read."""
        write_error: BaseException | None = None
        if self.writable:
            try:
                return self._open()
            except (sqlite3.Error, OSError) as error:
                if is_damage(error):
                    self._set_aside(error)
                    return self._open_any()
                write_error = error
        try:
            conn = self._open_read_only()
        except (sqlite3.Error, OSError) as error:
            if is_damage(error):
                self._set_aside(error)
            self.usable = self.writable = False
            cause = write_error or error
            self._note(f"The translation cache {self.path} cannot be opened ({_reason(cause)}); "
                       "translations are not being saved.", cause)
            return None
        if write_error is not None:
            self._stop_writing(write_error)
        return conn

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10.0)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(SCHEMA)
            columns = {row[1] for row in conn.execute("PRAGMA table_info(translations)")}
            if "score" not in columns:  # a file from before scores were kept: add the column, keep the rows
                with conn:
                    conn.execute("ALTER TABLE translations ADD COLUMN score REAL")
            self._prune(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_read_only(self) -> sqlite3.Connection:
        """The existing file opened only to read (no schema changes, no pruning)."""
        if not self.path.is_file():
            raise sqlite3.OperationalError("no cache file to read")
        for query in ("mode=ro", "immutable=1"):  # immutable: a WAL file in a folder nobody may write
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?{query}", uri=True, timeout=10.0)
            try:
                conn.execute("SELECT key, translation, flags, score FROM translations LIMIT 1").fetchall()
                return conn
            except sqlite3.Error as error:
                conn.close()
                if is_damage(error) or query == "immutable=1":
                    raise
        raise AssertionError("unreachable")

    def _prune(self, conn: sqlite3.Connection) -> None:
        """Keep the file bounded: beyond MAX_ROWS sentences, forget the oldest fifth."""
        rows = conn.execute("SELECT count(*) FROM translations").fetchone()[0]
        if rows > self.max_rows:
            with conn:
                conn.execute("DELETE FROM translations WHERE key IN "
                             "(SELECT key FROM translations ORDER BY created LIMIT ?)",
                             (rows - self.max_rows * 4 // 5,))

    # ------------------------------------------------------------------ faults

    def _stop_writing(self, error: BaseException) -> None:
        """Keep reading what is there, but write no more (read-only file or folder, full disk)."""
        self.writable = False
        if _code(error) == _FULL_CODE:
            text = (f"The disk holding the translation cache {self.path} is full; new translations are "
                    "not being saved (free some space and open the article again).")
        else:
            text = (f"The translation cache {self.path} cannot be written ({_reason(error)}); "
                    "new translations are not being saved.")
        self._note(text, error)

    def _set_aside(self, error: BaseException) -> None:
        """Move the damaged file (and its -wal/-shm) to a new timestamped name and start empty."""
        with self._lock:
            # Fixed-width stamps sort by time as text; a counter makes each name new.
            stamp = time.strftime("%Y%m%dT%H%M%S") + f".{time.time_ns() % 10**9:09d}"
            target, n = Path(f"{self.path}{DAMAGED_MARK}{stamp}"), 1
            while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
                n += 1
                target = Path(f"{self.path}{DAMAGED_MARK}{stamp}-{n:04d}")
            for suffix in ("", "-wal", "-shm"):
                damaged = Path(f"{self.path}{suffix}")
                try:
                    if damaged.exists():
                        damaged.rename(Path(f"{target}{suffix}"))
                except OSError:  # cannot move it: it stays, and the next open tries again
                    log.info("could not move the damaged cache %s aside", damaged, exc_info=True)
            self._generation += 1
        self._forget_old_damaged()
        self._note(f"The translation cache was damaged; it was kept as {target.name} and a new one started.", error)

    def _forget_old_damaged(self) -> None:
        """Delete all but the newest ``keep_damaged`` damaged files (their names sort by time)."""
        prefix = f"{self.path.name}{DAMAGED_MARK}"
        try:
            stems = sorted({p.name.removesuffix("-wal").removesuffix("-shm")
                            for p in self.path.parent.glob(f"{prefix}*")})
            for stem in stems[: max(0, len(stems) - self.keep_damaged)]:
                for suffix in ("", "-wal", "-shm"):
                    self.path.with_name(f"{stem}{suffix}").unlink(missing_ok=True)
        except OSError:  # an old copy that cannot be deleted only costs space
            log.info("could not delete old damaged caches", exc_info=True)

    def _run(self, action: Callable[[sqlite3.Connection], _T], *, write: bool = False, default: _T,
             retry: bool = True) -> _T:
        """``action`` on this thread's connection; a fault is handled (see the module docstring)
        and ``default`` returned instead of an exception."""
        if write and not self.writable:
            return default
        conn = self._connection()
        if conn is None:
            return default
        try:
            return action(conn)
        except sqlite3.Error as error:
            if is_damage(error):
                self._set_aside(error)
                return self._run(action, write=write, default=default, retry=False) if retry else default
            if _code(error) in _BUSY_CODES:  # another process is writing: this write waits for next time
                log.info("translation cache busy: %s", error)
            elif write:
                self._stop_writing(error)
            else:
                log.info("translation cache read failed", exc_info=error)
            return default

    # ------------------------------------------------------------------ use

    def get_many(self, keys: Iterable[str]) -> dict[str, tuple[str, list[str], float | None]]:
        """The cached (translation, flags, score) of each key found (score None when not kept);
        a row that does not hold what it should is left out, as if not cached."""
        wanted = list(dict.fromkeys(keys))

        def read(conn: sqlite3.Connection) -> dict[str, tuple[str, list[str], float | None]]:
            found: dict[str, tuple[str, list[str], float | None]] = {}
            for start in range(0, len(wanted), 500):  # stay under SQLite's variable limit
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT key, translation, flags, score FROM translations WHERE key IN ({marks})", chunk)
                for key, translation, flags, score in rows:
                    row = _row(translation, flags, score)
                    if row is not None:
                        found[key] = row
            return found

        return self._run(read, default={})

    def put_many(self, entries: Iterable[tuple[Any, ...]]) -> None:
        """Store (key, translation, flags) or (key, translation, flags, score) entries, replacing older ones."""
        now = time.time()
        rows = [(e[0], e[1], json.dumps(e[2]), now, e[3] if len(e) > 3 else None) for e in entries]

        def write(conn: sqlite3.Connection) -> None:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO translations (key, translation, flags, created, score) "
                                 "VALUES (?, ?, ?, ?, ?)", rows)

        self._run(write, write=True, default=None)

    def package_identity(self, path: str, size: int, mtime_ns: int) -> str | None:
        """A remembered package identity, valid while the file's size and mtime are unchanged."""
        row = self._run(
            lambda conn: conn.execute(
                "SELECT identity FROM package_ids WHERE path = ? AND size = ? AND mtime_ns = ?", (path, size, mtime_ns)
            ).fetchone(),
            default=None,
        )
        return row[0] if row and isinstance(row[0], str) and row[0] else None

    def remember_identity(self, path: str, size: int, mtime_ns: int, identity: str) -> None:
        def write(conn: sqlite3.Connection) -> None:
            with conn:
                conn.execute("INSERT OR REPLACE INTO package_ids VALUES (?, ?, ?, ?)", (path, size, mtime_ns, identity))

        self._run(write, write=True, default=None)

    def count(self) -> int:
        return self._run(lambda conn: int(conn.execute("SELECT count(*) FROM translations").fetchone()[0]), default=0)

    def close(self) -> None:
        """Close this thread's connection (other threads' close when they end)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
