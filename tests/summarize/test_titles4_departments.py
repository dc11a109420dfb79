"""A Kazakh local department named before its head's title (облыстық білім басқармасының
басшысы) is put in English news order: the place of its level the report names, the level
(Regional, City, District), its fields and "Department"; fields joined by және make "Department
of A and B". A word that is no listed field leaves the office alone, and a level whose place the
report names twice over, or not at all, gets no place (titles4 round, issue 9). Every example is
written for these tests."""

from __future__ import annotations

from dragoman.summarize.officials import find_officials


def title_of(article_of, text: str, family: str) -> str | None:
    found = [o for o in find_officials(article_of(text, "kk")) if family in o.name]
    assert len(found) == 1, [o.name for o in find_officials(article_of(text, "kk"))]
    return found[0].title_en


def test_a_regional_department_with_the_region_named_before(article_of) -> None:
    text = ("Қызылорда облысының әкімі жаңа ауруханаға барды. Облыстық денсаулық сақтау басқармасының "
            "басшысы Айгүл Серікова жаңа бөлімше туралы айтты.\n")
    assert title_of(article_of, text, "Серікова") == "Head of the Kyzylorda Regional Health Department"


def test_a_city_department_of_two_fields_in_a_report_from_the_city(article_of) -> None:
    text = ("ТАРАЗ. Жаңа көше ашылды.\n\nЖиынға қалалық жолаушылар көлігі және автомобиль жолдары "
            "бөлімінің басшысы Ержан Мұқанов қатысты.\n")
    assert title_of(article_of, text, "Мұқанов") == "Head of the Taraz City Department of Passenger Transport and Roads"


def test_a_deputy_head_after_the_department_in_the_nominative(article_of) -> None:
    text = "Аудандық білім бөлімі басшысының орынбасары Нұрлан Әбенов мектеп туралы айтты.\n"
    assert title_of(article_of, text, "Әбенов") == "Deputy Head of the District Education Department"


def test_no_place_when_the_report_names_two_regions(article_of) -> None:
    text = ("Қызылорда облысы мен Түркістан облысының фермерлері кездесті. Облыстық ауыл шаруашылығы "
            "басқармасының басшысы Марат Жұмабеков субсидия туралы айтты.\n")
    assert title_of(article_of, text, "Жұмабеков") == "Head of the Regional Agriculture Department"


def test_an_unlisted_field_leaves_the_office_alone(article_of) -> None:
    text = "Облыстық спорттық ойындар басқармасының басшысы Марат Жұмабеков жарыс туралы айтты.\n"
    title = title_of(article_of, text, "Жұмабеков") or ""
    assert "Department" not in title and "Kazakhstan" not in title
