"""Which person an interview is with (the precision round): the intro's one official is not the
interviewee when the answers' label names someone else, nor when that official is first named
inside an answer. The officials are given by hand, as the officials stage might have found
them, so these tests fail only for the interviewee rule. Texts written for these tests."""

from __future__ import annotations

from dragoman.article.analysis import Mention, Official
from dragoman.article.model import Article
from dragoman.summarize.document import Document
from dragoman.summarize.interview import find_interview, speakers

LABELLED = ("Steppe dust is measured from Jeddah to Almaty\n\n"
            "The programme runs under the patronage of Minister of Science Sayasat Nurbek. The Kazakh Times "
            "spoke to its coordinator, Dr Aigerim Nurlanova.\n\n"
            "Kazakh Times: How many stations will there be?\n\n"
            "{label}: Two, one in each country.\n\n"
            "Kazakh Times: When do they open?\n\n"
            "{label}: In March, if the instruments arrive.\n")


def _answers(article_of, text: str, officials: list[Official]) -> list[int | None]:
    article: Article = article_of(text, "en")
    doc = Document.of(article)
    interview = find_interview(doc)
    assert interview is not None
    return list(speakers(doc, interview, officials).values())


def _official(text: str, name: str, *written: str) -> Official:
    mentions = [Mention(text.index(w), text.index(w) + len(w), w) for w in written]
    return Official(name=name, name_en=name, mentions=mentions)


def test_a_name_label_that_fits_no_official_leaves_the_answers_unknown(article_of) -> None:
    text = LABELLED.format(label="Nurlanova")
    minister = _official(text, "Sayasat Nurbek", "Sayasat Nurbek")
    assert _answers(article_of, text, [minister]) == [None, None]


def test_a_label_of_the_intros_official_gives_them_the_answers(article_of) -> None:
    text = LABELLED.format(label="Nurbek")
    minister = _official(text, "Sayasat Nurbek", "Sayasat Nurbek")
    assert _answers(article_of, text, [minister]) == [0, 0]


DASHED = ("\u00abThe young leave for instruments\u00bb\n\n"
          "The rector of Kostanay University on grants and salaries.\n\n"
          "The Kazakh Times spoke to {intro} about the reform, an interview.\n\n"
          "\u2013 What changes in January?\n\n"
          "\u2013 Our vice rector Aliya Sergazina told the council that we lose topics, not people.\n\n"
          "\u2013 And salaries?\n\n"
          "\u2013 They will grow by a fifth.\n")


def test_an_official_first_named_inside_an_answer_is_not_the_interviewee(article_of) -> None:
    text = DASHED.format(intro="the rector")
    # the title in the intro linked to the vice rector, whose name comes in an answer
    vice = _official(text, "Aliya Sergazina", "rector of Kostanay", "Aliya Sergazina")
    assert _answers(article_of, text, [vice]) == [None, None]


def test_an_official_named_in_the_intro_is_the_interviewee(article_of) -> None:
    text = DASHED.format(intro="Rector Aliya Sergazina")
    rector = _official(text, "Aliya Sergazina", "Rector Aliya Sergazina")
    assert _answers(article_of, text, [rector]) == [0, 0]
