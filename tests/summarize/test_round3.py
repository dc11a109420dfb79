"""Round three of issue 9: general rules, each checked on examples written for it (none taken
from the development articles): Arabic name parts, statement-carried speakers, one English form
per office and organisations or places that follow a title."""

from __future__ import annotations

import pytest

from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes
from dragoman.summarize.romanize import romanize_name


def analyse(article_of, text: str, language: str):
    article = article_of(text, language)
    officials = find_officials(article)
    return {o.name: o for o in officials}, find_quotes(article, officials)


@pytest.mark.parametrize("name, english", [
    # عبد followed by any word with the article joins it (no table entry for these pairs)
    ("عبد الحميد بن راشد", "Abdulhamid bin Rashid"),
    ("سالم عبد السلام", "Salim Abdulsalam"),
    ("خالد بن عبد الناصر", "Khalid bin Abdulnasser"),
    # a compound given name's second part keeps a small al- (it is not a family name)
    ("نور الدين بن سعيد", "Nur al-Din bin Said"),
    ("سيف الإسلام", "Saif al-Islam"),
    # ibn, like bin and bint, is written small
    ("أحمد ابن ماجد", "Ahmed ibn Majed"),
])
def test_arabic_name_parts_follow_rules_not_a_list(name: str, english: str) -> None:
    assert romanize_name(name, "ar") == english
