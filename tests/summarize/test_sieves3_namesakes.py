"""The sieves3 round of issue 9: a family name two officials share, which no mention claims,
names the one of the attribution's gender, else the one the article names more often; a tie,
or a gender the one named more is not known to have, stays unknown (texts written for them)."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_FAMILY
from dragoman.summarize.officials import find_officials
from dragoman.summarize.quotes import find_quotes


def _speakers(article_of, text: str, language: str) -> list[tuple[str | None, str | None]]:
    article = article_of(text, language)
    return [(q.speaker, q.sieve) for q in find_quotes(article, find_officials(article))]


MEETING = ("Pavlodar Region Governor Serik Abenov held a meeting at the new boiler house in Ekibastuz.\n\n"
           "\"The boiler house must run by December 15,\" Serik Abenov said.\n\n"
           "Governor Serik Abenov then gave the floor to Yerlan Abenov, head of the regional energy department.\n\n")


def test_the_bare_family_name_is_the_namesake_the_article_names_more(article_of) -> None:
    text = MEETING + "\"If the contractor is late, the contract will be cancelled,\" Abenov said.\n"
    assert _speakers(article_of, text, "en")[-1] == ("Serik Abenov", SIEVE_FAMILY)


def test_namesakes_named_as_often_leave_the_bare_family_name_unknown(article_of) -> None:
    text = ("Energy Minister Daniyar Omarov met Finance Minister Serik Omarov in Astana on Monday.\n\n"
            "Later Daniyar Omarov and Serik Omarov visited the plant.\n\n"
            "\"The grid is ready for winter,\" Omarov told reporters.\n")
    assert _speakers(article_of, text, "en")[-1] == (None, None)


def _bouzid(lady: str, office: str = "والمديرة العامة") -> str:
    return ("أشرف وزير الفلاحة سمير بوزيد " + office + " لديوان الحبوب، " + lady + "ليلى بوزيد، اليوم على "
            "اختتام أشغال المنتدى.\n\n"
            'وقال سمير بوزيد إن "الإنتاج سيرتفع هذا العام".\n\n'
            'وأضاف الوزير سمير بوزيد أن "الموسم كان جيدا".\n\n'
            'وسئلت بوزيد عن معايير الجودة، فقالت: "نفس المعايير للجميع".\n')


def test_the_attributions_gender_picks_the_namesake_of_that_gender(article_of) -> None:
    assert _speakers(article_of, _bouzid("السيدة "), "ar")[-1] == ("ليلى بوزيد", SIEVE_FAMILY)


def test_the_namesake_named_more_is_not_taken_against_the_attributions_gender(article_of) -> None:
    # (arofficials: a title's feminine form, المديرة, now says she is a woman; the office in the
    # masculine form, as some papers write it for a woman, leaves nothing to tell her apart)
    assert _speakers(article_of, _bouzid("", "والمدير العام"), "ar")[-1] == (None, None)


def test_a_feminine_title_alone_tells_the_namesake_apart(article_of) -> None:
    assert _speakers(article_of, _bouzid(""), "ar")[-1] == ("ليلى بوزيد", SIEVE_FAMILY)
