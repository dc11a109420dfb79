"""The reading library: every article read, its analysis, searchable (see briefs/library-api.md).

``Library`` turns Articles and Analyses into the flat records of ``store`` and back; all SQL is
in ``store.py``. No Qt here: the window and the command line both use this class.
"""

from __future__ import annotations

import builtins
import json
import re
import unicodedata
import zlib
from dataclasses import asdict
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from dragoman.article.analysis import Analysis
from dragoman.article.model import Article, LanguageGuess, Paragraph, Sentence
from dragoman.article.paths import data_home

from . import names_file
from .codec import analysis_from_json
from .keys import content_hash
from .keys import data_version as current_data_version
from .models import (
    ArticleRow,
    Dossier,
    DossierArticle,
    DossierQuote,
    LibraryError,
    SearchHit,
    StoredArticle,
)
from .store import OfficialRow, QuoteRow, Record, SQLiteStore

TITLE_LINE_MAX = 200
TITLE_SENTENCE_MAX = 120
_WORD = re.compile(r"\w+")


def default_path() -> Path:
    return data_home() / "library.sqlite"


def name_key(name: str) -> str:
    """How the library compares names: the name tables' own normalisation (case, script marks)."""
    from dragoman.summarize.names import name_key as table_key

    return table_key(name)


def article_title(article: Article) -> str:
    """The first non-empty line when it is short and ends without a full stop, else the first
    sentence cut to 120 characters."""
    for line in article.text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= TITLE_LINE_MAX and not line.endswith("."):
                return line
            break
    first = article.sentences[0].text.strip() if article.sentences else article.text.strip()
    first = " ".join(first.split())
    return first if len(first) <= TITLE_SENTENCE_MAX else first[:TITLE_SENTENCE_MAX - 1].rstrip() + "…"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _article_json(article: Article) -> str:
    """What rebuilding the Article needs beyond the text and the analysis' sentences."""
    return json.dumps({"paragraphs": [[p.id, p.start, p.end] for p in article.paragraphs],
                       "encoding": article.encoding, "notes": article.notes,
                       "confidence": article.language.confidence}, ensure_ascii=False)


def rebuild_article(text: str, source: str, analysis: Analysis, extra: dict[str, Any]) -> Article:
    """The Article as it was loaded, from the stored text and spans, without re-analysing."""
    language = LanguageGuess(analysis.language, analysis.language_name,
                             float(extra.get("confidence", analysis.language_confidence)),
                             analysis.language_supported)
    return Article(text=text, language=language,
                   paragraphs=[Paragraph(*p) for p in extra.get("paragraphs", [])],
                   sentences=[Sentence(s.id, s.start, s.end, s.text, s.paragraph) for s in analysis.sentences],
                   source=source, encoding=extra.get("encoding"), notes=list(extra.get("notes", [])))


def _children(analysis: Analysis) -> tuple[list[OfficialRow], list[QuoteRow], str, str, str]:
    """Officials, quotes and the three derived FTS columns (English, quotes, names)."""
    officials = [OfficialRow(i, o.name, name_key(o.name), o.name_en, name_key(o.name_en), o.title, o.title_en)
                 for i, o in enumerate(analysis.officials)]
    quotes = [QuoteRow(i, q.text, q.translation, q.speaker, q.official) for i, q in enumerate(analysis.quotes)]
    english = "\n".join(s.translation for s in analysis.sentences if s.translation)
    quote_text = "\n".join(part for q in analysis.quotes for part in (q.text, q.translation) if part)
    names = "\n".join(" ".join(filter(None, (o.name, o.name_en, o.title, o.title_en)))
                      for o in analysis.officials)
    speakers = "\n".join(" ".join(filter(None, (q.speaker, q.speaker_en))) for q in analysis.quotes
                         if q.official is None and q.speaker)
    return officials, quotes, english, quote_text, "\n".join(filter(None, (names, speakers)))


SNIPPET_WORDS = 14  # words of context a snippet shows


class _Fold(dict):
    """A str.translate table: each character to its base letter, case-folded, one for one (so
    offsets stay those of the text); what FTS5's unicode61 tokenizer with remove_diacritics
    compares. Filled as characters are met."""

    def __missing__(self, code: int) -> str:
        base = unicodedata.normalize("NFD", chr(code))[0].casefold()
        self[code] = value = base[0] if base else chr(code)
        return value


_FOLD = _Fold()


def _fold(text: str) -> str:
    return text.translate(_FOLD)


@lru_cache(maxsize=256)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _words_before(text: str, at: int, count: int) -> int:
    """Where the ``count``-th word before ``at`` starts."""
    window = max(0, at - 40 * count)
    starts = [m.start() for m in _WORD.finditer(text, window, at)]
    return starts[-count] if len(starts) >= count else (starts[0] if starts and window else 0)


