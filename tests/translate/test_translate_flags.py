"""Flags a person needs on a machine translation."""

from __future__ import annotations

from dragoman.article.analysis import FLAG_EMPTY, FLAG_REPEATED, FLAG_TRUNCATED, FLAG_UNTRANSLATED
from dragoman.translate.flags import repeats_ngram, translation_flags


def test_a_good_translation_has_no_flags():
    assert translation_flags("Кездесу Астанада өтті.", "The meeting took place in Astana.") == []


def test_output_equal_to_input_after_normalising_is_untranslated():
    assert translation_flags("Astana Forum 2025.", "astana forum 2025") == [FLAG_UNTRANSLATED]


def test_numbers_copied_through_are_not_untranslated():
    assert translation_flags("1,395", "1,395") == []


def test_empty_output():
    assert translation_flags("Парламент принял законопроект.", "  ") == [FLAG_EMPTY]


def test_a_phrase_repeated_three_times_in_a_row():
    looping = "The minister said that the talks the talks the talks were held."
    assert translation_flags("Министр сказал.", looping) == [FLAG_REPEATED]
    assert not repeats_ngram(["the", "talks", "were", "held", "and", "the", "talks", "ended"])


def test_a_runaway_output_much_longer_than_the_input():
    runaway = " ".join(f"word{i}" for i in range(40))
    assert translation_flags("Коротко.", runaway) == [FLAG_REPEATED]
    assert translation_flags("Коротко сказано здесь вот так и тут.", " ".join(f"w{i}" for i in range(12))) == []


def test_truncated_input():
    assert translation_flags("long input", "some output", truncated=True) == [FLAG_TRUNCATED]


def test_repeats_of_longer_phrases_and_near_misses():
    assert repeats_ngram(["a", "b", "c", "a", "b", "c", "a", "b", "c"])
    assert not repeats_ngram(["a", "b", "c", "a", "b", "c", "a", "b", "d"])
    assert repeats_ngram(["x", "y", "z", "y", "z", "y", "z", "w"])
    assert not repeats_ngram(["one", "two", "one", "two"])
    assert repeats_ngram(["go", "go", "go"]) and not repeats_ngram(["go", "go"])
