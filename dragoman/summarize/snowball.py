"""NLTK's Snowball stemmers without importing the whole of NLTK.

``import nltk.stem.snowball`` first runs ``nltk/__init__``, which imports nearly all of NLTK and
numpy: ~40 MB resident and 0.2 s, in the window's process too, where the translation checks of a
Russian article need only the Russian stemmer (issue 11: memory across languages). The Snowball
module needs little of NLTK (``nltk.stem.api``, ``.util``, ``.porter``, ``nltk.redos``,
``nltk.termsec``; ``nltk.corpus`` only for ``ignore_stopwords``), so it is loaded under placeholder
``nltk``, ``nltk.stem`` and ``nltk.corpus`` packages, which are taken out of ``sys.modules`` again
at once: a later real ``import nltk`` (sumy, in the analysis process) imports NLTK afresh and is
untouched. When NLTK is already imported, or the light load fails, the ordinary import is used.
"""

from __future__ import annotations

import _imp
import importlib
import importlib.util
import sys
import types
from functools import cache
from pathlib import Path

_MODULE = "nltk.stem.snowball"


@cache
def snowball_module() -> types.ModuleType:
    """``nltk.stem.snowball``, loaded without ``nltk/__init__`` unless NLTK is imported already."""
    if "nltk" not in sys.modules:
        module = _light_load()
        if module is not None:
            return module
    return importlib.import_module(_MODULE)


def _light_load() -> types.ModuleType | None:
    spec = importlib.util.find_spec("nltk")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    placeholders = {
        "nltk": _package("nltk", root),
        "nltk.stem": _package("nltk.stem", root / "stem"),
        "nltk.corpus": types.ModuleType("nltk.corpus"),  # stopwords only with ignore_stopwords
    }
    placeholders["nltk.corpus"].stopwords = None  # type: ignore[attr-defined]
    _imp.acquire_lock()  # no other thread imports while the placeholders stand in for NLTK
    try:
        if "nltk" in sys.modules:
            return None
        sys.modules.update(placeholders)
        try:
            return importlib.import_module(_MODULE)
        except Exception:  # another NLTK than expected: fall back to the ordinary import
            return None
        finally:
            for name in [n for n in sys.modules if n == "nltk" or n.startswith("nltk.")]:
                del sys.modules[name]
    finally:
        _imp.release_lock()


def _package(name: str, path: Path) -> types.ModuleType:
    package = types.ModuleType(name)
    package.__path__ = [str(path)]
    package.__package__ = name
    return package
