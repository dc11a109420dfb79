"""All of the library's SQL: one SQLite file in WAL mode, a schema version with migrations, FTS5.

Nothing outside this module speaks SQL, so a server database (PostgreSQL, see docs/DESIGN.md
"The library") could sit behind the same methods. Every method that writes runs in one
transaction (``BEGIN IMMEDIATE``): a crash, a kill or a full disk leaves either the whole article
or none of it. sqlite3 errors become ``LibraryError`` sentences here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import LibraryError

log = logging.getLogger(__name__)

# Each entry moves the schema one version up; PRAGMA user_version says how many have run.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        read_at TEXT NOT NULL,
        date TEXT,
        outlet TEXT,
        models_key TEXT NOT NULL DEFAULT '',
        data_version TEXT NOT NULL DEFAULT '',
        officials INTEGER NOT NULL DEFAULT 0,
        quotes INTEGER NOT NULL DEFAULT 0,
        day TEXT GENERATED ALWAYS AS (COALESCE(date, substr(read_at, 1, 10))) VIRTUAL
    );
    -- The large columns apart, so listing, filtering and dossiers read small rows only.
    CREATE TABLE contents (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        article_json TEXT NOT NULL,
        analysis BLOB NOT NULL  -- zlib-compressed JSON of Analysis.to_json()
    );
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_day ON articles(day);
    CREATE INDEX articles_language ON articles(language, day);
    CREATE TABLE officials (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        name_en TEXT NOT NULL,
        name_en_key TEXT NOT NULL,
        title TEXT,
        title_en TEXT,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX officials_en ON officials(name_en_key, article_id);
    CREATE INDEX officials_name ON officials(name_key, name_en_key);
    CREATE TABLE quotes (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        translation TEXT,
        speaker TEXT,
        official_idx INTEGER,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE fts USING fts5(
        text, english, quotes, names, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
]

SQLITE_MAGIC = b"SQLite format 3\x00"
RANK_AT_MOST = 5_000  # matches ranked by bm25 at most (the newest); see SQLiteStore.search


@dataclass
class OfficialRow:
    idx: int
    name: str
    name_key: str
    name_en: str
    name_en_key: str
    title: str | None
    title_en: str | None


@dataclass
class QuoteRow:
    idx: int
    text: str
    translation: str | None
    speaker: str | None
    official_idx: int | None


@dataclass
class Record:
    """Everything stored for one article, flattened for the database."""

    content_hash: str
    source: str
    title: str
    language: str
    read_at: str
    date: str | None
    outlet: str | None
    text: str
    article_json: str
    analysis_json: bytes  # zlib-compressed JSON
    models_key: str
    data_version: str
    officials: list[OfficialRow]
    quotes: list[QuoteRow]
    fts_english: str
    fts_quotes: str
    fts_names: str


ROW_COLUMNS = "id, source, title, language, read_at, date, outlet, officials, quotes"


def damaged_name(path: Path) -> Path:
    return path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")


def header_problem(path: Path) -> str | None:
    """Why the file cannot be an intact SQLite database, from its header alone; None if it may be.

    A truncated copy is caught here: the header says how many pages the file has, and a file
    shorter than that lost its end (only trusted when the header's counter says it is current)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return None  # SQLite treats an empty file as a new database
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise LibraryError(f"Dragoman cannot read its library {path} ({error.strerror or error}); "
                           "check that the folder is yours to read and write.") from error
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "it is not a database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    current = header[24:28] == header[92:96]
    # While another connection checkpoints its write-ahead log into the file, the header's new
    # page count is written before the pages that extend the file: with a -wal beside it a short
    # file may be whole, and SQLite itself reports real damage when the lost pages are read.
    live = path.with_name(path.name + "-wal").exists()
    if current and pages and size < pages * page_size and not live:
        return "it is cut short"
    return None


class SQLiteStore:
    """The library's database: open, migrate, and every query the library makes."""

    def __init__(self, path: Path, *, timeout: float = 5.0) -> None:
        self.path = path
        self.timeout = timeout
        # One connection, shared by the threads of one process (the window's workers): each query
        # and each transaction holds this lock, so statements of two threads never interleave.
        self._lock = threading.RLock()
        problem = header_problem(path) if path.exists() else None
        if problem:
            self._set_aside(problem)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None,
                                        check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise LibraryError(f"Dragoman cannot open its library {path} ({error}); "
                               "check that the folder exists and is yours to write.") from error
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            self._fail(error)

    # ------------------------------------------------------------ opening, errors

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            self.conn.close()
            raise LibraryError(f"The library {self.path} was written by a newer Dragoman; update Dragoman "
                               "to open it.")
        if version == len(MIGRATIONS):
            return
        with self.transaction():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have
            for step in range(version, len(MIGRATIONS)):
                for statement in _statements(MIGRATIONS[step]):
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    def _set_aside(self, why: str) -> None:
        """Move a damaged library (and its WAL files) aside and say where; never replace it silently."""
        target = damaged_name(self.path)
        try:
            for suffix in ("-wal", "-shm"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    os.replace(extra, target.with_name(target.name + suffix))
            os.replace(self.path, target)
        except OSError as error:
            raise LibraryError(f"The library {self.path} is damaged ({why}) and could not be moved aside "
                               f"({error.strerror or error}); move it away yourself to start a new one.") from error
        log.warning("library %s damaged (%s), moved to %s", self.path, why, target)
        raise LibraryError(f"The library {self.path} was damaged ({why}), so Dragoman moved it to {target.name} "
                           "and will start a new one; nothing was deleted.")

    def _fail(self, error: sqlite3.Error) -> None:
        """Raise the LibraryError sentence for a sqlite3 error (the details go to the log)."""
        log.info("library error", exc_info=error)
        name = getattr(error, "sqlite_errorname", "")
        text = str(error)
        if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
            raise LibraryError(f"The library is in use by another program and stayed busy for "
                               f"{self.timeout:g} seconds; try again when it has finished.") from error
        if name.startswith("SQLITE_FULL") or "full" in text:
            raise LibraryError("The disk is full, so the article was not stored; free some space and "
                               "try again.") from error
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
            self.close()
            self._set_aside("SQLite says it is damaged")
        if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")):
            raise LibraryError(f"Dragoman cannot write its library {self.path} ({text}); check the disk and "
                               "that the folder is yours to write.") from error
        raise LibraryError(f"The library could not do that ({text}); the log has the details.") from error

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error, AttributeError):
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (IMMEDIATE) so two writers queue instead of failing."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                self._fail(error)
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except sqlite3.Error as error:
                self._rollback()
                self._fail(error)
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # SQLite already rolled back (e.g. after SQLITE_FULL)
            self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            with self._lock:
                return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            self._fail(error)
            raise  # unreachable: _fail raises

    # ------------------------------------------------------------ writing

    def keys_of(self, content_hash: str) -> tuple[int, str, str] | None:
        rows = self.query("SELECT id, models_key, data_version FROM articles WHERE content_hash = ?",
                          (content_hash,))
        return rows[0] if rows else None

    def put(self, record: Record) -> int:
        """Insert the article, or replace the stored one with the same content; returns its id.
        The same content with the same keys only has its read_at (and source) refreshed."""
        with self.transaction() as db:
            return self._put(db, record)

    def put_many(self, records: Sequence[Record]) -> list[int]:
        """``put`` for many articles in one transaction (an import, the benchmark's build)."""
        with self.transaction() as db:
            return [self._put(db, record) for record in records]

    def _put(self, db: sqlite3.Connection, record: Record) -> int:
        row = db.execute("SELECT id, models_key, data_version FROM articles WHERE content_hash = ?",
                         (record.content_hash,)).fetchone()
        if row and (row[1], row[2]) == (record.models_key, record.data_version):
            db.execute("UPDATE articles SET read_at = ?, source = ? WHERE id = ?",
                       (record.read_at, record.source, row[0]))
            return row[0]
        values = (record.source, record.title, record.language, record.read_at, record.date, record.outlet,
                  record.models_key, record.data_version, len(record.officials), len(record.quotes))
        if row:
            article_id = row[0]
            db.execute("UPDATE articles SET source=?, title=?, language=?, read_at=?, date=?, outlet=?, "
                       "models_key=?, data_version=?, officials=?, quotes=? WHERE id = ?", (*values, article_id))
            self._drop_children(db, article_id)
        else:
            article_id = db.execute(
                "INSERT INTO articles (source, title, language, read_at, date, outlet, models_key, data_version, "
                "officials, quotes, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (*values, record.content_hash)).lastrowid
        db.execute("INSERT OR REPLACE INTO contents (article_id, text, article_json, analysis) VALUES (?,?,?,?)",
                   (article_id, record.text, record.article_json, record.analysis_json))
        self._put_children(db, article_id, record)
        return article_id

    @staticmethod
    def _drop_children(db: sqlite3.Connection, article_id: int) -> None:
        db.execute("DELETE FROM officials WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM fts WHERE rowid = ?", (article_id,))

    @staticmethod
    def _put_children(db: sqlite3.Connection, article_id: int, record: Record) -> None:
        db.executemany("INSERT INTO officials VALUES (?,?,?,?,?,?,?,?)",
                       [(article_id, o.idx, o.name, o.name_key, o.name_en, o.name_en_key, o.title, o.title_en)
                        for o in record.officials])
        db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?)",
                       [(article_id, q.idx, q.text, q.translation, q.speaker, q.official_idx)
                        for q in record.quotes])
        db.execute("INSERT INTO fts (rowid, text, english, quotes, names) VALUES (?,?,?,?,?)",
                   (article_id, record.text, record.fts_english, record.fts_quotes, record.fts_names))

    def replace_analyses(self, changes: Sequence[tuple[int, Record]]) -> None:
        """Rewrite several stored analyses (a corrected official) in one transaction."""
        with self.transaction() as db:
            for article_id, record in changes:
                db.execute("UPDATE contents SET analysis = ? WHERE article_id = ?", (record.analysis_json, article_id))
                db.execute("UPDATE articles SET data_version = ? WHERE id = ?", (record.data_version, article_id))
                self._drop_children(db, article_id)
                self._put_children(db, article_id, record)

    # ------------------------------------------------------------ reading

    def article(self, article_id: int) -> tuple | None:
        rows = self.query(f"SELECT {ROW_COLUMNS}, c.text, content_hash, c.analysis, c.article_json, models_key, "
                          "data_version FROM articles JOIN contents c ON c.article_id = id WHERE id = ?", (article_id,))
        return rows[0] if rows else None

    def find_source(self, source: str) -> int | None:
        rows = self.query("SELECT id FROM articles WHERE source = ? ORDER BY read_at DESC LIMIT 1", (source,))
        return rows[0][0] if rows else None

    def find_hash(self, content_hash: str) -> int | None:
        rows = self.query("SELECT id FROM articles WHERE content_hash = ?", (content_hash,))
        return rows[0][0] if rows else None

    def count(self) -> int:
        return self.query("SELECT count(*) FROM articles")[0][0]

    @staticmethod
    def _filters(language: str | None, since: str | None, until: str | None,
                 official_keys: Sequence[str] | None, alias: str = "a") -> tuple[str, list[Any]]:
        where, params = [], []
        if language:
            where.append(f"{alias}.language = ?")
            params.append(language)
        if since:
            where.append(f"{alias}.day >= ?")
            params.append(since)
        if until:
            where.append(f"{alias}.day <= ?")
            params.append(until)
        if official_keys is not None:
            marks = ",".join("?" * len(official_keys)) or "NULL"
            # UNION, not OR: SQLite's OR over two indexes of a WITHOUT ROWID table is 7x slower.
            where.append(f"{alias}.id IN (SELECT article_id FROM officials WHERE name_en_key IN ({marks}) "
                         f"UNION SELECT article_id FROM officials WHERE name_key IN ({marks}))")
            params += list(official_keys) * 2
        return (" AND ".join(where) or "1"), params

    def rows(self, *, language: str | None, since: str | None, until: str | None,
             official_keys: Sequence[str] | None, limit: int, offset: int) -> list[tuple]:
        where, params = self._filters(language, since, until, official_keys)
        return self.query(f"SELECT {', '.join('a.' + c for c in ROW_COLUMNS.split(', '))} FROM articles a "
                          f"WHERE {where} ORDER BY a.read_at DESC, a.id DESC LIMIT ? OFFSET ?",
                          (*params, limit, offset))

    def search(self, match: str, *, language: str | None, since: str | None, until: str | None,
               official_keys: Sequence[str] | None, limit: int) -> list[tuple]:
        """(id, source, title, language, date, outlet, (text, english, quotes, names), score), best
        first (bm25: names and quotes weigh more than running text)."""
        where, params = self._filters(language, since, until, official_keys)
        filtered = where != "1"
        # bm25 costs the same for every match, so a query matching much of a large library (a common
        # word) is ranked among its RANK_AT_MOST newest matches only: found by rowid, which is cheap.
        cutoff = self.query("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                            (match, RANK_AT_MOST))
        if cutoff:
            where, params = f"{where} AND a.id >= ?", [*params, cutoff[0][0]]
        # Rank first and cut to ``limit``; only then make snippets (SQLite would otherwise build a
        # snippet for every match before sorting, which is most of the time on a large library).
        if not filtered:  # rank inside the index alone, then read the few rows shown
            since_id = "AND rowid >= ?" if cutoff else ""
            scores = self.query("SELECT rowid, bm25(fts, 1.0, 1.0, 2.0, 4.0) AS score FROM fts WHERE fts MATCH ? "
                                f"{since_id} ORDER BY score LIMIT ?", (match, *params, limit))
            rows = {r[0]: r for r in self.query(
                "SELECT id, source, title, language, date, outlet FROM articles WHERE id IN "
                f"({','.join('?' * len(scores))})", [s[0] for s in scores])} if scores else {}
            ranked = [(*rows[i], score) for i, score in scores if i in rows]
        else:
            ranked = self.query(
                "SELECT a.id, a.source, a.title, a.language, a.date, a.outlet, bm25(fts, 1.0, 1.0, 2.0, 4.0) AS score "
                f"FROM fts JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ? AND {where} "
                "ORDER BY score LIMIT ?", (match, *params, limit))
        if not ranked:
            return []
        # The columns of the few hits shown, read by rowid (no MATCH: FTS5's own snippet() re-reads
        # every column of every hit, most of a search's time); the library makes the snippet.
        marks = ",".join("?" * len(ranked))
        columns = {r[0]: r[1:] for r in self.query(
            f"SELECT rowid, text, english, quotes, names FROM fts WHERE rowid IN ({marks})", [r[0] for r in ranked])}
        return [(*r[:6], columns.get(r[0], ("", "", "", "")), r[6]) for r in ranked]

    # ------------------------------------------------------------ officials

    def spellings(self, keys: Sequence[str]) -> list[tuple[str, str]]:
        """(name as written, English name) of every official whose English name or spelling has one of
        these keys."""
        marks = ",".join("?" * len(keys))
        return self.query(f"SELECT name, name_en FROM officials WHERE name_en_key IN ({marks}) "
                          f"UNION SELECT name, name_en FROM officials WHERE name_key IN ({marks})", (*keys, *keys))

    def english_keys_for(self, key: str) -> list[str]:
        """The English-name keys of officials written ``key`` (any script): ``key`` itself first when it
        is an English name, then the others (from the index alone)."""
        own = self.query("SELECT name_en_key FROM officials WHERE name_en_key = ? LIMIT 1", (key,))
        others = self.query("SELECT DISTINCT name_en_key FROM officials WHERE name_key = ?", (key,))
        return list(dict.fromkeys([r[0] for r in own] + [r[0] for r in others]))

    def dossier_rows(self, en_key: str) -> list[tuple]:
        return self.query(
            "SELECT a.id, a.source, a.title, a.date, a.outlet, a.language, o.name, o.title, o.title_en, "
            "o.name_en, o.idx FROM officials o JOIN articles a ON a.id = o.article_id WHERE o.name_en_key = ? "
            "ORDER BY a.day DESC, a.id DESC", (en_key,))

    def dossier_quotes(self, en_key: str) -> list[tuple]:
        return self.query(
            "SELECT q.article_id, q.text, q.translation, a.date, a.source FROM officials o "
            "JOIN quotes q ON q.article_id = o.article_id AND q.official_idx = o.idx "
            "JOIN articles a ON a.id = o.article_id WHERE o.name_en_key = ? ORDER BY a.day DESC, q.idx",
            (en_key,))

    def companions(self, en_key: str, limit: int = 20) -> list[tuple[str, int]]:
        return self.query(
            "SELECT min(o2.name_en), count(DISTINCT o2.article_id) AS shared FROM officials o "
            "JOIN officials o2 ON o2.article_id = o.article_id AND o2.name_en_key != o.name_en_key "
            "WHERE o.name_en_key = ? GROUP BY o2.name_en_key ORDER BY shared DESC, 1 LIMIT ?", (en_key, limit))

    def officials(self, prefix_key: str, limit: int) -> list[tuple[str, int]]:
        return self.query(
            "SELECT min(name_en), count(DISTINCT article_id) AS n FROM officials "
            "WHERE name_en_key >= ? AND name_en_key < ? GROUP BY name_en_key ORDER BY n DESC, 1 LIMIT ?",
            (prefix_key, prefix_key + "\U0010ffff", limit))

    def articles_with(self, keys: Sequence[str]) -> list[int]:
        marks = ",".join("?" * len(keys))
        rows = self.query(f"SELECT article_id FROM officials WHERE name_en_key IN ({marks}) "
                          f"UNION SELECT article_id FROM officials WHERE name_key IN ({marks})", (*keys, *keys))
        return [r[0] for r in rows]


def _statements(script: str) -> list[str]:
    """A migration's statements, one by one (executescript would commit our transaction)."""
    parts, current = [], []
    for line in script.splitlines():
        current.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(current)):
            parts.append("\n".join(current))
            current = []
    return [p for p in parts if p.strip()]
