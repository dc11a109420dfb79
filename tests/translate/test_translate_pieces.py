"""The engine translates a multi-sentence unit piece by piece: real CTranslate2 inference with the
committed demo packages, flags of the pieces, the cache per piece, batching and streaming."""

from __future__ import annotations

import random

import pytest
from translate_fixtures import CountingEngine

from dragoman.article.analysis import FLAG_EMPTY, FLAG_REPEATED, FLAG_TRUNCATED, FLAG_UNTRANSLATED
from dragoman.article.paths import RESOURCES
from dragoman.article.sentences import split_pieces
from dragoman.translate.cache import TranslationCache
from dragoman.translate.engine import ARGOS_DECODING, Decoding, Engine
from dragoman.translate.manager import list_packages
from dragoman.translate.pieces import piece_english, piece_spans, split_unit


def corpus_pairs(pair: str, count: int, seed: int) -> list[tuple[str, str]]:
    lines = (RESOURCES / "demo_corpus" / f"{pair}.tsv").read_text(encoding="utf-8").splitlines()
    pairs = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    return random.Random(seed).sample(pairs, count)


def longest_first(texts: list[str]) -> list[str]:
    return sorted(texts, key=len, reverse=True)


def alone(engine: Engine, texts: list[str], language: str) -> list:
    """Each text translated as an item of its own."""
    return list(engine.translate(list(enumerate(texts)), language))


@pytest.mark.parametrize("pair", ["kk-en", "ar-en", "ru-en"])
def test_a_unit_of_three_sentences_gets_the_english_of_each(argos_dir, pair):
    language = pair[:2]
    for seed in range(3):
        pairs = corpus_pairs(pair, 3, seed)
        unit = " ".join(src for src, _ in pairs)
        assert len(split_pieces(unit, language)) == 3
        (result,) = Engine().translate([(0, unit)], language)
        assert result.translation == " ".join(english for _, english in pairs)
        assert result.flags == []


@pytest.mark.parametrize("language,template", [
    ("kk", "– {0}. {1}. {2}, – деді министр."),
    ("ru", "— {0}. {1}! — заявил посол. {2}."),
    ("ar", 'وقال الوزير: "{0}. {1}." {2}.'),
])
def test_dialogue_and_quotes_equal_the_join_of_their_pieces_translated_alone(argos_dir, language, template):
    sources = [src.rstrip(".!?؟") for src, _ in corpus_pairs(f"{language}-en", 3, 11)]
    unit = template.format(*sources)
    spans = split_pieces(unit, language)
    assert len(spans) == 3
    engine = Engine()
    (result,) = engine.translate([(0, unit)], language)
    pieces = alone(engine, [unit[start:end] for start, end in spans], language)
    assert result.translation == " ".join(p.translation for p in pieces)


def test_lines_are_translated_piece_by_piece_and_joined_with_line_breaks(argos_dir):
    (a, ea), (b, eb), (c, ec) = corpus_pairs("kk-en", 3, 4)
    (result,) = Engine().translate([(0, f"{a} {b}\n{c}")], "kk")
    assert result.translation == f"{ea} {eb}\n{ec}"


def test_truncation_of_one_piece_flags_the_unit(argos_dir):
    import sentencepiece

    package = next(p for p in list_packages() if p.from_code == "ru")
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package.path / "sentencepiece.model"))
    short, long = sorted((src for src, _ in corpus_pairs("ru-en", 2, 8)), key=lambda s: len(tokenizer.encode(s)))
    limit = len(tokenizer.encode(short))
    assert len(tokenizer.encode(long)) > limit
    engine = Engine(decoding=Decoding(max_input_length=limit))
    (unit,) = engine.translate([(0, f"{short} {long}")], "ru")
    short_alone, long_alone = alone(engine, [short, long], "ru")
    assert short_alone.flags == [] and long_alone.flags == [FLAG_TRUNCATED]
    assert unit.flags == [FLAG_TRUNCATED]
    assert unit.translation == f"{short_alone.translation} {long_alone.translation}"


