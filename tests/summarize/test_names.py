"""English names: the shipped table, the person's own table, romanisation and Pinyin rules."""

from __future__ import annotations

import os

import pytest

from dragoman.summarize.names import english_name, in_name_table, refresh_user_table, user_names_path
from dragoman.summarize.romanize import romanize_name


@pytest.mark.parametrize("name, language, english", [
    ("Қасым-Жомарт Тоқаев", "kk", "Kassym-Jomart Tokayev"),
    ("Касым-Жомарт Токаев", "ru", "Kassym-Jomart Tokayev"),
    ("قاسم جومارت توكاييف", "ar", "Kassym-Jomart Tokayev"),
    ("Сергей Лавров", "ru", "Sergei Lavrov"),
    ("شي جين بينغ", "ar", "Xi Jinping"),
])
def test_table_names(name, language, english) -> None:
    assert english_name(name, language) == english
    assert in_name_table(name)


@pytest.mark.parametrize("name, english", [
    ("Дин Сюэсян", "Ding Xuexiang"),
    ("Хань Чуньлинь", "Han Chunlin"),
    ("Ван Вэньтао", "Wang Wentao"),
    ("Чжан Мин", "Zhang Ming"),
    ("Лю Цзяньчао", "Liu Jianchao"),
])
def test_chinese_names_in_cyrillic_become_pinyin_by_rule(name, english) -> None:
    assert not in_name_table(name)
    assert english_name(name, "ru") == english


def test_chinese_names_in_arabic_become_pinyin_by_rule() -> None:
    assert english_name("ماو نينغ", "ar") == "Mao Ning"
    assert english_name("دينغ شيويه شيانغ", "ar") == "Ding Xuexiang"


@pytest.mark.parametrize("name, language, english", [
    ("Ерлан Жұмабеков", "kk", "Yerlan Zhumabekov"),
    ("Нұрлан Сәтбаев", "kk", "Nurlan Satbayev"),
    ("Айдана Жақыпова", "kk", "Aidana Zhakypova"),
    ("Гүлнар Әбдірахманова", "kk", "Gulnar Abdirakhmanova"),
    ("Дмитрий Медведев", "ru", "Dmitry Medvedev"),
    ("Андрей Белоусов", "ru", "Andrei Belousov"),
    ("Ермек Жумабаев", "ru", "Yermek Zhumabayev"),
    ("Мария Ильина", "ru", "Maria Ilina"),
])
def test_cyrillic_names_are_romanised_the_news_way(name, language, english) -> None:
    assert english_name(name, language) == english


def test_latin_names_are_left_alone() -> None:
    assert english_name("Terhi Hakala", "en") == "Terhi Hakala"


def test_arabic_names_are_romanised_readably() -> None:
    english = romanize_name("باكيتجان ساجينتاييف", "ar")
    assert english.isascii() and english.split()[-1].endswith("ayev")


@pytest.mark.parametrize("name, language, english", [
    ("Лоренцо Бианки", "ru", "Lorenzo Bianchi"),
    ("Марио Драги", "ru", "Mario Draghi"),
    ("Джузеппе Конти", "kk", "Giuzeppe Conti"),
    ("Франко Россетти", "kk", "Franco Rossetti"),
    ("Паоло Беллуцци", "ru", "Paolo Belluzzi"),
])
def test_italian_name_shapes_in_cyrillic_keep_their_letters(name, language, english) -> None:
    assert english_name(name, language) == english


@pytest.mark.parametrize("name, english", [
    ("Тарас Шевченко", "Taras Shevchenko"),  # a Slavic -ко is not Italian
    ("Ираклий Гарибашвили", "Irakly Garibashvili"),
    ("Джон Керри", "Jon Kerri"),  # an English -rry keeps its k
    ("Бахтияр Ходжаев", "Bakhtiyar Khodjayev"),  # дж inside a Turkic name: dj
    ("Садыр Джумабеков", "Sadyr Jumabekov"),  # ... and at its start: j
])
def test_other_cyrillic_names_do_not_take_the_italian_shape(name, english) -> None:
    assert english_name(name, "ru") == english


@pytest.mark.parametrize("name, english", [
    ("صالح حامد", "Salih Hamid"),  # the فاعل pattern gets its short i
    ("عبدالرحيم الكامل", "Abdulrahim Al-Kamil"),  # a joined عبدال and a pattern after the article
    ("بولات غالييف", "Bolat Galiyev"),  # غ is g in a name ending like a Turkic surname
    ("ماولين بايموف", "Maulen Baimov"),  # او inside a foreign word is au
    ("ييرلان قاسيموف", "Yerlan Kassymov"),  # a doubled initial ي is Ye; ق in a foreign name is k
    ("فهد المطيري", "Fahd Al-Mutairi"),  # a nisba on the diminutive pattern
])
def test_arabic_script_rules_for_patterns_and_foreign_names(name, english) -> None:
    assert not in_name_table(name)
    assert romanize_name(name, "ar") == english


def test_user_table_adds_and_corrects_names() -> None:
    path = user_names_path()
    assert path.parent.is_dir()
    try:
        path.write_text('[[official]]\nen = "Sergey Lavrov"\nvariants = ["Сергей Лавров"]\n\n'
                        '[[official]]\nen = "Gulnara Bekova"\nvariants = ["Гүлнар Бекова"]\n', encoding="utf-8")
        os.utime(path, (1, 1))  # a fresh mtime even on coarse file systems
        refresh_user_table()
        assert english_name("Сергей Лавров", "ru") == "Sergey Lavrov"
        assert english_name("Гүлнар Бекова", "kk") == "Gulnara Bekova"
    finally:
        path.unlink()
        refresh_user_table()
    assert english_name("Сергей Лавров", "ru") == "Sergei Lavrov"


def test_a_broken_user_table_is_ignored() -> None:
    path = user_names_path()
    try:
        path.write_text("[[official]\nen = ", encoding="utf-8")
        os.utime(path, (2, 2))
        refresh_user_table()
        assert english_name("Сергей Лавров", "ru") == "Sergei Lavrov"
    finally:
        path.unlink()
        refresh_user_table()
