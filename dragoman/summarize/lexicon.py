"""The per-language lexicon the officials and quotes finders use, compiled once.

Everything here comes from ``resources/lang/<code>/analysis.toml``; this module only turns
the lists into lookups (normalised keys, longest phrases first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .langdata import section
from .words import normalize, words_of


@dataclass(frozen=True)
class TitleEntry:
    words: tuple[str, ...]  # normalised words of the title in base form
    en: str  # English title ("President", "Foreign Minister")
    role: str  # a role key shared across languages ("head_of_state", "minister", ...)
    alone: bool = False  # refers to a person by itself ("Мемлекет басшысы", "the Head of State")
    country: str | None = None  # the country a title-alone phrase implies, if any


@dataclass(frozen=True)
class Lexicon:
    language: str
    titles: tuple[TitleEntry, ...]
    countries: tuple[tuple[str, str], ...]  # (normalised stem, English), longest first
    name_suffixes: tuple[str, ...]  # inflection endings a name can carry, longest first
    clitics: tuple[str, ...]  # prefixes glued to a word (Arabic و ب ل ...)
    person_endings: tuple[str, ...]  # surname endings (-ов, -ұлы ...)
    not_names: frozenset[str]  # capitalised words that are never part of a person's name
    name_stops: frozenset[str]  # words that end a name in scripts without capitals
    place_openers: frozenset[str]  # nouns that open a town's name of two words (قصر هلال, سيدي بوزيد)
    reporting_verbs: tuple[tuple[str, ...], ...]  # normalised word sequences
    continuation_verbs: frozenset[str]  # verbs that mean "the same speaker went on"
    pronouns: frozenset[str]
    home_country: str | None
    region_countries: frozenset[str]  # the states whose officials the language's news names without a country
    title_gap_words: frozenset[str]  # lower-case words allowed between a title and a name
    title_conjunctions: frozenset[str]  # "and" between two fields of a title (министр торговли и интеграции)
    name_joiners: frozenset[str]  # words that bind the next one into a name (عبد, أبو, bin)
    abbreviations: tuple[str, ...]  # dotted abbreviations that are not initials (U.S.)
    org_words: frozenset[str]  # words of a body between a title and a name (Arabic وزارة)
    feminine_oblique: tuple[str, ...]  # a woman's surname in an oblique case (Russian -ой)
    given_name_endings: tuple[tuple[str, str], ...]  # oblique -> base ending of first names
    feminine_given_endings: tuple[tuple[str, str], ...]  # the same for women's first names
    not_name_patterns: tuple  # regular expressions of words that are never names
    country_after_title: bool  # the country follows the title (глава МИД КНР, رئيس الوزراء القازاقي)
    named_after_before: frozenset[str]  # words before a name that is part of a place name (имени)
    named_after_after: frozenset[str]  # words after such a name (атындағы)
    speaker_evidence: bool  # a name beside a reporting verb is a person (English)
    honorifics: frozenset[str]  # Dr, Mr, Sheikh, د: before a name, part of neither name nor title
    capitalised_titles: bool  # titles are written in capitals (English: Minister of State for Trade)
    name_first: bool = field(default=False)  # Arabic: no capital letters, names follow titles
    surname_suffixes: tuple[str, ...] = ()  # case endings a surname-shaped word can carry
    sure_suffixes: tuple[str, ...] = ()  # endings taken off any name word (Kazakh -мен: Мелонимен)
    name_openers: frozenset[str] = frozenset()  # Arabic honorifics a name follows (معالي)
    title_predicates: frozenset[str] = frozenset()  # after a title: it is the name's (болып: as)
    feminine_pronouns: frozenset[str] = frozenset()  # она, she: the speaker is a woman
    masculine_pronouns: frozenset[str] = frozenset()
    statement_words: frozenset[str] = frozenset()  # хабарламада, statement: a text carried the words
    source_verbs: frozenset[str] = frozenset()  # хабарлады, announced: who issued that text
    portfolios: tuple[tuple[tuple[str, ...], str], ...] = ()  # (normalised words, English), longest first
    bodies: tuple[tuple[tuple[str, ...], str], ...] = ()  # a title's body (normalised words, English), longest first
    ranks: tuple[tuple[str, str], ...] = ()  # a word beside a title that qualifies it (former -> Former)
    place_adjective_endings: tuple[str, ...] = ()  # a place's adjective (Курганской): its name without them
    portfolio_before_title: bool = False  # Kazakh: Ауыл шаруашылығы министрі; else министр сельского хозяйства
    body_after_title: bool = False  # a body in the genitive follows the title (Председатель правления Самрук-Казына)
    feminine_name_endings: tuple[str, ...] = ()  # a woman's family name (-ова, -ская)
    masculine_name_endings: tuple[str, ...] = ()
    relative_pronouns: frozenset[str] = frozenset()  # a clause about the name (who), then its verb
    place_prepositions: frozenset[str] = frozenset()  # a capitalised word after one is a place (в Москве)
    complement_endings: tuple[str, ...] = ()  # case endings of a body's words after a title
    complement_not: tuple = ()  # regular expressions of words that never are (verbs)
    patronymic_joiners: frozenset[str] = frozenset()  # بن: son of; the first name is before it
    patronymic_endings: tuple[str, ...] = ()  # a father's name as a patronymic (-ович, -ұлы)
    coordinators: tuple[str, ...] = ()  # a conjunction glued to a word (Arabic و): one more field of a title
    clitic_prepositions: tuple[str, ...] = ()  # prepositions glued to a word (Arabic ب ل لل)
    private_roles: frozenset[str] = frozenset()  # a private person quoted: resident, analyst
    private_bodies: frozenset[str] = frozenset()  # a private firm or farm: its head is no official (LLP)
    ministry_stems: tuple[str, ...] = ()  # how the word for a ministry opens (a portfolio beside it names it)
    posting_endings: tuple[str, ...] = ()  # a country in this case is where an envoy serves (Кувейттегі)
    private_clauses: tuple[tuple[str, ...], ...] = ()  # after a private person's name: who runs
    host_words: frozenset[str] = frozenset()  # "the Kingdom", "the State": the country a report is filed in
    # From [profile]: how the language writes words (empty for a language without such a thing).
    article: str = ""  # a definite article glued to the noun (Arabic ال)
    article_after_lam: str = ""  # the article after a glued preposition that drops its first letter (لل)
    family_words: frozenset[str] = frozenset()  # a family's word that closes a name (آل)
    vowels: str = ""  # lower-case vowels: a stem ending in one is not a surname stem
    base_endings: str = ""  # endings of a base form a case ending replaced (глава -> главы)
    feminine_surname_ending: str = ""  # a woman's surname in the nominative ends so (-а)
    feminine_first_name_endings: tuple[str, ...] = ()
    feminine_verb_endings: tuple[str, ...] = ()  # a verb form a woman's name takes (-ла)
    quote_pairs: tuple[tuple[str, str], ...] = ()  # marks beyond the usual ones ({...} in Arabic papers)
    next_paragraph_cues: tuple[str, ...] = ()  # normalised phrases: the next paragraph says who spoke
    back_reference_words: frozenset[str] = frozenset()  # demonstratives pointing back at words just said (бұл, так)
    indefinite_words: frozenset[str] = frozenset()  # a, один, бірі: an attribution to someone unnamed
    office_words: frozenset[str] = frozenset()  # official, المسؤول: an office holder, untitled (the Kazakh official)
    described_after_name: bool = False  # the title follows the name (منال عوض وزيرة التنمية)
    verb_particles: frozenset[str] = frozenset()  # أن, إلى: beside a verb with no subject of its own
    question_labels: frozenset[str] = frozenset()  # س, Q: an interview's question label (interview.py)
    answer_labels: frozenset[str] = frozenset()  # ج, A: ... its answer label
    interview_words: tuple[tuple[str, ...], ...] = ()  # сұхбат, интервью, حوار: the intro says it is one
    naming_words: frozenset[str] = frozenset()  # مشروع, жобасы: marks beside them hold a name, no quote
    # Words that say a woman / a man: beside a name (Ms, spokeswoman, госпожа, السيدة), in it
    # (بنت, بن) or heading a title (وزيرة); [quotes] and [officials] may both list them.
    feminine_words: frozenset[str] = frozenset()
    masculine_words: frozenset[str] = frozenset()
    masculine_verb_endings: tuple[str, ...] = ()  # a man's past tense (сказал): the speaker is a man
    dash_verb_endings: tuple[str, ...] = ()  # a past tense right after a dialogue dash reports (— возмутился он)
    morphology: str = ""  # the module of summarize/ that gives names' base forms (lang_ru), if any
    feminine_verbs: frozenset[str] = frozenset()  # قالت, أضافت: the verb says its subject is a woman
    masculine_verbs: frozenset[str] = frozenset()  # قال, أضاف: ... a man
    speech_nouns: frozenset[str] = frozenset()  # قوله: "his saying", after the name of whose words they are
    title_honorifics: frozenset[str] = frozenset()  # جلالة, سعادة: open a bare title and belong to it
    family_name_patterns: tuple[re.Pattern[str], ...] = ()  # الخصاونة: a family's name despite not_name_patterns
    bare_title_home: bool = False  # a bare title (الرئيس) two fit means the one of the dateline's country
    reference_words: frozenset[str] = frozenset()  # official, المسؤول: an office-holder, with a country beside
    honorifics_after: frozenset[str] = frozenset()  # ханым, мырза: after a given name, as an address
    honorific_pronouns: tuple[tuple[str, str], ...] = ()  # (معاليها, معالي): stands for whom the honorific addressed


def _words_of(quotes: dict[str, Any], officials: dict[str, Any], key: str) -> frozenset[str]:
    """``key``'s words from the [quotes] and the [officials] sections together."""
    return frozenset(normalize(w) for section in (quotes, officials) for w in section.get(key, []))


