"""Which way a language is written comes from its files, or from the text's own letters."""

from __future__ import annotations

from dragoman.article.langdata import analysed_languages, direction, profile


def test_a_language_with_a_profile_says_its_direction() -> None:
    assert direction("ar") == "rtl"
    assert direction("kk") == "ltr" and direction("ru") == "ltr"


def test_a_language_without_files_is_read_from_its_letters() -> None:
    assert direction("he", "הממשלה אישרה את התקציב") == "rtl"  # no Hebrew files: its letters say so
    assert direction("xx", "The talks ended late.") == "ltr"
    assert direction("xx") == "ltr"  # nothing to go on


def test_the_analysed_languages_are_those_with_a_profile() -> None:
    languages = analysed_languages()
    assert {"kk", "ar", "ru", "en"} <= languages
    assert "fa" not in languages  # letters only: detected, translated, not analysed
    assert all(profile(code).sections for code in languages)


def test_the_stemmer_is_the_one_the_profile_names() -> None:
    import nltk.stem.snowball as snowball

    from dragoman.summarize.words import stemmer_for

    assert profile("ru").stemmer == "RussianStemmer"
    words = ["министрами", "переговоров", "сотрудничества"]
    assert [stemmer_for("ru")(w) for w in words] == [snowball.RussianStemmer().stem(w) for w in words]
