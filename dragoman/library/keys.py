"""What makes a stored analysis current: the content hash, the models key and the data version.

- content hash: SHA-256 of the article's text as loaded (line ends normalised by the loader).
- models key: the installed model that translates the article's language, as the engine plans it
  ("argos:kk→en Dragoman demo 0.1"), "none" when no model covers it, "untranslated" when
  translation was not asked for. Installing or removing a model changes it.
- data version: SHA-256 over the language and name data Dragoman ships (resources/lang/**,
  resources/names/**) and the person's own names.toml; an update of that data, or a corrected
  name, changes it.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from dragoman.article.paths import RESOURCES, data_home

UNTRANSLATED = "untranslated"
NO_MODEL = "none"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def models_key(model: str | None, family: str | None = None, *, translate: bool = True) -> str:
    if not translate:
        return UNTRANSLATED
    if not model:
        return NO_MODEL
    return f"{family or 'model'}:{model}"


def data_version() -> str:
    """The data version now (re-hashed when the person's names.toml changes)."""
    user = data_home() / "names.toml"
    try:
        stamp = user.stat().st_mtime_ns, user.stat().st_size
    except OSError:
        stamp = (0, 0)
    return _data_version(str(user), stamp)


@lru_cache(maxsize=4)
def _data_version(user: str, _stamp: tuple[int, int]) -> str:
    digest = hashlib.sha256()
    for folder in ("lang", "names"):
        for path in sorted((RESOURCES / folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(RESOURCES).as_posix().encode())
                digest.update(path.read_bytes())
    user_path = Path(user)
    if user_path.is_file():
        digest.update(b"user names.toml")
        digest.update(user_path.read_bytes())
    return digest.hexdigest()[:16]
