"""Each family hands CTranslate2 the tokens its converter's tokenizer would, and drops what it must."""

from __future__ import annotations

import pytest
import sentencepiece
from families_fixtures import ScriptedTranslator
from tiny_models import LINES

from dragoman.translate.engine import DEFAULT_DECODING, Engine
from dragoman.translate.families import load_model
from dragoman.translate.manager import read_model_folder

KAZAKH, ARABIC, RUSSIAN, ENGLISH = LINES[1], LINES[5], LINES[3], LINES[7]


def loaded(folder, from_code: str, to_code: str = "en"):
    info = read_model_folder(folder)
    assert info is not None, f"{folder.name} was not recognised"
    return load_model(info.for_pair(from_code, to_code), 1, "auto")


def pieces(folder, name: str, text: str) -> list[str]:
    return sentencepiece.SentencePieceProcessor(model_file=str(folder / name)).encode(text, out_type=str)


@pytest.mark.parametrize("kind, code, token, english", [
    ("nllb", "kk", "kaz_Cyrl", "eng_Latn"), ("nllb", "ar", "arb_Arab", "eng_Latn"),
    ("nllb", "ru", "rus_Cyrl", "eng_Latn"), ("m2m100", "kk", "__kk__", "__en__"),
])
def test_nllb_and_m2m_sources_start_with_the_language_token_and_end_with_eos(tiny_folders, kind, code, token, english):
    folder = tiny_folders[kind]
    model = loaded(folder, code)
    english_pieces = pieces(folder, "sentencepiece.bpe.model", ENGLISH)
    model.translator = ScriptedTranslator(english_pieces + ["</s>"])
    text = {"kk": KAZAKH, "ar": ARABIC, "ru": RUSSIAN}[code]
    (out,), _, (score,) = model.translate([text], DEFAULT_DECODING)
    (source,), options = model.translator.calls[0]
    assert source == [token, *pieces(folder, "sentencepiece.bpe.model", text), "</s>"]
    assert options["target_prefix"] == [[english]]
    assert options["replace_unknowns"] is False
    assert out == ENGLISH  # the prefix token and </s> are not in the text
    assert score is not None


def test_nllb_decoding_is_capped_relative_to_the_input(tiny_folders):
    model = loaded(tiny_folders["nllb"], "kk")
    model.translator = ScriptedTranslator(["</s>"])
    model.translate(["Екі тарап."], DEFAULT_DECODING)
    (source,), options = model.translator.calls[0]
    assert options["max_decoding_length"] == 2 * len(source) + 10 < DEFAULT_DECODING.max_decoding_length


def test_opus_single_target_source_is_pieces_and_eos_without_prefix(tiny_folders):
    folder = tiny_folders["opus-mt"]
    model = loaded(folder, "ar")
    english = pieces(folder, "target.spm", ENGLISH)
    model.translator = ScriptedTranslator(english + ["</s>"])
    (out,), _, _ = model.translate([ARABIC], DEFAULT_DECODING)
    (source,), options = model.translator.calls[0]
    assert source == [*pieces(folder, "source.spm", ARABIC), "</s>"]
    assert options["target_prefix"] is None
    assert out == ENGLISH  # detokenised with target.spm


def test_opus_multilingual_target_puts_the_english_token_first(tiny_folders):
    folder = tiny_folders["opus-multi"]
    info = read_model_folder(folder)
    assert info.to_codes[0] == "en" and "ru" in info.from_codes
    model = loaded(folder, "ru")
    model.translator = ScriptedTranslator(["</s>"])
    model.translate([RUSSIAN], DEFAULT_DECODING)
    (source,), _ = model.translator.calls[0]
    assert source == [">>eng<<", *pieces(folder, "source.spm", RUSSIAN), "</s>"]


def test_a_text_with_line_breaks_is_translated_line_by_line(tiny_folders):
    model = loaded(tiny_folders["nllb"], "kk")
    model.translator = ScriptedTranslator(["</s>"])
    model.translate([f"{KAZAKH}\n{LINES[0]}"], DEFAULT_DECODING)
    sources, _ = model.translator.calls[0]
    assert len(sources) == 2 and all(s[0] == "kaz_Cyrl" and s[-1] == "</s>" for s in sources)


@pytest.mark.parametrize("kind, code", [("nllb", "kk"), ("m2m100", "ru"), ("opus-mt", "ar"), ("opus-multi", "ru")])
def test_each_family_translates_end_to_end_with_the_real_ctranslate2(tiny_folders, kind, code, tmp_path, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_HOME", str(tmp_path / "home"))
    info = read_model_folder(tiny_folders[kind])
    text = {"kk": KAZAKH, "ar": ARABIC, "ru": RUSSIAN}[code]
    runs = []
    for _ in range(2):
        engine = Engine(packages=lambda: [info])
        plan = engine.plan(code)
        assert plan.available and not plan.demo and plan.family == info.family and plan.licence == info.licence
        assert info.name in plan.model
        assert ("non-commercial use only" in (plan.message or "")) == (info.family == "nllb")
        (result,) = engine.translate([(7, text)], code)
        runs.append((result.translation, result.score))
        engine.close()
    translation, score = runs[0]
    assert translation and translation.strip()
    assert not any(t in translation for t in ("eng_Latn", "__en__", ">>eng<<", "</s>"))
    assert score is not None and score < 0
    assert runs[0] == runs[1]  # deterministic


def test_one_nllb_folder_serves_several_pairs_with_their_own_tokens(tiny_folders):
    info = read_model_folder(tiny_folders["nllb"])
    assert {"kk", "ar", "ru", "uk"} <= set(info.from_codes)
    engine = Engine(packages=lambda: [info])
    assert engine.plan("kk").available and engine.plan("ar").available
    kazakh = engine._load(engine._route("kk", "en").packages[0])
    arabic = engine._load(engine._route("ar", "en").packages[0])
    assert (kazakh.source_token, arabic.source_token) == ("kaz_Cyrl", "arb_Arab")
    assert kazakh.translator is arabic.translator  # one CTranslate2 model in memory for both
    assert engine._identity(kazakh.info) != engine._identity(arabic.info)  # cached apart
    engine.close()


def test_opus_inputs_are_cut_at_the_position_table_and_flagged(tiny_folders):
    model = loaded(tiny_folders["opus-mt"], "ar")
    model.translator = ScriptedTranslator(["</s>"])
    long_text = " ".join([ARABIC] * 60)
    _, (cut,), _ = model.translate([long_text], DEFAULT_DECODING)
    (source,), options = model.translator.calls[0]
    assert len(source) > 512 and cut
    assert options["max_input_length"] == 512 and options["max_decoding_length"] <= 512