def test_unit_flags_are_the_union_of_its_pieces_but_untranslated_means_the_whole():
    unit = split_unit("Алматы. Астана әуежайы. Шымкент.", "kk")
    assert unit.pieces == ["Алматы.", "Астана әуежайы.", "Шымкент."]
    piece_flags = [[FLAG_UNTRANSLATED], [FLAG_REPEATED, FLAG_TRUNCATED], [FLAG_EMPTY]]
    assert unit.flags("Алматы. Astana airport airport airport.", piece_flags) == [
        FLAG_EMPTY, FLAG_REPEATED, FLAG_TRUNCATED]  # one piece copied is not an untranslated unit
    copied = [[FLAG_UNTRANSLATED]] * 3
    assert unit.flags("Алматы. Астана әуежайы. Шымкент.", copied) == [FLAG_UNTRANSLATED]
    blank_line = split_unit("Алматы. Астана.\n\nШымкент.", "kk")
    assert blank_line.lines[1] == ("",)
    assert blank_line.flags("Almaty. Astana.\n\nShymkent.", [[], [], [FLAG_EMPTY], []]) == []


def test_pieces_are_cached_and_reused_by_other_units(argos_dir, tmp_path):
    (a, ea), (b, eb), (c, ec), (d, ed) = corpus_pairs("ar-en", 4, 5)
    path = tmp_path / "translations.sqlite"
    first = CountingEngine(cache=TranslationCache(path))
    (result,) = first.translate([(0, f"{a} {b} {c}")], "ar")
    assert not result.cached and first.cache.count() == 3
    first.close()

    again = CountingEngine(cache=TranslationCache(path))
    results = list(again.translate([(0, b), (1, f"{c} {a}"), (2, f"{d} {b}")], "ar"))
    assert [r.cached for r in results] == [True, True, False]
    assert [r.translation for r in results] == [eb, f"{ec} {ea}", f"{ed} {eb}"]
    assert again.batches == [[d]]  # only the piece never seen before went to the model
    assert again.cache.count() == 4


def test_batches_hold_pieces_and_results_stream_per_unit_in_order(argos_dir):
    pairs = corpus_pairs("kk-en", 7, 9)
    sources = [src for src, _ in pairs]
    items = [(0, " ".join(sources[0:3])), (1, sources[3]), (2, " ".join(sources[4:6])), (3, sources[6]),
             (4, sources[0])]
    engine = CountingEngine(first_batch=1, batch_size=3)
    stream = engine.translate(items, "kk")
    first = next(stream)
    # The first unit whole, nothing more yet; each batch goes to the model longest piece first.
    assert first.id == 0 and engine.batches == [longest_first(sources[0:3])]
    rest = list(stream)
    assert [r.id for r in [first, *rest]] == [0, 1, 2, 3, 4]
    assert engine.batches[1:] == [longest_first(sources[3:6]), [sources[6]]]  # a repeated piece is translated once
    assert rest[-1].translation == pairs[0][1] and first.translation == " ".join(e for _, e in pairs[0:3])


def test_cancel_stops_between_batches_of_pieces(argos_dir):
    sources = [src for src, _ in corpus_pairs("ru-en", 8, 2)]
    items = [(i, f"{sources[2 * i]} {sources[2 * i + 1]}") for i in range(4)]
    engine = CountingEngine(first_batch=1, batch_size=2)
    received = []
    for result in engine.translate(items, "ru", cancel=lambda: len(received) >= 2):
        received.append(result)
    assert [r.id for r in received] == [0, 1]
    assert len(engine.batches) == 2


def test_argos_parity_mode_sends_the_whole_text(argos_dir):
    (a, _), (b, _) = corpus_pairs("kk-en", 2, 6)
    engine = CountingEngine(decoding=ARGOS_DECODING)
    list(engine.translate([(0, f"{a} {b}")], "kk"))
    assert engine.batches == [[f"{a} {b}"]]


