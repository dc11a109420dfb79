"""With argostranslate's own decoding settings the engine gives exactly what
``argostranslate.translate`` gives, for the same package and sentences.

Offline, argostranslate's sentence splitter (MiniSBD) would download a model on first use, and
the demo packages carry none. Dragoman hands the engine one sentence at a time (article/ splits),
so the test swaps argos' splitter for one that keeps the whole input as one sentence: exactly what
a correct splitter returns for a single sentence. Everything after splitting — tokenizing, the
CTranslate2 call and its settings, detokenizing, paragraph joining — is argostranslate's own code.
"""

from __future__ import annotations

import random
import zipfile

import pytest
from translate_fixtures import rewrite_package

from dragoman.article.paths import RESOURCES
from dragoman.translate.engine import ARGOS_DECODING, Engine
from dragoman.translate.manager import read_package


class WholeInput:
    """A sentence splitter that returns its input as one sentence."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


def sentences_for(pair: str) -> list[str]:
    lines = (RESOURCES / "demo_corpus" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    corpus = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    picked = random.Random(1).sample(corpus, 12)
    # Sentences the model never saw, unknown characters, a line break inside, one word.
    samples = (RESOURCES / "samples").glob(f"{pair[:2]}-*.txt")
    article_lines = [line for f in samples for line in f.read_text(encoding="utf-8").splitlines() if line.strip()][:8]
    return picked + article_lines + ["习近平 Астана 2025 «форум»", f"{picked[0]}\n{picked[1]}", "Жоқ"]


@pytest.fixture(scope="module")
def argos_translate(tmp_path_factory):
    """argostranslate.translate with only the demo packages installed, in a private folder."""
    import argostranslate.translate as argos
    from argostranslate import package as argos_package
    from argostranslate import settings

    folder = tmp_path_factory.mktemp("argos-parity")
    for pair in ("kk-en", "ar-en", "ru-en"):
        with zipfile.ZipFile(RESOURCES / "models" / f"{pair}-demo.argosmodel") as archive:
            archive.extractall(folder)  # what argospm's install_from_path does
    # A package with a target prefix (as multilingual Argos models have): the kk→en weights as "xx".
    prefixed = tmp_path_factory.mktemp("prefixed") / "xx.argosmodel"
    rewrite_package(RESOURCES / "models" / "kk-en-demo.argosmodel", prefixed, top="translate-xx_en",
                    from_code="xx", target_prefix="▁The")
    with zipfile.ZipFile(prefixed) as archive:
        archive.extractall(folder)
    saved = list(settings.package_dirs)
    settings.package_dirs[:] = [folder]
    argos.installed_translates.clear()
    argos.get_installed_languages.cache_clear()
    yield argos
    settings.package_dirs[:] = saved
    argos.installed_translates.clear()
    argos.get_installed_languages.cache_clear()
    del argos_package


@pytest.mark.slow
@pytest.mark.parametrize("pair", ["kk-en", "ar-en", "ru-en", "xx-en"])
def test_engine_with_argos_settings_equals_argostranslate(argos_translate, argos_dir, pair):
    from_code = pair[:2]
    translation = argos_translate.get_translation_from_codes(from_code, "en")
    translation.underlying.sentencizer = WholeInput()  # see the module docstring
    texts = sentences_for("kk-en" if from_code == "xx" else pair)
    theirs = [translation.translate(text) for text in texts]

    package = read_package(translation.underlying.pkg.package_path)  # the very folder argos used
    engine = Engine(packages=lambda: [package], decoding=ARGOS_DECODING)
    ours = [r.translation for r in engine.translate(list(enumerate(texts)), from_code)]
    assert ours == theirs
    assert len(set(theirs)) > len(texts) // 2  # not a degenerate comparison of empty strings
