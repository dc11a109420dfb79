"""An English report with no dateline whose capital it names over and over is about that capital's
country: its officials' titles take it (an AKIpress report names Bishkek, not Kyrgyzstan). A
court's or a prosecutor's officer serves a place, so the report's country is not put after their
office; and a city's own body in the title (Dubai Police) takes no country either (titles round,
issue 9). Every example is written for these tests."""

from __future__ import annotations

BISHKEK = ("Heating bills in Bishkek will rise in January\n\n"
           "Households in Bishkek will pay 9% more for heating from January, Minister of Energy Talant "
           "Osmonov told reporters on Monday. Two boiler houses in Bishkek will be repaired first, and "
           "the work in Bishkek will end by March.\n")


def test_the_capital_named_throughout_gives_the_ministers_country(english_title) -> None:
    assert english_title(BISHKEK, "en", "Osmonov") == "Minister of Energy of Kyrgyzstan"


def test_two_capitals_named_as_often_give_none(english_title) -> None:
    text = BISHKEK + "Officials in Astana and Astana's city hall and Astana residents were not surprised.\n"
    assert english_title(text, "en", "Osmonov") == "Minister of Energy"


def test_a_judge_takes_no_country_from_the_report(english_title) -> None:
    text = BISHKEK + "Judge Aibek Sydykov of the district court fined the heating company on Friday.\n"
    assert english_title(text, "en", "Sydykov") == "Judge"
