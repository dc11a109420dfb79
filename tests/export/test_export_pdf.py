"""The PDF read back with poppler (pdftotext, pdffonts): the Kazakh and Arabic words are there,
Arabic shaped (joined letter forms) and laid out right to left, and the fonts are embedded."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from dragoman.article import report
from dragoman.export import export_analysis, export_dossier

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                reason="poppler-utils is not installed (scripts/setup.sh installs it)")


def pdf_text(path: Path) -> str:
    """The PDF's text as poppler extracts it, Arabic presentation forms folded back to letters."""
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return raw


def folded(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)  # direction marks poppler adds
    return " ".join(text.split())


def words_with_x(path: Path) -> list[tuple[str, float, float, float]]:
    """Each word on the first page with its left and right edges and baseline (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return [(unicodedata.normalize("NFKC", word), float(x), float(right), float(y))
            for x, right, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                                                r'yMax="([\d.]+)">([^<]*)</word>', html)]


def test_a_kazakh_pdf_has_its_words_the_trust_lines_and_embedded_fonts(kazakh, tmp_path: Path, qapp) -> None:
    doc, analysis = kazakh
    out = export_analysis(doc, analysis, "pdf", tmp_path / "visit.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    text = folded(pdf_text(out))
    for words in ("Қасым-Жомарт Тоқаев", "Сыртқы істер министрі", "Ақорданың"):  # Kazakh letters Қ, ң, і
        assert words in text
    assert folded(report.checking_header(analysis)) in text
    assert "demo model — not a translation" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column
    assert any("DejaVu" in row for row in rows)


def test_arabic_in_a_pdf_is_shaped_and_right_to_left(arabic, tmp_path: Path, qapp) -> None:
    doc, analysis = arabic
    out = export_analysis(doc, analysis, "pdf", tmp_path / "talks.pdf", layout="interleaved")
    raw = pdf_text(out)
    joined = [ch for ch in raw if unicodedata.decomposition(ch).startswith(("<initial>", "<medial>"))]
    assert len(joined) > 100  # letters drawn in their joined forms: HarfBuzz shaped the text
    text = folded(raw)
    for word in ("قازاقستان", "القاهرة", "جومابيكوف"):
        assert word in text
    # The headline "مصر وقازاقستان تبحثان ..." runs right to left over two lines: read from the
    # right edge, the first line spells it in order (poppler gives Arabic glyph by glyph), and the
    # short second line ends where the first does, at the right margin, as a right-to-left
    # paragraph's last line does.
    glyphs = words_with_x(out)
    first_y, second_y = sorted({y for *_, y in glyphs})[:2]
    first = sorted(((x, word, right) for word, x, right, y in glyphs if abs(y - first_y) < 1), reverse=True)
    second = [(x, right) for word, x, right, y in glyphs if abs(y - second_y) < 1]
    assert "".join(word for _, word, _ in first).startswith("مصروقازاقستانتبحثان")
    assert abs(max(r for *_, r in first) - max(r for _, r in second)) < 2
    assert min(x for x, _ in second) > min(x for x, *_ in first) + 50


def test_a_dossier_prints_to_pdf(library, tmp_path: Path, qapp) -> None:
    lib, _, _ = library
    dossier = lib.dossier("Kassym-Jomart Tokayev")
    text = folded(pdf_text(export_dossier(dossier, "pdf", tmp_path / "d.pdf")))
    assert "Kassym-Jomart Tokayev" in text and folded(dossier.names[0]) in text
