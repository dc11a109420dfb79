"""Generate a package shaped like a published Argos model, with random weights, for benchmarks only.

    .venv/bin/python scripts/make_big_model.py [--out bench/generated]

Shape: 6 encoder + 6 decoder layers, d_model 512, 8 heads, feed-forward 2048, a shared vocabulary
of 32,000 SentencePiece pieces, int8 (as Argos publishes them). The tokenizer is trained on our demo
corpora and sample articles, then padded with unused pieces to the full size, so real text gets
realistic token counts. Random weights either stop at once or loop forever (greedy decoding of
noise settles on one token), so ``</s>`` is pushed down and never chosen: every sentence decodes
exactly ``max_decoding_length`` tokens, and the benchmark sets that to the English length of a long
news sentence (48 pieces) — a pessimistic, repeatable cost per sentence. Never committed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "generated"
NAME = "translate-kk_en-random-argos-shape"
LAYERS, D_MODEL, HEADS, FFN, VOCAB = 6, 512, 8, 2048, 32_000
EOS_BIAS = -20.0  # never end early: the benchmark's max_decoding_length sets the output length


def train_tokenizer(workdir: Path) -> Path:
    import sentencepiece as spm
    from sentencepiece import sentencepiece_model_pb2 as model_pb2

    resources = REPO / "dragoman" / "resources"
    texts = [p.read_text(encoding="utf-8") for p in sorted((resources / "demo_corpus").glob("*.tsv"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((resources / "samples").glob("*.txt"))]
    corpus = workdir / "text.txt"
    corpus.write_text("\n".join(texts).replace("\t", "\n"), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(workdir / "sp"), vocab_size=8000, hard_vocab_limit=False,
        character_coverage=1.0, normalization_rule_name="identity", unk_id=0, bos_id=1, eos_id=2, pad_id=3,
        num_threads=2, minloglevel=2,
    )
    proto = model_pb2.ModelProto()
    proto.ParseFromString((workdir / "sp.model").read_bytes())
    for i in itertools.count():  # pad to a published model's vocabulary size with pieces never chosen
        if len(proto.pieces) >= VOCAB:
            break
        piece = proto.pieces.add()
        piece.piece, piece.score, piece.type = f"▁unused{i}", -1000.0, model_pb2.ModelProto.SentencePiece.NORMAL
    path = workdir / "sentencepiece.model"
    path.write_bytes(proto.SerializeToString())
    return path


def random_spec(pieces: list[str], seed: int):
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    normal = lambda *shape: rng.normal(0.0, 0.02, shape).astype(np.float32)  # noqa: E731

    def linear(spec, out_dim: int, in_dim: int) -> None:
        spec.weight, spec.bias = normal(out_dim, in_dim), np.zeros(out_dim, np.float32)

    def norm(spec) -> None:
        spec.gamma, spec.beta = np.ones(D_MODEL, np.float32), np.zeros(D_MODEL, np.float32)

    def ffn(spec) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, FFN, D_MODEL)
        linear(spec.linear_1, D_MODEL, FFN)

    spec = transformer_spec.TransformerSpec.from_config((LAYERS, LAYERS), HEADS, pre_norm=True)
    embeddings = normal(VOCAB, D_MODEL)
    spec.encoder.embeddings[0].weight = embeddings
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    spec.decoder.embeddings.weight = embeddings.copy()
    norm(spec.decoder.layer_norm)
    spec.decoder.projection.weight = embeddings.copy()
    bias = np.zeros(VOCAB, np.float32)
    bias[pieces.index("</s>")] = EOS_BIAS
    spec.decoder.projection.bias = bias
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], D_MODEL, D_MODEL)
        linear(layer.attention.linear[1], 2 * D_MODEL, D_MODEL)
        linear(layer.attention.linear[2], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization="int8")
    return spec


def make(out: Path = OUT, seed: int = 0) -> Path:
    """Write the package folder ``out/NAME`` (replacing it) and return its path."""
    import sentencepiece as spm

    folder = out / NAME
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    (folder / "model").mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        sp_path = train_tokenizer(Path(tmp))
        (folder / "sentencepiece.model").write_bytes(sp_path.read_bytes())
    processor = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    random_spec(pieces, seed).save(str(folder / "model"))
    metadata = {
        "package_version": "0.0-random", "argos_version": "1.9", "type": "translate",
        "from_code": "kk", "from_name": "Kazakh", "to_code": "en", "to_name": "English",
        "name": "Random weights shaped like an Argos model (bench only)", "dragoman_demo": True,
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    folder = make(args.out)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    print(f"wrote {folder} ({size / 1024**2:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
