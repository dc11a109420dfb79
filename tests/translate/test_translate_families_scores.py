"""The score every family returns is the mean log-probability per output token, counting the end
token and not the forced prefix: exactly the mean of score_batch's log-probabilities there."""

from __future__ import annotations

import dataclasses

import pytest
from families_fixtures import RecordingTranslator
from tiny_models import LINES

from dragoman.translate.engine import DEFAULT_DECODING, Engine
from dragoman.translate.families import load_model
from dragoman.translate.manager import list_packages, read_model_folder

# Every line, whatever the model's language: random weights end some at once (not compared), not all.
TEXTS = LINES


def score_batch_mean(translator, source: list[str], hypothesis: list[str], prefix: int) -> float:
    ended = bool(hypothesis) and hypothesis[-1] == "</s>"
    target = hypothesis[:-1] if ended else hypothesis
    log_probs = translator.score_batch([source], [target])[0].log_probs  # score_batch appends </s>
    generated = log_probs[prefix:] if ended else log_probs[prefix:-1]
    return sum(generated) / len(generated)


def check_scores(model, texts: list[str], decoding) -> int:
    """Translate ``texts`` and compare each score with score_batch; returns how many were compared."""
    real = model.translator
    model.translator = RecordingTranslator(real)
    _, _, scores = model.translate(texts, decoding)
    (sources, options), results = model.translator.calls[0], model.translator.results[0]
    prefix = len((options["target_prefix"] or [[]])[0])
    compared = 0
    for source, result, score in zip(sources, results, scores):
        hypothesis = result.hypotheses[0]
        if hypothesis[prefix:] in ([], ["</s>"]):
            continue  # decoded again with the end token masked; not the model's own distribution
        # 1e-3: a padded batch and a single sentence differ in float32 rounding (seen: 2e-4).
        assert score == pytest.approx(score_batch_mean(real, source, hypothesis, prefix), abs=1e-3)
        compared += 1
    return compared


@pytest.mark.parametrize("beam, penalty", [(1, 0.2), (4, 0.2), (4, 1.0), (2, 0.0)])
@pytest.mark.parametrize("kind, code", [("nllb", "kk"), ("m2m100", "ar"), ("opus-mt", "ar"), ("opus-multi", "ru")])
def test_converted_families_score_like_score_batch(tiny_folders, kind, code, beam, penalty):
    info = read_model_folder(tiny_folders[kind]).for_pair(code, "en")
    decoding = dataclasses.replace(DEFAULT_DECODING, beam_size=beam, length_penalty=penalty)
    assert check_scores(load_model(info, 1, "auto"), TEXTS, decoding) >= 1


@pytest.mark.parametrize("beam, penalty", [(1, 0.2), (4, 1.0)])
def test_argos_demo_scores_like_score_batch(argos_dir, beam, penalty):
    (demo,) = [p for p in list_packages() if p.demo and p.from_code == "ru"]
    decoding = dataclasses.replace(DEFAULT_DECODING, beam_size=beam, length_penalty=penalty)
    texts = ["Стороны обсудили вопросы сотрудничества.", "Президент встретился с делегацией."]
    assert check_scores(load_model(demo, 1, "auto"), texts, decoding) == 2


def test_a_sentence_of_several_pieces_scores_as_its_lowest_piece(tiny_folders, tmp_path, monkeypatch):
    monkeypatch.setenv("DRAGOMAN_HOME", str(tmp_path))
    info = read_model_folder(tiny_folders["nllb"])
    engine = Engine(packages=lambda: [info])
    first, second = LINES[0], LINES[1]
    singles = {r.id: r.score for r in engine.translate([(1, first), (2, second)], "kk")}
    (joined,) = engine.translate([(3, f"{first} {second}")], "kk")
    assert len(joined.pieces) == 2 or joined.score is not None
    assert joined.score == pytest.approx(min(singles.values()))
    engine.close()


def test_scores_survive_the_cache(tiny_folders, tmp_path, monkeypatch):
    from dragoman.translate.cache import TranslationCache

    monkeypatch.setenv("DRAGOMAN_HOME", str(tmp_path))
    info = read_model_folder(tiny_folders["opus-mt"])
    fresh = Engine(packages=lambda: [info], cache=TranslationCache(tmp_path / "c.sqlite"))
    (first,) = fresh.translate([(1, LINES[4])], "ar")
    fresh.close()
    again = Engine(packages=lambda: [info], cache=TranslationCache(tmp_path / "c.sqlite"))
    (cached,) = again.translate([(1, LINES[4])], "ar")
    assert cached.cached and first.score is not None and cached.score == first.score
    again.close()


def test_a_translation_cut_at_the_decoding_limit_scores_its_tokens_without_an_end(tiny_folders):
    info = read_model_folder(tiny_folders["nllb"]).for_pair("kk", "en")
    decoding = dataclasses.replace(DEFAULT_DECODING, max_decoding_length=3)
    model = load_model(info, 1, "auto")
    assert check_scores(model, TEXTS, decoding) >= 1
    ended = [r.hypotheses[0][-1] == "</s>" for r in model.translator.results[0]]
    assert not all(ended)  # some really were cut, so the no-end case was compared
