"""The demo corpora and packages: never trained on an article they are shown or tested on, built
from the committed corpus, and labelled as demos."""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from dragoman import article
from dragoman.article.paths import REPO_ROOT, RESOURCES
from dragoman.translate.flags import normalise

CORPUS = RESOURCES / "demo_corpus"
SEEDS = REPO_ROOT.parent / "shared" / "seeds"
PAIRS = ("kk-en", "ar-en", "ru-en")


def article_files() -> list[Path]:
    """Every article the application ships, tests with, or is shown on — as they exist right now."""
    roots = [RESOURCES / "samples", REPO_ROOT / "tests" / "data", SEEDS]
    return sorted(p for root in roots if root.is_dir() for p in root.rglob("*.txt"))


def corpus_sentences() -> set[str]:
    sentences = set()
    for tsv in CORPUS.glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                sentences.update(normalise(part) for part in line.split("\t"))
    for toml in CORPUS.glob("*.toml"):
        for pair in tomllib.loads(toml.read_text(encoding="utf-8")).get("phrases", {}).get("pairs", []):
            sentences.update(normalise(part) for part in pair)
    sentences.discard("")
    return sentences


def test_no_article_sentence_is_in_any_corpus():
    files = article_files()
    assert any(f.parent.name == "samples" for f in files), "the sample articles should be there to check"
    known = corpus_sentences()
    assert len(known) > 1000
    found = []
    for file in files:
        try:
            loaded = article.from_text(file.read_text(encoding="utf-8"), source=str(file))
        except (article.ArticleError, UnicodeDecodeError):
            continue  # a deliberately bad fixture: nothing to compare
        found += [(file.name, s.text) for s in loaded.sentences if normalise(s.text) in known]
    assert found == []


def test_the_check_would_catch_a_leak(tmp_path):
    """Guard against a vacuous test: a corpus sentence placed in an article is found."""
    line = next(row for row in (CORPUS / "kk-en.tsv").read_text(encoding="utf-8").splitlines()
                if not row.startswith("#"))
    source = line.split("\t")[0]
    loaded = article.from_text(f"Бірінші сөйлем осында тұр.\n{source}\n")
    assert any(normalise(s.text) in corpus_sentences() for s in loaded.sentences)


@pytest.mark.parametrize("pair", PAIRS)
def test_tsv_is_the_expansion_of_the_templates(pair):
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    from build_demo_models import SEED, expand_corpus

    spec = tomllib.loads((CORPUS / f"{pair}.toml").read_text(encoding="utf-8"))
    lines = (CORPUS / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    committed = [tuple(row.split("\t")) for row in lines if row and not row.startswith("#")]
    assert committed == expand_corpus(spec, SEED)
    assert len(committed) >= 300


@pytest.mark.parametrize("pair", PAIRS)
def test_package_is_built_from_the_committed_corpus_and_says_demo(pair):
    with zipfile.ZipFile(RESOURCES / "models" / f"{pair}-demo.argosmodel") as archive:
        name = next(n for n in archive.namelist() if n.endswith("/metadata.json"))
        metadata = json.loads(archive.read(name))
    assert metadata["dragoman_demo"] is True
    assert metadata["package_version"].endswith("-demo") and "DEMO" in metadata["name"]
    assert (metadata["from_code"], metadata["to_code"]) == tuple(pair.split("-"))
    toml_hash = hashlib.sha256((CORPUS / f"{pair}.toml").read_bytes()).hexdigest()
    assert metadata["dragoman_build"]["corpus_sha256"] == toml_hash, "rebuild: scripts/build_demo_models.py"
    assert metadata["dragoman_build"]["token_accuracy"] == 1.0
