"""The officials round: private voices no official. A private role opening the sentence is no
part of the name (Экономист X, Farmer X); a title in apposition whose clause names a private
firm or a private role (", chief economist at ...", ", head of research at the ... brokerage")
is a firm's, no office; a title whose body follows "at" and is public stays an office. Texts
written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import analyse_officials, find_officials


def _names(article_of, text: str, language: str) -> set[str]:
    return {o.name for o in find_officials(article_of(text, language))}


def test_a_private_role_opening_the_sentence_is_no_part_of_the_name(article_of) -> None:
    text = ("Экономист Ерлан Сапаров бағаның өсетінін айтты.\n\n"
            "– Жанармай қымбаттайды, – деді Ерлан Сапаров.\n")
    analysed = analyse_officials(article_of(text, "kk"))
    assert not analysed.officials
    assert [v.name for v in analysed.officials.voices] == ["Ерлан Сапаров"]


def test_a_coach_and_a_parent_are_private_voices_in_kazakh(article_of) -> None:
    text = ("– Залға жылу берілсе, балалар өздері келеді, – деді жаттықтырушы Бақыт Омаров.\n\n"
            "– Ұлым күреспен айналысады, – деді ата-ана Әсем Тұрсынова.\n")
    assert _names(article_of, text, "kk") == set()


def test_a_chief_economist_at_a_firm_is_no_official(article_of) -> None:
    text = ("\"Nobody expected a cut,\" said Dana Serikova, chief economist at Steppe Finance in Almaty.\n\n"
            "Finance Minister Madi Takiyev said the budget would hold.\n")
    assert _names(article_of, text, "en") == {"Madi Takiyev"}


def test_the_head_of_research_at_a_brokerage_is_no_official(article_of) -> None:
    text = ("\"The market priced it in,\" said Timur Aliyev, head of research at the Baku brokerage "
            "Caspian Capital.\n")
    analysed = analyse_officials(article_of(text, "en"))
    assert not analysed.officials
    assert [v.name for v in analysed.officials.voices] == ["Timur Aliyev"]


def test_a_director_at_a_ministry_stays_an_official(article_of) -> None:
    text = ("\"Spending grows by less than prices,\" said Jamshed Rahimov, director of the budget "
            "department at the Finance Ministry.\n")
    assert _names(article_of, text, "en") == {"Jamshed Rahimov"}


def test_a_body_that_said_something_is_no_official(article_of) -> None:
    text = ("Kuwait Fire Force said in a statement that its teams answered 312 calls.\n\n"
            "Ajman Civil Defence said the blaze was under control.\n")
    assert _names(article_of, text, "en") == set()


def test_the_end_of_an_apposition_before_said_is_no_speaker(article_of) -> None:
    text = ("Elvin Rustamzade, an economist at the Baku consultancy Caspian Macro Research, said the "
            "decision had been expected.\n")
    assert _names(article_of, text, "en") == set()


def test_a_chairwoman_before_her_name_is_a_title(article_of) -> None:
    text = "Deputy Chairwoman Leyla Huseynzade said lending had slowed.\n"
    found = {o.name: o for o in find_officials(article_of(text, "en"))}
    assert set(found) == {"Leyla Huseynzade"}
    assert found["Leyla Huseynzade"].title == "Deputy Chairwoman"
