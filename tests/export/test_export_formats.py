"""What each format says, read back the way a person's tools read it: Markdown and HTML as text
and parsed markup, JSON as data, Word through python-docx and its XML."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dragoman import article as article_io
from dragoman import pipeline
from dragoman.article import report
from dragoman.export import ExportError, export_analysis, export_dossier

WML = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class Blocks(HTMLParser):
    """Every element's attributes and the text directly inside it, and any fetch the page makes."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.texts: list[tuple[str, dict, str]] = []  # (tag, attrs, text)
        self.fetches: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        for name in ("src", "href"):
            if name in attributes:
                self.fetches.append(attributes[name])
        if tag in ("script", "link", "img", "iframe"):
            self.fetches.append(tag)
        if tag not in ("br", "meta"):
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if data.strip() and self.stack:
            tag, attributes = self.stack[-1]
            self.texts.append((tag, attributes, data))


def parse(path: Path) -> Blocks:
    parser = Blocks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_markdown_side_by_side_has_the_whole_article_in_a_two_column_table(kazakh, tmp_path: Path) -> None:
    doc, analysis = kazakh
    text = export_analysis(doc, analysis, "md", tmp_path / "visit.md").read_text(encoding="utf-8")
    assert text.startswith("# Қасым-Жомарт Тоқаев Италия Сыртқы істер министрі Лоренцо Бианкиді қабылдады\n")
    assert f"Source: {doc.source}" in text
    assert report.english_by(analysis) in text and report.DEMO_NOTE in text
    assert report.checking_header(analysis) in text
    assert "| Source | English |" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| ") and "Source | English" not in line]
    paragraphs = {s.paragraph for s in analysis.sentences}
    first_english = analysis.sentences[0].translation
    assert first_english and any(first_english in row for row in table_rows)
    assert len([row for row in table_rows if row.count(" | ") == 1]) == len(paragraphs)


def test_markdown_interleaved_puts_each_paragraphs_english_under_it(kazakh, tmp_path: Path) -> None:
    doc, analysis = kazakh
    text = export_analysis(doc, analysis, "md", tmp_path / "visit.md", layout="interleaved").read_text("utf-8")
    assert "\n| Source | English |" not in text
    second = [s for s in analysis.sentences if s.paragraph == analysis.sentences[-1].paragraph]
    source_at = text.index(second[0].text)
    english_at = text.index(f"> *{second[0].translation}")
    assert source_at < english_at


def test_markdown_has_summary_quotes_officials_and_checks(kazakh, tmp_path: Path) -> None:
    doc, analysis = kazakh
    text = export_analysis(doc, analysis, "md", tmp_path / "visit.md").read_text(encoding="utf-8")
    assert analysis.quotes and analysis.officials
    for heading in ("## Summary", "## Key quotes", "## Officials", "## Checks"):
        assert heading in text
    assert analysis.summary.text in text
    for quote in analysis.quotes:
        assert f"### {report.speaker_line(analysis, quote)}" in text
    for official in analysis.officials:
        row = next(line for line in text.splitlines() if line.startswith(f"| {official.name_en} |"))
        assert official.name in row and (official.title_en or "") in row
    flagged = [s for s in analysis.sentences if report.needs_checking(s)]
    assert flagged and flagged[0].checks
    assert flagged[0].checks[0].detail in text


def test_markdown_escapes_what_would_be_markup(tmp_path: Path) -> None:
    doc = article_io.from_text("Министр заявил: *важно* | [ссылка](http://x) и <b>жирно</b>.\n\n"
                               "Второй абзац о переговорах в Астане состоялся вчера.", source="pasted")
    analysis = pipeline.analyze(doc, pipeline.Options(translate=False))
    text = export_analysis(doc, analysis, "md", tmp_path / "a.md").read_text(encoding="utf-8")
    assert r"\*важно\* \| \[ссылка\](http://x) и \<b\>жирно\</b\>" in text


def test_html_is_standalone_escaped_and_marks_arabic_right_to_left(arabic, tmp_path: Path) -> None:
    doc, analysis = arabic
    for layout in ("side-by-side", "interleaved"):
        out = export_analysis(doc, analysis, "html", tmp_path / f"{layout}.html", layout=layout)
        page = parse(out)
        assert page.fetches == []  # no scripts, links, images or stylesheets from elsewhere
        arabic_blocks = [(tag, attrs) for tag, attrs, text in page.texts
                         if "قازاقستان" in text and tag != "title"]  # <title> names the window, not a block
        assert len(arabic_blocks) >= len({s.paragraph for s in analysis.sentences if "قازاقستان" in s.text})
        for tag, attrs in arabic_blocks:
            assert attrs.get("dir") == "rtl" and attrs.get("lang") == "ar", (tag, attrs)
        english = [attrs for tag, attrs, text in page.texts if analysis.sentences[1].translation in text]
        assert english and all(attrs.get("dir") != "rtl" for attrs in english)


def test_html_escapes_the_articles_text(tmp_path: Path) -> None:
    doc = article_io.from_text("Министр сказал <script>alert('x')</script> & ушёл на встречу.\n\n"
                               "Переговоры прошли в Астане в четверг утром.", source="pasted")
    analysis = pipeline.analyze(doc, pipeline.Options(translate=False))
    raw = export_analysis(doc, analysis, "html", tmp_path / "a.html").read_text(encoding="utf-8")
    assert "<script>" not in raw
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; ушёл" in raw


