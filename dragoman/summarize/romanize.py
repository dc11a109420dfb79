"""Rule-based English spellings of names: Cyrillic (Kazakh, Russian), Arabic script, and
Chinese names in either script given in Pinyin. The rules are data in resources/names/."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

from .langdata import resource_path
from .name_match import matched_name
from .words import normalize

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_ARABIC_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")  # vowel marks, tatweel


@cache
def _rules(name: str) -> dict[str, Any]:
    """A rule file of resources/names/, read once; callers must not change what it returns."""
    with resource_path("names", f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def arabic_rules() -> dict[str, Any]:
    """The Arabic-script rule table (romanize-ar.toml), read once; callers must not change it."""
    return _rules("romanize-ar")


def cyrillic_rules() -> dict[str, Any]:
    """The Russian Cyrillic rule table (romanize-ru.toml), read once; callers must not change it."""
    return _rules("romanize-ru")


def script_of(text: str) -> str:
    """'cyrillic', 'arabic' or 'latin' (the first script found among the letters)."""
    if _CYRILLIC.search(text):
        return "cyrillic"
    if _ARABIC.search(text):
        return "arabic"
    return "latin"


def romanize_name(name: str, language: str, country: str | None = None) -> str:
    """English spelling of ``name`` by rule: Pinyin for Chinese names, else letter rules. An
    Arab name of an official of ``country`` follows the spelling that country's English news
    uses, where romanize-ar.toml has a [styles] entry for it (Egypt: Mohamed, El-, Abdel; the
    Maghreb's French-style Bouzid, Chakib, Abdelhamid)."""
    words = name.split()
    script = script_of(name)
    if script == "latin":
        return name
    pinyin = chinese_pinyin(words, script)
    if pinyin:
        return pinyin
    if script == "arabic":
        return _romanize_arabic(words, country if country in _rules("romanize-ar").get("styles", {}) else None)
    arab = _cyrillic_arab(words)
    if arab is not None:
        return arab
    shape = _cyrillic_shape(words)
    if shape is not None:  # a Western name keeps its own spelling, in Kazakh text too
        russian = _rules("romanize-ru")
        table = {**russian, "initial_sequences": {},
                 "sequences": {**russian.get("sequences", {}), **shape.get("sequences", {})}}
    elif language == "kk" or set(_rules("romanize-kk").get("own_letters", "")) & set(name.lower()):
        table = _rules("romanize-kk")
    else:
        table = _rules("romanize-ru")
    style = _rules("romanize-ru").get("styles", {}).get(country or "")
    if style:  # a country whose own English news spells its names its way (Kyrgyzstan: Abdiev)
        table = {**table, "endings": {**table.get("endings", {}), **style.get("endings", {})}}
    known = _cyrillic_words()
    return " ".join(known.get(w.lower()) or _capitalise(_romanize_word(w, table)) for w in words)


def _cyrillic_arab(words: list[str]) -> str | None:
    """An Arab name in Cyrillic (a particle as бин, аль-, or a listed Arab given name first),
    spelled the way English news writes Arab names: listed words (Мухаммед -> Mohammed), the
    particles small (bin, al-), х mostly h (Фалих -> Falih); None for any other name."""
    rules = _rules("romanize-ru").get("arab", {})
    particles = {k.lower(): v for k, v in rules.get("particles", {}).items()}
    prefixes = {k.lower(): v for k, v in rules.get("prefixes", {}).items()}
    known = {k.lower(): v for k, v in rules.get("words", {}).items()}
    lower = [w.lower() for w in words]
    particle = any(w in particles or w.split("-")[0] in prefixes and "-" in w for w in lower)
    if not particle and not (len(words) > 1 and lower[0] in known
                             and not re.search(rules.get("not_after", "(?!)"), lower[-1])):
        return None
    kazakh = set(_rules("romanize-kk").get("own_letters", "")) & set("".join(lower))
    table = {**_rules("romanize-kk" if kazakh else "romanize-ru"), "initial_sequences": {}}
    if particle:  # a surely Arab name: its х is mostly h
        table["sequences"] = {**table.get("sequences", {}), **rules.get("sequences", {})}

    def word(w: str) -> str:
        return known.get(w.lower()) or _capitalise(_romanize_word(w, table))

    out = []
    for w in words:
        head, _, rest = w.partition("-")
        if w.lower() in particles:
            out.append(particles[w.lower()])
        elif rest and head.lower() in prefixes:
            out.append(prefixes[head.lower()] + word(rest))
        else:
            out.append(word(w))
    return " ".join(out)


@cache
def _cyrillic_words() -> dict[str, str]:
    """Given names whose English spelling news has settled (Александр -> Alexander), from the
    [words] of romanize-ru.toml and romanize-kk.toml."""
    return {k.lower(): v for name in ("romanize-ru", "romanize-kk") for k, v in _rules(name).get("words", {}).items()}


def _cyrillic_shape(words: list[str]) -> dict[str, Any] | None:
    """The first [[shape]] of romanize-ru.toml whose family-name pattern the last word fits
    (and whose ``unless`` pattern it does not): e.g. Italian names, whose Cyrillic spelling
    hides letters (Бианки -> Bianchi, Лоренцо -> Lorenzo)."""
    last = words[-1].lower()
    for shape in _rules("romanize-ru").get("shape", []):
        if re.search(shape["family"], last) and not re.search(shape.get("unless", "(?!)"), last):
            return shape
    return None


def _romanize_arabic(words: list[str], style: str | None = None) -> str:
    """Settled spellings for common name words and pairs, the article as ``Al-``, letter
    rules for the rest (a vowel the script leaves out is added between two opening consonants).
    A name with one word ending like a Russian or Turkic surname, or with a listed foreign given
    name, is read as foreign throughout (غ is then a hard g: جومانغارين -> Zhumangarin)."""
    table = _rules("romanize-ar")
    words = [w.translate(_arabic_fold()) for w in words]
    regnal = _regnal().get(normalize(words[-1])) if len(words) > 1 else None
    if regnal:  # a monarch's number (عبدالله الثاني -> Abdullah II), never a family name; a
        return f"{_romanize_arabic(words[:-1])} {regnal}"  # monarch's name has no local style (Mohammed VI)
    known = _arabic_known(style)
    pairs = _arabic_pairs(style)
    foreign = any(_foreign_word(normalize(w), table) for w in words if normalize(w) not in known)  # حسين: listed
    # an Arab name (a marker, or a listed Arabic name word and no foreign ending): no foreign matching
    arab = not foreign and (_arab_marked(words) or any(normalize(w) in known for w in words))
    foreign = foreign or (not arab and any(
        normalize(w) not in known and matched_name(_ARABIC_MARKS.sub("", w), table["match"], False)
        for w in words))  # a listed foreign given name (ألكسندر غروشكو: g, not gh)
    slavic = foreign and any(matched_name(_ARABIC_MARKS.sub("", w), table["match"], True)
                             in _slavic_names() for w in words[:-1])
    table = _arabic_table(foreign, slavic, style)
    out, i = [], 0
    while i < len(words):
        pair = tuple(normalize(w) for w in words[i:i + 2])
        if len(pair) == 2 and pair in pairs:
            out.append(pairs[pair])
            i += 2
            continue
        joined = _joined_pair(pair, table)
        if joined:
            out.append(_arabic_word(joined, known, table, foreign))
            i += 2
            continue
        word = _ARABIC_MARKS.sub("", words[i])
        match = None if normalize(word) in known or arab else matched_name(word, table["match"], foreign)
        out.append(match or _arabic_word(word, known, table, foreign))
        i += 1
    return " ".join(out)


@cache
def _arabic_table(foreign: bool, slavic: bool, style: str | None = None) -> dict[str, Any]:
    """romanize-ar.toml with its foreign-name letters merged in (a foreign name), and with
    و after a consonant as o (a family name beside a Russian given name: سوكولوف -> Sokolov);
    for an Arab name of a country with its own English style, that style's article and prefixes."""
    table = _rules("romanize-ar")
    own = _style_table(style) if style and not foreign else {}
    if own:
        table = {**table, **{key: {**table.get(key, {}), **own.get(key, {})}
                             for key in ("article", "letters", "joined_prefixes", "initial",
                                         "after_consonant", "opening_vowel", "endings", "vowels",
                                         "between_vowels", "patterns")}}
    if foreign:
        table = {**table, "letters": {**table.get("letters", {}), **table.get("letters_foreign", {})},
                 "sequences": {**table.get("sequences", {}), **table.get("sequences_foreign", {})},
                 "before_consonant": {**table.get("before_consonant", {}),
                                      **table.get("before_consonant_foreign", {})}}
    if slavic:
        table = {**table, "after_consonant": {**table.get("after_consonant", {}),
                                              **table.get("after_consonant_slavic", {})}}
    return table


def arab_name(name: str) -> bool:
    """An Arabic-script name read as an Arab one: a marker (بن, the article) or a listed Arabic
    name word, and no word with a Russian or Turkic surname's ending (مختاروفا is no Arab name)."""
    words = [w.translate(_arabic_fold()) for w in name.split()]
    if not words or script_of(name) != "arabic":
        return False
    table, known = _rules("romanize-ar"), _arabic_known()
    if any(_foreign_word(normalize(w), table) for w in words if normalize(w) not in known):
        return False
    return _arab_marked(words) or any(normalize(w) in known for w in words)


def _arab_marked(words: list[str]) -> bool:
    """The name has a word that marks an Arab name: بن, بنت, آل ... or one with the article."""
    table = _rules("romanize-ar")
    markers = {normalize(m) for m in table.get("match", {}).get("arab_markers", [])}
    article = table.get("article", {}).get("prefix", "")  # never with a hamza: ألكسندر is no article
    return any(normalize(w) in markers or (article and _ARABIC_MARKS.sub("", w).startswith(article) and len(w) > 3)
               for w in words)


@cache
def _style_table(style: str | None) -> dict[str, Any]:
    """A country's [styles] entry, over the entry its ``base`` names (Algeria: the Maghreb's
    French-style letters, and its own dj for ج); {} for no style."""
    styles = _rules("romanize-ar").get("styles", {})
    own = styles.get(style, {}) if style else {}
    base = _style_table(own["base"]) if "base" in own else {}
    return {key: {**base.get(key, {}), **own.get(key, {})} if isinstance(own.get(key, base.get(key)), dict)
            else own.get(key, base.get(key)) for key in {*base, *own} - {"base"}}


@cache
def _arabic_fold() -> dict[int, str]:
    return str.maketrans(_rules("romanize-ar").get("fold", {}))


@cache
def _arabic_pairs(style: str | None = None) -> dict[tuple[str, ...], str]:
    table = _rules("romanize-ar")
    pairs = {**table.get("compounds", {}), **_style_table(style).get("compounds", {})}
    return {tuple(normalize(k).split()): v for k, v in pairs.items()}


@cache
def _regnal() -> dict[str, str]:
    """Ordinal words after a monarch's name and their Roman numerals ([regnal])."""
    return {normalize(k): v for k, v in _rules("romanize-ar").get("regnal", {}).items()}


@cache
def _slavic_names() -> frozenset[str]:
    return frozenset(_rules("romanize-ar").get("match", {}).get("slavic", []))


@cache
def _arabic_known(style: str | None = None) -> dict[str, str]:
    """Settled spellings of Arabic name words: [words] (given names) and [family_words], then
    the words of a country's style (Egypt: محمد -> Mohamed)."""
    table = _rules("romanize-ar")
    own = _style_table(style).get("words", {})
    return {normalize(k): v for section in (table.get("words", {}), table.get("family_words", {}), own)
            for k, v in section.items()}


def given_name_word(word: str) -> bool:
    """The Arabic-script or Cyrillic word is a listed given name ([words] of the romanize
    tables: سعيد, طارق, Алия), which names no one person alone."""
    if script_of(word) == "arabic":
        article = normalize(_rules("romanize-ar").get("article", {}).get("prefix", ""))
        folded = normalize(word)
        bare = folded[len(article):] if article and folded.startswith(article) else folded
        given = {normalize(k) for k in _rules("romanize-ar").get("words", {})}
        return folded in given or bare in given
    return word.lower() in _cyrillic_words()


def _joined_pair(pair: tuple[str, ...], table: dict[str, Any]) -> str | None:
    """The two words as one when the first is listed in [joins_next] and the second opens with
    its letters (عبد الحميد -> عبدالحميد), else None."""
    if len(pair) != 2:
        return None
    opening = {normalize(k): v for k, v in table.get("joins_next", {}).items()}.get(pair[0])
    if opening and pair[1].startswith(normalize(opening)):
        return pair[0] + pair[1]
    return None


def _foreign_word(word: str, table: dict[str, Any]) -> bool:
    """The word ends like a Russian or Turkic surname ([endings]; never a style's own endings,
    as the Maghreb's -aoui)."""
    native = set(table.get("native_endings", []))
    return any(word.endswith(e) and len(word) > len(e) + 1 for e in _rules("romanize-ar").get("endings", {})
               if len(e) > 1 and e not in native)


def _arabic_word(word: str, known: dict[str, str], table: dict[str, Any], foreign: bool) -> str:
    """One name word: a settled spelling, a joined prefix (عبدالعزيز), the article, a word
    pattern (فالح -> Falih) in an Arabic name, or letter rules. ``word`` keeps its hamza
    seats (إ is i); lookups fold them."""
    folded = normalize(word)
    if folded in known:
        return known[folded]
    for prefix, latin in table.get("joined_prefixes", {}).items():
        rest = word[len(normalize(prefix)):]
        if folded.startswith(normalize(prefix)) and len(rest) >= 2:
            rest_latin = _arabic_word(rest, known, table, foreign)  # Abdulaziz, or Abdel Aziz apart
            return latin + (rest_latin if latin.endswith(" ") else rest_latin.lower())
    article = normalize(table.get("article", {}).get("prefix", ""))
    if article and word.startswith(article) and len(word) > len(article) + 1:  # never with a hamza (ألكسندر)
        return table["article"].get("latin", "") + _arabic_word(word[len(article):], known, table, foreign)
    pattern = None if foreign else _pattern(word, table)
    return _capitalise(pattern or _arabic_letters(word, table))


def _pattern(word: str, table: dict[str, Any]) -> str | None:
    """A word that fits a listed pattern (C = a consonant letter, other letters as written),
    rendered by the pattern's Latin with 1, 2, 3 for its consonants in order."""
    vowels = set(table.get("vowels", {}).get("letters", ""))
    for shape, latin in table.get("patterns", {}).items():
        if len(shape) != len(word):
            continue
        consonants = []
        for want, char in zip(shape, word):
            if want == "C" and char not in vowels:
                consonants.append(_romanize_word(char, table))
            elif want != char:
                break
        else:
            for n, consonant in enumerate(consonants, 1):
                latin = latin.replace(str(n), consonant)
            return latin
    return None


def _arabic_letters(word: str, table: dict[str, Any]) -> str:
    vowels = set(table.get("vowels", {}).get("letters", ""))
    foreign = _foreign_word(word, table)
    if foreign:
        table = {**table, "after_consonant": {**table.get("after_consonant", {}),
                                              **table.get("after_consonant_foreign", {})}}
    latin = _romanize_word(word, table)
    opening = table.get("opening_vowel", {})  # a vowel letter that opens a word as a consonant (Maghreb و)
    if len(word) > 2 and (word[0] not in vowels or word[0] in opening) and word[1] not in vowels and not foreign:
        first = _romanize_word(word[0], table)
        latin = first + opening.get(word[0], table.get("vowels", {}).get("inserted", "a")) + latin[len(first):]
    return latin


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _romanize_word(word: str, table: dict[str, Any]) -> str:
    """Letters by rule, hyphenated parts separately (Қасым-Жомарт)."""
    if "-" in word:
        return "-".join(_romanize_word(part, table) for part in word.split("-"))
    # Arabic keeps its hamza seats here (إسكاكوف -> Iskakov), only the vowel marks go
    word = _ARABIC_MARKS.sub("", word) if script_of(word) == "arabic" else word.lower()
    for pattern, replacement in table.get("rewrites", []):
        word = re.sub(pattern, replacement, word)
    endings = table.get("endings", {})
    tail = ""
    for ending in sorted(endings, key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word, tail = word[: -len(ending)], endings[ending]
            break
    vowels = set(table.get("vowels", {}).get("letters", ""))
    letters, after_vowel = table.get("letters", {}), table.get("after_vowel", {})
    initial, after_consonant = table.get("initial", {}), table.get("after_consonant", {})
    before_consonant = table.get("before_consonant", {})
    between_vowels = table.get("between_vowels", {})
    sequences = sorted(table.get("sequences", {}).items(), key=lambda kv: len(kv[0]), reverse=True)
    out, skip = [], 0
    for sequence, latin in table.get("initial_sequences", {}).items():
        if word.startswith(sequence) and len(word) > len(sequence):
            out.append(latin)
            skip = len(sequence)
            break
    for i, char in enumerate(word):
        if i < skip:
            continue
        match = next(((seq, latin) for seq, latin in sequences if word.startswith(seq, i)), None)
        if match is not None:  # a letter group read as one sound (дж -> j, цц -> zz)
            out.append(match[1])
            skip = i + len(match[0])
            continue
        previous = word[i - 1] if i else ""
        following = word[i + 1] if i + 1 < len(word) else ""
        if i == 0 and char in initial:
            out.append(initial[char])
        elif char in between_vowels and previous in vowels and following in vowels:  # Maghreb Idrissi
            out.append(between_vowels[char])
        elif char in after_vowel and (i == 0 or previous in vowels or previous in table.get("signs", "")):
            out.append(after_vowel[char])
        elif char in after_consonant and previous and previous not in vowels:
            out.append(after_consonant[char])
        elif char in before_consonant and following and following not in vowels and following.isalpha():
            out.append(before_consonant[char])
        else:
            out.append(letters.get(char, char))
    return "".join(out) + tail


def chinese_pinyin(words: list[str], script: str) -> str | None:
    """``Си Цзиньпин`` / ``شي جين بينغ`` -> ``Xi Jinping``; None when not a Chinese name."""
    if not 2 <= len(words) <= 3:
        return None
    syllables_of: Callable[[str], tuple[str, ...] | None]
    if script == "cyrillic":
        syllables_of = _cyrillic_syllables
    elif script == "arabic":
        syllables_of = _arabic_syllables
    else:
        return _latin_pinyin(words)
    if normalize(words[0]) not in _surnames(script):
        return None
    parts: list[Sequence[str] | None] = [syllables_of(normalize(w)) for w in words]
    if any(p is None for p in parts):
        return None
    if script == "arabic":  # one syllable per word: surname, then the given name joined
        flat = [s for p in parts for s in p]  # type: ignore[union-attr]
        parts = [flat[:1], flat[1:]]
    rendered = ["".join(p) for p in parts if p]
    if len(rendered) > 2 or any(len(p) > 2 for p in parts if p):
        return None
    return " ".join(r[:1].upper() + r[1:] for r in rendered)


@lru_cache(maxsize=4)
def _surnames(script: str) -> frozenset[str]:
    """Chinese family names as written in ``script`` (from the pinyin-*.toml lists)."""
    rules = _rules("pinyin-cyrillic" if script == "cyrillic" else "pinyin-arabic")
    return frozenset(normalize(s) for s in rules["surnames"]["list"])


@lru_cache(maxsize=1)
def _pinyin_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(Pinyin surnames, Pinyin syllables) derived from the Cyrillic tables."""
    syllables = frozenset(_cyrillic_syllable_table().values())
    surnames = set()
    for name in _rules("pinyin-cyrillic")["surnames"]["list"]:
        parts = _cyrillic_syllables(normalize(name))
        if parts:
            surnames.add("".join(parts))
    return frozenset(surnames), syllables


def _latin_pinyin(words: list[str]) -> str | None:
    """``Wang Wentao``: already Pinyin; returned as is when it reads as a Chinese name."""
    surnames, syllables = _pinyin_sets()
    if words[0].lower() not in surnames:
        return None
    for word in words[1:]:
        if not _splits(word.lower(), syllables, 2):
            return None
    return " ".join(words)


def _splits(word: str, syllables: frozenset[str], most: int) -> bool:
    if not word:
        return True
    if most == 0:
        return False
    return any(word[:k] in syllables and _splits(word[k:], syllables, most - 1)
               for k in range(min(6, len(word)), 0, -1))


def is_chinese_given_name(word: str) -> bool:
    """The Cyrillic word splits into at most two Palladius syllables (Цзиньпин, Сюэсян)."""
    parts = _cyrillic_syllables(normalize(word)) if script_of(word) == "cyrillic" else None
    return parts is not None and 1 <= len(parts) <= 2


@cache
def _cyrillic_syllable_table() -> dict[str, str]:
    """Every Palladius syllable spelled out: initial × final, plus syllables with no initial."""
    rules = _rules("pinyin-cyrillic")
    table = dict(rules["standalone"])
    for cyr, (plain, palatal) in rules["initials"].items():
        for final, pinyin in rules["finals"].items():
            table.setdefault(cyr + final, plain + pinyin)
        if palatal:
            for final, pinyin in rules["palatal_finals"].items():
                table[cyr + final] = palatal + pinyin
    table.update(rules["labial_o"])
    return table


@lru_cache(maxsize=4096)
def _cyrillic_syllables(word: str) -> tuple[str, ...] | None:
    """Split a lower-cased word into Palladius syllables (longest first), as Pinyin."""
    if not word:
        return ()
    table = _cyrillic_syllable_table()
    for size in range(min(6, len(word)), 0, -1):
        head = word[:size]
        if head in table:
            rest = _cyrillic_syllables(word[size:])
            if rest is not None:
                return (table[head],) + rest
    return None


@lru_cache(maxsize=1)
def _arabic_syllable_table() -> dict[str, str]:
    return {normalize(k): v for k, v in _rules("pinyin-arabic")["syllables"].items()}


def _arabic_syllables(word: str) -> tuple[str, ...] | None:
    table = _arabic_syllable_table()
    return (table[word],) if word in table else None