def test_a_unit_longer_than_a_batch_is_cut_across_batches_and_yielded_once(argos_dir):
    pairs = corpus_pairs("ar-en", 5, 12)
    engine = CountingEngine(first_batch=1, batch_size=2)
    results = list(engine.translate([(7, " ".join(src for src, _ in pairs))], "ar"))
    assert [len(batch) for batch in engine.batches] == [2, 2, 1]
    assert [(r.id, r.translation) for r in results] == [(7, " ".join(e for _, e in pairs))]


# ------------------------------------------------------------ alignment: which English is which piece

QUOTATIONS = [
    # kk dash dialogue over two lines, the attribution staying with its piece
    ("kk", "– {0}. {1}, – деді министр.\n– {2}. {3}.", 4),
    # an Arabic quote running past its full stops, then a sentence after it
    ("ar", 'وقال الوزير: "{0}. {1}. {2}." {3}.', 4),
    # a Russian «…» quote, a blank line, and a line of one sentence
    ("ru", "«{0}. {1}», — заявил посол.\n\n{2}. {3}.", 5),
]


def check_alignment(text: str, language: str, result) -> None:
    """Every piece: its source is text[start:end], its English is translation[en_start:en_end]."""
    unit = split_unit(text, language)
    assert [text[start:end] for start, end, _ in result.pieces] == unit.pieces
    spans = piece_spans(text, language, result.pieces)
    assert [(s, e) for s, e, _, _ in spans] == [(s, e) for s, e, _ in result.pieces]
    assert [result.translation[a:b] for _, _, a, b in spans] == [english for _, _, english in result.pieces]
    ends = [b for _, _, _, b in spans]
    assert ends == sorted(ends) and ends[-1] == len(result.translation)
    # The same spans from the pieces' English alone, split again as the engine splits.
    assert piece_spans(text, language, [english for _, _, english in result.pieces]) == spans


@pytest.mark.parametrize("language,template,count", QUOTATIONS)
def test_each_piece_of_a_quotation_has_its_own_english_from_model_and_cache(argos_dir, tmp_path, language,
                                                                            template, count):
    sources = [src.rstrip(".!?؟") for src, _ in corpus_pairs(f"{language}-en", 4, 21)]
    text = template.format(*sources)
    path = tmp_path / "translations.sqlite"
    engine = Engine(cache=TranslationCache(path))
    (result,) = engine.translate([(0, text)], language)
    assert len(result.pieces) == count and not result.cached
    check_alignment(text, language, result)
    # Each piece's English is that piece's own translation (blank lines aside).
    alone_english = [r.translation for r in alone(engine, [text[s:e] for s, e, _ in result.pieces], language)]
    assert [e for (s, end, e) in result.pieces if s < end] == [a for (s, end, _), a in zip(result.pieces, alone_english)
                                                             if s < end]
    engine.close()

    again = Engine(cache=TranslationCache(path))
    (from_cache,) = again.translate([(0, text)], language)
    assert from_cache.cached and again._loaded == {}
    assert from_cache.pieces == result.pieces and from_cache.translation == result.translation


def test_a_text_of_one_piece_has_no_pieces(argos_dir):
    src, english = corpus_pairs("kk-en", 1, 3)[0]
    (result,) = Engine().translate([(0, src)], "kk")
    assert result.translation == english and result.pieces == []


@pytest.mark.parametrize("text", [
    "\nАлматы. Астана.",  # a leading blank line: Unit.join drops the leading line break
    "Алматы. Астана.\n\nШымкент. Тараз.\n",
    "  Алматы.   Астана.  \nШымкент",
])
def test_piece_spans_follow_unit_join(text):
    unit = split_unit(text, "kk")
    outputs = [f"E{i}" if piece.strip() else "" for i, piece in enumerate(unit.pieces)]
    joined = unit.join(outputs)
    spans = piece_spans(unit, "kk", outputs)
    assert [text[s:e] for s, e, _, _ in spans] == unit.pieces
    assert [joined[a:b] for _, _, a, b in spans] == outputs
    assert piece_english(unit, outputs) == [(s, e, o) for (s, e, _, _), o in zip(spans, outputs)]