def _phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(words_of(v)) for v in values if words_of(v)}
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (empty lists for a language without data)."""
    officials = section(language, "officials")
    quotes = section(language, "quotes")
    profile = section(language, "profile")
    titles = []
    for entry in officials.get("titles", []):
        titles.append(TitleEntry(tuple(words_of(entry["text"])), entry["en"], entry.get("role", "official"),
                                 bool(entry.get("alone", False)), entry.get("country")))
    titles.sort(key=lambda t: len(t.words), reverse=True)
    countries = sorted(((normalize(k), v) for k, v in officials.get("countries", {}).items()),
                       key=lambda kv: len(kv[0]), reverse=True)
    return Lexicon(
        language=language,
        titles=tuple(titles),
        countries=tuple(countries),
        name_suffixes=tuple(sorted({normalize(s) for s in officials.get("name_suffixes", [])},
                                   key=len, reverse=True)),
        clitics=tuple(sorted({normalize(s) for s in officials.get("clitics", [])}, key=len, reverse=True)),
        person_endings=tuple(normalize(s) for s in officials.get("person_endings", [])),
        not_names=frozenset(normalize(w) for w in officials.get("not_names", [])),
        name_stops=frozenset(normalize(w) for w in officials.get("name_stops", [])),
        place_openers=frozenset(normalize(w) for w in officials.get("place_openers", [])),
        reporting_verbs=_phrases(quotes.get("reporting_verbs", [])),
        continuation_verbs=frozenset(normalize(w) for w in quotes.get("continuation_verbs", [])),
        pronouns=frozenset(normalize(w) for w in quotes.get("pronouns", [])),
        home_country=officials.get("home_country"),
        region_countries=frozenset(officials.get("region_countries", [])),
        title_gap_words=frozenset(normalize(w) for w in officials.get("title_gap_words", [])),
        title_conjunctions=frozenset(normalize(w) for w in officials.get("title_conjunctions", [])),
        name_joiners=frozenset(normalize(w) for w in officials.get("name_joiners", [])),
        abbreviations=tuple(officials.get("abbreviations", [])),
        org_words=frozenset(normalize(w) for w in officials.get("org_words", [])),
        feminine_oblique=tuple(officials.get("feminine_oblique", [])),
        given_name_endings=tuple((a, b) for a, b in officials.get("given_name_endings", [])),
        feminine_given_endings=tuple((a, b) for a, b in officials.get("feminine_given_endings", [])),
        not_name_patterns=tuple(re.compile(p) for p in officials.get("not_name_patterns", [])),
        country_after_title=bool(officials.get("country_after_title", False)),
        named_after_before=frozenset(normalize(w) for w in officials.get("named_after_before", [])),
        named_after_after=frozenset(normalize(w) for w in officials.get("named_after_after", [])),
        speaker_evidence=bool(officials.get("speaker_evidence", False)),
        honorifics=frozenset(normalize(w) for w in officials.get("honorifics", [])),
        capitalised_titles=bool(officials.get("capitalised_titles", False)),
        name_first=bool(officials.get("uncased_script", False)),
        surname_suffixes=tuple(sorted({normalize(s) for s in officials.get(
            "surname_suffixes", officials.get("name_suffixes", []))}, key=len, reverse=True)),
        feminine_pronouns=frozenset(normalize(w) for w in quotes.get("feminine_pronouns", [])),
        masculine_pronouns=frozenset(normalize(w) for w in quotes.get("masculine_pronouns", [])),
        statement_words=frozenset(normalize(w) for w in quotes.get("statement_words", [])),
        source_verbs=frozenset(normalize(w) for w in quotes.get("source_verbs", [])),
        body_after_title=bool(officials.get("body_after_title", False)),
        portfolios=tuple(sorted(((tuple(normalize(w) for w in words.split()), english)
                                 for words, english in officials.get("portfolios", [])),
                                key=lambda p: len(p[0]), reverse=True)),
        bodies=tuple(sorted(((tuple(words_of(words)), english) for words, english in officials.get("bodies", {}).items()
                             if words_of(words)), key=lambda b: len(b[0]), reverse=True)),
        ranks=tuple((normalize(w), english) for w, english in officials.get("ranks", {}).items()),
        place_adjective_endings=tuple(sorted(
            (normalize(e) for e in officials.get("places", {}).get("adjective_endings", [])), key=len, reverse=True)),
        portfolio_before_title=bool(officials.get("portfolio_before_title", False)),
        feminine_name_endings=tuple(normalize(w) for w in officials.get("feminine_name_endings", [])),
        masculine_name_endings=tuple(normalize(w) for w in officials.get("masculine_name_endings", [])),
        relative_pronouns=frozenset(normalize(w) for w in officials.get("relative_pronouns", [])),
        place_prepositions=frozenset(normalize(w) for w in officials.get("place_prepositions", [])),
        title_predicates=frozenset(normalize(w) for w in officials.get("title_predicates", [])),
        name_openers=frozenset(normalize(w) for w in officials.get("name_openers", [])),
        sure_suffixes=tuple(sorted({normalize(s) for s in officials.get("sure_suffixes", [])},
                                   key=len, reverse=True)),
        complement_endings=tuple(normalize(w) for w in officials.get("title_complement_endings", [])),
        complement_not=tuple(re.compile(p) for p in officials.get("title_complement_not", [])),
        patronymic_joiners=frozenset(normalize(w) for w in officials.get("patronymic_joiners", [])),
        patronymic_endings=tuple(normalize(w) for w in officials.get("patronymic_endings", [])),
        coordinators=tuple(normalize(w) for w in officials.get("coordinators", [])),
        clitic_prepositions=tuple(normalize(w) for w in officials.get("clitic_prepositions", [])),
        private_roles=frozenset(normalize(w) for w in officials.get("private_roles", [])),
        private_bodies=frozenset(normalize(w) for w in officials.get("private_bodies", [])),
        ministry_stems=tuple(normalize(w) for w in officials.get("ministry_stems", [])),
        posting_endings=tuple(normalize(w) for w in officials.get("posting_endings", [])),
        private_clauses=_phrases(officials.get("private_clauses", [])),
        host_words=frozenset(normalize(w) for w in officials.get("host_words", [])),
        article=normalize(profile.get("definite_article", "")),
        article_after_lam=normalize(profile.get("article_after_lam", "")),
        family_words=frozenset(normalize(w) for w in profile.get("family_words", [])),
        vowels=profile.get("vowels", ""),
        base_endings=profile.get("base_endings", ""),
        feminine_surname_ending=profile.get("feminine_surname_ending", ""),
        feminine_first_name_endings=tuple(profile.get("feminine_first_name_endings", [])),
        feminine_verb_endings=tuple(profile.get("feminine_verb_endings", [])),
        quote_pairs=tuple((str(a), str(b)) for a, b in quotes.get("quote_pairs", [])),
        morphology=profile.get("morphology", ""),
        back_reference_words=frozenset(normalize(w) for w in quotes.get("back_reference_words", [])),
        next_paragraph_cues=tuple(" ".join(words_of(c)) for c in quotes.get("next_paragraph_cues", []) if words_of(c)),
        indefinite_words=frozenset(normalize(w) for w in quotes.get("indefinite_words", [])),
        office_words=frozenset(normalize(w) for w in quotes.get("office_words", [])),
        described_after_name=bool(quotes.get("described_after_name", False)),
        verb_particles=frozenset(normalize(w) for w in quotes.get("verb_particles", [])),
        question_labels=frozenset(normalize(w) for w in quotes.get("question_labels", [])),
        answer_labels=frozenset(normalize(w) for w in quotes.get("answer_labels", [])),
        interview_words=tuple(tuple(words_of(w)) for w in quotes.get("interview_words", []) if words_of(w)),
        naming_words=frozenset(normalize(w) for w in quotes.get("naming_words", [])),
        feminine_words=_words_of(quotes, officials, "feminine_words"),
        masculine_words=_words_of(quotes, officials, "masculine_words"),
        masculine_verb_endings=tuple(normalize(w) for w in quotes.get("masculine_verb_endings", [])),
        dash_verb_endings=tuple(normalize(w) for w in quotes.get("dash_verb_endings", [])),
        feminine_verbs=frozenset(normalize(w) for w in quotes.get("feminine_verbs", [])),
        masculine_verbs=frozenset(normalize(w) for w in quotes.get("masculine_verbs", [])),
        speech_nouns=frozenset(normalize(w) for w in quotes.get("speech_nouns", [])),
        title_honorifics=frozenset(normalize(w) for w in officials.get("title_honorifics", [])),
        family_name_patterns=tuple(re.compile(p) for p in officials.get("family_name_patterns", [])),
        bare_title_home=bool(officials.get("bare_title_home", False)),
        reference_words=frozenset(normalize(w) for w in officials.get("reference_words", [])),
        honorifics_after=frozenset(normalize(w) for w in officials.get("honorifics_after", [])),
        honorific_pronouns=tuple((normalize(w), normalize(h))
                                 for w, h in officials.get("honorific_pronouns", [])),
    )


@lru_cache(maxsize=8)
def morphology_of(name: str):
    """The language module a profile names for morphology (imported on first use), or None."""
    if not name:
        return None
    import importlib
    module = importlib.import_module(f"{__package__}.{name}")
    return module if module.available() else None


def definite(word: str, lex: Lexicon) -> bool:
    """``word`` opens with the language's definite article (False when it has none)."""
    return bool(lex.article) and word.startswith(lex.article)


