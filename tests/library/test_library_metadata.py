"""Dates and outlets from datelines and bylines; unknown stays None."""

from __future__ import annotations

import pytest

from dragoman import article
from dragoman.article.metadata import article_metadata

BODY = {
    "kk": "Тараптар екіжақты ынтымақтастықты талқылады. Келесі кездесу күзде өтеді.",
    "ru": "Стороны обсудили двустороннее сотрудничество. Следующая встреча пройдёт осенью.",
    "ar": "بحث الجانبان التعاون الثنائي بين البلدين. ويعقد الاجتماع المقبل في الخريف.",
    "en": "The two sides discussed trade and transport. The next meeting is in the autumn.",
}


@pytest.mark.parametrize("head, lang, expected", [
    ("АСТАНА, 12 наурыз 2025 – Kazinform", "kk", ("2025-03-12", "Kazinform")),
    ("Астана, 14 наурыз 2025 ж. Ақорданың баспасөз қызметі", "kk", ("2025-03-14", "Ақорданың баспасөз қызметі")),
    ("2025 жылғы 3 қазан", "kk", ("2025-10-03", None)),
    ("МОСКВА, 3 марта — РИА Новости", "ru", (None, "РИА Новости")),  # no year: no date, never a guess
    ("Павлодар, 2 февраля 2024 г. — Интерфакс-Казахстан", "ru", ("2024-02-02", "Интерфакс-Казахстан")),
    ("الرياض - واس", "ar", (None, "واس")),
    ("القاهرة، 7 أبريل 2025 - واس", "ar", ("2025-04-07", "واس")),
    ("WASHINGTON (Reuters) -", "en", (None, "Reuters")),
    ("ASTANA, Kazakhstan, June 3, 2025 (Wire report)", "en", ("2025-06-03", "Wire report")),
    ("By Aigerim Seitova | The Astana Times", "en", (None, "The Astana Times")),
    ("14.03.2025", "en", ("2025-03-14", None)),
    ("31 June 2025", "en", (None, None)),  # not a day
])
def test_datelines(head, lang, expected):
    title = {"kk": "Кездесу өтті", "ru": "Встреча прошла", "ar": "انعقاد اللقاء", "en": "Talks held"}[lang]
    doc = article.from_text(f"{title}\n{head}\n\n{BODY[lang]}\n")
    assert doc.code == lang
    assert article_metadata(doc) == expected


def test_a_plain_article_has_neither():
    doc = article.from_text("Talks held\n\n" + BODY["en"] + " Reuters reported nothing of it in 2025.\n")
    assert article_metadata(doc) == (None, None)  # "Reuters" in running text is no credit
