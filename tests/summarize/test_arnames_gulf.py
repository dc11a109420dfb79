"""Round 11 (arnames): سالم is Salem in the Gulf agencies' English and Salim in Oman's; the Omani
family الهنائي is Al Hinai; Yermek Kosherbayev, a real Kazakh diplomat, keeps his own spelling."""

from __future__ import annotations

import pytest

from dragoman.summarize.names import english_name


@pytest.mark.parametrize("name, country, english", [
    ("حمد سالم العجمي", "Kuwait", "Hamad Salem Al-Ajmi"),
    ("فاطمة بنت سالم الكواري", "Qatar", "Fatima bint Salem Al-Kuwari"),
    ("سالم بن سعيد الهنائي", "Oman", "Salim bin Saeed Al-Hinai"),
    ("سليم الخوري", None, "Salim Al-Khuri"),  # سليم is Salim everywhere
])
def test_salem_and_salim(name: str, country: str | None, english: str) -> None:
    assert english_name(name, "ar", country) == english


@pytest.mark.parametrize("name", ["يرمك كوشرباييف", "Ермек Көшербаев", "Ермек Кошербаев"])
def test_kosherbayev_keeps_his_governments_spelling(name: str) -> None:
    language = "ar" if name[0] == "ي" else "kk"
    assert english_name(name, language) == "Yermek Kosherbayev"
