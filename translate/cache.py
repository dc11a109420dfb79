"""A persistent translation cache in SQLite: re-opening an article does not translate it again.

The key is (package identity, decoding settings, source sentence text). The file uses WAL so a
reader never blocks the writer; each thread gets its own connection (sqlite3 connections must not
cross threads). A damaged file is moved aside and rebuilt: a cache can always be thrown away, so it
never stops a translation.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

MAX_ROWS = 500_000  # ~100 MB of sentences: years of reading, and still a small file

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


def cache_key(identity: str, settings: str, text: str) -> str:
    """The cache key of one sentence translated by one package with one set of decoding settings."""
    return hashlib.sha256(f"{identity}\x1f{settings}\x1f{text}".encode("utf-8")).hexdigest()


class TranslationCache:
    """Sentence translations by key; safe to share between threads."""

    def __init__(self, path: Path, max_rows: int = MAX_ROWS) -> None:
        self.path = Path(path)
        self.max_rows = max_rows
        self._local = threading.local()
        self._lock = threading.Lock()
        self._generation = 0  # bumped on rebuild so every thread reopens
        self._connection()

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "generation", -1) == self._generation:
            return conn
        try:
            conn = self._open()
        except sqlite3.DatabaseError:
            self._rebuild()
            conn = self._open()
        self._local.conn, self._local.generation = conn, self._generation
        return conn

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(SCHEMA)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(translations)")}
        if "score" not in columns:  # a file from before scores were kept: add the column, keep the rows
            with conn:
                conn.execute("ALTER TABLE translations ADD COLUMN score REAL")
        self._prune(conn)
        return conn

    def _prune(self, conn: sqlite3.Connection) -> None:
        """Keep the file bounded: beyond MAX_ROWS sentences, forget the oldest fifth."""
        rows = conn.execute("SELECT count(*) FROM translations").fetchone()[0]
        if rows > self.max_rows:
            with conn:
                conn.execute("DELETE FROM translations WHERE key IN "
                             "(SELECT key FROM translations ORDER BY created LIMIT ?)", (rows - self.max_rows * 4 // 5,))

    def _rebuild(self) -> None:
        """Move a damaged cache file aside (kept for inspection, replacing an older one) and start empty."""
        with self._lock:
            for suffix in ("", "-wal", "-shm"):
                damaged = Path(f"{self.path}{suffix}")
                if damaged.exists():
                    damaged.replace(Path(f"{self.path}.damaged{suffix}"))
            self._generation += 1

    def _run(self, action):  # noqa: ANN001, ANN202 - a small retry wrapper
        try:
            return action(self._connection())
        except sqlite3.DatabaseError:
            self._rebuild()
            return action(self._connection())

    def get_many(self, keys: Iterable[str]) -> dict[str, tuple[str, list[str], float | None]]:
        """The cached (translation, flags, score) of each key found (score None when not kept)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, tuple[str, list[str], float | None]] = {}

        def read(conn: sqlite3.Connection) -> None:
            for start in range(0, len(wanted), 500):  # stay under SQLite's variable limit
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(f"SELECT key, translation, flags, score FROM translations WHERE key IN ({marks})", chunk)
                for key, translation, flags, score in rows:
                    found[key] = (translation, json.loads(flags), score)

        self._run(read)
        return found

    def put_many(self, entries: Iterable[tuple]) -> None:
        """Store (key, translation, flags) or (key, translation, flags, score) entries, replacing older ones."""
        now = time.time()
        rows = [(e[0], e[1], json.dumps(e[2]), now, e[3] if len(e) > 3 else None) for e in entries]

        def write(conn: sqlite3.Connection) -> None:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO translations (key, translation, flags, created, score) "
                                 "VALUES (?, ?, ?, ?, ?)", rows)

        self._run(write)

    def package_identity(self, path: str, size: int, mtime_ns: int) -> str | None:
        """A remembered package identity, valid while the file's size and mtime are unchanged."""
        row = self._run(
            lambda conn: conn.execute(
                "SELECT identity FROM package_ids WHERE path = ? AND size = ? AND mtime_ns = ?", (path, size, mtime_ns)
            ).fetchone()
        )
        return row[0] if row else None

    def remember_identity(self, path: str, size: int, mtime_ns: int, identity: str) -> None:
        def write(conn: sqlite3.Connection) -> None:
            with conn:
                conn.execute("INSERT OR REPLACE INTO package_ids VALUES (?, ?, ?, ?)", (path, size, mtime_ns, identity))

        self._run(write)

    def count(self) -> int:
        return self._run(lambda conn: conn.execute("SELECT count(*) FROM translations").fetchone()[0])

    def close(self) -> None:
        """Close this thread's connection (other threads' close when they end)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
