"""Which language an article is written in.

How it decides:

0. A plain article in a language Dragoman analyses is named without lingua (``_quick_guess``):
   its chunks (below) pooled, one script holds nearly all letters, one alphabet of that script
   fits clearly better than the others, and enough of the words are that language's function
   words (``function_words`` in its letters.toml, against its stopwords.txt). Everything else
   goes through the steps below.
1. The body, not the headline: lines with at least ``BODY_LETTERS`` letters, cut into pieces of
   at most ``MAX_CHUNK_CHARS``, are the chunks that vote (up to ``MAX_CHUNKS`` of them, spread
   over the text); a text with no such line is cut the same way.
2. Each chunk's script (Cyrillic, Arabic, Latin, ...) is the script of most of its letters.
3. lingua chooses among the languages of that script that have a ``resources/lang/*/letters.toml``,
   that it knows and whose alphabet spells the chunk's small-letter words about as well as the
   best one does (``_spelling_codes``; detectors are built lazily once, and share models). Its
   quick (low-accuracy) models decide first; its high-accuracy models (~40 MB and ~0.3 s to load each) only for a
   text shorter than ``SHORT_TEXT`` characters where the quick guess is under ``QUICK_ENOUGH``,
   and only those of the ``HIGH_ACCURACY_CANDIDATES`` languages the quick models rank first
   (lingua shares a loaded model between detectors). When only names (capitalised words) hold
   the chosen language's own letters and carry under ``BORROWED_SHARE`` of the letters (Тоқаев
   in a Russian sentence), lingua decides again on the other words.
4. The letters then check lingua's choice. A language's distinctive letters are those found in
   fewer than half of the script's alphabets (Kazakh: ә ғ қ ң ө ұ ү һ і). Its ``cost`` on a text
   is ``FOREIGN_WEIGHT`` x the share of letters its alphabet lacks + ``UNUSED_WEIGHT`` x the
   share of its distinctive letters the text never uses. The cheapest language replaces the
   choice when
   - words the chosen alphabet cannot spell carry over ``MAX_FOREIGN_WORDS`` of the letters
     (fewer, all capitalised, are borrowed names and are left out of the costs);
   - it is cheaper by ``COST_MARGIN``: Kyrgyz uses ң ө ү but none of Kazakh's ә ғ қ ұ һ і;
   - lingua does not know it (Kyrgyz, Tatar, Bashkir, Tajik, Uzbek, Turkmen), the text uses its
     distinctive letters, and it is cheaper at all: Tatar җ, Turkmen ä ň ý ž.
5. Chunks vote with their letter counts; the winner's confidence is its share of the vote times
   the mean confidence of the chunks that chose it (lingua's, or the cost margin's).
6. The leading script's words of all chunks, pooled, check the winner as step 4 does; a language
   lingua does not know that wins there, or leads already, takes the votes of the chunks it fits
   nearly as well as their own choice (``_article_letters``: Tajik lines without ӣ ӯ ҷ).
7. The confidence is at most ``UNTOLD`` when the letters cannot tell the winner from a language
   lingua could not weigh it against: ordinary words no alphabet of the script spells
   (Slovak ľ: lingua can only liken it to Czech), or a language lingua does not know fits about
   as well (Kyrgyz without ң and Mongolian), unless their ``frequent`` letters tell (``_untold``).

Scripts with no letters.toml (Greek, Chinese, ...) are left to lingua with all its languages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby
from typing import TYPE_CHECKING

from .langdata import Alphabet, alphabets, alphabets_of, analysed_languages, function_words, script_of
from .model import LanguageGuess

if TYPE_CHECKING:
    from lingua import Language, LanguageDetector

BODY_LETTERS = 40  # a line with fewer letters is a headline, byline or counter
MAX_CHUNKS = 40  # enough to find the dominant language of a long article, quickly
MAX_CHUNK_CHARS = 600  # a longer line is judged in pieces of this size
SHORT_TEXT = 1000  # below this lingua's high-accuracy models are worth their loading time
QUICK_ENOUGH = 0.7  # a quick-model guess this confident is kept without the high-accuracy models
SPELLING_SLACK = 0.03  # share of a chunk's letters in words an alphabet cannot spell that lingua may overlook
HIGH_ACCURACY_CANDIDATES = 3  # the quick models' best few; each high-accuracy model is ~40 MB, ~0.3 s
BORROWED_SHARE = 0.3  # Kazakh-letter words carry > 50 % of the letters of Kazakh prose
MAX_FOREIGN_WORDS = 0.35  # more of the letters in words the chosen alphabet cannot spell: wrong
FOREIGN_WEIGHT = 1000  # cost of a text made only of letters outside an alphabet
UNUSED_WEIGHT = 10  # cost of a text using none of an alphabet's distinctive letters
COST_MARGIN = 4  # an alphabet this much cheaper than lingua's choice replaces it
UNTOLD = 0.4  # the most confidence a guess gets when the letters cannot tell it from another language
UNKNOWN_LETTERS = 0.02  # more of the letters in ordinary words no alphabet spells: untold
FREQUENT_MARGIN = 0.05  # share of the letters by which one language's most frequent letters must lead
QUICK_MIN_WORDS = 25  # a text with fewer words is left to lingua
QUICK_MARGIN = 5  # the next alphabet must cost at least this much more for the quick path
QUICK_LEFT_OUT = 0.1  # letters of other scripts the quick path lets pass
UNKNOWN = LanguageGuess("und", "Unknown", 0.0, False)

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Vote:
    code: str
    name: str
    confidence: float
    weight: int  # letters in the chunk
    script: str = ""
    words: tuple[str, ...] = ()  # the chunk's words in its script


def detect_language(text: str) -> LanguageGuess:
    """The dominant language of ``text``, with a confidence in 0..1.

    Unsupported languages come back by their English name with ``supported=False``; text with
    no letters comes back as ``und`` ("Unknown") with confidence 0.
    """
    chunks = _chunks(text)
    quick = _quick_guess(chunks)
    if quick is not None:
        return quick
    high_accuracy = len(text) < SHORT_TEXT
    votes = [vote for chunk in chunks if (vote := _detect_chunk(chunk, high_accuracy)) is not None]
    if not votes:
        return UNKNOWN
    votes = _article_letters(votes)
    code, weight = _tally(votes).most_common(1)[0]
    chosen = [v for v in votes if v.code == code]
    mean = sum(v.confidence * v.weight for v in chosen) / weight
    confidence = round(mean * weight / sum(v.weight for v in votes), 4)
    name = chosen[0].name
    untold = _untold(chosen, votes)
    if untold is not None:
        code, name, most = untold
        confidence = min(confidence, most)
    return LanguageGuess(code, name, confidence, code in analysed_languages())


def _tally(votes: list[_Vote]) -> Counter[str]:
    weights: Counter[str] = Counter()
    for vote in votes:
        weights[vote.code] += vote.weight
    return weights


def _article_letters(votes: list[_Vote]) -> list[_Vote]:
    """Step 6: the leading script's words of all chunks, pooled, check the leading language.

    When the pooled words make a language lingua does not know the better fit (step 4), or it
    leads already, it takes the votes of the chunks of its script it fits nearly as well as
    their own choice (within ``COST_MARGIN``): a line of Tajik without ӣ ӯ ҷ, which alone
    passed for Uzbek.
    """
    code = _tally(votes).most_common(1)[0][0]
    lead = next(v for v in votes if v.code == code)
    candidates = alphabets_of(lead.script)
    if not candidates:
        return votes
    fitted = _alphabet_check(code, [w for v in votes if v.script == lead.script for w in v.words], candidates)
    if fitted is not None and fitted[0].code not in _lingua_languages():
        code = fitted[0].code
    winner = next((a for a in candidates if a.code == code), None)
    if winner is None or code in _lingua_languages():
        return votes
    distinctive = _distinctive_letters(candidates)
    moved = []
    for vote in votes:
        own = next((a for a in candidates if a.code == vote.code), None)
        if vote.script == lead.script and own is not None and own is not winner:
            letters = _own_letters(own, list(vote.words))
            if _cost(winner, letters, distinctive[code]) < _cost(own, letters, distinctive[own.code]) + COST_MARGIN:
                vote = _Vote(code, winner.name, vote.confidence, vote.weight, vote.script, vote.words)
        moved.append(vote)
    return moved


def _untold(chosen: list[_Vote], votes: list[_Vote]) -> tuple[str, str, float] | None:
    """Step 7: the language and the most confidence it may have, when ``UNKNOWN_LETTERS`` of
    the script's letters (in all ``votes``) are in ordinary words no one alphabet of it spells,
    or the alphabet of a language lingua does not know (so could not weigh) fits the winner's
    words about as well (within ``COST_MARGIN``), the text using its distinctive letters or more
    of its frequent ones and not lacking its own frequent letters (Kyrgyz written without ң has
    only Mongolian's letters); None when the letters tell it.

    When every such alphabet gives its ``frequent`` letters, the one whose frequent letters hold
    ``FREQUENT_MARGIN`` more of the text's letters is named (Mongolian writes э where Kyrgyz
    writes е, and has к only in borrowed words), with at most ``0.5`` + that lead.
    """
    candidates = alphabets_of(chosen[0].script)
    winner = next((a for a in candidates if a.code == chosen[0].code), None)
    if winner is None:
        return None
    words = [w for v in chosen for w in v.words]
    letters = _own_letters(winner, words)
    total = sum(letters.values())
    if not total:
        return None
    script_words = [w for v in votes if v.script == chosen[0].script for w in v.words]
    if _unknown_letters(script_words, candidates) > UNKNOWN_LETTERS:
        return winner.code, winner.name, UNTOLD
    distinctive = _distinctive_letters(candidates)
    cost = _cost(winner, letters, distinctive[winner.code])
    known = _lingua_languages()

    def frequent_share(alphabet: Alphabet) -> float:
        return sum(letters[ch] for ch in alphabet.frequent) / total

    def fits_as_well(rival: Alphabet) -> bool:
        if (rival is winner or rival.code in known
                or _cost(rival, letters, distinctive[rival.code]) >= cost + COST_MARGIN):
            return False
        own_frequent = rival.frequent - winner.letters
        if own_frequent and not any(letters[ch] for ch in own_frequent):
            return False  # it would use one of its own frequent letters: Bashkir ҡ ҙ in Tatar
        # something for it: its distinctive letters, or its frequent letters (Uzbek typed with ')
        return (any(letters[ch] for ch in distinctive[rival.code])
                or bool(rival.frequent and winner.frequent and frequent_share(rival) > frequent_share(winner)))

    close = [a for a in candidates if fits_as_well(a)]
    if not close:
        return None
    if not winner.frequent or not all(a.frequent for a in close):
        return winner.code, winner.name, UNTOLD
    shares = sorted(((frequent_share(a), a) for a in [winner, *close]), key=lambda pair: pair[0], reverse=True)
    (share, best), (runner_up, _) = shares[0], shares[1]
    if share - runner_up < FREQUENT_MARGIN:
        return winner.code, winner.name, UNTOLD
    return best.code, best.name, round(0.5 + share - runner_up, 4)


def _unknown_letters(words: list[str], candidates: tuple[Alphabet, ...]) -> float:
    """The share of the letters of ``words`` in small-letter words that even the best-spelling
    alphabet of ``candidates`` cannot spell (Slovak ľ ä for Czech, Croatian ć for Czech and č š for
    Polish, Norwegian ø): a text in a language with no letters.toml, which lingua could only liken
    to one that has. Names do not count."""
    spellings: Counter[frozenset[str]] = Counter()
    for w in words:
        if not w[0].isupper():  # an ordinary word (every word of an uncased script)
            spellings[frozenset(w.lower())] += len(w)
    total = sum(len(w) for w in words)
    if not total or not spellings:
        return 0.0
    return min(sum(n for letters, n in spellings.items() if not letters <= a.letters) for a in candidates) / total


def _quick_guess(chunks: list[str]) -> LanguageGuess | None:
    """The language of a plain article from its letters and function words alone, or None
    (lingua decides).

    The chunks are pooled. One script must hold all but ``QUICK_LEFT_OUT`` of their letters; one
    alphabet of that script must fit clearly better than every other (``QUICK_MARGIN`` in
    ``_cost``; one of the very same letters does not count); and that language's
    ``function_words`` share of the words must be in its stopwords.txt. The alphabet rules out
    the script's other languages that Dragoman knows (a Russian article has ы, which Bulgarian
    lacks; Kazakh has ә қ ұ і); the function words rule out the ones it does not know, those
    spelled with the same letters (Indonesian is not English) and Latin texts typed without
    accents (Italian is not English).
    lingua's models, 12-30 MB per script, then never load for a plain article in a language
    Dragoman analyses.
    """
    scripts = Counter(script_of(ch) for chunk in chunks for ch in chunk if ch.isalpha())
    if not scripts:
        return None
    script, letters = scripts.most_common(1)[0]
    candidates = alphabets_of(script)
    words = [w for chunk in chunks for w in _script_words(chunk, script)]
    if (letters < (1 - QUICK_LEFT_OUT) * sum(scripts.values()) or len(candidates) < 2
            or len(words) < QUICK_MIN_WORDS):
        return None
    distinctive = _distinctive_letters(candidates)
    costs = sorted(((_cost(a, _own_letters(a, words), distinctive[a.code]), not a.function_words, a.code), a)
                   for a in candidates)
    (best_cost, _, code), best = costs[0]
    # an alphabet of the same letters (Indonesian, Malay beside English) is the function words' to rule out
    next_cost = min((cost for (cost, _, _), a in costs[1:] if a.letters != best.letters), default=float("inf"))
    plain = [w for chunk in chunks for w in _WORD.findall(chunk)]
    if (not best.function_words or not function_words(code) or next_cost - best_cost < QUICK_MARGIN
            or not _has_function_words(best, plain)):
        return None
    confidence = round(_margin(next_cost, best_cost) * letters / sum(scripts.values()), 4)
    return LanguageGuess(code, best.name, confidence, code in analysed_languages())


def _has_function_words(alphabet: Alphabet, words: list[str]) -> bool:
    """False when ``alphabet``'s language lists function words and too few of ``words`` are
    among them: Italian typed without accents fits the English alphabet but is not English."""
    if not alphabet.function_words:
        return True
    known = function_words(alphabet.code)
    return not known or sum(w.lower() in known for w in words) >= alphabet.function_words * len(words)


def _own_letters(alphabet: Alphabet, words: list[str]) -> Counter[str]:
    """The letters of ``words``, less names ``alphabet`` cannot spell (``_without_names``)."""
    return Counter("".join(_without_names(alphabet, words)[0]))


def _without_names(alphabet: Alphabet | None, words: list[str]) -> tuple[list[str], bool]:
    """``words`` lower-cased, less those ``alphabet`` cannot spell when they are all capitalised
    and carry at most ``MAX_FOREIGN_WORDS`` of the letters (names: Тоқаев in Russian); and
    whether the words it cannot spell carry more (the alphabet is the wrong one)."""
    lowered = [w.lower() for w in words]
    foreign = {i for i, w in enumerate(lowered) if alphabet is None or not alphabet.letters.issuperset(w)}
    wrong = sum(len(words[i]) for i in foreign) > MAX_FOREIGN_WORDS * sum(len(w) for w in words)
    if foreign and not wrong and all(words[i][0].isupper() for i in foreign):
        return [w for i, w in enumerate(lowered) if i not in foreign], wrong
    return lowered, wrong


def _chunks(text: str) -> list[str]:
    lines = [m.group() for m in _LINE.finditer(text)]
    body = [line for line in lines if _letter_count(line) >= BODY_LETTERS] or [text]
    pieces = [line[i:i + MAX_CHUNK_CHARS] for line in body
              for i in range(0, len(line), MAX_CHUNK_CHARS)]
    if len(pieces) > MAX_CHUNKS:  # spread the sample over the whole article
        step = len(pieces) / MAX_CHUNKS
        pieces = [pieces[int(i * step)] for i in range(MAX_CHUNKS)]
    return pieces


def _detect_chunk(chunk: str, high_accuracy: bool) -> _Vote | None:
    scripts = Counter(script_of(ch) for ch in chunk if ch.isalpha())
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    words = _script_words(chunk, script)  # never empty: the script has letters in the chunk
    candidates = alphabets_of(script)
    codes = _spelling_codes(candidates, words)
    detector = _detector(script, codes, False)
    code, name, confidence = _lingua_guess(detector, chunk)
    if high_accuracy and confidence < QUICK_ENOUGH:  # worth loading the big models for
        detector = _detector(script, _best_codes(detector, chunk), True)
        code, name, confidence = _lingua_guess(detector, chunk)
    if candidates:
        code, name, confidence = _borrowed_letters(detector, chunk, code, candidates) \
            or (code, name, confidence)
        fitted = _alphabet_check(code, words, candidates)
        if fitted is not None:
            alphabet, confidence = fitted
            code, name = alphabet.code, alphabet.name
    weight = sum(len(w) for w in words)
    if code == "und" or weight == 0:
        return None
    return _Vote(code, name, confidence, weight, script, tuple(words))


def _script_words(chunk: str, script: str) -> list[str]:
    """The words of ``chunk`` in ``script``, a mixed-script word cut into its one-script runs.

    ``abcЖЖЖЖ`` is mostly Cyrillic: its vote must count the letters ``ЖЖЖЖ``, which a filter
    on each word's first letter would drop (leaving a vote of weight 0).
    """
    runs = []
    for word in _WORD.findall(chunk):
        for run_script, letters in groupby(word, key=script_of):
            if run_script == script:
                runs.append("".join(letters))
    return runs


def _borrowed_letters(detector: LanguageDetector | None, chunk: str, code: str, candidates: tuple[Alphabet, ...]
                      ) -> tuple[str, str, float] | None:
    """Russian text quoting a Kazakh name (``Тоқаев``) is still Russian.

    When only capitalised words (names) hold the chosen language's distinctive letters and they
    carry under ``BORROWED_SHARE`` of the letters, the rest of the chunk decides.
    """
    own = _distinctive_letters(candidates).get(code)
    if not own:
        return None
    words = _WORD.findall(chunk)
    marked = [w for w in words if own & set(w.lower())]
    if not marked or any(w[0].islower() for w in marked):
        return None  # the language's own letters are used in ordinary words, not only names
    if sum(len(w) for w in marked) >= BORROWED_SHARE * sum(len(w) for w in words):
        return None
    rest = " ".join(w for w in words if not own & set(w.lower()))
    guess = _lingua_guess(detector, rest)
    return guess if guess[0] not in (code, "und") else None


def _lingua_guess(detector: LanguageDetector | None, chunk: str) -> tuple[str, str, float]:
    if detector is None:
        return "und", "Unknown", 0.0
    values = detector.compute_language_confidence_values(chunk)
    if not values or values[0].value <= 0:
        return "und", "Unknown", 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), _english_name(best.language), best.value


def _spelling_codes(candidates: tuple[Alphabet, ...], words: list[str]) -> tuple[str, ...]:
    """The languages lingua may choose for ``words``: those whose alphabet spells their ordinary
    (small-letter) words nearly as well as the best-spelling alphabet lingua knows does (within
    ``SPELLING_SLACK`` of the letters). A French line with é è ç loads no Polish or Turkish
    model; names do not count."""
    known = _lingua_languages()
    spellings: Counter[frozenset[str]] = Counter()  # each word's letters, with the letters so spelled
    for w in words:
        if not w[0].isupper():  # an ordinary word (every word of an uncased script)
            spellings[frozenset(w.lower())] += len(w)
    total = sum(spellings.values())
    if not total:
        return tuple(a.code for a in candidates)
    unspelled = {a.code: sum(n for letters, n in spellings.items() if not letters <= a.letters) / total
                 for a in candidates}
    least = min((share for code, share in unspelled.items() if code in known), default=0.0)
    return tuple(a.code for a in candidates if unspelled[a.code] <= least + SPELLING_SLACK)


def _best_codes(detector: LanguageDetector | None, chunk: str) -> tuple[str, ...]:
    """The ``HIGH_ACCURACY_CANDIDATES`` languages the quick models rank first for ``chunk``."""
    if detector is None:
        return ()
    values = detector.compute_language_confidence_values(chunk)[:HIGH_ACCURACY_CANDIDATES]
    return tuple(sorted(v.language.iso_code_639_1.name.lower() for v in values))


@cache
def _detector(script: str, codes: tuple[str, ...], high_accuracy: bool) -> LanguageDetector | None:
    """A lingua detector for the languages of one script (all languages when none are listed)."""
    from lingua import Language, LanguageDetectorBuilder

    known = _lingua_languages()
    languages = [known[c] for c in codes if c in known]
    if codes and not languages:
        return None
    if len(languages) == 1:  # lingua needs two; a second language keeps the confidence honest
        languages.append(Language.ENGLISH if languages[0] != Language.ENGLISH else Language.FRENCH)
    builder = (LanguageDetectorBuilder.from_languages(*languages) if languages
               else LanguageDetectorBuilder.from_all_languages())
    if not high_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def _alphabet_check(code: str, words: list[str], candidates: tuple[Alphabet, ...]
                    ) -> tuple[Alphabet, float] | None:
    """A language whose alphabet fits ``words`` better than ``code``, or None."""
    chosen = next((a for a in candidates if a.code == code), None)
    words, wrong = _without_names(chosen, words)
    letters = Counter("".join(words))
    if not letters:
        return None
    distinctive = _distinctive_letters(candidates)
    costs = {a.code: _cost(a, letters, distinctive[a.code]) for a in candidates}
    current = costs.get(code, float("inf"))
    best = min(candidates, key=lambda a: (costs[a.code], a.code != code))
    if best.code == code or not _has_function_words(best, words):
        return None
    unknown_fits = (best.code not in _lingua_languages() and costs[best.code] < current
                    and any(letters[ch] for ch in distinctive[best.code]))
    if wrong or costs[best.code] + COST_MARGIN <= current or unknown_fits:
        return best, _margin(current, costs[best.code])
    return None


def _cost(alphabet: Alphabet, letters: Counter[str], distinctive: frozenset[str]) -> float:
    """FOREIGN_WEIGHT x share of letters outside the alphabet + UNUSED_WEIGHT x share of the
    alphabet's distinctive letters that the text never uses."""
    total = sum(letters.values())
    if not total:
        return float(FOREIGN_WEIGHT)
    foreign = sum(n for ch, n in letters.items() if ch not in alphabet.letters)
    unused = sum(1 for ch in distinctive if not letters[ch]) / len(distinctive) if distinctive else 0
    return FOREIGN_WEIGHT * foreign / total + UNUSED_WEIGHT * unused


def _margin(loser: float, winner: float) -> float:
    """Confidence of an alphabet decision: how much worse the replaced choice fits."""
    if loser == float("inf"):
        return 0.9
    return round(min(0.99, (loser + 1) / (loser + winner + 2)), 4)


@cache
def _distinctive_letters(candidates: tuple[Alphabet, ...]) -> dict[str, frozenset[str]]:
    """Per language, its letters found in fewer than half of the script's alphabets."""
    counts = Counter(ch for a in candidates for ch in a.letters)
    half = len(candidates) / 2
    return {a.code: frozenset(ch for ch in a.letters if counts[ch] < half) for a in candidates}


@lru_cache(maxsize=1)
def _lingua_languages() -> dict[str, Language]:
    """lingua's languages by ISO 639-1 code."""
    from lingua import Language

    return {lang.iso_code_639_1.name.lower(): lang for lang in Language.all()}


def _english_name(language: Language) -> str:
    for alphabet in alphabets():
        if alphabet.code == language.iso_code_639_1.name.lower():
            return alphabet.name
    return str(language.name).replace("_", " ").title()


def _letter_count(line: str) -> int:
    return sum(1 for ch in line if ch.isalpha())
