"""scripts/build_demo_models.py: the torch → CTranslate2 weight mapping is exact (untrained, tiny)."""

from __future__ import annotations

import sys
import tomllib
import zipfile

import pytest

from dragoman.article.paths import REPO_ROOT, RESOURCES


@pytest.mark.slow
def test_torch_and_ctranslate2_agree_token_by_token(tmp_path):
    torch = pytest.importorskip("torch")
    import sentencepiece

    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import build_demo_models as build

    spec = tomllib.loads((RESOURCES / "demo_corpus" / "ru-en.toml").read_text(encoding="utf-8"))
    pairs = build.expand_corpus(spec, seed=1)[:60]
    model_file = build.train_sentencepiece(pairs, tmp_path, vocab_size=300)
    processor = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    torch.manual_seed(0)
    model = build.build_torch_model(len(pieces))  # random weights: the mapping, not the training, is tested
    converted = build.to_ctranslate2_spec(model, pieces)
    converted.optimize()
    (tmp_path / "ct2").mkdir()
    converted.save(str(tmp_path / "ct2"))
    assert build.check_mapping(model, tmp_path / "ct2", processor, pairs, count=20) < 1e-4


def test_package_zip_is_reproducible(tmp_path):
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import build_demo_models as build

    root = tmp_path / "translate-xx_en"
    (root / "model").mkdir(parents=True)
    (root / "model" / "model.bin").write_bytes(b"weights")
    (root / "metadata.json").write_text("{}")
    first = build.zip_reproducibly(root, tmp_path / "a.argosmodel").read_bytes()
    (root / "metadata.json").touch()  # a new mtime must not change the bytes
    second = build.zip_reproducibly(root, tmp_path / "b.argosmodel").read_bytes()
    assert first == second
    assert zipfile.ZipFile(tmp_path / "a.argosmodel").namelist()[0] == "translate-xx_en/metadata.json"
