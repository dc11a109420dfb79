"""The inverse of ``Analysis.to_json()``: a JSON dict back into the dataclasses, exactly.

Used by the library (stored analyses) and by export (an analysis given as a JSON file). Keys the
dataclasses do not know are dropped (a newer Dragoman's extra field), missing ones take the
dataclass default, so an older stored analysis still opens.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from dragoman.article.analysis import (
    Analysis,
    Check,
    Mention,
    Official,
    PieceResult,
    Quote,
    SentenceResult,
    Summary,
    TranslationInfo,
)

T = TypeVar("T")


def _build(cls: type[T], data: dict[str, Any], **nested: Any) -> T:
    """``cls`` from the keys of ``data`` it declares; ``nested`` overrides converted fields."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values = {k: v for k, v in data.items() if k in names}
    values.update(nested)
    for key, value in values.items():  # lists are copied so the dict and the object never share one
        if isinstance(value, list) and key not in nested:
            values[key] = list(value)
    return cls(**values)


def _sentence(d: dict[str, Any]) -> SentenceResult:
    return _build(SentenceResult, d,
                  checks=[_build(Check, c) for c in d.get("checks", [])],
                  pieces=[_build(PieceResult, p) for p in d.get("pieces", [])])


def _official(d: dict[str, Any]) -> Official:
    return _build(Official, d, mentions=[_build(Mention, m) for m in d.get("mentions", [])])


def analysis_from_json(d: dict[str, Any]) -> Analysis:
    """The Analysis whose ``to_json()`` is ``d``; raises ValueError on a dict that is not one."""
    if not isinstance(d, dict) or "language" not in d:
        raise ValueError("This is not a Dragoman analysis (it has no language).")
    try:
        return _build(
            Analysis, d,
            sentences=[_sentence(s) for s in d.get("sentences", [])],
            translation=_build(TranslationInfo, d.get("translation") or {}),
            summary=_build(Summary, d.get("summary") or {}),
            quotes=[_build(Quote, q) for q in d.get("quotes", [])],
            officials=[_official(o) for o in d.get("officials", [])],
        )
    except (TypeError, AttributeError) as error:
        raise ValueError(f"This is not a Dragoman analysis ({error}).") from error