def test_json_is_the_analysis_as_analyze_json_prints_it(arabic, tmp_path: Path) -> None:
    from dragoman.library.codec import analysis_from_json

    doc, analysis = arabic
    data = json.loads(export_analysis(doc, analysis, "json", tmp_path / "a.json").read_text("utf-8"))
    assert data == json.loads(json.dumps(analysis.to_json()))
    assert analysis_from_json(data) == analysis


def _docx_paragraphs(path: Path):
    import docx

    document = docx.Document(str(path))
    cells = [p for table in document.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return document, list(document.paragraphs) + cells


def test_docx_sets_arabic_right_to_left_and_a_font_with_its_glyphs(arabic, tmp_path: Path) -> None:
    doc, analysis = arabic
    for layout in ("side-by-side", "interleaved"):
        document, paragraphs = _docx_paragraphs(export_analysis(doc, analysis, "docx", tmp_path / "a.docx",
                                                                layout=layout))
        arabic_paragraphs = [p for p in paragraphs if "قازاقستان" in p.text]
        assert len(arabic_paragraphs) >= 3
        for paragraph in arabic_paragraphs:
            assert paragraph._p.pPr.find(f"{WML}bidi") is not None
            assert paragraph.runs and all(run._r.rPr.find(f"{WML}rtl") is not None for run in paragraph.runs)
        english = next(p for p in paragraphs if p.text == analysis.sentences[-1].translation
                       or analysis.sentences[-1].translation in p.text)
        assert english.runs[0]._r.rPr is None or english.runs[0]._r.rPr.find(f"{WML}rtl") is None
        for style in ("Normal", "Heading 1", "Heading 2"):
            fonts = document.styles[style].element.rPr.find(f"{WML}rFonts")
            assert fonts.get(f"{WML}cs") == "DejaVu Sans" and fonts.get(f"{WML}ascii") == "DejaVu Sans"
            assert not [name for name in fonts.attrib if name.lower().endswith("theme")]  # a theme font wins
        assert document.tables and document.tables[0].rows[0].cells[0].text == (
            "Source" if layout == "side-by-side" else "English name")


def test_docx_holds_the_kazakh_text_and_the_trust_lines(kazakh, tmp_path: Path) -> None:
    doc, analysis = kazakh
    _, paragraphs = _docx_paragraphs(export_analysis(doc, analysis, "docx", tmp_path / "k.docx"))
    texts = [p.text for p in paragraphs]
    assert any("Қасым-Жомарт Тоқаев" in t for t in texts)
    assert any(report.DEMO_NOTE in t and report.english_by(analysis) in t for t in texts)
    assert report.checking_header(analysis) in texts


def test_a_dossier_exports_every_article_quote_and_companion(library, tmp_path: Path) -> None:
    lib, kk_id, ar_id = library
    dossier = lib.dossier("Kassym-Jomart Tokayev")
    assert dossier.articles and dossier.quotes
    text = export_dossier(dossier, "md", tmp_path / "d.md").read_text(encoding="utf-8")
    assert text.startswith("# Kassym-Jomart Tokayev\n")
    for spelling in dossier.names:
        assert spelling in text
    for entry in dossier.articles:
        assert entry.title in text and entry.source in text
    for quote in dossier.quotes:
        assert quote.text in text
    for name, count in dossier.companions:
        assert f"| {name} | {count} |" in text
    data = json.loads(export_dossier(dossier, "json", tmp_path / "d.json").read_text(encoding="utf-8"))
    assert data["name_en"] == "Kassym-Jomart Tokayev" and len(data["articles"]) == len(dossier.articles)
    page = parse(export_dossier(dossier, "html", tmp_path / "d.html"))
    assert page.fetches == [] and any(quote.text[:30] in text for _, _, text in page.texts
                                      for quote in dossier.quotes)
    _, paragraphs = _docx_paragraphs(export_dossier(dossier, "docx", tmp_path / "d.docx"))
    assert any(dossier.articles[0].name_as_written in p.text for p in paragraphs)


def test_an_arabic_quote_in_a_dossier_is_marked_right_to_left(library, tmp_path: Path) -> None:
    lib, _, ar_id = library
    stored = lib.get(ar_id)
    dossier = lib.dossier(stored.analysis.officials[0].name_en)
    page = parse(export_dossier(dossier, "html", tmp_path / "d.html"))
    quotes = [attrs for _, attrs, text in page.texts for q in dossier.quotes if q.text[:20] in text]
    assert quotes and all(attrs.get("dir") == "rtl" and attrs.get("lang") == "ar" for attrs in quotes)


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_bad_layout_or_format_is_one_sentence(kazakh, tmp_path: Path, fmt: str) -> None:
    doc, analysis = kazakh
    with pytest.raises(ExportError, match="There is no layout 'columns'"):
        export_analysis(doc, analysis, fmt, tmp_path / "a", layout="columns")
    with pytest.raises(ExportError, match="cannot export 'rtf'"):
        export_analysis(doc, analysis, "rtf", tmp_path / "a.rtf")
    assert list(tmp_path.iterdir()) == []
