"""Helpers the translate tests share (imported by name: this folder is on sys.path)."""

from __future__ import annotations

from translate.engine import Engine


class CountingEngine(Engine):
    """An engine that records the texts of each batch it sends to CTranslate2."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.batches: list[list[str]] = []

    def _translate_texts(self, route, texts):
        self.batches.append(list(texts))
        return super()._translate_texts(route, texts)
