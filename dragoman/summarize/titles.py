"""Titles beside a name: which title a name has (before it, or in apposition after it),
how far the title reaches as the article states it, its country, and its English form."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache

from dragoman.article.analysis import Official

from .langdata import resource_path, stop_words
from .lexicon import Lexicon, country_of, morphology_of, phrase_edges
from .name_runs import PLACE_ROLES, NameRun, _governs_a_place, deinflect
from .names import table_country, table_name, table_role, user_title
from .tokens import TitleHit, Token, base_forms, find_titles, gap, joined, phrase_at, word_matches
from .words import normalize

# Words a title before a name may reach back over: its own body, which may be long (прокурор
# управления Генеральной прокуратуры Республики Узбекистан по Самаркандской области Дилноза ...).
TITLE_REACH = 9


def title_before(run: NameRun, tokens: list[Token], text: str, lex: Lexicon,
                  by_last: dict[int, TitleHit], names: AbstractSet[int] = frozenset()) -> TitleHit | None:
    """The title before the name: the leftmost of a chain of titles, countries and title words
    (``Пресс-секретарь президента России Дмитрий Песков`` is a press secretary)."""
    i, steps, comma, found = run.first - 1, 0, False, None
    while i >= 0 and steps <= TITLE_REACH:
        between = text[tokens[i].end:tokens[i + 1].start]
        honorific = between.strip() == "." and tokens[i].norm in lex.honorifics and "\n" not in between
        if not joined(text, tokens[i], tokens[i + 1]) and not honorific:
            if comma or between.strip() != ",":
                break
            comma = True
        if i in by_last:
            if by_last[i].entry.alone and found is not None:
                break
            found = by_last[i]
            i = found.first - 1
            steps += 1
            continue
        token = tokens[i]
        if i in names:  # another person's name: their title is not this one's
            break
        if token.capitalized and i > 0 and tokens[i - 1].norm in lex.place_prepositions:
            i -= 2  # where the office is (посол Италии в Москве)
            steps += 1
            continue
        body = _body_ending_at(i, tokens, lex)
        if body and tokens[i - body + 1].capitalized:
            i -= body  # a capitalised body the profile lists (Депутат Жогорку Кенеша Талантбек ...)
            steps += 1
            continue
        span = _portfolio_ending_at(i, tokens, text, lex)
        if span > 1:  # вице-министр торговли и интеграции Ерлан Сейткулов: the portfolio's "и" too
            # ...unless a title ends inside it (Министр торговли | и интеграции): go on from there
            i = max((k for k in range(i - span + 1, i) if k in by_last), default=i - span)
            steps += 1
            continue
        if token.norm in lex.title_conjunctions and i > 0 and i + 1 < run.first \
                and _title_field(tokens[i + 1], lex) and _title_field(tokens[i - 1], lex):
            i -= 1  # two fields of one title (вице-министр торговли и интеграции Асель ...)
            steps += 1
            continue
        before_gap_word = tokens[i + 1].norm in lex.title_gap_words and i + 1 < run.first
        if lex.capitalised_titles and token.norm in lex.title_gap_words and i > 0 \
                and "," in text[tokens[i - 1].end:token.start]:
            break  # "..., Minister of State for Foreign Trade, and Kazakhstan's Minister": a list's next item
        if not (country_of(token.norm, lex) or token.all_caps or token.norm in lex.title_gap_words
                or (token.capitalized and (lex.capitalised_titles or before_gap_word or oblique(token, lex)))
                or complement_word(token, lex)):
            break
        i -= 1
        steps += 0 if lex.capitalised_titles and token.norm in lex.title_gap_words else 1  # "of", "the"
    if found is not None and any(t.norm in lex.private_bodies for t in tokens[max(0, found.first - 2):run.first]):
        return None  # the head of a private firm or farm (ЖШС директоры, директор ТОО): no office
    return found


def _title_field(token: Token, lex: Lexicon) -> bool:
    return token.norm in lex.title_gap_words or complement_word(token, lex)


def _body_ending_at(i: int, tokens: list[Token], lex: Lexicon) -> int:
    """How many tokens a body ``[officials.bodies]`` lists in that very form, ending at token
    ``i``, spans (Жогорку Кенеша), 0 if none."""
    if not 0 <= i < len(tokens) or tokens[i].norm not in phrase_edges(lex.bodies)[1]:
        return 0
    return next((len(words) for words, english in lex.bodies  # longest first
                 if "{}" not in english and phrase_at(tokens, i - len(words) + 1, words)), 0)


def _portfolio_ending_at(i: int, tokens: list[Token], text: str, lex: Lexicon) -> int:
    """How many tokens a listed portfolio of several words ending at token ``i`` spans
    (``торговли и интеграции``), 0 if none does; its words as written, one space apart."""
    if not 0 <= i < len(tokens) or tokens[i].norm not in phrase_edges(lex.portfolios)[1]:
        return 0
    return next((len(words) for words, _ in lex.portfolios  # longest first
                 if len(words) > 1 and phrase_at(tokens, i - len(words) + 1, words)
                 and all(joined(text, tokens[k], tokens[k + 1]) for k in range(i - len(words) + 1, i))), 0)


def oblique(token: Token, lex: Lexicon) -> bool:
    """A capitalised word in an oblique case: a body in the genitive between a title and the
    name (Председатель правления *Самрук-Казына* Нурлан Жакупов)."""
    if not lex.body_after_title:
        return False
    from .gazetteer import is_place

    morphology = morphology_of(lex.morphology)  # the dictionary knows a place or body (Аким *Павлодара*)
    return deinflect(token.text, lex, set()) != token.text or (
        morphology is not None and len(token.text) > 2 and morphology.not_a_name(token.text)) or (
        is_place(token.text, lex.language))  # or the gazetteer a place (Аким *Шымкента*)


def complement_word(token: Token, lex: Lexicon) -> bool:
    """A lower-case word of the body a title belongs to, by its case ending (Начальник
    *областного департамента по чрезвычайным ситуациям* Мадина Абдуллаева); never a verb."""
    word = token.norm
    if (token.capitalized and word not in lex.not_names) or not word.isalpha() or len(word) < 4:
        return False  # a capitalised word only when listed as a body's (Совета Федерации)
    if any(p.fullmatch(word) for p in lex.complement_not):
        return False
    return any(word.endswith(e) for e in lex.complement_endings)


def named_after(run: NameRun, tokens: list[Token], lex: Lexicon) -> bool:
    """A name inside the name of a place or body (``университет им. К. И. Сатпаева``,
    ``Л.Н. Гумилев атындағы``): not a person in the news."""
    before = tokens[run.first - 1].norm if run.first > 0 else ""
    after = tokens[run.last + 1].norm if run.last + 1 < len(tokens) else ""
    return before in lex.named_after_before or after in lex.named_after_after


def after_connector(run: NameRun, tokens: list[Token], lex: Lexicon) -> bool:
    """False for a run inside a title (``Minister of Digital Development and Transport``);
    a longer run after a connector keeps its last two words as the name
    (``... and Integration Aidar Kenzhebayev``)."""
    if run.first == 0 or not lex.capitalised_titles:
        return True
    before = tokens[run.first - 1]
    if before.capitalized or before.norm not in lex.title_gap_words:
        return True
    if run.last - run.first >= 2:
        cut = run.last - run.first - 1
        run.first += cut
        run.words = run.words[cut:]
        return True
    return bool(table_name(" ".join(run.words)))


def title_after(run: NameRun, tokens: list[Token], text: str, by_first: dict[int, TitleHit],
                lex: Lexicon | None = None) -> TitleHit | None:
    """Apposition: ``Name, the foreign minister of X``; or a predicate title right after the
    name (``Ерлан Қарин Мемлекеттік кеңесші болып тағайындалды``: appointed as).
    ``by_first``: the titles by their first token, so the look-up does not scan them all."""
    if run.last + 1 >= len(tokens):
        return None
    between = text[tokens[run.last].end:tokens[run.last + 1].start]
    if lex is not None and not between.strip():
        hit = by_first.get(run.last + 1)
        if hit is not None and hit.last + 1 < len(tokens) and tokens[hit.last + 1].norm in lex.title_predicates:
            return hit
    if between.strip() != ",":
        return None
    return next((by_first[k] for k in range(run.last + 1, run.last + 5) if k in by_first), None)


def title_start(hit: TitleHit, tokens: list[Token], text: str, lex: Lexicon,
                 names: set[int] | None = None) -> int:
    """Extend a title to the left over the country or body it belongs to
    (``ҚХР Мемлекеттік кеңесі Премьерінің орынбасары``, ``Kazakh Foreign Minister``)."""
    names = names or set()

    def belongs(k: int) -> bool:  # a word of the body's name, not of a person's or the sentence's
        if lex.capitalised_titles and (tokens[k].norm in body_words(lex) or _rank_word(tokens[k], lex)):
            return True  # a body or rank, even in lower case or read as a name (Presidential Press
            # Secretary, Kazakhstan's deputy energy minister)
        if k in names:
            return False
        if country_of(tokens[k].norm, lex) is not None or tokens[k].all_caps:
            return True
        if tokens[k].capitalized and tokens[k].norm in title_vocabulary(lex):
            return True  # a rank word opening the sentence (Deputy Energy Minister)
        if lex.capitalised_titles and tokens[k].capitalized and tokens[k].norm in _forms()[2]:
            return True  # a portfolio opening the sentence (Energy Minister Ahmed Salem)
        before = text[:tokens[k].start].rstrip()
        return tokens[k].capitalized and bool(before) and before[-1] not in ".!?\n"

    start = hit.first
    i = hit.first - 1
    while i >= 0 and hit.first - i <= 6 and joined(text, tokens[i], tokens[i + 1]):
        if belongs(i):
            start = i
        elif not (i > 0 and joined(text, tokens[i - 1], tokens[i]) and belongs(i - 1)):
            break
        i -= 1
    if lex.name_first:  # Arabic titles put the country after the title
        return hit.first
    return start


def title_reach(hit: TitleHit, tokens: list[Token], text: str, lex: Lexicon,
                names: AbstractSet[int] = frozenset()) -> int:
    """The last token of a title in apposition after a name: in English, on through its
    portfolio and body (", Minister of Industry and Advanced Technology, said": up to the comma),
    capitalised words and "of", "and", "the"; elsewhere the title's own last word."""
    last = hit.last
    if not lex.capitalised_titles:
        return last
    def goes_on(k: int) -> bool:
        return k not in names and (tokens[k].capitalized or tokens[k].norm in lex.title_gap_words)
    while last + 1 < len(tokens) and last - hit.last < 10 and joined(text, tokens[last], tokens[last + 1]) \
            and goes_on(last + 1):
        last += 1
    while last > hit.last and tokens[last].norm in lex.title_gap_words:
        last -= 1  # "... of" before a word that is not the title's
    return last


