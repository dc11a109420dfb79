"""Which real model a person prefers when several translate the same pair.

The order lives in ``data_home()/model-preferences.json`` (``{"prefer": ["id", ...]}``, first wins),
set with ``python main.py models prefer ID``; ``$DRAGOMAN_MODEL`` (ids separated by commas) goes
before it, for one run. A demo model never wins over a real one, whatever is preferred.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

FILE = "model-preferences.json"


def _file() -> Path:
    from dragoman.article.paths import data_home

    return data_home() / FILE


def preferred() -> list[str]:
    """Model ids, most preferred first ($DRAGOMAN_MODEL, then the preferences file)."""
    ids = [i.strip() for i in os.environ.get("DRAGOMAN_MODEL", "").split(",") if i.strip()]
    try:
        saved = json.loads(_file().read_text(encoding="utf-8")).get("prefer", [])
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        saved = []
    ids += [i for i in saved if isinstance(i, str)]
    return list(dict.fromkeys(ids))


def prefer(model_id: str) -> None:
    """Put ``model_id`` first in the saved order (written whole, then renamed: never half a file)."""
    try:
        saved = json.loads(_file().read_text(encoding="utf-8")).get("prefer", [])
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        saved = []
    order = [model_id] + [i for i in saved if isinstance(i, str) and i != model_id]
    temporary = _file().with_suffix(".tmp")
    temporary.write_text(json.dumps({"prefer": order}, indent=2) + "\n", encoding="utf-8")
    temporary.replace(_file())
