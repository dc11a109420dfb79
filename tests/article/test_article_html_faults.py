"""Issue 12 item 13: a page that lxml/trafilatura cannot take apart still gives its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.article.html import MAX_ATTRIBUTE_CHARS, html_text, plain_blocks
from dragoman.article.load import load_file
from dragoman.article.model import ArticleError

PARAGRAPHS = ["Министр сказал в понедельник, что работа над проектом идёт по плану.",
              "Строительство завершится к осени, добавил он журналистам в Астане."]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HUGE = "x" * (10 * 2**20)  # 10 MiB: past libxml2's 10,000,000-byte limit on one value


def _pages() -> dict[str, str]:
    return {
        "nested-254-deep": "<html><body>" + "<div>" * 254 + BODY + "</div>" * 254 + "</body></html>",
        "nested-1000-deep": "<html><body>" + "<section>" * 1000 + BODY + "</body></html>",
        "huge-attribute-on-p": (f'<html><body><article><p data-junk="{HUGE}">{PARAGRAPHS[0]}</p>'
                                f"<p>{PARAGRAPHS[1]}</p></article></body></html>"),
        "huge-attribute-on-body": f'<html><body class="{HUGE}">{BODY}</body></html>',
        "huge-single-quoted": f"<html><body><div id='{HUGE}'>{BODY}</div></body></html>",
    }


@pytest.mark.parametrize("kind", sorted(_pages()))
def test_hostile_page_keeps_its_text(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.html"
    path.write_text(_pages()[kind], encoding="utf-8")
    article = load_file(path)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert article.code == "ru"


def test_fallback_says_the_article_was_not_picked_out() -> None:
    text, notes = html_text(_pages()["nested-254-deep"], "deep.html")
    assert text == "\n\n".join(PARAGRAPHS)
    assert len(notes) == 1 and "deep.html" in notes[0] and "\n" not in notes[0]


def test_plain_text_skips_scripts_menus_and_keeps_line_breaks() -> None:
    page = ("<html><head><title>Site</title><style>p{}</style></head><body>"
            "<nav><a>Home</a><a>News</a></nav><script>var x = 1;</script>"
            "<p>First &amp; line<br>second   line</p><table><tr><td>a</td><td>b</td></tr></table>"
            "<footer>© Site</footer></body></html>")
    assert plain_blocks(page) == ["First & line\nsecond line", "a b"]


def test_page_with_only_a_menu_still_has_no_article(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body>" + "<div>" * 300 + "<nav><a>Home</a></nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text"):
        load_file(path)


def test_ordinary_pages_take_no_fallback_note() -> None:
    text, notes = html_text(f"<html><body><article>{BODY}</article></body></html>")
    assert notes == [] and PARAGRAPHS[0] in text
    assert len(HUGE) > MAX_ATTRIBUTE_CHARS


def test_long_text_after_an_equals_sign_is_not_taken_for_an_attribute() -> None:
    words = "слово " * 30_000  # 180,000 characters with no quote mark, between two tags
    page = f'<html><body><article><p>Итог: x = "{words}"</p><p>{PARAGRAPHS[0]}</p></article></body></html>'
    text, _ = html_text(page)
    assert "слово слово" in text and PARAGRAPHS[0] in text


def test_plain_text_survives_an_unclosed_head_and_a_page_wide_form() -> None:
    page = ("<html><head><title>Site</title><body><form id='aspnet'><div>"
            f"{BODY}</div></form></body></html>")
    assert plain_blocks(page) == PARAGRAPHS