def definite_after_clitic(word: str, lex: Lexicon) -> bool:
    """``word`` is a clitic, then the article (بالدعوة), or the article after a preposition
    that drops its first letter (للأمم)."""
    if not lex.article:
        return False
    return any(word.startswith(c + lex.article) for c in lex.clitics) or \
        (bool(lex.article_after_lam) and word.startswith(lex.article_after_lam))


def verb_gender(word: str, lex: Lexicon) -> str | None:
    """'f' or 'm' when a verb form says its subject's gender: a form the profile lists
    (``feminine_verbs``/``masculine_verbs``: قالت / قال, clitic aside), else its ending
    (``feminine_verb_endings``/``masculine_verb_endings``: сказала / сказал); None otherwise."""
    listed = lex.feminine_verbs | lex.masculine_verbs
    if listed:
        head = strip_clitic(word, lex, listed)
        if head in listed:
            return "f" if head in lex.feminine_verbs else "m"
    if lex.feminine_verb_endings and lex.masculine_verb_endings:
        if word.endswith(lex.feminine_verb_endings):
            return "f"
        if word.endswith(lex.masculine_verb_endings):
            return "m"
    return None


def strip_clitic(word: str, lex: Lexicon, known: set[str] | frozenset[str]) -> str:
    """``word`` without a clitic prefix when the rest is a known word (وشي -> شي)."""
    if word in known or not word:
        return word
    by_letter = _by_first_letter(lex.clitics)  # only the clitics that can start the word, in order
    for clitic in by_letter.get(word[0], ()):
        if word.startswith(clitic) and word[len(clitic):] in known:
            return word[len(clitic):]
    for first in by_letter.get(word[0], ()):  # two clitics: وب, ول
        if word.startswith(first) and len(word) > len(first):
            rest = word[len(first):]
            for second in by_letter.get(rest[0], ()):
                if rest.startswith(second) and rest[len(second):] in known:
                    return rest[len(second):]
    return word