def _words_after(text: str, at: int, count: int) -> int:
    """Where the ``count``-th word after ``at`` ends."""
    end = at
    for index, match in enumerate(_WORD.finditer(text, at, min(len(text), at + 40 * count))):
        end = match.end()
        if index + 1 >= count:
            break
    return end


def snippet(columns: tuple[str, ...], words: set[str]) -> str:
    """Some words around the first match, from the first column that has one (the source, then the
    English, the quotes, the names), each matching word between [ and ]."""
    pattern = _words_pattern(frozenset(words))
    # Case-blind matching finds nearly every hit; folding the letters (slower) only when it did not.
    for fold in (False, True):
        for column in columns:
            found = _marked(column, _fold(column) if fold else column, pattern) if column else None
            if found is not None:
                return found
    return ""


def _marked(column: str, folded: str, pattern: re.Pattern[str]) -> str | None:
    first = pattern.search(folded)
    if first is None:
        return None
    start = _words_before(column, first.start(), SNIPPET_WORDS // 3)
    end = _words_after(column, first.end(), SNIPPET_WORDS - SNIPPET_WORDS // 3)
    out, cursor = [], start
    for match in pattern.finditer(folded, start, end):
        out += [column[cursor:match.start()], "[", column[match.start():match.end()], "]"]
        cursor = match.end()
    out.append(column[cursor:end])
    return ("…" if start > 0 else "") + " ".join("".join(out).split()) + ("…" if end < len(column) else "")


def make_record(article: Article, analysis: Analysis, *, source: str, models_key: str = "",
                data_version: str = "") -> Record:
    """The flat record ``store`` writes for one article; no database needed, so a worker process
    can build it."""
    from dragoman.article.metadata import article_metadata

    day, outlet = article_metadata(article)
    officials, quotes, english, quote_text, names = _children(analysis)
    packed = zlib.compress(json.dumps(analysis.to_json(), ensure_ascii=False).encode(), 6)
    return Record(content_hash=content_hash(article.text), source=source, title=article_title(article),
                  language=analysis.language, read_at=_now(), date=day, outlet=outlet, text=article.text,
                  article_json=_article_json(article), analysis_json=packed, models_key=models_key,
                  data_version=data_version, officials=officials, quotes=quotes, fts_english=english,
                  fts_quotes=quote_text, fts_names=names)


class Library:
    """The person's library (SQLite in the data folder); see briefs/library-api.md."""

    def __init__(self, path: Path | None = None, *, timeout: float = 5.0) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.db = SQLiteStore(self.path, timeout=timeout)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ storing

    def record(self, article: Article, analysis: Analysis, *, source: str, models_key: str = "",
               data_version: str = "") -> Record:
        """The flat record ``store`` writes for this article (see ``make_record``)."""
        return make_record(article, analysis, source=source, models_key=models_key, data_version=data_version)

    def store(self, article: Article, analysis: Analysis, *, source: str, models_key: str = "",
                      data_version: str = "") -> int:
        return self.db.put(self.record(article, analysis, source=source, models_key=models_key,
                                          data_version=data_version))


    def get(self, article_id: int) -> StoredArticle:
        row = self.db.article(article_id)
        if row is None:
            raise LibraryError(f"There is no article {article_id} in the library; "
                               "`dragoman library list` shows what is there.")
        (aid, source, title, language, read_at, day, outlet, n_off, n_quotes,
         text, digest, analysis_json, article_json, models, data) = row
        analysis = analysis_from_json(json.loads(zlib.decompress(analysis_json)))
        article = rebuild_article(text, source, analysis, json.loads(article_json))
        return StoredArticle(aid, source, title, language, read_at, day, outlet, n_off, n_quotes, text=text,
                             content_hash=digest, analysis=analysis, article=article, models_key=models,
                             data_version=data)

    def find(self, *, source: str | None = None, content_hash: str | None = None) -> int | None:
        if content_hash is not None:
            return self.db.find_hash(content_hash)
        if source is not None:
            return self.db.find_source(source)
        return None

    def is_current(self, content_hash: str, models_key: str, data_version: str) -> bool:
        keys = self.db.keys_of(content_hash)
        return keys is not None and (keys[1], keys[2]) == (models_key, data_version)

    def count(self) -> int:
        return self.db.count()

    def _official_keys(self, official: str | None) -> list[str] | None:
        if not official:
            return None
        key = name_key(official)
        return list(dict.fromkeys([key, *self.db.english_keys_for(key)]))

    def list(self, *, language: str | None = None, since: str | None = None, until: str | None = None,
             official: str | None = None, limit: int = 200, offset: int = 0) -> list[ArticleRow]:
        rows = self.db.rows(language=language, since=since, until=until,
                               official_keys=self._official_keys(official), limit=limit, offset=offset)
        return [ArticleRow(*r) for r in rows]

    # ------------------------------------------------------------ search

    def _alternatives(self, query: str) -> builtins.list[builtins.list[str]]:
        """The word groups a query matches: its own words and, when the whole query is an
        official's name, every spelling the library has seen of that person."""
        words = _WORD.findall(query)
        if not words:
            return []
        alternatives = [words]
        key = name_key(query)
        english = self.db.english_keys_for(key) if key else []
        if english:
            for written, name_en in self.db.spellings(english):
                for spelling in (written, name_en):
                    found = _WORD.findall(spelling)
                    if found and found not in alternatives:
                        alternatives.append(found)
        return alternatives

    def match_expression(self, query: str) -> str | None:
        """The FTS5 query for what a person typed: every word must occur (each quoted, so no word is
        read as an operator), or every word of one spelling of the official the query names."""
        groups = self._alternatives(query)
        if not groups:
            return None
        return " OR ".join("(" + " ".join(f'"{w}"' for w in group) + ")" for group in groups)

    def search(self, query: str, *, language: str | None = None, since: str | None = None,
               until: str | None = None, official: str | None = None, limit: int = 50) -> builtins.list[SearchHit]:
        groups = self._alternatives(query)
        if not groups:
            return []
        match = " OR ".join("(" + " ".join(f'"{w}"' for w in group) + ")" for group in groups)
        rows = self.db.search(match, language=language, since=since, until=until,
                              official_keys=self._official_keys(official), limit=limit)
        words = {_fold(w) for group in groups for w in group}
        return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], snippet(r[6], words), float(r[7])) for r in rows]

    # ------------------------------------------------------------ officials

    def _english_key(self, name: str) -> str | None:
        key = name_key(name)
        found = self.db.english_keys_for(key)
        if found:
            return found[0]
        from dragoman.summarize.names import table_name

        english = table_name(name)
        if english:
            found = self.db.english_keys_for(name_key(english))
            return found[0] if found else None
        return None

    def dossier(self, name: str) -> Dossier:
        key = self._english_key(name)
        if key is None:
            raise LibraryError(f"No article in the library mentions {name}; "
                               "`dragoman library search` finds other spellings.")
        rows = self.db.dossier_rows(key)
        articles, seen = [], set()
        names: list[str] = []
        titles: list[str] = []
        for aid, source, title, day, outlet, language, written, stated, title_en, _name_en, _idx in rows:
            names.append(written)
            if title_en:
                titles.append(title_en)
            if aid in seen:  # one line per article: the first mention the analysis lists
                continue
            seen.add(aid)
            articles.append(DossierArticle(aid, source, title, day, outlet, language, written, stated, title_en))
        quotes = [DossierQuote(*q) for q in self.db.dossier_quotes(key)]
        companions = [(str(c[0]), int(c[1])) for c in self.db.companions(key)]
        return Dossier(name_en=rows[0][9], names=list(dict.fromkeys(names)), titles_en=list(dict.fromkeys(titles)),
                       articles=articles, quotes=quotes, companions=companions)

    def officials(self, prefix: str = "", limit: int = 50) -> builtins.list[tuple[str, int]]:
        return [(str(r[0]), int(r[1])) for r in self.db.officials(name_key(prefix) if prefix.strip() else "", limit)]

    def correct_official(self, name: str, *, name_en: str | None = None, title_en: str | None = None) -> int:
        """Write the person's correction to names.toml and apply it to every stored analysis that
        has this official; returns how many articles changed."""
        key = self._english_key(name)
        keys = [key] if key else [name_key(name)]
        spellings = [w for w, _ in self.db.spellings(keys)] if key else []
        old_en = next((en for _, en in self.db.spellings(keys)), None) if key else None
        new_en = (name_en or "").strip() or old_en or name
        names_file.write_correction(new_en, [name, *spellings], title_en=title_en, replaces=old_en)
        version = current_data_version()
        changes = []
        for article_id in self.db.articles_with(keys):
            stored = self.get(article_id)
            if stored.article is None or stored.analysis is None:  # Library.get always sets both
                continue
            if not _apply_correction(stored.analysis, set(keys), new_en, title_en):
                continue
            record = self.record(stored.article, stored.analysis, source=stored.source,
                                 models_key=stored.models_key, data_version=version)
            changes.append((article_id, record))
        if changes:
            self.db.replace_analyses(changes)
        return len(changes)


def _apply_correction(analysis: Analysis, keys: set[str], name_en: str, title_en: str | None) -> bool:
    """Set the English name (and title) of the matching officials and their quotes' speakers."""
    changed = False
    for index, official in enumerate(analysis.officials):
        if name_key(official.name_en) not in keys and name_key(official.name) not in keys:
            continue
        before = asdict(official)
        official.name_en = name_en
        official.name_en_by_rule = False  # the person's own spelling now
        if title_en is not None:
            official.title_en = title_en.strip() or None
        for quote in analysis.quotes:
            if quote.official == index:
                quote.speaker_en = name_en
        changed = changed or asdict(official) != before
    return changed
