"""Where the window keeps what a person chose (QSettings), and the choices' names in one place.

Tests and the screenshot script pass an ini path so they never touch a person's real settings;
``$DRAGOMAN_SETTINGS`` does the same for a whole process.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSettings

ORGANISATION = "Dragoman"
APPLICATION = "Dragoman"
SETTINGS_ENV = "DRAGOMAN_SETTINGS"
MAX_RECENT = 10

GEOMETRY = "window/geometry"
STATE = "window/state"  # docks and toolbars
SPLITTER = "window/splitter"
VERTICAL = "view/vertical"
FONT_SIZE = "view/fontSize"
DARK = "view/dark"  # "system", "light" or "dark"
RECENT = "files/recent"
LAST_DIR = "files/lastDir"
ALGORITHM = "summary/algorithm"
LENGTH = "summary/length"
RANK_ON = "summary/rankOn"
TRANSLATE = "translation/enabled"


def open_settings(path: str | None = None) -> QSettings:
    """The settings store: an ini file at ``path`` or $DRAGOMAN_SETTINGS, else the platform's own."""
    path = path or os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    """A boolean from settings (ini files give strings back)."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in {"true", "1", "yes"}
    return bool(value)


def read_int(settings: QSettings, key: str, default: int | None) -> int | None:
    value: Any = settings.value(key, default)
    try:
        return int(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def read_list(settings: QSettings, key: str) -> list[str]:
    value: Any = settings.value(key, [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value or []]


def remember_file(settings: QSettings, path: str) -> list[str]:
    """Put ``path`` first in the recent files and return the list."""
    recent = [p for p in read_list(settings, RECENT) if p != path]
    recent = [path] + recent[: MAX_RECENT - 1]
    settings.setValue(RECENT, recent)
    return recent
