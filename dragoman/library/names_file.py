"""The person's names.toml (data_home()/names.toml): corrections written atomically.

Same format as resources/names/officials.toml (``[[official]]`` with ``en`` and ``variants``);
a corrected title is kept as ``title_en`` in the entry. summarize/names.py re-reads the file when
its modification time changes, so later analyses use the correction.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path

from dragoman.article.paths import data_home

from .models import LibraryError


def names_path() -> Path:
    return data_home() / "names.toml"


def read_entries(path: Path) -> list[dict]:
    """The file's entries; a damaged file is refused (never overwritten, which would lose it)."""
    if not path.exists():
        return []
    try:
        with path.open("rb") as handle:
            return list(tomllib.load(handle).get("official", []))
    except tomllib.TOMLDecodeError as error:
        raise LibraryError(f"Your names file {path} cannot be read ({error}); fix or move it, then correct "
                           "the name again.") from error
    except OSError as error:
        raise LibraryError(f"Your names file {path} cannot be read ({error.strerror or error}).") from error


def _quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped) + '"'


def dump_entries(entries: list[dict]) -> str:
    lines = ["# Your own English names of officials (Dragoman writes corrections here; entries win over",
             "# the shipped table). Same format as Dragoman's resources/names/officials.toml.", ""]
    for entry in entries:
        lines.append("[[official]]")
        for key, value in entry.items():
            if isinstance(value, list):
                lines.append(f"{key} = [{', '.join(_quote(str(v)) for v in value)}]")
            elif isinstance(value, str):
                lines.append(f"{key} = {_quote(value)}")
        lines.append("")
    return "\n".join(lines)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a crash leaves the old file or the new one, never half of one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
    except OSError as error:
        raise LibraryError(f"Your names file {path} could not be written ({error.strerror or error}); "
                           "nothing was changed.") from error


def write_correction(name_en: str, spellings: list[str], *, title_en: str | None = None,
                     replaces: str | None = None) -> None:
    """Add or update the entry of one person: its English name, every spelling seen, and a title."""
    from dragoman.summarize.names import name_key, refresh_user_table

    path = names_path()
    entries = read_entries(path)
    keys = {name_key(s) for s in [name_en, *spellings, *([replaces] if replaces else [])] if s}
    entry = next((e for e in entries if name_key(str(e.get("en", ""))) in keys
                  or any(name_key(str(v)) in keys for v in e.get("variants", []))), None)
    if entry is None:
        entry = {}
        entries.append(entry)
    variants = [str(v) for v in entry.get("variants", [])] + [s for s in spellings if s]
    if replaces and replaces != name_en:
        variants.append(replaces)  # the old English spelling still names this person
    entry["en"] = name_en
    entry["variants"] = list(dict.fromkeys(v for v in variants if v.strip()))
    if title_en is not None:
        entry["title_en"] = title_en
    write_atomically(path, dump_entries(entries))
    refresh_user_table()
