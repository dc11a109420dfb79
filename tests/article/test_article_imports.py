"""The article core starts fast: heavy libraries are imported only when a file needs them."""

from __future__ import annotations

import subprocess
import sys

from article_fixtures import REPO

HEAVY = ("trafilatura", "docx", "lingua", "charset_normalizer", "lxml", "torch",
         "argostranslate", "PySide6")


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                            text=True, check=True)
    return {line.split(".")[0] for line in result.stdout.splitlines()}


def test_importing_the_core_pulls_in_nothing_heavy() -> None:
    loaded = _modules_after("import dragoman.article, dragoman.article.load, dragoman.article.sentences, "
                            "dragoman.article.language")
    assert not loaded & set(HEAVY)


def test_a_text_file_needs_lingua_but_not_html_or_docx_libraries() -> None:
    loaded = _modules_after("import dragoman.article as article; article.from_text('The talks ended. It was late.')")
    assert "lingua" in loaded
    assert not loaded & {"trafilatura", "docx", "lxml", "torch", "PySide6"}
