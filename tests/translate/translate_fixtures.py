"""Helpers shared by the translate tests (imported by name: tests/translate is on sys.path)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from dragoman.translate.engine import Engine


def rewrite_package(source: Path, target: Path, *, top: str | None = None, **metadata_changes: object) -> Path:
    """Copy a package file with a new top-level folder name and changed metadata fields.

    A field set to None is removed.
    """
    with zipfile.ZipFile(source) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    old_top = members[0][0].filename.split("/")[0]
    new_top = top or old_top
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            name = new_top + info.filename[len(old_top):]
            if info.filename.endswith("/metadata.json"):
                metadata = json.loads(data)
                for key, value in metadata_changes.items():
                    if value is None:
                        metadata.pop(key, None)
                    else:
                        metadata[key] = value
                data = json.dumps(metadata).encode()
            out.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


class CountingEngine(Engine):
    """An engine that records the texts of each batch it sends to CTranslate2."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.batches: list[list[str]] = []

    def _translate_texts(self, route, texts):
        self.batches.append(list(texts))
        return super()._translate_texts(route, texts)
