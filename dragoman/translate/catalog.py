"""Real models a person can get for a language: what the first-run card and `models` suggest.

The list is data (resources/models/catalog.toml); nothing here touches the network.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from dragoman.article.paths import RESOURCES

CATALOG = RESOURCES / "models" / "catalog.toml"


@dataclass(frozen=True)
class Suggestion:
    id: str
    name: str
    family: str  # "nllb", "opus-mt", "argos"
    size_bytes: int
    licence: str
    licence_note: str  # "non-commercial use only", or ""
    covers: tuple[str, ...]
    get: str  # where the model comes from, in one or two sentences
    install: str  # the command (or menu) that installs it


@lru_cache(maxsize=1)
def catalog() -> tuple[Suggestion, ...]:
    """Every model the catalog lists, in its order."""
    with open(CATALOG, "rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        Suggestion(id=m["id"], name=m["name"], family=m["family"], size_bytes=int(m["size_bytes"]),
                   licence=m["licence"], licence_note=m.get("licence_note", ""), covers=tuple(m["covers"]),
                   get=m["get"], install=m["install"])
        for m in data["model"]
    )


def suggestions(code: str) -> list[Suggestion]:
    """The models that translate ``code`` into English, smallest download first."""
    return sorted((m for m in catalog() if code in m.covers), key=lambda m: m.size_bytes)
