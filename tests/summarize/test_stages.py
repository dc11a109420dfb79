"""The staged analysis: one document context, no state kept between articles, find_quotes
reading the officials it is given, and the speaker sieves recording which one decided."""

from __future__ import annotations

import dataclasses

from dragoman.article.analysis import SIEVE_CONTINUING, SIEVE_FAMILY, SIEVE_NAME, SIEVE_PRONOUN, SIEVE_TITLE
from dragoman.summarize.document import Document, SpanIndex
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes

RU = ("Министр финансов Андрей Соколов выступил в Государственной думе.\n"
      "«Бюджет следующего года будет сбалансированным», — сказал Андрей Соколов.\n"
      "«Дефицит сократится вдвое», — добавил министр.\n"
      "«Налоги для малого бизнеса мы не поднимаем», — заявил Соколов.\n")


def test_find_quotes_takes_its_speakers_from_the_officials_it_is_given(article_of) -> None:
    article = article_of(RU, "ru")
    officials = find_officials(article)
    renamed = [dataclasses.replace(officials[0], name="Соколов А.", name_en="A. Sokolov")]
    assert {q.speaker for q in find_quotes(article, renamed)} == {"Соколов А."}
    assert [q.speaker for q in find_quotes(article, [])] == [None, None, None]


def test_no_state_is_kept_between_articles(article_of) -> None:
    first = article_of(RU, "ru")
    other = article_of("Посол Италии Марко Росси прибыл в Астану.\n", "ru")
    before = find_officials(first)
    find_officials(other)
    again = find_officials(first)
    assert again == before and again is not before
    again[0].mentions.clear()
    assert find_officials(first)[0].mentions  # the caller's list is its own


def test_each_quote_says_which_sieve_named_its_speaker(article_of) -> None:
    article = article_of(RU, "ru")
    quotes = find_quotes(article, find_officials(article))
    assert [(q.speaker, q.sieve) for q in quotes] == [
        ("Андрей Соколов", SIEVE_NAME), ("Андрей Соколов", SIEVE_TITLE), ("Андрей Соколов", SIEVE_FAMILY)]


def test_pronoun_sieve_takes_the_latest_person_of_the_pronouns_gender(article_of) -> None:
    text = ("Официальный представитель МИД Мария Захарова и министр Сергей Лавров провели брифинг.\n"
            "«Мы ждём ответа от партнёров», — сказала она.\n")
    article = article_of(text, "ru")
    quotes = find_quotes(article, find_officials(article))
    assert [(q.speaker, q.sieve) for q in quotes] == [("Мария Захарова", SIEVE_PRONOUN)]


def test_a_quoted_paragraph_continues_the_previous_speaker(article_of) -> None:
    text = ('"We will open two new terminals this year," Transport Minister John Carter said.\n'
            '"The port will double its capacity by 2027."\n')
    article = article_of(text, "en")
    quotes = find_quotes(article, find_officials(article))
    assert [(q.speaker, q.sieve) for q in quotes] == [("John Carter", SIEVE_NAME),
                                                      ("John Carter", SIEVE_CONTINUING)]


def test_no_evidence_means_no_speaker_and_no_sieve(article_of) -> None:
    text = ("Министр финансов Андрей Соколов выступил в Думе.\n\n"
            "Депутат Ирина Белова задала вопрос.\n\n"
            "«Мы справимся с этой задачей без новых займов».\n")
    article = article_of(text, "ru")
    quotes = find_quotes(article, find_officials(article))
    assert [(q.speaker, q.sieve) for q in quotes] == [(None, None)]


def test_document_finds_sentences_and_lines_by_offset(article_of) -> None:
    article = article_of(RU, "ru")
    doc = Document.of(article)
    second = article.sentences[1]
    assert [s.id for s in doc.sentences_over(second.start + 1, second.start + 2)] == [second.id]
    assert [s.id for s in doc.sentences_over(0, len(RU))] == [s.id for s in article.sentences]
    assert doc.line_at(RU.index("Дефицит")) == (RU.index("«Дефицит"), RU.index("\n«Налоги"))
    assert doc.tokens[0].text == "Министр"


def test_span_index_finds_mentions_inside_a_range() -> None:
    index = SpanIndex([(30, 35, 2), (0, 5, 0), (10, 20, 1)])
    assert index.within(0, 20) == [(0, 5, 0), (10, 20, 1)]
    assert index.within(11, 40) == [(30, 35, 2)]
    assert index.first_within(6, 36) == 1
    assert index.last_before(30) == (10, 20, 1)
    assert index.last_before(30, lambda k: k == 0) == (0, 5, 0)
    assert index.last_before(0) is None


def test_a_gendered_pronoun_prefers_the_person_whose_name_says_that_gender(article_of) -> None:
    text = ("Официальный представитель МИД Мария Захарова провела брифинг.\n"
            "Она ответила на вопрос о визите министра иностранных дел КНР Ван И. "
            "«Даты согласуются», – отметила она.\n")
    article = article_of(text, "ru")
    quotes = find_quotes(article, find_officials(article))
    assert [(q.speaker, q.sieve) for q in quotes] == [("Мария Захарова", SIEVE_PRONOUN)]


def test_the_next_paragraph_can_say_who_spoke(article_of) -> None:
    text = ('Transport Minister John Carter and Mayor Anna Bell opened the new bridge.\n\n'
            '"Mayor Bell asked for this bridge for ten years," Carter said.\n\n'
            '"We will build two more before the winter."\n\n'
            'That was the promise Bell made to the residents who came to the opening.\n')
    article = article_of(text, "en")
    quotes = find_quotes(article, find_officials(article))
    assert [(q.speaker, q.sieve) for q in quotes] == [("John Carter", SIEVE_FAMILY), ("Anna Bell", SIEVE_FAMILY)]
