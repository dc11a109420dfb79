"""Bytes to text: find the encoding a text file was written in.

Order of decisions:

1. A byte-order mark decides outright (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
2. UTF-16 without a mark: NUL bytes on one parity only, and the decoded text is plausible.
3. Bytes that are valid UTF-8 are UTF-8 (legacy single-byte text is almost never valid UTF-8
   once it contains a letter outside ASCII).
4. The legacy code pages a news reader meets for our languages (Windows-1251, KOI8-R, KZ-1048,
   Windows-1252, Windows-1256) are each decoded and scored by ``plausibility``; the best wins.
   Ties (common on a word or two) go to the decoding whose words a supported language spells
   with its most frequent letters, then to the earlier candidate.
5. Only when none of them is plausible, charset-normalizer is asked for anything else.

``plausibility`` is what makes short texts work where statistical detectors guess wildly:
real prose is made of words whose letters all belong to one alphabet and whose case follows
the usual patterns (``мир``, ``Мир``, ``МИР``, never ``мИР``); a wrong code page produces
words that mix scripts or cases, or an improbable share of capitals.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .langdata import alphabets, alphabets_of, script_of
from .model import ArticleError

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Tried in this order; on equal plausibility the earlier one wins (cp1251 before KZ-1048,
# because Russian text decodes the same in both; cp1252 before cp1256, which shares its
# accented Latin letters).
LEGACY_CANDIDATES = ("cp1251", "koi8-r", "kz1048", "cp1252", "cp1256")

PLAUSIBLE = 0.9  # a decoding scoring below this is not trusted without charset-normalizer
# UTF-8 with at most one damaged spot per this many well-formed non-ASCII characters is UTF-8
# with a few bad bytes. Legacy Cyrillic or Arabic bytes are almost all invalid UTF-8: read as
# UTF-8 they give far more damaged spots than well-formed characters.
UTF8_CHARS_PER_DAMAGE = 20
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name, e.g. "utf-8", "cp1251", "utf-16-le"
    notes: tuple[str, ...] = ()  # what a person should know about the decoding (one sentence each)


def decode_bytes(data: bytes, name: str = "The file") -> Decoded:
    """Decode ``data`` into text with the encoding it was most plausibly written in.

    A byte-order mark is removed. Raises ArticleError when no encoding gives readable text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, name)
    utf16 = _utf16_without_bom(data)  # before UTF-8: UTF-16 of ASCII and Cyrillic is valid UTF-8
    if utf16 is not None:
        return utf16
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = damaged_utf8(data, name)  # before the code pages: KOI8-R "reads" any UTF-8
    if damaged is not None:
        return damaged
    best = _best_legacy(data)
    if best is not None:
        return best
    return _charset_normalizer(data, name)


def damaged_utf8(data: bytes, name: str = "The file") -> Decoded | None:
    """UTF-8 text with a few damaged bytes, each replaced by U+FFFD and reported in a note;
    None when the bytes are not mostly well-formed, plausible UTF-8."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    well_formed = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if damaged <= 0 or damaged * UTF8_CHARS_PER_DAMAGE > well_formed:
        return None
    if control_share(text) > 0.01 or plausibility(text) < PLAUSIBLE:
        return None
    spots = "1 damaged byte sequence" if damaged == 1 else f"{damaged} damaged byte sequences"
    note = (f"{name} is UTF-8 text with {spots}; Dragoman shows each as \ufffd "
            "and reads the rest as it is.")
    return Decoded(text, "utf-8", (note,))


def plausibility(text: str) -> float:
    """How much ``text`` looks like real prose, 0..1 (1 when it has no letters outside ASCII).

    The share (weighted by length) of words with letters beyond ASCII that use one script, a
    normal case pattern and letters of one known alphabet (resources/lang/*/letters.toml);
    halved when capitals outnumber small letters in a longer text.
    """
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    total = sum(len(w) for w in words)
    if total == 0:
        return 1.0
    clean = [w for w in words if _one_script(w) and _normal_case(w)]
    score = _alphabet_fit(clean) / total
    upper = sum(ch.isupper() for w in words for ch in w)
    lower = sum(ch.islower() for w in words for ch in w)
    if upper + lower >= 3 and upper > lower:
        score *= 0.5  # prose is mostly small letters; a wrong Cyrillic code page swaps the cases
    return score


def _alphabet_fit(words: list[str]) -> int:
    """Letters in ``words`` that the best single alphabet of each script accounts for.

    Kazakh decoded with Windows-1251 instead of KZ-1048 gives words that are each plausible
    Serbian, Ukrainian or Macedonian, but no one alphabet covers them all.
    """
    by_script: dict[str, list[str]] = {}
    for word in words:
        by_script.setdefault(script_of(word[0]), []).append(word.lower())
    fit = 0
    for script, group in by_script.items():
        candidates = alphabets_of(script)
        if not candidates:
            fit += sum(len(w) for w in group)
            continue
        fit += max(sum(len(w) for w in group if set(w) <= a.letters) for a in candidates)
    return fit


def _strict(data: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{name} claims to be {codec.upper()} but is damaged at byte "
                           f"{exc.start}; save it again as UTF-8.") from exc


def _utf16_without_bom(data: bytes) -> Decoded | None:
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    if even_nuls and odd_nuls:
        return None
    codec = "utf-16-le" if odd_nuls else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if control_share(text) > 0.01 or plausibility(text) < PLAUSIBLE:
        return None
    return Decoded(text, codec)


def _best_legacy(data: bytes) -> Decoded | None:
    best: Decoded | None = None
    best_key: tuple[float, float] = (-1.0, -1.0)
    for codec in LEGACY_CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if control_share(text) > 0.01:
            continue
        key = (round(plausibility(text), 6), _common_letters(text))
        if key > best_key:
            best, best_key = Decoded(text, codec), key
    return best if best_key[0] >= PLAUSIBLE else None


def _common_letters(text: str) -> float:
    """Tie-break for short texts: how well the best-fitting alphabet with frequency data
    (resources/lang/*/letters.toml ``frequent``) spells the words, and how many of their
    letters are that language's most frequent ones. ``Қазақстан`` beats ``Ќазаќстан``,
    ``شكرا`` beats ``тъяг``."""
    words = [w.lower() for w in _WORD.findall(text) if not w.isascii()]
    letters = [ch for w in words for ch in w]
    if not letters:
        return 0.0
    best = 0.0
    for alphabet in alphabets():
        if not alphabet.frequent:
            continue
        spelled = sum(len(w) for w in words if set(w) <= alphabet.letters) / len(letters)
        common = sum(ch in alphabet.frequent for ch in letters) / len(letters)
        best = max(best, spelled + common / 2)
    return best


def _charset_normalizer(data: bytes, name: str) -> Decoded:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is not None:
        text = str(match)
        if control_share(text) <= 0.01 and plausibility(text) >= PLAUSIBLE:
            return Decoded(text, match.encoding)
    raise ArticleError(f"{name} is not in an encoding Dragoman can read; "
                       "save it as UTF-8 text and open it again.")


def control_share(text: str) -> float:
    """Share of control characters (category Cc) other than line breaks and tabs."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    return bad / len(text)


def _one_script(word: str) -> bool:
    first = script_of(word[0])
    return all(script_of(ch) == first for ch in word[1:])


def _normal_case(word: str) -> bool:
    """мир, Мир, МИР (and uncased scripts), but not мИР or МиР."""
    return not any(ch.isupper() for ch in word[1:]) or not any(ch.islower() for ch in word)
