"""Web pages give their article body; Word documents give their paragraphs in order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from dragoman.article.load import load_file
from dragoman.article.model import ArticleError

PAGE = """<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="{charset}">
  <title>Аким области подвёл итоги подготовки к зиме | Новости региона</title>
  <style>body {{ font-family: serif; }} .menu {{ color: red; }}</style>
  <script>var tracker = "Подписывайтесь на наш канал"; console.log(tracker);</script>
</head>
<body>
  <nav class="menu"><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li>
  <li><a href="/economy">Экономика</a></li></ul></nav>
  <!-- рекламный блок: Купите квартиру в центре города -->
  <main>
    <article>
      <h1>Аким области подвёл итоги подготовки к зиме</h1>
      <p>Аким области на брифинге сообщил, что готовность котельных составляет 96,4%.
      Оставшиеся работы завершат до 1 октября.</p>
      <p>«В этом году мы заменили 42,7 км тепловых сетей. Это вдвое больше, чем год назад»,
      – подчеркнул глава региона.</p>
      <p>По его словам, повышение тарифов не превысит 9,5%.<br>Следующий брифинг пройдёт
      в ноябре.</p>
    </article>
  </main>
  <footer>© 2025 Новости региона. Все права защищены.</footer>
</body>
</html>
"""


def _page(tmp_path: Path, charset: str = "utf-8", name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(charset))
    return path


def test_html_body_without_menus_scripts_styles_or_comments(tmp_path: Path) -> None:
    article = load_file(_page(tmp_path))
    for noise in ("Главная", "Политика", "tracker", "font-family", "рекламный", "квартиру",
                  "Все права"):
        assert noise not in article.text
    assert article.text.startswith("Аким области подвёл итоги подготовки к зиме\n\n")
    assert "готовность котельных составляет 96,4%" in article.text
    assert article.language.code == "ru"
    assert [s.text for s in article.sentences][-2:] == [
        "По его словам, повышение тарифов не превысит 9,5%.",
        "Следующий брифинг пройдёт в ноябре."]
    assert len(article.paragraphs) == 4  # headline and three paragraphs


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    article = load_file(_page(tmp_path, "windows-1251"))
    assert article.encoding == "windows-1251"
    assert "подвёл итоги" in article.text


def test_html_recognised_by_content_whatever_its_name(tmp_path: Path) -> None:
    article = load_file(_page(tmp_path, name="saved-page.txt"))
    assert "Главная" not in article.text and "96,4%" in article.text


def test_title_becomes_the_headline_when_the_body_lacks_it(tmp_path: Path) -> None:
    page = ("<html><head><title>Kazakhstan and Japan discuss rare earth supplies</title></head>"
            "<body><article><p>Kazakhstan's ambassador met Japanese officials on Tuesday to "
            "discuss long-term supplies of rare earth metals, the embassy said.</p>"
            "<p>The next round of talks is scheduled for February in Astana, officials said."
            "</p></article></body></html>")
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    assert load_file(path).sentences[0].text == "Kazakhstan and Japan discuss rare earth supplies"


def test_page_without_an_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav>"
                    "</body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text"):
        load_file(path)


def _docx(tmp_path: Path, name: str = "article.docx") -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Сапар қорытындысы бойынша үш құжатқа қол қойылды", level=1)
    document.add_paragraph("Астана, 14 наурыз 2025 ж.")
    document.add_paragraph("")
    document.add_paragraph("Тараптар көші-қон, мәдениет және т.б. салалардағы ынтымақтастық "
                           "туралы келісімдерге қол қойды. Құжаттар бүгіннен бастап күшіне енеді.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Сала", "Құжат саны"
    table.cell(1, 0).text, table.cell(1, 1).text = "Мәдениет", "1"
    document.add_paragraph("– Біз жұмысты жалғастырамыз, – деді министр.")
    path = tmp_path / name
    document.save(path)
    return path


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    article = load_file(_docx(tmp_path))
    assert article.encoding is None and article.language.code == "kk"
    assert [s.text for s in article.sentences] == [
        "Сапар қорытындысы бойынша үш құжатқа қол қойылды",
        "Астана, 14 наурыз 2025 ж.",
        "Тараптар көші-қон, мәдениет және т.б. салалардағы ынтымақтастық туралы келісімдерге "
        "қол қойды.",
        "Құжаттар бүгіннен бастап күшіне енеді.",
        "Сала | Құжат саны",
        "Мәдениет | 1",
        "– Біз жұмысты жалғастырамыз, – деді министр.",
    ]


def test_docx_recognised_by_content_whatever_its_name(tmp_path: Path) -> None:
    assert load_file(_docx(tmp_path, "article.bin")).language.code == "kk"


def test_corrupt_docx(tmp_path: Path) -> None:
    good = _docx(tmp_path).read_bytes()
    truncated = tmp_path / "broken.docx"
    truncated.write_bytes(good[: len(good) // 2])
    with pytest.raises(ArticleError, match="Word document"):
        load_file(truncated)


def test_docx_without_its_document_part(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    path = tmp_path / "hollow.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ArticleError, match="Word document|ZIP"):
        load_file(path)


def test_text_file_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("Just some text.", encoding="utf-8")
    with pytest.raises(ArticleError, match="Word document"):
        load_file(path)