@lru_cache(maxsize=16)
def _by_first_letter(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The prefixes grouped by their first letter, each group in the order listed."""
    groups: dict[str, list[str]] = {}
    for prefix in prefixes:
        if prefix:
            groups.setdefault(prefix[0], []).append(prefix)
    return {letter: tuple(group) for letter, group in groups.items()}


def is_listed(word: str, words: frozenset[str], lex: Lexicon) -> bool:
    """``word`` (normalised) is in ``words`` as it stands or with a case ending (Астанада)."""
    if word in words:
        return True
    # An ending of each listed length, looked up, rather than every ending tried in turn: a long
    # article asks this of tens of thousands of words (bench_long's officials stage).
    endings, sizes = _endings(lex.name_suffixes)
    return any(len(word) - size >= 2 and word[-size:] in endings and word[:-size] in words  # not С+и: Си
               for size in sizes)


def endings_in(word: str, suffixes: tuple[str, ...]) -> list[str]:
    """The listed endings ``word`` ends with, in the order listed (the first that fits wins in
    the callers), found by looking up one ending of each listed length."""
    kept, sizes = _endings(suffixes)
    found = [word[-size:] for size in sizes if size <= len(word) and word[-size:] in kept]
    if len(found) > 1:
        found.sort(key=_listed_order(suffixes).__getitem__)
    return found


@lru_cache(maxsize=16)
def _listed_order(suffixes: tuple[str, ...]) -> dict[str, int]:
    order: dict[str, int] = {}
    for k, suffix in enumerate(suffixes):
        order.setdefault(suffix, k)
    return order


@lru_cache(maxsize=16)
def _endings(suffixes: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The endings as a set, and their lengths."""
    kept = frozenset(s for s in suffixes if s)
    return kept, tuple(sorted({len(s) for s in kept}))


@lru_cache(maxsize=16)
def phrase_edges(phrases: tuple[tuple[tuple[str, ...], str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the last words of listed phrases (bodies, portfolios): a word that is
    neither starts or ends none of them, so the phrases need not be tried one by one there."""
    return frozenset(w[0] for w, _ in phrases if w), frozenset(w[-1] for w, _ in phrases if w)


def country_of(word: str, lex: Lexicon) -> str | None:
    """The country or organisation a (possibly inflected) word names, if any."""
    cache = _COUNTRY.setdefault(lex.language, {})
    if word not in cache:
        cache[word] = _country_of(word, lex)
    return cache[word]


_COUNTRY: dict[str, dict[str, str | None]] = {}


def _country_of(word: str, lex: Lexicon) -> str | None:
    for stem, english in lex.countries:
        if word == stem or (word.startswith(stem) and len(stem) >= 3 and len(word) - len(stem) <= 4):
            return english
        for clitic in lex.clitics:
            if word.startswith(clitic) and word[len(clitic):].startswith(stem) and \
                    len(word) - len(clitic) - len(stem) <= 3:
                return english
    return None
