"""Tiny random-weight CTranslate2 model folders in the exact layouts the converters write.

``ct2-transformers-converter`` writes ``model.bin``, ``config.json`` and ``shared_vocabulary.json``
and copies the tokenizer files named with ``--copy_files``. These builders do the same with
CTranslate2's own spec API (random numpy weights, ``spec.save``) and SentencePiece models trained
on a few lines, so tests exercise the real loaders without downloading anything. The English they
produce is nonsense; its shape (tokens, prefixes, scores) is what tests check.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

D_MODEL, HEADS, FFN = 32, 2, 64
EOS_BIAS = 2.0

# A few lines per script, enough for SentencePiece to learn pieces of each.
LINES = [
    "Қасым-Жомарт Тоқаев Астанада қонақтарды қабылдады.",
    "Екі тарап ынтымақтастықты дамыту жолдарын талқылады.",
    "Президент Путин встретился с делегацией в Москве.",
    "Стороны обсудили вопросы сотрудничества в области образования.",
    "استقبل الرئيس الوفد في العاصمة صباح اليوم.",
    "ناقش الجانبان سبل تعزيز التعاون بين البلدين.",
    "The president received the delegation in the capital this morning.",
    "The parties discussed ways to strengthen cooperation in education.",
]

NLLB_LANGUAGES = ("kaz_Cyrl", "arb_Arab", "rus_Cyrl", "eng_Latn", "ukr_Cyrl")
M2M_LANGUAGES = ("kk", "ar", "ru", "en", "uk")


def train_spm(prefix: Path, lines: list[str], model_type: str = "unigram") -> Path:
    """A SentencePiece model trained on ``lines`` (ids as the real models: <unk> 0, <s> 1, </s> 2)."""
    import sentencepiece as spm

    text = prefix.with_suffix(".txt")
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text), model_prefix=str(prefix), vocab_size=200, hard_vocab_limit=False,
        model_type=model_type, character_coverage=1.0, normalization_rule_name="identity",
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, num_threads=1, minloglevel=2,
    )
    text.unlink()
    return prefix.with_suffix(".model")


def spm_pieces(model: Path) -> list[str]:
    """Every piece of a SentencePiece model, in id order."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_file=str(model))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _spec(vocabulary: list[str], *, pre_norm: bool, seed: int, decoder_start: str, special: set[str]):
    """A 1+1-layer Transformer with random weights over ``vocabulary`` (shared by both sides)."""
    from ctranslate2.specs import common_spec, transformer_spec

    rng = np.random.default_rng(seed)
    activation = common_spec.Activation.RELU if pre_norm else common_spec.Activation.SWISH
    spec = transformer_spec.TransformerSpec.from_config(1, HEADS, pre_norm=pre_norm, activation=activation)
    size = len(vocabulary)

    def weights(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.3).astype(np.float32)

    def linear(layer, out: int, inp: int) -> None:
        layer.weight, layer.bias = weights(out, inp), weights(out)

    def norm(layer) -> None:
        layer.gamma, layer.beta = np.ones(D_MODEL, np.float32), np.zeros(D_MODEL, np.float32)

    def ffn(layer) -> None:
        norm(layer.layer_norm)
        linear(layer.linear_0, FFN, D_MODEL)
        linear(layer.linear_1, D_MODEL, FFN)

    embedding = weights(size, D_MODEL)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = embedding
    decoder.embeddings.weight = embedding.copy()
    decoder.projection.weight = embedding.copy()
    decoder.projection.bias = np.zeros(size, np.float32)
    # Favour the end token a little, so random weights end a sentence after a few tokens as a
    # trained model does (and tests see the end-of-sentence score) instead of running to the limit.
    decoder.projection.bias[vocabulary.index("</s>")] = EOS_BIAS
    # ... and rarely emit a special or language token, as a trained model would not.
    for at, token in enumerate(vocabulary):
        if token in special:
            decoder.projection.bias[at] = -EOS_BIAS
    if pre_norm:
        norm(encoder.layer_norm)
        norm(decoder.layer_norm)
    for layer in encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    for layer in decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], D_MODEL, D_MODEL)
        linear(layer.attention.linear[1], 2 * D_MODEL, D_MODEL)
        linear(layer.attention.linear[2], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.config.decoder_start_token = decoder_start
    spec.config.add_source_bos = False
    spec.config.add_source_eos = False
    spec.validate()
    return spec


def _save(spec, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    spec.save(str(folder))


def build_nllb(folder: Path, workdir: Path, *, m2m: bool = False, vocabulary_txt: bool = False,
               seed: int = 0, languages: tuple[str, ...] | None = None) -> Path:
    """An NLLB-200 folder (or M2M-100 with ``m2m``) as ct2-transformers-converter writes it."""
    workdir.mkdir(parents=True, exist_ok=True)
    spm_model = train_spm(workdir / ("m2m" if m2m else "nllb"), LINES, model_type="bpe")
    pieces = spm_pieces(spm_model)[3:]  # the fairseq vocabulary puts its own four specials first
    codes = languages or (M2M_LANGUAGES if m2m else NLLB_LANGUAGES)
    tokens = [f"__{c}__" for c in codes] if m2m else list(codes)
    vocabulary = ["<s>", "<pad>", "</s>", "<unk>", *pieces, *tokens, "<mask>"]
    special = {"<s>", "<pad>", "<unk>", "<mask>", *tokens}
    _save(_spec(vocabulary, pre_norm=True, seed=seed, decoder_start="</s>", special=special), folder)
    if vocabulary_txt:  # older converters wrote one token a line
        (folder / "shared_vocabulary.txt").write_text("\n".join(vocabulary) + "\n", encoding="utf-8")
        (folder / "shared_vocabulary.json").unlink()
    shutil.copy(spm_model, folder / "sentencepiece.bpe.model")
    tokenizer = "M2M100Tokenizer" if m2m else "NllbTokenizer"
    config = {"tokenizer_class": tokenizer, "src_lang": tokens[0], "tgt_lang": tokens[3],
              "model_max_length": 1024, "additional_special_tokens": tokens}
    (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    (folder / "special_tokens_map.json").write_text(json.dumps({"eos_token": "</s>"}), encoding="utf-8")
    return folder


def build_opus(folder: Path, workdir: Path, *, source_lang: str = "ar", target_lang: str = "en",
               target_tokens: tuple[str, ...] = (), seed: int = 0) -> Path:
    """An OPUS-MT (Marian) folder: source.spm, target.spm, vocab.json, tokenizer_config.json.

    ``target_tokens`` (e.g. (">>eng<<", ">>deu<<")) makes it a multilingual-target model.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    source = train_spm(workdir / f"source-{seed}", LINES[:6])
    target = train_spm(workdir / f"target-{seed}", LINES[6:] * 3)
    pieces = list(dict.fromkeys(spm_pieces(source)[3:] + spm_pieces(target)[3:]))
    vocabulary = ["</s>", "<unk>", *target_tokens, *pieces, "<pad>"]
    special = {"<pad>", "<unk>", *target_tokens}
    _save(_spec(vocabulary, pre_norm=False, seed=seed, decoder_start="<pad>", special=special), folder)
    shutil.copy(source, folder / "source.spm")
    shutil.copy(target, folder / "target.spm")
    (folder / "vocab.json").write_text(json.dumps({t: i for i, t in enumerate(vocabulary)}), encoding="utf-8")
    config = {"source_lang": source_lang, "target_lang": target_lang, "model_max_length": 512,
              "separate_vocabs": False}
    (folder / "tokenizer_config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder
