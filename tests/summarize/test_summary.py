"""The extractive summary: every algorithm, lengths, page furniture, ranking on English."""

from __future__ import annotations

import pytest

from dragoman.summarize.summary import ALGORITHMS, DEFAULT_LENGTH, summarize

KK = """Астана әкімдігі қалалық көлік жүйесін жаңарту жоспарын жариялады
1,204
оқылды

Астана әкімдігі қалалық көлік жүйесін жаңарту жоспарын жариялады, жоспар бойынша жаңа автобус бағыттары ашылады.
Жаңа автобус бағыттары шеткі аудандарды қала орталығымен тікелей байланыстырады.
Қала әкімдігі биыл үш жүз жаңа автобус сатып алуды жоспарлап отыр.
Автобус паркін жаңарту жұмысы екі жыл ішінде толық аяқталады деп күтілуде.
Сонымен қатар қалада велосипед жолдарының ұзындығы екі есе артады.
Тұрғындар жаңа бағыттар туралы пікірлерін әкімдіктің сайтында қалдыра алады.
Фото: әкімдіктің баспасөз қызметі
"""


def test_every_algorithm_returns_ids_of_content_sentences_in_order(article_of) -> None:
    article = article_of(KK, "kk")
    furniture = {s.id for s in article.sentences if len(s.text.split()) < 5 or s.text.startswith("Фото")}
    for algorithm in ALGORITHMS:
        ids = summarize(article, algorithm=algorithm, length=3)
        assert len(ids) == 3, algorithm
        assert ids == sorted(ids), algorithm
        assert not furniture & set(ids), algorithm


def test_headline_and_view_counter_are_never_chosen_even_when_asking_for_all(article_of) -> None:
    article = article_of(KK, "kk")
    ids = summarize(article, length=100)
    texts = [article.sentences[i].text for i in ids]
    assert len(ids) == 6
    assert not any(t in ("1,204", "оқылды") or t.startswith("Фото") for t in texts)
    assert article.sentences[0].id not in ids  # the headline line


def test_a_share_of_the_article(article_of) -> None:
    article = article_of(KK, "kk")
    assert len(summarize(article, length=0.5)) == 3
    assert len(summarize(article, length=0.01)) == 1
    assert len(summarize(article, length=2.0)) == 2  # a whole float counts sentences


def test_default_length_is_used(article_of) -> None:
    article = article_of(KK, "kk")
    assert len(summarize(article)) == DEFAULT_LENGTH


@pytest.mark.parametrize("kwargs", [{"algorithm": "bart"}, {"length": 0}, {"length": 1.5},
                                    {"length": -0.5}, {"rank_on": "german"}, {"length": "3"}])
def test_bad_options_get_a_clear_message(article_of, kwargs) -> None:
    with pytest.raises(ValueError) as error:
        summarize(article_of(KK, "kk"), **kwargs)
    assert str(error.value).endswith(".")


def test_empty_article_has_an_empty_summary(article_of) -> None:
    assert summarize(article_of("Заголовок\n", "ru")) == []


def test_ranking_on_english_uses_the_english_sentences(article_of) -> None:
    """Each English sentence shares words only with sentence 5's English, so a
    centrality ranking of the English must pick sentence 5; the source has no such hub."""
    article = article_of(KK, "kk")
    content = [s.id for s in article.sentences if s.id >= 3 and not s.text.startswith("Фото")]
    words = ["apples", "rivers", "engines", "castles", "meadows"]
    english = {sid: f"The {words[k]} report concerns {words[k]} again." for k, sid in enumerate(content[:-1])}
    english[content[-1]] = "Apples rivers engines castles meadows all appear in this closing sentence."
    ids = summarize(article, length=1, english=english, rank_on="english")
    assert ids == [content[-1]]


def test_missing_translations_fall_back_to_the_source(article_of) -> None:
    article = article_of(KK, "kk")
    ids = summarize(article, length=2, english={3: "Only one sentence has an English version."},
                    rank_on="english")
    assert len(ids) == 2


def test_nothing_is_downloaded(article_of, monkeypatch) -> None:
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("the summary tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)
    for language, text in (("kk", KK), ("ru", "Это первое предложение статьи о погоде в городе сегодня. "
                                              "Второе предложение статьи говорит о погоде в регионе."),
                           ("ar", "هذه هي الجملة الأولى في المقال عن الطقس اليوم. "
                                  "الجملة الثانية في المقال عن الطقس في المنطقة."),
                           ("en", "This is the first sentence of the article about the weather today. "
                                  "The second sentence of the article covers the weather in the region.")):
        assert summarize(article_of(text, language), length=1)


def test_english_dateline_and_byline_are_not_content(article_of) -> None:
    text = ("Caspian ports report record cargo volumes\n"
            "AKTAU, Kazakhstan, March 2, 2025 (Wire report)\n"
            "By Daniel Rivers\n\n"
            "Cargo handled at the port of Aktau rose by a fifth last year as shippers avoided longer routes.\n"
            "Port officials said new cranes and a second ferry berth had shortened waiting times for trucks.\n"
            "Shipping companies expect the growth to continue while the northern route stays expensive.\n")
    article = article_of(text, "en")
    chosen = {article.sentences[i].text for i in summarize(article, length=10)}
    assert len(chosen) == 3 and all(t.endswith(".") for t in chosen)
