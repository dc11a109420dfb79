"""Properties every analysis keeps, over all the team's articles: exact spans, document
order, valid indices; and a language with no data still gets an honest, empty-handed answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article import load
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes
from dragoman.summarize.summary import summarize

REPO = Path(__file__).resolve().parent.parent.parent
ARTICLES = sorted((REPO / "tests" / "data" / "annotated").glob("*/*.txt")) + \
    sorted((REPO / "dragoman" / "resources" / "samples").glob("*.txt")) + \
    sorted((REPO / "tests" / "data" / "segmentation").glob("*.txt"))


def test_the_articles_the_properties_run_on_are_there() -> None:
    # An empty list would make the parametrized test below vanish instead of fail.
    assert len(ARTICLES) >= 10 and all(p.stat().st_size for p in ARTICLES)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_spans_are_exact_and_indices_valid(path: Path) -> None:
    article = load(str(path))
    officials = find_officials(article)
    quotes = find_quotes(article, officials)
    text = article.text
    for official in officials:
        assert official.name and official.name_en
        assert official.mentions, official.name
        starts = [m.start for m in official.mentions]
        assert starts == sorted(starts)
        for mention in official.mentions:
            assert text[mention.start:mention.end] == mention.text
    previous = -1
    for quote in quotes:
        assert text[quote.start:quote.end] == quote.text and quote.text.strip() == quote.text
        assert quote.start > previous
        previous = quote.end
        assert quote.official is None or officials[quote.official].name == quote.speaker
        assert quote.sentence_ids == sorted(quote.sentence_ids) and quote.sentence_ids
    ids = summarize(article)
    assert ids and article.sentences
    assert ids == sorted(set(ids)) and all(0 <= i < len(article.sentences) for i in ids)


def test_a_language_without_data_is_analysed_without_inventing(article_of) -> None:
    text = ("Le ministre Jean Dupont a visité Astana lundi.\n"
            "« Nous voulons renforcer nos échanges commerciaux avec la région », a déclaré Jean Dupont.\n"
            "La visite a duré deux jours et s'est terminée par une conférence de presse.\n")
    article = article_of(text, "fr")
    officials = find_officials(article)
    quotes = find_quotes(article, officials)
    # The guillemets are found without French data; a speaker is only ever an official found.
    assert [q.text for q in quotes] == ["Nous voulons renforcer nos échanges commerciaux avec la région"]
    assert all(q.speaker is None or q.speaker in {o.name for o in officials} for q in quotes)
    assert summarize(article, length=1)


def test_an_empty_article(article_of) -> None:
    article = article_of("", "kk")
    assert find_officials(article) == [] and find_quotes(article, []) == [] and summarize(article) == []