@cache
def title_vocabulary(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's many-word titles (deputy, vice, ...): a rank that
    belongs to the title after it even when it opens a sentence."""
    return frozenset(e.words[0] for e in lex.titles if len(e.words) > 1)


def country_between(start: int, run: NameRun, tokens: list[Token], lex: Lexicon) -> str | None:
    """The country the words of a name's title name. Where the country follows the title
    (президента Узбекистана), a country after the title word wins over one before it
    (посетившего Россию президента Узбекистана: Uzbekistan's president)."""
    first, last = (start, run.first) if start < run.first else (run.last + 1, start)
    hit = run.title
    stop = max(last, hit.last + 1) if hit else last
    order = list(range(min(first, hit.first if hit else first), stop + (3 if lex.name_first else 0)))
    if lex.country_after_title and hit is not None:
        order = [i for i in order if i > hit.last] + [i for i in order if i <= hit.last]
    for i in order:
        if 0 <= i < len(tokens) and (i < run.first or i > run.last):
            country = country_of(tokens[i].norm, lex)
            if country and not (lex.posting_endings and tokens[i].norm.endswith(lex.posting_endings)):
                return country  # not a country in the locative: where an envoy serves (Кувейттегі)
    return None


def reference_country(hit: TitleHit, start: int, tokens: list[Token], lex: Lexicon) -> str | None:
    for i in range(start, hit.last + 1 + trailing_country(hit, tokens, lex)):
        country = country_of(tokens[i].norm, lex)
        if country:
            return country
    if hit.entry.country == "home":
        return lex.home_country
    return hit.entry.country


def trailing_country(hit: TitleHit, tokens: list[Token], lex: Lexicon) -> int:
    """Country words right after the title (رئيس الوزراء القازاقي, глава МИД КНР)."""
    if not lex.country_after_title:
        return 0
    n = 0
    while hit.last + n + 1 < len(tokens) and n < 2 and country_of(tokens[hit.last + n + 1].norm, lex):
        n += 1
    return n


def english_title(hit: TitleHit, stated: list[Token], lex: Lexicon) -> str:
    """The English title. In English text it is the title as stated, without the country
    words (``Finance Minister``, ``Minister of Trade and Integration``), a body before it put
    after it (``Foreign Ministry spokesman`` -> Spokesperson of the Foreign Ministry);
    elsewhere the lexicon's English for the title."""
    if lex.language != "en":
        return hit.entry.en
    countries = {c for c in (country_of(t.norm, lex) for t in stated) if c}
    country_words = {w for c in countries for w in c.split()}  # United Arab (Emirates)
    before: list[Token] = []
    for token in (t for t in stated if t.index < hit.first):
        lower_part = token.norm in body_words(lex) or _rank_word(token, lex)
        if token.text.endswith(("'s", "’s")) or not (token.capitalized or token.norm in lex.title_gap_words
                                                      or lower_part):
            before = []  # "World Bank's regional director", "in September by Minister": not the title
        elif (token.capitalized or lower_part) and not country_of(token.norm, lex) \
                and token.text not in country_words and \
                not (not before and token.norm in lex.title_gap_words):  # "The Chairman of ...": no article
            before.append(token)
    body = _body_in(before, lex)
    words = [t.text if t.capitalized or not _rank_word(t, lex) else t.text.capitalize() for t in before] \
        if body is None else []
    following = [t for t in stated if t.index > hit.last and not country_of(t.norm, lex)
                 and not (t.capitalized and t.text in country_words)]
    address = next((k for k, t in enumerate(following) if t.norm in lex.pronouns), None)
    if address is not None:  # "President His Highness Sheikh ...": a style of address, no part of the office
        following = following[:address]
    openers = _first_words(lex)
    for k, token in enumerate(following[:-1]):  # "National Leader ... and Chairman of ...": a second office
        if token.norm == "and" and following[k + 1].capitalized and following[k + 1].norm in openers:
            following = following[:k]
            break
    after = [t.text for t in following]
    fillers = _fillers()
    while after and (after[-1].lower() in lex.title_gap_words or after[-1] in fillers):
        after.pop()  # "... of the Republic of" (Kazakhstan): the country follows
    english = " ".join([*words, hit.entry.en, *after])
    return f"{english} of {body[2].partition('|')[0]}" if body is not None else english


def _body_in(seq: list[Token], lex: Lexicon) -> tuple[int, int, str] | None:
    """The first listed body in ``seq`` (longest at its place): (position, length, English)."""
    for i in range(len(seq)):
        for words, english in lex.bodies:
            n = len(words)
            if i + n <= len(seq) and all(word_matches(seq[i + k].norm, w, lex) for k, w in enumerate(words)):
                return i, n, english
    return None


def _rank_word(token: Token, lex: Lexicon) -> bool:
    """A rank or portfolio word of an English title in any case (deputy, vice, energy)."""
    return token.norm in _rank_words(lex) or token.norm in _forms()[2]


@cache
def _rank_words(lex: Lexicon) -> frozenset[str]:
    """Words that open a many-word title but are no title alone (deputy, vice, foreign)."""
    alone = {e.words[0] for e in lex.titles if len(e.words) == 1}
    return frozenset(title_vocabulary(lex) - alone - lex.title_gap_words)


@cache
def body_words(lex: Lexicon) -> frozenset[str]:
    """The words of the profile's bodies (foreign, ministry): a body's words before a title
    belong to it even in lower case."""
    return frozenset(w for words, _ in lex.bodies for w in words)


@cache
def _first_words(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's titles: a word that opens another office."""
    return frozenset(e.words[0] for e in lex.titles)


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    """Words of a country's long name an English title leaves out (Republic of Kazakhstan)."""
    with resource_path("names", "titles.toml").open("rb") as handle:
        return frozenset(tomllib.load(handle).get("forms", {}).get("country_fillers", []))


def with_portfolio(title_en: str, hit: TitleHit, tokens: list[Token], lex: Lexicon) -> str:
    """A bare minister's title with the portfolio the words beside it name (``Мәдениет
    министрі`` -> Minister of Culture; over the ministry's word, ``Туризм және спорт
    министрлігінің вице-министрі``): before the title where the profile says so, else
    right after it; ``title_en`` unchanged when it has one or no listed portfolio is there."""
    if not title_en.endswith("Minister") or " of " in title_en or any(w in title_en for w in ("Prime", "Foreign")):
        return title_en
    ministry = int(lex.portfolio_before_title and hit.first > 0 and bool(lex.ministry_stems)
                   and tokens[hit.first - 1].norm.startswith(lex.ministry_stems))  # ... министрлігінің вице-министрі
    for words, english in lex.portfolios:
        n = len(words)
        first = hit.first - n - ministry if lex.portfolio_before_title else hit.last + 1
        seq = tokens[first:first + n] if first >= 0 else []
        if len(seq) == n and all(t.norm == w for t, w in zip(seq, words)):
            return f"{title_en} of {english}"
    return title_en


def joined_portfolios(hit: TitleHit, tokens: list[Token], lex: Lexicon) -> str | None:
    """A minister's portfolios as the words after the title give them, listed portfolios joined
    by the profile's glued conjunction (Arabic: Minister of Higher Education and Scientific
    Research, Minister of Electricity and Renewable Energy), with the rank the title's English
    has (Deputy Minister of ...). None when the title's own words already name all of it."""
    if not lex.coordinators or lex.portfolio_before_title or " of " in hit.entry.en or " for " in hit.entry.en:
        return None
    ministers = _minister_words(lex)
    at = next((i for i in range(hit.first, hit.last + 1) if tokens[i].norm in ministers), None)
    if at is None:
        return None
    fields: list[str] = []
    i = at + 1
    while i < len(tokens):
        found = _portfolio_at(tokens, i, lex, glued=bool(fields))
        if found is None:
            break
        fields.append(found[0])
        i = found[1]
    if not fields or (len(fields) < 2 and i <= hit.last + 1):
        return None  # no portfolio, or only the one the title's own words name
    portfolio_words = {w.casefold() for _, english in lex.portfolios for w in english.split()}
    english = hit.entry.en.split()
    rank = [w for w in english[:english.index("Minister")] if w.casefold() not in portfolio_words] \
        if "Minister" in english else []
    joined = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " and " + fields[-1]
    return " ".join([*rank, "Minister of", joined])


@cache
def _minister_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's one-word titles whose English is "Minister" (a minister's bare title)."""
    return frozenset(e.words[0] for e in lex.titles if len(e.words) == 1 and e.en == "Minister")


def _portfolio_at(tokens: list[Token], i: int, lex: Lexicon, glued: bool) -> tuple[str, int] | None:
    """The longest listed portfolio at token ``i`` (after the first, opening with a glued
    conjunction): its English and the index after it."""
    first = tokens[i].norm
    if glued:
        coordinator = next((c for c in lex.coordinators if first.startswith(c) and len(first) > len(c) + 1), None)
        if coordinator is None:
            return None
        first = first[len(coordinator):]
    for words, english in lex.portfolios:  # longest first
        n = len(words)
        seq = [first] + [t.norm for t in tokens[i + 1:i + n]]
        if len(seq) == n and tuple(seq) == words:
            return english, i + n
    return None


def clitic_length(token: str, word: str, lex: Lexicon) -> int:
    """How many letters of ``token`` are a clitic glued before ``word`` (برئيس -> 1)."""
    if token != word and token.endswith(word):
        return len(token) - len(word)
    article, after_lam = lex.article, lex.article_after_lam
    if article and after_lam and word.startswith(article) and token.endswith(word[len(article):]) \
            and token.startswith(after_lam):
        return 1
    return 0


@lru_cache(maxsize=1)
def _offices() -> dict[tuple[str, str], str]:
    """(country, English title as a lexicon gives it) -> the office's one English title
    (resources/names/titles.toml)."""
    with resource_path("names", "titles.toml").open("rb") as handle:
        entries = tomllib.load(handle).get("office", [])
    table: dict[tuple[str, str], str] = {}
    for entry in entries:  # an office of one country, or the same office of several
        for country in entry.get("countries", [entry.get("country")]):
            for title in [entry["en"], *entry.get("same", [])]:
                table[(str(country).casefold(), str(title).casefold())] = str(entry["en"])
    return table


def same_office(title_en: str, country: str | None) -> str:
    """The English title of the office ``title_en`` names in ``country``, the same in every
    language's articles (Xi Jinping's "Төраға" and "رئيس" are both "President"); ``title_en``
    itself when the table has no such office."""
    if not country:
        return title_en
    return _offices().get((country.casefold(), title_en.casefold()), title_en)


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None, dict[str, str]]:
    """The [forms] tables of resources/names/titles.toml, with their patterns compiled."""
    with resource_path("names", "titles.toml").open("rb") as handle:
        forms = tomllib.load(handle).get("forms", {})
    titles = {k.casefold(): v for k, v in forms.get("titles", {}).items()}
    portfolios = {k.casefold(): v for k, v in forms.get("portfolios", {}).items()}
    words = {k.casefold(): v for k, v in forms.get("words", {}).items()}

    def alternation(keys) -> str:
        return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    portfolio = re.compile(rf"\b((?:Deputy |Vice |First Deputy )?)({alternation(portfolios)}) Minister\b",
                           re.IGNORECASE) if portfolios else None
    word = re.compile(rf"\b({alternation(words)})\b", re.IGNORECASE) if words else None
    return titles, portfolio, portfolios, word, words


def agreed_title(title_en: str) -> str:
    """``title_en`` in the one English form agreed for its office (Trade Minister of Iraq ->
    Minister of Trade of Iraq, Spokeswoman -> Spokesperson); see [forms] of titles.toml."""
    titles, portfolio, portfolios, word, words = _forms()
    if word:
        title_en = word.sub(lambda m: words[m.group(1).casefold()], title_en)
    if portfolio:
        title_en = portfolio.sub(lambda m: f"{m.group(1)}Minister of {portfolios[m.group(2).casefold()]}", title_en)
    folded = title_en.casefold()
    for listed in sorted(titles, key=len, reverse=True):  # the longest listed title it opens with
        if folded.startswith(listed) and (len(folded) == len(listed) or folded[len(listed)] == " "):
            return titles[listed] + title_en[len(listed):]
    return title_en


_DATELINE = re.compile(r"([^\n]{2,40}?)(?:\s[\-–—]+\s|\s*[(/])")  # the words before the agency or the dash
_CITY_FIRST = re.compile(r"([^\W\d_]{3,20})\.\s")  # one word and a full stop opening a line: "Бишкек. Комитет"


def dateline_country(text: str, lex: Lexicon) -> str | None:
    """The country a dateline names (ASHGABAT, Turkmenistan (AP) -) or the country of its city
    (ASTANA, Oct 2 (Reuters) -; الرياض 12 شعبان / واس /; resources/names/titles.toml
    [capitals]): where the report is filed. None when no early line opens with one."""
    from .gazetteer import places_in

    capitals = _capitals()
    for line in [line.strip() for line in text.splitlines() if line.strip()][:4]:  # a rubric, a date first
        match = _DATELINE.match(line) or _CITY_FIRST.match(line)
        if not match and len(line) <= 40 and re.search(r"\d", line):  # a line of its own: "Алматы, 1 марта"
            match = re.match(r"(.+)", line)
        if not match:
            continue
        parts = match.group(1).split(",")
        words = re.findall(r"[^\W\d_]+", parts[1]) if len(parts) > 1 else []
        if words and country_of(normalize(words[0]), lex):  # CITY, Country (AP)
            return country_of(normalize(words[0]), lex)
        first = re.split(r"[.,:0-9]", match.group(1), maxsplit=1)[0]
        last = parts[-1].strip() if len(parts) > 2 else ""  # "10:42, 3 декабря 2026, Бишкек - 24.kg"
        for place in (first, last):
            for ids in places_in(place, lex.language)[:1] if place else []:
                countries = {capitals[i] for i in ids if i in capitals}
                if len(countries) == 1:
                    return countries.pop()
        named = first.split()  # else a capital called as its country is (الكويت, الجزائر; عمان is Amman above)
        if len(named) == 1 and country_of(normalize(named[0]), lex):
            return country_of(normalize(named[0]), lex)
    return None


REGION_COUNTRY_SHARE = 2  # the region's state named this many times as often as any other


def region_country(text: str, lex: Lexicon) -> str | None:
    """The one state of the profile's ``region_countries`` (the Arab states) a report with no
    dateline is from: the one it names, by itself, its adjective, its capital or a governorate
    (``[capitals]``), twice as often as any other of them (an Egyptian paper on a Kazakh visit
    names Kazakhstan more, and Egypt once, نقله إلى مصر). None when the profile lists none."""
    if not lex.region_countries:
        return None
    from .gazetteer import places_in

    ids = {c.casefold().replace(" ", "_"): c for c in lex.region_countries}
    capitals = _capitals()
    counts: Counter[str] = Counter()
    for place in places_in(text, lex.language):
        countries = {ids.get(i) or capitals.get(i) or "" for i in place}
        if len(countries) == 1 and (country := countries.pop()) in lex.region_countries:
            counts[country] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < REGION_COUNTRY_SHARE * ranked[1][1]):
        return None
    return ranked[0][0]


def dateline_city(text: str, lex: Lexicon) -> str | None:
    """The English name of the city a dateline opens with (BISHKEK - ...), if the gazetteer
    knows it and it is no country."""
    from .gazetteer import english_name, places_in

    for line in text.splitlines()[:4]:
        match = _DATELINE.match(line.strip())
        if match:
            first = re.split(r"[.,:0-9]", match.group(1), maxsplit=1)[0]
            for ids in places_in(first, lex.language)[:1]:
                name = english_name(ids)
                if not ids & _country_ids() and " or " not in name:
                    return name
    return None


@lru_cache(maxsize=1)
def _country_ids() -> frozenset[str]:
    """Gazetteer ids of the countries [capitals] names (kazakhstan, saudi_arabia)."""
    return frozenset(v.casefold().replace(" ", "_") for v in _capitals().values())


def place_countries() -> dict[str, str]:
    """Gazetteer id of a city or province -> the country it is in (titles.toml [capitals])."""
    return _capitals()


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    with resource_path("names", "titles.toml").open("rb") as handle:
        return {str(k): str(v) for k, v in tomllib.load(handle).get("capitals", {}).items()}


# Offices whose holder the dateline does not place: a body's officer, or an envoy, who serves
# in the capital a report is filed from without being of that country.
NOT_FROM_DATELINE = frozenset({"organisation_head", "ambassador", "envoy", "counterpart"})


def official_country(stated_country: str | None, name: str, hit: TitleHit | None, lex: Lexicon,
                     dateline: str | None = None, tokens: list[Token] | None = None,
                     text: str = "", names: AbstractSet[int] = frozenset(),
                     report_country: Callable[[], str | None] | None = None) -> str | None:
    """Whose official a person is, in this order: the country the title's own words name
    (also further on in a language that puts it after the title and its portfolio: نائب وزير
    النقل في جمهورية كازاخستان); the shipped table's; for a title, the country of the dateline
    (a report filed from Riyadh names Saudi officials without "Saudi"), then the profile's home
    country (Kazakh news: Kazakhstan); else none. Never a country the article names for someone
    else (a report on a visit names the guest's country beside the host minister)."""
    if stated_country:
        return stated_country
    if hit is not None and tokens is not None and (lex.country_after_title or lex.capitalised_titles):
        last, reach = hit.last, 5 if lex.country_after_title else 10
        while last + 1 < len(tokens) and last - hit.last < reach and joined(text, tokens[last], tokens[last + 1]):
            last += 1
            if last in names:
                break  # a person's name: what follows is about them
            gap = tokens[last].norm in lex.title_gap_words
            if lex.capitalised_titles and (not (tokens[last].capitalized or gap) or (last == hit.last + 1 and not gap)):
                break  # English: the title goes on only through "of", "and" (", Minister of ... of Kazakhstan,")
            country = country_of(tokens[last].norm, lex)
            if country:
                return country
    if hit is not None and tokens is not None and lex.portfolio_before_title:
        beside = _portfolio_beside(hit.first, hit.last, tokens, text, lex)
        if beside is not None and beside[1]:  # Қырғыз Республикасының Экономика және коммерция министрі
            return beside[1]
    listed = table_country(name)
    if listed:
        return listed
    if hit is None:
        return None
    if tokens is not None:  # a body only one state has (Мажилис, the Kremlin)
        owner = body_country(hit, tokens, text, lex)
        if owner:
            return owner
        if hit.entry.role in MEMBER_ROLES and hit.entry.en in _legislatures()[1]:
            chamber = _the_one_legislature(tokens, lex)  # a deputy of the one chamber the report names
            if chamber is not None and chamber[1]:
                return chamber[1]
    if hit.entry.role in NOT_FROM_DATELINE:
        return lex.home_country if hit.entry.role not in ("organisation_head",) else None
    # a language of one state (Kazakh) names that state's officials without it, from abroad
    # too (АНКАРА. ... Сауда және интеграция вице-министрі: Kazakhstan's); else the dateline's
    if lex.home_country or dateline:
        return lex.home_country or dateline
    if hit.entry.role in LOCAL_ROLES:  # a court's, a prosecutor's, a police or hospital officer: a place's
        return None
    if tokens is None or not lex.capitalised_titles:
        return None  # ``report_country``: article_country worked out once per article by the caller
    return report_country() if report_country is not None else article_country(tokens, lex, text)


# Officers of a court, a prosecutor's office, the police or a hospital serve a city or region: the
# country an English report is about (article_country) is not put after their office.
LOCAL_ROLES = frozenset({"judge", "prosecutor", "investigator", "commander", "police_chief", "officer",
                         "chief_doctor", "rector", "court_chair"})


ARTICLE_COUNTRY_SHARE = 3  # the country named at least this many times as often as any other...
ARTICLE_COUNTRY_MENTIONS = 3  # ...and this many times at least ("met a Kazakh delegation" is a guest's)


def article_country(tokens: list[Token], lex: Lexicon, text: str) -> str | None:
    """The one country an English report is about, where it has no dateline: the country its
    capitalised words name far more often than any other (Kazakhstan's, Kazakh, the National
    Bank of Kazakhstan ... beside one "Russian"), never an organisation, and never one the
    report puts before a title ("Kazakhstan's Energy Minister": it marks that country's officials,
    so the unmarked ones are another's). Officials nothing else places are that country's
    (RFE/RL: "Emergency Situations Minister Chingis Arinov"). A capital the text names counts for
    its country (titles.toml [capitals]: an AKIpress report names Bishkek, not Kyrgyzstan)."""
    from .gazetteer import places_in

    ids, words, capitals = _country_ids(), _title_words(lex), _capitals()
    counts: Counter[str] = Counter()
    titled: set[str] = set()
    for i, token in enumerate(tokens):
        country = country_of(token.norm, lex) if token.capitalized else None
        if not country and token.capitalized:  # a capital counts for its country (BISHKEK, Tashkent)
            for found in places_in(token.text, lex.language)[:1]:
                states = {capitals[k] for k in found if k in capitals}
                country = states.pop() if len(states) == 1 else None
            if country:
                counts[country] += 1
            continue
        if not country or country.casefold().replace(" ", "_") not in ids:
            continue
        counts[country] += 1
        if _titles_a_name(tokens, i, words, lex, text):
            titled.add(country)
    return _article_country(counts, titled)


def _article_country(counts: Counter[str], titled: set[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < ARTICLE_COUNTRY_MENTIONS or ranked[0][0] in titled:
        return None  # "Kazakhstan's Energy Minister": the report marks that country's officials
    if len(ranked) > 1 and ranked[0][1] < ARTICLE_COUNTRY_SHARE * ranked[1][1]:
        return None
    return ranked[0][0]


TITLE_AFTER_COUNTRY = 3  # "Kazakhstan's Energy Minister", "Kazakh First Deputy Prime Minister"


def _titles_a_name(tokens: list[Token], i: int, words: frozenset[str], lex: Lexicon, text: str) -> bool:
    """The country at ``i`` opens a person's title: a title word within three words after it
    and a capitalised word that is no title and no country right after that (``Kazakhstan's
    Energy Minister Yerlan``; not ``Kyrgyzstan's Ombudsman office``)."""
    last = i
    reach = min(len(tokens) - 1, i + TITLE_AFTER_COUNTRY + 2)
    while last < reach and joined(text, tokens[last], tokens[last + 1]):
        last += 1  # within the sentence: "... in Kyrgyzstan said. Education Minister X" is no such title
    for j in range(i + 1, min(i + 1 + TITLE_AFTER_COUNTRY, last + 1)):
        if tokens[j].norm not in words:
            continue
        for k in range(j + 1, min(j + 3, last + 1)):
            if tokens[k].norm in words:
                continue
            if tokens[k].capitalized and not country_of(tokens[k].norm, lex):
                return True
            break
    return False


@cache
def _title_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(w for e in lex.titles for w in e.words if len(w) > 3)


def country_phrase(country: str) -> str:
    """How an English title names a country after "of" (the UAE, the United States)."""
    return _country_forms().get(country, country)


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    """[countries] of resources/names/titles.toml: country -> its form after "of"."""
    with resource_path("names", "titles.toml").open("rb") as handle:
        return {str(k): str(v) for k, v in tomllib.load(handle).get("countries", {}).items()}


@lru_cache(maxsize=1)
def _role_titles() -> dict[str, str]:
    with resource_path("names", "titles.toml").open("rb") as handle:
        return {str(k): str(v) for k, v in tomllib.load(handle).get("roles", {}).items()}


def table_title(name: str, country: str | None) -> str | None:
    """The English title of a person the article names without one (a leader named in passing),
    from the shipped table's role and country; None when it lists neither."""
    role = table_role(name)
    english = _role_titles().get(role or "")
    if not english or not country:
        return None
    return agreed_title(f"{same_office(english, country)} of {country_phrase(country)}")




def title_in_english(hit: TitleHit, stated: list[Token], tokens: list[Token], text: str, lex: Lexicon,
                     country: str | None, names: AbstractSet[int] = frozenset()) -> str:
    """The whole English title of a stated title, as an English news editor writes it: rank
    and office (the lexicon's), portfolio, the body it belongs to (of the National Bank, of the
    Foreign Ministry; ``[officials.bodies]`` of the profile) or the region or city of a local
    office (Akim of Kostanay Region: no country then), and the country after "of" unless the
    title names its people (National Leader of the Turkmen People)."""
    head = _head(hit, stated, lex, text)
    office = joined_portfolios(head, tokens, lex) or with_portfolio(english_title(head, stated, lex), head, tokens, lex)
    rank = _rank(stated, tokens, text, lex)

    def ranked(title: str) -> str:
        return agreed_title(title if not rank or title.startswith(rank) else f"{rank} {title}")
    if head.entry.role in PLACE_ROLES and lex.language == "en":  # Deputy Akim of Akmola Region
        if " of " in office:
            return ranked(office)
        city = dateline_city(text, lex)
        if city:
            return ranked(f"{office} of {city}")
    scoped = " of " in office  # the office says what it heads (Director of the Crop Department)
    if lex.language != "en":
        place = _place(head, stated, tokens, text, lex, names) if head.entry.role in PLACE_ROLES else None
        if place:
            return ranked(f"{office} of {place}")
        department = local_department(head, tokens, text, lex) if head.entry.role in BODY_ROLES else None
        if department and department.casefold() not in office.casefold():
            return ranked(f"{office} of the {department}")  # a local office: no country
        council = local_council(head, tokens, text, lex) if head.entry.role in COUNCIL_ROLES else None
        if council is None and head.entry.role in MEMBER_ROLES and head.entry.en in _legislatures()[1] \
                and _body_beside(head, tokens, text, lex) is None and not _chambers_named(tokens, lex):
            council = local_council(head, tokens, text, lex, member=True)  # "депутат X" at a maslikhat's session
        if council is not None:  # a local council's officer: no country
            english = _councils(lex.language)[0]
            return ranked(f"{office.removesuffix(f' of the {english}')} of {council}")
        body = _body_beside(head, tokens, text, lex)
        if body is None and head.entry.role in MEMBER_ROLES and head.entry.en in _legislatures()[1]:
            body = _the_one_legislature(tokens, lex)  # "депутат X" in a report on the Mazhilis
        if body is not None and lex.portfolio_before_title and " Minister of " in f" {office}" \
                and "Ministry" in body[0]:
            country = country or body[1]  # the minister's own ministry (Денсаулық сақтау министрлігінің вице-министрі)
        elif body is not None and body[0].casefold() not in office.casefold():
            office = f"{office} {body[0]}" if body[0].startswith("at ") else f"{office} of {body[0]}"
            country = country or body[1]
        scoped = scoped or body is not None
    if head.entry.role in BODY_ROLES and not scoped and not any(country_of(t.norm, lex) for t in stated):
        country = None  # a department's head is no "Head of Kazakhstan": the office alone, unscoped
    if lex.language == "en" and country and not any(country_of(t.norm, lex) for t in stated) \
            and _names_a_city(office, lex):
        country = None  # a city's own body (Commander-in-Chief of Dubai Police): no country after it
    own = head.entry.country not in (None, "home") and not head.entry.alone
    office = same_office(office, country)
    if country and office.startswith(f"{country} "):  # "United Nations Secretary-General"
        office = office[len(country) + 1:]
    if country and not own and not office.endswith(country_phrase(country)):
        office += f" of {country_phrase(country)}"
    if head.entry.role in ENVOY_ROLES and country:
        posted = _posted_to(stated, country, lex)
        if posted and " to " not in office:
            office += f" to {country_phrase(posted)}"
    return ranked(office)


def _names_a_city(office: str, lex: Lexicon) -> bool:
    """The English office names a city of titles.toml [capitals], not a country (Director of the
    Tourist Police Department of Dubai Police, Deputy Khokim of Tashkent)."""
    from .gazetteer import places_in

    for word in re.findall(r"[A-Z][\w-]+", office):
        for ids in places_in(word, lex.language)[:1]:
            if ids & frozenset(_capitals()) and not ids & _country_ids() and not country_of(normalize(word), lex):
                return True
    return False


@cache
def _departments(language: str) -> tuple[dict, frozenset[str], dict[str, tuple[str, str]], dict[tuple[str, ...], str]]:
    """[departments.<code>] of titles.toml: the section itself, the department words, the
    kinds of local government (adjective -> English, the pattern of its place) and the fields
    of administration (their words -> English)."""
    with resource_path("names", "titles.toml").open("rb") as handle:
        table = tomllib.load(handle).get("departments", {}).get(language, {})
    kinds = {normalize(k): tuple(v.split("|", 1)) for k, v in table.get("kinds", {}).items()}
    fields = {tuple(normalize(w) for w in k.split()): v for k, v in table.get("fields", {}).items()}
    return table, frozenset(normalize(w) for w in table.get("words", [])), kinds, fields


def _fields(seq: list[Token], fields: dict[tuple[str, ...], str], conjunction: str) -> list[str] | None:
    """The English of every field ``seq`` names, joined by the conjunction; None unless each
    word belongs to a listed field."""
    names: list[str] = []
    i = 0
    while i < len(seq):
        if names and seq[i].norm == conjunction:
            i += 1
        found = next(((n, fields[key]) for n in range(min(4, len(seq) - i), 0, -1)
                      if (key := tuple(t.norm for t in seq[i:i + n])) in fields), None)
        if found is None:
            return None
        names.append(found[1])
        i += found[0]
    return names or None


def local_department(head: TitleHit, tokens: list[Token], text: str, lex: Lexicon) -> str | None:
    """The local department a title before it names (облыстық білім басқармасының басшысы):
    its level's place, the level, its fields and "Department", as English news writes it
    (Kyzylorda Regional Education Department; Astana City Department of Passenger Transport
    and Roads). The place is the one of that level the article names (a city: its dateline).
    None unless every word between the level and the title is a field of [departments]."""
    table, words, kinds, fields = _departments(lex.language)
    k = head.first - 1
    if not words or k < 1 or tokens[k].norm not in words or not joined(text, tokens[k - 1], tokens[k]):
        return None
    start = k
    while start > 0 and k - start < 8 and tokens[start - 1].norm not in kinds and \
            gap(text, tokens[start - 1], tokens[start]).strip() in ("", ",") and \
            "\n" not in gap(text, tokens[start - 1], tokens[start]):  # fields, maybe listed with commas
        start -= 1
    conjunction = normalize(table.get("and", ""))
    named = None
    while named is None and start < k:  # the longest run of fields (not a name before a comma)
        named = _fields(tokens[start:k], fields, conjunction)
        start += named is None
    if named is None:
        return None
    kind = kinds.get(tokens[start - 1].norm) if start > 0 and joined(text, tokens[start - 1], tokens[start]) else None
    english = table.get("english", "Department")
    department = f"{named[0]} {english}" if len(named) == 1 else f"{english} of {', '.join(named[:-1])} and {named[-1]}"
    if kind is None:
        return department
    place = _level_place(kind[1], tokens, text, lex)
    return " ".join(w for w in (place, kind[0], department) if w)


def _city_opening(text: str, lex: Lexicon) -> str | None:
    """The city a report opens with as a word and a full stop (ЕКІБАСТҰЗ. Өткен аптада ...)."""
    from .gazetteer import english_name, places_in

    for line in [line.strip() for line in text.splitlines() if line.strip()][:4]:
        match = _CITY_FIRST.match(line)
        ids = places_in(match.group(1), lex.language)[:1] if match else []
        if ids and not ids[0] & _country_ids() and " or " not in english_name(ids[0]):
            return english_name(ids[0])
    return None


def _level_place(pattern: str, tokens: list[Token], text: str, lex: Lexicon) -> str | None:
    """The place of a level of local government (``pattern`` as [officials.bodies] writes it:
    "{} Region", "{}"): for a city the dateline's, else the one place the article names before
    that level's word; None when it names none, or several (no guess)."""
    from .gazetteer import english_name, places_in

    city = (dateline_city(text, lex) or _city_opening(text, lex)) if pattern == "{}" else None
    if city:
        return city
    found: set[str] = set()
    first_listed: dict[str, tuple[int, str]] = {}  # a one-word body: its place in the list, its English
    for k, (words, english) in enumerate(lex.bodies):
        if len(words) == 1:
            first_listed.setdefault(words[0], (k, english))
    for i in range(1, len(tokens)):
        listed = [first_listed[w] for w in base_forms(tokens[i].norm, lex) if w in first_listed]
        kind = min(listed)[1] if listed else None  # the body _body_in would give this one word
        if kind == pattern and joined(text, tokens[i - 1], tokens[i]):
            first = i - 2 if i > 1 and joined(text, tokens[i - 2], tokens[i - 1]) else i - 1
            ids = places_in(text[tokens[first].start:tokens[i - 1].end], lex.language)[-1:]  # Батыс Қазақстан
            name = english_name(ids[0]) if ids else ""
            if name and " or " not in name and not ids[0] & _country_ids():
                found.add(name)
    return found.pop() if len(found) == 1 else None


ENVOY_ROLES = frozenset({"ambassador"})
# Offices of a body or a place, not of a country: with neither found, and no country in the
# title's own words (Председатель КНР), "of <country>" would name another office (a district
# department's head as "Head of Kazakhstan").
BODY_ROLES = frozenset({"head", "deputy_head", "director", "chair", "deputy_chair", "secretary"}) | PLACE_ROLES
MEMBER_ROLES = frozenset({"member_of_parliament"})  # a deputy, a member of a chamber
COUNCIL_ROLES = frozenset({"secretary", "chair", "deputy_chair"}) | MEMBER_ROLES  # a local council's officers


def _the_one_legislature(tokens: list[Token], lex: Lexicon) -> tuple[str, str | None] | None:
    """The one chamber (titles.toml [legislatures]) the article names anywhere, as a body of the
    profile, with its country: a deputy named without their chamber sits in it. None when the
    article names none or more than one."""
    found = _chambers_named(tokens, lex)
    names = {english.partition("|")[0] for english in found}
    if len(names) != 1:
        return None
    country = {english.partition("|")[2] for english in found} - {""}
    return names.pop(), (country.pop() if len(country) == 1 else None)


def _chambers_named(tokens: list[Token], lex: Lexicon) -> set[str]:
    """The chambers of [legislatures] the article names, as the profile's bodies give them."""
    chambers = _legislatures()[0]
    wanted = [(words, english) for words, english in lex.bodies if english.partition("|")[0] in chambers]
    found: set[str] = set()
    firsts = {words[0] for words, _ in wanted}
    for i in range(len(tokens)):
        forms = base_forms(tokens[i].norm, lex)
        if forms.isdisjoint(firsts):
            continue  # no chamber's first word: most words of an article
        for words, english in wanted:
            n = len(words)
            if i + n <= len(tokens) and words[0] in forms \
                    and all(word_matches(tokens[i + k].norm, w, lex) for k, w in enumerate(words)):
                found.add(english)
    return found


@lru_cache(maxsize=1)
def _legislatures() -> tuple[frozenset[str], frozenset[str]]:
    """(the chambers' English, the member titles that name no chamber) of titles.toml."""
    with resource_path("names", "titles.toml").open("rb") as handle:
        table = tomllib.load(handle).get("legislatures", {})
    return frozenset(table.get("bodies", [])), frozenset(table.get("members", []))


def _posted_to(stated: list[Token], country: str, lex: Lexicon) -> str | None:
    """Where an ambassador serves, when the title's words say so beside their own country:
    a second country (Франция Республикасының Қазақстандағы Елшісі) or the capital it is in
    (посол Италии в Москве)."""
    from .gazetteer import places_in

    for token in stated:
        other = country_of(token.norm, lex)
        if other and other != country:
            return other
        if token.capitalized or lex.name_first:
            for ids in places_in(token.text, lex.language)[:1]:
                capitals = {_capitals()[i] for i in ids if i in _capitals()}
                if len(capitals) == 1 and capitals != {country}:
                    return capitals.pop()
    return None


def with_posting(title_en: str, hits: list[TitleHit], tokens: list[Token], text: str, country: str | None,
                 lex: Lexicon, names: AbstractSet[int] = frozenset(),
                 dateline: str | None = None) -> tuple[str, str | None]:
    """An ambassador's English title and country with what another of their titles in the
    article says, when the one they were made from says less (السفير أرمان إسكاكوف سفير
    جمهورية كازاخستان لدى مملكة البحرين: of Kazakhstan, to Bahrain), in a language that puts
    the country after the title; ``(title_en, country)`` as they are otherwise."""
    if " to " in title_en or not lex.country_after_title or title_en.split(" of ")[0] not in _envoy_titles(lex):
        return title_en, country
    for hit in (h for h in hits if h.entry.role in ENVOY_ROLES):
        after = _after_title(hit, tokens, text, names)
        own = country or next((c for c in (country_of(t.norm, lex) for t in after) if c), None)
        posted = _posted_to(after, own, lex) if own else None
        if not posted and dateline and dateline != own and any(t.norm in lex.host_words for t in after):
            posted = dateline  # لدى المملكة in a report from Riyadh
        if posted:
            office = title_en if country else f"{title_en} of {country_phrase(own or '')}"
            return agreed_title(f"{office} to {country_phrase(posted)}"), own
    return title_en, country


@cache
def _envoy_titles(lex: Lexicon) -> frozenset[str]:
    return frozenset(e.en for e in lex.titles if e.role in ENVOY_ROLES)


def _after_title(hit: TitleHit, tokens: list[Token], text: str, names: AbstractSet[int]) -> list[Token]:
    """The words right after a title, up to a break or a person's name (at most six)."""
    last = hit.last
    while last + 1 < len(tokens) and last - hit.last < 6 and joined(text, tokens[last], tokens[last + 1]) \
            and last + 1 not in names:
        last += 1
    return tokens[hit.last + 1:last + 1]


def _rank(stated: list[Token], tokens: list[Token], text: str, lex: Lexicon) -> str | None:
    """A word right beside the stated title that qualifies the office (former, бывший,
    السابق -> Former): the profile's ``[officials.ranks]``."""
    if not stated or not lex.ranks:
        return None
    ranks = dict(lex.ranks)
    first, last = stated[0].index, stated[-1].index
    near = [t for t in tokens[max(0, first - 2):first] if joined(text, t, tokens[t.index + 1])]
    near += stated + [t for t in tokens[last + 1:last + 2] if joined(text, tokens[t.index - 1], t)]
    for token in near:
        for form in base_forms(token.norm, lex):
            if form in ranks:
                return ranks[form]
    return None


def body_country(hit: TitleHit, tokens: list[Token], text: str, lex: Lexicon) -> str | None:
    """The one country the body beside a title belongs to ("|Country" in [officials.bodies]):
    Председатель Мажилиса, Kremlin spokesman."""
    if lex.capitalised_titles:
        first = hit.first
        while first > 0 and hit.first - first < 3 and joined(text, tokens[first - 1], tokens[first]):
            first -= 1
        body = _body_in(tokens[first:hit.first], lex)
        return (body[2].partition("|")[2] or None) if body is not None else None
    beside = _body_beside(hit, tokens, text, lex)
    return beside[1] if beside is not None else None


def _body_beside(head: TitleHit, tokens: list[Token], text: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """The listed body right beside a title, on the side the language puts it (before it in
    Kazakh: Сыртқы істер министрлігінің ресми өкілі; after it in Russian and Arabic:
    председатель Национального банка): its English and the one country it belongs to, if any."""
    if lex.portfolio_before_title:
        first = head.first
        while first > 0 and head.first - first < 4 and joined(text, tokens[first - 1], tokens[first]):
            first -= 1
        side = tokens[first:head.first]
    else:
        last = head.last
        while last + 1 < len(tokens) and last - head.last < 4 and joined(text, tokens[last], tokens[last + 1]):
            last += 1
        side = tokens[head.last + 1:last + 1]
    for i in (range(len(side)) if lex.portfolio_before_title else range(1)):
        for words, english in lex.bodies:
            n = len(words)
            ends = i + n == len(side) if lex.portfolio_before_title else i + n <= len(side)
            if "{}" not in english and ends and \
                    all(word_matches(side[i + k].norm, w, lex) for k, w in enumerate(words)):
                name, _, country = english.partition("|")
                return name, country or None
    return None


def _head(hit: TitleHit, stated: list[Token], lex: Lexicon, text: str) -> TitleHit:
    """The office a chain of titles names: the first title (Пресс-секретарь президента), or in
    a language that puts a title's words before it the last one (Президенттің баспасөз хатшысы)."""
    if not lex.portfolio_before_title or not stated:
        return hit
    offset = stated[0].index
    hits = [TitleHit(h.first + offset, h.last + offset, h.entry) for h in find_titles(stated, lex, text)]
    last = next((h for h in reversed(hits) if h.last == stated[-1].index), None)
    return last if last is not None and last.first > hit.last else hit


def _place(head: TitleHit, stated: list[Token], tokens: list[Token], text: str, lex: Lexicon,
           names: AbstractSet[int] = frozenset()) -> str | None:
    """The region or city a local office governs, as English writes it (Kostanay Region,
    Semey): a place of the gazetteer beside the title, with the kind of place its word says
    (``{} Region`` for a word of the profile's bodies like области, облысының)."""
    from .gazetteer import english_name, places_in

    lo = max(0, min(stated[0].index, head.first) - 2)
    hi = min(len(tokens) - 1, max(stated[-1].index, head.last) + 2)
    near = [t for t in tokens[lo:hi + 1] if (t.index == lo or joined(text, tokens[t.index - 1], t)
            or t.index <= head.first) and t.index not in names]  # a person's name is no place
    kind = _body_in(near, lex)
    pattern = kind[2] if kind is not None and "{}" in kind[2] else "{}"
    if kind is not None and "{}" in kind[2]:  # the place beside its kind's word
        at = kind[0]
        candidates = [near[max(0, at - 2):at], near[at + kind[1]:at + kind[1] + 2]]
    else:
        before = [t for t in near if t.index < head.first][-2:]
        if not lex.portfolio_before_title:  # the place comes after the office: before it, only words
            while before and not all(joined(text, t, tokens[t.index + 1]) for t in before):  # glued to it
                before = before[1:]  # (وفي ولاية نابل، قال رئيس بلدية قليبية: not Nabeul's)
        after = [t for t in near if t.index > head.last][:2]
        if after and after[0].norm in lex.place_openers:  # حمام سوسة is a town of its own, not Sousse
            after = []
        candidates = [after, before]
    countries = {c for _, c in lex.countries}

    def named(seq: list[Token]) -> str | None:
        for a, b in zip(seq, seq[1:]):  # a name of two words first (Солтүстік Қазақстан облысына)
            ids = places_in(text[a.start:b.end], lex.language) if joined(text, a, b) else []
            if len(ids) == 1:
                name = english_name(ids[0])
                if name and " " in name and name not in countries and " or " not in name:
                    return name
        for token in (seq if not lex.portfolio_before_title else list(reversed(seq))):
            ids = places_in(token.text, lex.language)
            if ids:
                name = english_name(ids[0])
                if name and name not in countries and " or " not in name:
                    return name
        return None

    for seq in candidates:
        name = named(seq)
        if name:
            return pattern.replace("{}", name)
    def by_rule(place: Token, kind_word: Token, own: bool) -> str | None:
        """A place the gazetteer lacks, right before its kind's word: the adjective's stem
        (Тюпского района), or in Kazakh the name itself (``own``: it stands before the office)."""
        if not place.capitalized or place.index in names or country_of(place.norm, lex) \
                or not joined(text, place, kind_word) or place.norm in stop_words(lex.language):
            return None  # not the caption's "Суретте: облыс ...", nor a sentence's "Енді қаланың"
        stem = next((place.text[:-len(e)] for e in lex.place_adjective_endings
                     if place.norm.endswith(e) and len(place.text) > len(e) + 2), None)
        if not stem and not own:
            return None
        from .romanize import romanize_name
        return pattern.replace("{}", romanize_name(stem or place.text, lex.language))

    if kind is not None and "{}" in kind[2] and kind[0] > 0:  # a place the gazetteer lacks, by rule
        place = near[kind[0] - 1]
        if place.index not in range(head.first, head.last + 1):
            found = by_rule(place, near[kind[0]], lex.portfolio_before_title and place.index < head.first)
            if found:
                return found
    if kind is not None and "{}" in kind[2]:  # "аким области", "облыс әкімі": the region of that kind named last
        word = near[kind[0]].norm
        for i in range(lo - 1, 0, -1):
            same_kind = _body_in(tokens[i:i + 1], lex)  # облысына is an облыс too: the kind's English
            if word_matches(tokens[i].norm, word, lex) or tokens[i].norm == word or \
                    (same_kind is not None and same_kind[2] == kind[2]):
                name = named(tokens[max(0, i - 2):i])
                if name:
                    return pattern.replace("{}", name)
                found = by_rule(tokens[i - 1], tokens[i], lex.portfolio_before_title)
                if found:
                    return found
        if kind[2] == "{}":  # "аким города", "қала әкімінің орынбасары": the city the report is filed from
            return dateline_city(text, lex) or _city_opening(text, lex)
        return None
    if head.last + 1 < len(tokens) and _governs_a_place(head, tokens, head.last + 1, text, lex):
        return None  # the office names its own town, one the gazetteer lacks (رئيسة بلدية حفوز X)
    city = dateline_city(text, lex)  # a mayor in a report filed from the city
    return city if city and head.entry.role == "mayor" else None


COUNTERPART = "counterpart"  # the role of "his Kazakh counterpart", "نظيره الكازاخستاني"


def counterparts(people: list, officials: list[Official], tokens: list[Token], text: str) -> None:
    """"Lavrov and his Chinese counterpart Wang Yi": a counterpart holds the office of the
    official the same paragraph names before them, in their own country (Foreign Minister of
    China); without such an official, or a country, the title stays as it is. ``people`` and
    ``officials`` are parallel lists (persons.Person, analysis.Official); a title the user
    corrected is kept."""
    for person, official in zip(people, officials):
        if not person.titles or person.titles[0][0].entry.role != COUNTERPART or user_title(official.name_en):
            continue
        hit = person.titles[0][0]
        line_start = text.rfind("\n", 0, tokens[hit.first].start) + 1
        best: tuple[int, Official] | None = None
        for other, other_official in zip(people, officials):
            if other is person or not other.titles or other.titles[0][0].entry.role == COUNTERPART \
                    or not other_official.title_en:
                continue
            before = [a for a, b in other.mentions if b < hit.first and tokens[a].start >= line_start]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), other_official)
        if best is None or not official.organisation:
            continue
        host = best[1]
        office = host.title_en or ""
        if host.organisation and office.endswith(f" of {country_phrase(host.organisation)}"):
            office = office[: -len(f" of {country_phrase(host.organisation)}")]
        if host.organisation == official.organisation:
            continue  # not a counterpart from another state: keep what the text says
        official.title_en = agreed_title(f"{office} of {country_phrase(official.organisation)}")


# A minister's English title: its rank, and what follows "of" (the portfolio, the country).
_MINISTER = re.compile(r"((?:First )?(?:Deputy |Vice )?)Minister(?: of (.+))?")


def _bare_minister(english: str) -> bool:
    """A lexicon title that is a minister's and names no portfolio (министр, вице-министрі)."""
    return _MINISTER.fullmatch(english) is not None and " of " not in english


def article_ministries(titles: list[TitleHit], tokens: list[Token], text: str,
                       lex: Lexicon) -> list[tuple[str, str | None]]:
    """The ministries the article names, each as (its portfolio's English, the country named
    beside it or None): a listed portfolio beside a minister's title or beside a word for a
    ministry (``[officials] ministry_stems``): Министерство торговли и интеграции Республики
    Казахстан, Қазақстан Республикасы Энергетика министрлігінің, вице-министр транспорта."""
    anchors = [(h.first, h.last) for h in titles if _bare_minister(h.entry.en)]
    if lex.ministry_stems:
        anchors += [(t.index, t.index) for t in tokens if t.norm.startswith(lex.ministry_stems)]
    found = []
    for first, last in anchors:
        beside = _portfolio_beside(first, last, tokens, text, lex)
        if beside is not None:
            found.append(beside)
    return found


def _portfolio_beside(first: int, last: int, tokens: list[Token], text: str,
                      lex: Lexicon) -> tuple[str, str | None] | None:
    """The listed portfolio joined to tokens ``first``..``last`` on the side the language puts
    it, and a country named right beyond it (two words at most: Республики Казахстан)."""
    for words, english in lex.portfolios:  # longest first
        n = len(words)
        start = first - n if lex.portfolio_before_title else last + 1
        if not phrase_at(tokens, start, words):
            continue
        span = range(min(start, first), max(start + n, last + 1) - 1)
        if not all(joined(text, tokens[k], tokens[k + 1]) for k in span):
            continue
        side = range(start - 1, max(-1, start - 3), -1) if lex.portfolio_before_title \
            else range(start + n, min(len(tokens), start + n + 2))
        country, edge = None, start if lex.portfolio_before_title else start + n - 1
        for k in side:
            if not joined(text, tokens[min(k, edge)], tokens[max(k, edge)]):
                break
            country = country_of(tokens[k].norm, lex)
            if country:
                break
            edge = k
        return english, country
    return None


def _minister_parts(official: Official) -> tuple[str, str] | None:
    """(rank, portfolio or "") of a minister's English title without its country; None for
    any other title (Prime Minister, Foreign Minister: no portfolio to add)."""
    match = _MINISTER.fullmatch(official.title_en or "")
    if match is None:
        return None
    rest = match.group(2) or ""
    own = country_phrase(official.organisation) if official.organisation else None
    if own and rest == own:
        rest = ""
    elif own and rest.endswith(f" of {own}"):
        rest = rest[: -len(f" of {own}")]
    return match.group(1), rest


def _same_portfolio(a: str, b: str) -> bool:
    return agreed_title(f"Minister of {a}").casefold() == agreed_title(f"Minister of {b}").casefold()


def one_ministry(people: list, officials: list[Official], ministries: list[tuple[str, str | None]],
                 countries: AbstractSet[str]) -> None:
    """A minister named by the bare title alone (Министр Айдарбек ..., вице-министр X, Deputy
    Minister X) takes the portfolio of the one ministry the article names, when every minister
    and ministry it names is of one portfolio and one state, and that state is the minister's
    and the only country the article names at all (a minister of no known state: named beside
    that ministry too, and then of it); and a minister whose portfolio the title gives but no country takes the one
    country the article names beside that ministry (Министерство здравоохранения Республики
    Казахстан ... вице-министр здравоохранения X), unless an official of that country holds that
    portfolio already. ``people`` and ``officials`` are parallel lists (persons.Person,
    analysis.Official); ``countries``: every country the article names. A title the user
    corrected stays."""
    parts = [None if user_title(o.name_en) else _minister_parts(o) for o in officials]
    ministers = [(person, o, p) for person, o, p in zip(people, officials, parts) if p is not None]
    if not ministers:
        return
    portfolios = [p for _, _, (_, p) in ministers if p] + [p for p, _ in ministries]
    distinct: list[str] = []
    for portfolio in portfolios:
        if not any(_same_portfolio(portfolio, d) for d in distinct):
            distinct.append(portfolio)
    states = {o.organisation for _, o, _ in ministers if o.organisation} | {c for _, c in ministries if c}
    held = [(o.organisation, p) for _, o, (_, p) in ministers if o.organisation and p]  # as the titles state them
    for person, official, (rank, portfolio) in ministers:
        if not portfolio and len(distinct) == 1 and _bare(person):
            named = {c for p, c in ministries if c}
            own = official.organisation
            if (own and states == {own} and countries <= {own}) or \
                    (not own and len(named) == 1 and states == named == set(countries)):
                portfolio = distinct[0]
                official.organisation = own or named.pop()
                state = country_phrase(official.organisation)
                official.title_en = agreed_title(f"{rank}Minister of {portfolio} of {state}")
        if portfolio and not official.organisation:
            named = {c for p, c in ministries if c and _same_portfolio(p, portfolio)}
            if len(named) == 1 and not any(c in named and _same_portfolio(p, portfolio) for c, p in held):
                official.organisation = named.pop()
                state = country_phrase(official.organisation)
                official.title_en = agreed_title(f"{rank}Minister of {portfolio} of {state}")


def _bare(person) -> bool:
    """The person's title is stated as the title's own words and nothing more (Министр X,
    Deputy Minister X): no portfolio, body or country the lexicon does not list."""
    stated = person.titles or person.referred_as
    if not stated:
        return False
    hit, start, end = stated[0]
    return start >= hit.first and end <= hit.last


def named_countries(tokens: list[Token], lex: Lexicon) -> frozenset[str]:
    """Every country the article's words name (Казахстана, Kazakh, Қырғыз)."""
    return frozenset(c for c in (country_of(t.norm, lex) for t in tokens) if c)


@cache
def _councils(language: str) -> tuple[str, frozenset[str], dict[str, tuple[str, str]]]:
    """[councils.<code>] of titles.toml: the council's English, its words, its levels
    (adjective -> English, the pattern of its place)."""
    with resource_path("names", "titles.toml").open("rb") as handle:
        table = tomllib.load(handle).get("councils", {}).get(language, {})
    kinds = {normalize(k): tuple(v.split("|", 1)) for k, v in table.get("kinds", {}).items()}
    return str(table.get("english", "")), frozenset(normalize(w) for w in table.get("words", [])), kinds


def _council_at(c: int, tokens: list[Token], text: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """The level's English and the place of the council word at token ``c``: the adjective
    before it (облыстық мәслихат, городского маслихата), the place before that (Ақтөбе
    облыстық, Павлодарского городского) or, where the place follows, after it (маслихата
    города Астаны, маслихата Астаны)."""
    from .gazetteer import english_name, places_in

    kinds = _councils(lex.language)[2]
    level_at = c - 1 if c > 0 and joined(text, tokens[c - 1], tokens[c]) and tokens[c - 1].norm in kinds else None
    level = kinds[tokens[level_at].norm][0] if level_at is not None else None
    countries = {country for _, country in lex.countries}

    def place(k: int) -> str | None:
        if not (0 <= k < len(tokens)) or not tokens[k].capitalized:
            return None
        for ids in places_in(tokens[k].text, lex.language)[:1]:
            name = english_name(ids)
            if name and " or " not in name and name not in countries and not ids & _country_ids():
                return name
        return None
    before = level_at - 1 if level_at is not None else c - 1
    if before >= 0 and joined(text, tokens[before], tokens[before + 1]) and place(before):
        return level, place(before)
    after = c + 1
    if after < len(tokens) and joined(text, tokens[c], tokens[after]) and tokens[after].norm in (
            w for words, english in lex.bodies if english == "{}" for w in words):
        after += 1  # маслихата города Астаны
    if after < len(tokens) and joined(text, tokens[after - 1], tokens[after]) and place(after):
        return level, place(after)
    return level, None


def local_council(head: TitleHit, tokens: list[Token], text: str, lex: Lexicon,
                  member: bool = False) -> str | None:
    """The local council an officer's title names beside it (мәслихат хатшысы, Облыстық
    мәслихат депутаты, Депутат городского маслихата), or for a deputy (``member``) named with
    no body, the council the report names: "the <place> <level> Maslikhat". A level and place
    the title's own words leave out are those of the one council the report names with them,
    else the one place of that level it names (a city's: its dateline); None with no council
    word beside the title (and, for a deputy, none in the report)."""
    english, words, kinds = _councils(lex.language)
    if not words:
        return None
    lo, hi = head.first, head.last
    while lo > 0 and head.first - lo < 3 and joined(text, tokens[lo - 1], tokens[lo]):
        lo -= 1
    while hi + 1 < len(tokens) and hi - head.last < 3 and joined(text, tokens[hi], tokens[hi + 1]):
        hi += 1
    own = next((k for k in range(lo, hi + 1) if tokens[k].norm in words), None)
    if own is None and not member:
        return None
    found = [_council_at(k, tokens, text, lex) for k in range(len(tokens)) if tokens[k].norm in words]
    if not found:
        return None
    level, place = _council_at(own, tokens, text, lex) if own is not None else (None, None)
    if level is None:
        levels = {lv for lv, _ in found if lv}
        level = levels.pop() if len(levels) == 1 else None
    if level is not None and place is None:
        pattern = next(v[1] for v in kinds.values() if v[0] == level)
        councils = {p for lv, p in found if lv == level and p}  # the same council named in full
        for places in (councils, _places_of_level(level, pattern, tokens, text, lex)):
            if places:
                place = places.pop() if len(places) == 1 else None
                break
        if place is None and pattern == "{}" and not any(p for _, p in found):
            place = dateline_city(text, lex) or _city_opening(text, lex)
    return "the " + " ".join(w for w in (place, level, english) if w)


def _places_of_level(level: str, pattern: str, tokens: list[Token], text: str, lex: Lexicon) -> set[str]:
    """The places the report names as of a level of local government: before that level's
    adjective (Ақтөбе облыстық, Павлодарского городского) or beside the word of its kind
    (Шу ауданының, Теміртау қаласының; Карагандинской области, города Астаны), by the
    gazetteer, or by rule for a capitalised name it lacks right before the word."""
    from .gazetteer import english_name, places_in
    from .romanize import romanize_name

    kinds = _councils(lex.language)[2]
    adjectives = {k for k, v in kinds.items() if v[0] == level}
    kind_words = {w for words, english in lex.bodies if english == pattern and len(words) == 1 for w in words}
    bare = {w for w in kind_words if any(o != w and o.startswith(w) for o in kind_words)}  # облыс (әкімі): no place
    endings = [e for e in lex.name_suffixes if len(e) > 1]  # a word in a case (Оларға қалалық) is no place's name
    countries = {country for _, country in lex.countries}
    stops = stop_words(lex.language)
    found: set[str] = set()

    def named(k: int, by_rule: bool) -> str | None:
        token = tokens[k]
        by_rule = by_rule and not any(token.norm.endswith(e) for e in endings)
        if not token.capitalized or token.norm in kinds or token.norm in stops or country_of(token.norm, lex):
            return None
        for ids in places_in(token.text, lex.language)[:1]:
            name = english_name(ids)
            return name if name and " or " not in name and name not in countries and not ids & _country_ids() \
                else None
        if not by_rule:
            return None
        stem = next((token.text[:-len(e)] for e in lex.place_adjective_endings
                     if token.norm.endswith(e) and len(token.text) > len(e) + 2), None)
        return romanize_name(stem, lex.language) if stem else \
            (romanize_name(token.text, lex.language) if lex.portfolio_before_title else None)
    for i in range(1, len(tokens)):
        forms = base_forms(tokens[i].norm, lex) | {tokens[i].norm}
        if tokens[i].norm in adjectives or kind_words & forms:
            if joined(text, tokens[i - 1], tokens[i]):
                name = named(i - 1, tokens[i].norm not in bare)
                if name:
                    found.add(name)
                    continue
            if not lex.portfolio_before_title and i + 1 < len(tokens) and joined(text, tokens[i], tokens[i + 1]):
                name = named(i + 1, False)  # города Астаны: the gazetteer's only (an inflected name)
                if name:
                    found.add(name)
    return found
