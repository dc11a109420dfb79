"""An English name spelled by rule says so: the officials panel's tooltip on the name and the
text report; a listed name's tooltip is the name itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dragoman.article.analysis import Analysis, Mention, Official
from dragoman.article.report import format_report
from dragoman.gui.models import OfficialsModel


def _officials() -> list[Official]:
    return [
        Official(name="Қасым-Жомарт Тоқаев", name_en="Kassym-Jomart Tokayev", title_en="President of Kazakhstan",
                 mentions=[Mention(0, 19, "Қасым-Жомарт Тоқаев")]),
        Official(name="Айсұлу Мұсаева", name_en="Aisulu Mussayeva", mentions=[Mention(30, 44, "Айсұлу Мұсаева")],
                 name_en_by_rule=True),
    ]


def test_the_tooltip_says_a_name_was_spelled_by_rule(qtmodeltester) -> None:
    model = OfficialsModel()
    model.set_rows(_officials())
    qtmodeltester.check(model, force_py=True)
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, 0).data(tip) == "Kassym-Jomart Tokayev"
    assert "spelled by rule" in model.index(1, 0).data(tip) and "Айсұлу Мұсаева" in model.index(1, 0).data(tip)
    assert model.index(1, 0).data() == "Aisulu Mussayeva"  # the cell itself is the name
    assert model.index(1, 1).data(tip) == "Айсұлу Мұсаева"


def test_the_report_marks_the_name_spelled_by_rule() -> None:
    analysis = Analysis(language="kk", language_name="Kazakh", language_confidence=1.0,
                        language_supported=True, source=None, officials=_officials())
    lines = [line for line in format_report(analysis).splitlines() if "as written" in line]
    assert "by rule" not in lines[0] and "by rule" in lines[1]
