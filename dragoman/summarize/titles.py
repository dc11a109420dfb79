"""Titles beside a name: which title a name has (before it, or in apposition after it),
how far the title reaches as the article states it, its country, and its English form."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache

from .langdata import resource_path
from .lexicon import Lexicon, country_of, morphology_of
from .name_runs import NameRun, deinflect
from .names import table_name
from .tokens import TitleHit, Token, joined


def title_before(run: NameRun, tokens: list[Token], text: str, lex: Lexicon,
                  by_last: dict[int, TitleHit], names: AbstractSet[int] = frozenset()) -> TitleHit | None:
    """The title before the name: the leftmost of a chain of titles, countries and title words
    (``Пресс-секретарь президента России Дмитрий Песков`` is a press secretary)."""
    i, steps, comma, found = run.first - 1, 0, False, None
    while i >= 0 and steps <= 7:
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
        before_gap_word = tokens[i + 1].norm in lex.title_gap_words and i + 1 < run.first
        if not (country_of(token.norm, lex) or token.all_caps or token.norm in lex.title_gap_words
                or (token.capitalized and (lex.capitalised_titles or before_gap_word or oblique(token, lex)))
                or complement_word(token, lex)):
            break
        i -= 1
        steps += 1
    return found


def oblique(token: Token, lex: Lexicon) -> bool:
    """A capitalised word in an oblique case: a body in the genitive between a title and the
    name (Председатель правления *Самрук-Казына* Нурлан Жакупов)."""
    if not lex.body_after_title:
        return False
    morphology = morphology_of(lex.morphology)  # the dictionary knows a place or body (Аким *Павлодара*)
    return deinflect(token.text, lex, set()) != token.text or (
        morphology is not None and len(token.text) > 2 and morphology.not_a_name(token.text))


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
        if k in names:
            return False
        if country_of(tokens[k].norm, lex) is not None or tokens[k].all_caps:
            return True
        if tokens[k].capitalized and tokens[k].norm in title_vocabulary(lex):
            return True  # a rank word opening the sentence (Deputy Energy Minister)
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


@cache
def title_vocabulary(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's many-word titles (deputy, vice, ...): a rank that
    belongs to the title after it even when it opens a sentence."""
    return frozenset(e.words[0] for e in lex.titles if len(e.words) > 1)


def country_between(start: int, run: NameRun, tokens: list[Token], lex: Lexicon) -> str | None:
    first, last = (start, run.first) if start < run.first else (run.last + 1, start)
    hit = run.title
    stop = max(last, hit.last + 1) if hit else last
    for i in range(min(first, hit.first if hit else first), stop + (3 if lex.name_first else 0)):
        if 0 <= i < len(tokens) and (i < run.first or i > run.last):
            country = country_of(tokens[i].norm, lex)
            if country:
                return country
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
    words (``Finance Minister``, ``Minister of Trade and Integration``); elsewhere the
    lexicon's English for the title."""
    if lex.language != "en":
        return hit.entry.en
    before: list[str] = []
    for token in (t for t in stated if t.index < hit.first):
        if token.text.endswith(("'s", "’s")):  # "World Bank's regional director": the owner is not the title
            before = []
        elif token.capitalized and not country_of(token.norm, lex) and \
                not (not before and token.norm in lex.title_gap_words):  # "The Chairman of ...": no article
            before.append(token.text)
    countries = {c for c in (country_of(t.norm, lex) for t in stated) if c}
    country_words = {w for c in countries for w in c.split()}  # United Arab (Emirates)
    after = [t.text for t in stated if t.index > hit.last and not country_of(t.norm, lex)
             and not (t.capitalized and t.text in country_words)]
    while after and after[-1].lower() in lex.title_gap_words:
        after.pop()
    return " ".join([*before, hit.entry.en, *after])


def with_portfolio(title_en: str, hit: TitleHit, tokens: list[Token], lex: Lexicon) -> str:
    """A bare minister's title with the portfolio the words beside it name (``Мәдениет
    министрі`` -> Minister of Culture): before the title where the profile says so, else
    right after it; ``title_en`` unchanged when it has one or no listed portfolio is there."""
    if not title_en.endswith("Minister") or " of " in title_en or any(w in title_en for w in ("Prime", "Foreign")):
        return title_en
    for words, english in lex.portfolios:
        n = len(words)
        first = hit.first - n if lex.portfolio_before_title else hit.last + 1
        seq = tokens[first:first + n] if first >= 0 else []
        if len(seq) == n and all(t.norm == w for t, w in zip(seq, words)):
            return f"{title_en} of {english}"
    return title_en


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
    for entry in entries:
        for title in [entry["en"], *entry.get("same", [])]:
            table[(str(entry["country"]).casefold(), str(title).casefold())] = str(entry["en"])
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
