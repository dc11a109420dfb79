"""Qt item models over the plain analysis data (qutebrowser: real models, checked by qtmodeltester).

The data itself stays Qt-free (article/analysis.py, translate/manager.py); these classes only
present it to views. ``OBJECT_ROLE`` returns the underlying dataclass of a row, so panels never
keep a second copy of the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from dragoman.article.analysis import Official, Quote, SentenceResult

from .trust import sentence_reason

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # a sentence id to show in the article
CHECK_ROLE = Qt.ItemDataRole.UserRole + 3  # why the row's English needs checking ("" when it need not)

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole


def check_icon() -> QIcon:
    """The mark beside English built from sentences that need checking (the style's warning sign)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def check_tooltip(text: str, reason: str) -> str:
    """A cell's tooltip with the reasons to check its English under it."""
    return f"{text}\n\nCheck this English:\n{reason}" if reason else text


def changed_runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows: one ``dataChanged`` each, so a
    view repaints the rows that changed and not everything between them."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _elide(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class RowsTableModel(QAbstractTableModel):
    """A read-only table of dataclass rows; subclasses say what each column shows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role == SENTENCE_ROLE:
            return self.sentence_of(row)
        if role in (_DISPLAY, _TOOLTIP):
            text = self.cell(row, index.column())
            return text if role == _TOOLTIP or text is None else _elide(text)
        return None

    def cell(self, row: Any, column: int) -> str | None:
        raise NotImplementedError

    def sentence_of(self, row: Any) -> int | None:
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows_changed(self, rows: Iterable[int], first_column: int = 0, last_column: int | None = None) -> None:
        """Rows changed in place: ``dataChanged`` for them only (views keep their selection)."""
        last = len(self.HEADERS) - 1 if last_column is None else last_column
        for top, bottom in changed_runs(r for r in rows if 0 <= r < len(self._rows)):
            self.dataChanged.emit(self.index(top, first_column), self.index(bottom, last))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row]


class QuotesModel(RowsTableModel):
    """Key quotes: speaker (English name), the quote as written, its English (marked, with the
    reasons as tooltip, when a sentence it comes from needs checking)."""

    HEADERS = ("Speaker", "Quote", "English")
    ENGLISH = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sentences: list[SentenceResult] = []
        self._by_id: dict[int, SentenceResult] = {}
        self._rows_of: dict[int, list[int]] = {}  # sentence id -> the quote rows built from it
        self._marks: list[str] = []  # the reasons last shown, to repaint only what changed

    def cell(self, row: Quote, column: int) -> str | None:
        if column == 0:
            return row.speaker_en or row.speaker or "Unknown speaker"
        if column == 1:
            return row.text
        return row.translation if row.translation is not None else "—"

    def sentence_of(self, row: Quote) -> int | None:
        return row.sentence_ids[0] if row.sentence_ids else None

    def set_sentences(self, sentences: Sequence[SentenceResult]) -> None:
        """The article's sentences, whose checks say which quotes' English to mark."""
        self._sentences = list(sentences)
        self._by_id = {s.id: s for s in self._sentences}
        self.refresh()

    def reason(self, row: Quote) -> str:
        """Why the quote's English needs checking: its sentences' reasons, looked up by id."""
        if row.translation is None:
            return ""
        found = (self._by_id.get(i) for i in dict.fromkeys(row.sentence_ids))
        return "\n".join(line for line in (sentence_reason(s) for s in found if s is not None) if line)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows) and index.column() == self.ENGLISH:
            row = self._rows[index.row()]
            if role == CHECK_ROLE:
                return self.reason(row)
            if role == _DECORATION:
                return check_icon() if self.reason(row) else None
            if role == _TOOLTIP:
                text = self.cell(row, self.ENGLISH) or ""
                if row.english_source == "own":  # say why it differs from the English pane
                    text += "\n\n(Translated alone: the quote is shorter than the sentence around it.)"
                return check_tooltip(text, self.reason(row))
        return super().data(index, role)

    def refresh(self, sentence_ids: Iterable[int] | None = None) -> None:
        """Checks or translations changed in place (of every sentence, or of ``sentence_ids``):
        repaint the English cells whose mark changed (only those: each repaint re-measures the
        wrapped rows, 40 ms for a hundred quotes)."""
        if len(self._marks) != len(self._rows):
            self._marks = [""] * len(self._rows)
        if sentence_ids is None:
            rows: Iterable[int] = range(len(self._rows))
        else:
            rows = sorted({r for i in sentence_ids for r in self._rows_of.get(i, ())})
        changed = []
        for r in rows:
            mark = self.reason(self._rows[r])
            if self._marks[r] != mark:
                self._marks[r] = mark
                changed.append(r)
        self.rows_changed(changed, self.ENGLISH, self.ENGLISH)

    def english_changed(self) -> None:
        """The quotes' English arrived (same quotes, same order): repaint that column, keeping
        the selection, instead of resetting the model."""
        self._marks = [self.reason(row) for row in self._rows]
        self.rows_changed(range(len(self._rows)), self.ENGLISH, self.ENGLISH)

    def set_rows(self, rows: Sequence[Any]) -> None:
        super().set_rows(rows)
        self._rows_of = {}
        for r, quote in enumerate(self._rows):
            for sentence_id in dict.fromkeys(quote.sentence_ids):
                self._rows_of.setdefault(sentence_id, []).append(r)
        self._marks = [self.reason(row) for row in self._rows]


class OfficialsModel(RowsTableModel):
    """Named officials: English name, name as written, title, country/organisation, mentions."""

    HEADERS = ("Name", "As written", "Title", "Country / organisation", "Mentions")

    def cell(self, row: Official, column: int) -> str | None:
        values = (row.name_en, row.name, row.title_en or row.title or "", row.organisation or "",
                  str(len(row.mentions)))
        return values[column]

    BY_RULE = ("{name}: spelled by rule from “{written}” (no name table lists this person), "
               "so check it; “Correct English name or title…” fixes it.")

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _TOOLTIP and index.isValid() and index.column() == 0 and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            if getattr(row, "name_en_by_rule", False):
                return self.BY_RULE.format(name=row.name_en, written=row.name)
        return super().data(index, role)


def _size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class PackagesModel(RowsTableModel):
    """Installed translation models (translate.manager.PackageInfo rows)."""

    HEADERS = ("Languages", "Name", "Version", "Size", "Kind", "Family", "Licence")
    FAMILIES = {"argos": "Argos", "nllb": "NLLB-200", "m2m100": "M2M-100", "opus-mt": "OPUS-MT"}

    def cell(self, row: Any, column: int) -> str | None:
        if column == 0:
            if getattr(row, "from_codes", ()) or getattr(row, "to_codes", ()):
                return row.languages()  # a many-language folder: "ar, kk, ru, … (23) → en"
            return f"{row.from_name} → {row.to_name} ({row.from_code}→{row.to_code})"
        if column == 1:
            return row.name
        if column == 2:
            return row.version
        if column == 3:
            return _size_text(int(row.size_bytes))
        if column == 5:
            return self.FAMILIES.get(row.family, row.family)
        if column == 6:
            restricted = "-NC" in row.licence.upper()
            return (row.licence or "not stated") + (" (non-commercial use only)" if restricted else "")
        kind = "demo model" if row.demo else "model"
        return kind + (", bundled" if row.bundled else "")


class AvailableModel(RowsTableModel):
    """Packages a package index offers (translate.index.AvailablePackage rows)."""

    HEADERS = ("Languages", "Version", "Name")

    def cell(self, row: Any, column: int) -> str | None:
        if column == 0:
            return f"{row.from_name} → {row.to_name} ({row.from_code}→{row.to_code})"
        return row.version if column == 1 else (row.name or "")


class SummaryModel(QAbstractListModel):
    """The summary, one row per sentence: English when translated (else the source), in order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sentences: list[SentenceResult] = []
        self._english = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sentences)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sentences):
            return None
        sentence = self._sentences[index.row()]
        if role == _DISPLAY:
            return self.text_of(sentence)
        if role == _TOOLTIP:
            return check_tooltip(sentence.text, self.reason(sentence))
        if role == _DECORATION:
            return check_icon() if self.reason(sentence) else None
        if role == CHECK_ROLE:
            return self.reason(sentence)
        if role == OBJECT_ROLE:
            return sentence
        if role == SENTENCE_ROLE:
            return sentence.id
        return None

    def reason(self, sentence: SentenceResult) -> str:
        """Why this summary line's English needs checking ("" when it shows the source)."""
        return sentence_reason(sentence) if self._english and sentence.translation else ""

    def text_of(self, sentence: SentenceResult) -> str:
        if self._english and sentence.translation:
            return sentence.translation
        return sentence.text

    def set_summary(self, sentence_ids: Sequence[int], sentences: Sequence[SentenceResult],
                    english: bool = True) -> None:
        """Show the sentences ``sentence_ids`` (looked up in ``sentences`` by id)."""
        by_id = {s.id: s for s in sentences}
        if english:  # a sentence whose English is in another's line shows as that one, once
            owners = (i if by_id[i].english_with is None else by_id[i].english_with for i in sentence_ids
                      if i in by_id)
            sentence_ids = [i for i in dict.fromkeys(owners) if i in by_id]
        chosen = [by_id[i] for i in sentence_ids if i in by_id]
        if list(map(id, chosen)) == list(map(id, self._sentences)) and english == self._english:
            self._sentences = chosen  # the same lines (the English re-ranked to the same choice):
            self.refresh()            # repaint them, keeping the selection
            return
        self.beginResetModel()
        self._sentences = chosen
        self._english = english
        self.endResetModel()

    def refresh(self, sentence_ids: Iterable[int] | None = None) -> None:
        """Translations changed in place (every sentence's, or ``sentence_ids``'): repaint the rows
        showing them."""
        if sentence_ids is None:
            rows: Iterable[int] = range(len(self._sentences))
        else:
            wanted = set(sentence_ids)
            rows = [r for r, s in enumerate(self._sentences) if s.id in wanted]  # a summary is short
        for top, bottom in changed_runs(rows):
            self.dataChanged.emit(self.index(top), self.index(bottom))

    def plain_text(self) -> str:
        return " ".join(self.text_of(s) for s in self._sentences)

    def sentence_ids(self) -> list[int]:
        return [s.id for s in self._sentences]
