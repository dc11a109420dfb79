"""Named officials: each person with a public role, their title as stated and in English,
their country or organisation, and every mention (inflected, surname-only, title-only)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from article.analysis import Mention, Official
from article.model import Article

from .lexicon import Lexicon, country_of, is_listed, lexicon
from .names import english_name, table_country, table_name, table_role
from .people import (NameRun, cased_runs, chinese_given_name, deinflect, deinflect_given, has_initials, is_chinese, surname_span, table_runs,
                     uncased_runs)
from .tokens import TitleHit, Token, find_titles, joined, tokenize, word_matches
from .words import normalize


_NAME_TOKENS: dict[int, set[int]] = {}  # tokens of person names, for the run being analysed


@dataclass
class Person:
    words: list[str]  # base form
    chinese: bool
    as_written: bool = False  # the base form was seen in the text as it stands
    runs: list[NameRun] = field(default_factory=list)
    titles: list[tuple[TitleHit, int, int]] = field(default_factory=list)  # (hit, first, last token stated)
    country: str | None = None
    referred_as: list[tuple[TitleHit, int, int]] = field(default_factory=list)  # title-only references
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token index ranges

    def family(self, lex: Lexicon) -> tuple[str, ...]:
        """The normalised words of the family name."""
        a, b = surname_span(self.words, self.chinese, lex)
        return tuple(normalize(w) for w in self.words[a:b])

    @property
    def name(self) -> str:
        return " ".join(w + "." if len(w) == 1 else w for w in self.words)


@dataclass
class Analysed:
    """What the officials finder learned, reused by the quotes finder."""

    tokens: list[Token]
    people: list[Person]
    officials: list[Official]
    lex: Lexicon
    spans: list[tuple[int, int, int]]  # (start, end, official index) of every mention


def find_officials(article: Article) -> list[Official]:
    """Every named person with a public role, in order of first mention (see module doc).
    The list is the caller's own: changing it does not change a later call's answer."""
    return copy.deepcopy(analyse_officials(article).officials)


def analyse_officials(article: Article) -> Analysed:
    """The officials with the tokens and spans the quotes finder reuses (cached per text,
    so find_quotes after find_officials does not analyse the article twice)."""
    key = (article.code, article.text)
    cached = _LAST.get(key)
    if cached is None:
        cached = _analyse(article)
        _LAST.clear()
        _LAST[key] = cached
    return cached


_LAST: dict[tuple[str, str], Analysed] = {}


def clear_cache() -> None:
    """Forget the last analysis (benchmarks measure the work, not the cache)."""
    _LAST.clear()


def _analyse(article: Article) -> Analysed:
    lex = lexicon(article.code)
    text = article.text
    tokens = tokenize(article)
    titles = find_titles(tokens, lex, text)
    title_tokens = {i for h in titles for i in range(h.first, h.last + 1)}
    runs = _name_runs(tokens, text, lex, titles, title_tokens)
    _NAME_TOKENS.clear()
    _NAME_TOKENS[id(tokens)] = {i for r in runs for i in range(r.first, r.last + 1)}
    people = _group(runs, tokens, lex, text)
    _surname_mentions(people, tokens, lex)
    _title_only_mentions(people, titles, tokens, lex, text)
    people = [p for p in people if p.titles or table_name(p.name) or len(p.words) > 1]
    people.sort(key=lambda p: min(m[0] for m in p.mentions))
    officials = [_official(p, tokens, text, lex) for p in people]
    spans = [(m.start, m.end, k) for k, o in enumerate(officials) for m in o.mentions]
    return Analysed(tokens, people, officials, lex, sorted(spans))


def _name_runs(tokens: list[Token], text: str, lex: Lexicon, titles: list[TitleHit],
               title_tokens: set[int]) -> list[NameRun]:
    if lex.name_first:
        runs = uncased_runs(tokens, text, lex, titles)
        taken = {i for r in runs for i in range(r.first, r.last + 1)}
        runs += [r for r in table_runs(tokens, text, lex) if r.first not in taken and r.last not in taken]
        return sorted(runs, key=lambda r: r.first)
    runs = cased_runs(tokens, text, lex, title_tokens)
    by_last = {h.last: h for h in titles}
    runs = [run for run in runs if _after_connector(run, tokens, lex)]
    runs = [run for run in runs if not _named_after(run, tokens, lex)]
    names = {i for r in runs for i in range(r.first, r.last + 1)}
    for run in runs:
        run.title = _title_before(run, tokens, text, lex, by_last, names) or _title_after(run, tokens, text, titles)
    return runs


def _title_before(run: NameRun, tokens: list[Token], text: str, lex: Lexicon,
                  by_last: dict[int, TitleHit], names: set[int] = frozenset()) -> TitleHit | None:
    """The title before the name: the leftmost of a chain of titles, countries and title words
    (``Пресс-секретарь президента России Дмитрий Песков`` is a press secretary)."""
    i, steps, comma, found = run.first - 1, 0, False, None
    while i >= 0 and steps <= 7:
        between = text[tokens[i].end:tokens[i + 1].start]
        honorific = between.strip() == "." and is_listed(tokens[i].norm, lex.not_names, lex) and "\n" not in between
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
        before_gap_word = tokens[i + 1].norm in lex.title_gap_words and i + 1 < run.first
        if not (country_of(token.norm, lex) or token.all_caps or token.norm in lex.title_gap_words
                or (token.capitalized and (lex.capitalised_titles or before_gap_word))):
            break
        i -= 1
        steps += 1
    return found


def _named_after(run: NameRun, tokens: list[Token], lex: Lexicon) -> bool:
    """A name inside the name of a place or body (``университет им. К. И. Сатпаева``,
    ``Л.Н. Гумилев атындағы``): not a person in the news."""
    before = tokens[run.first - 1].norm if run.first > 0 else ""
    after = tokens[run.last + 1].norm if run.last + 1 < len(tokens) else ""
    return before in lex.named_after_before or after in lex.named_after_after


def _after_connector(run: NameRun, tokens: list[Token], lex: Lexicon) -> bool:
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


def _title_after(run: NameRun, tokens: list[Token], text: str, titles: list[TitleHit]) -> TitleHit | None:
    """Apposition: ``Name, the foreign minister of X``."""
    if run.last + 1 >= len(tokens):
        return None
    between = text[tokens[run.last].end:tokens[run.last + 1].start]
    if between.strip() != ",":
        return None
    for hit in titles:
        if run.last < hit.first <= run.last + 4:
            return hit
    return None


def _base_words(run: NameRun, tokens: list[Token], lex: Lexicon, attested: set[str], text: str) -> list[str]:
    """The name in its base form (nominative): case endings off the surname, and off the
    first names too in languages that inflect them (Russian), a woman's -а kept."""
    words = [tokens[i].text for i in range(run.first, run.last + 1)] if not run.words else list(run.words)
    if lex.name_first:
        return words
    if len(words) >= 2 and is_chinese([words[0], chinese_given_name(words[1], lex)]):
        return [words[0], chinese_given_name(words[1], lex)] + words[2:]
    for suffix in lex.name_suffixes:  # the name table knows the name without this ending
        if words[-1].lower().endswith(suffix) and table_name(" ".join(words[:-1] + [words[-1][: -len(suffix)]])):
            return words[:-1] + [words[-1][: -len(suffix)]]
    feminine = _feminine(run, tokens, text, words)
    last = deinflect(words[-1], lex, attested, feminine)
    firsts = words[:-1]
    if last != words[-1] and lex.given_name_endings:
        woman = last.endswith("а") and not words[-1].endswith("а")
        firsts = [deinflect_given(w, lex, woman) if len(w) > 1 else w for w in firsts]
    return firsts + [last]


def _feminine(run: NameRun, tokens: list[Token], text: str, words: list[str]) -> bool:
    """A woman's name: a first name in -а/-я, or a past-tense verb in -ла right after."""
    if len(words) >= 2 and words[0][-1:] in ("а", "я") and len(words[0]) > 2:
        return True
    nxt = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    return bool(nxt and not nxt.capitalized and nxt.norm.endswith(("ла", "лась")))


def _group(runs: list[NameRun], tokens: list[Token], lex: Lexicon, text: str) -> list[Person]:
    """Merge runs that name the same person (same family name); single words join a person
    already named in full, or start one when a title or the name table vouches for them."""
    attested = {t.text.lower() for t in tokens}
    people: list[Person] = []
    singles: list[tuple[NameRun, list[str]]] = []
    weak: list[tuple[NameRun, list[str], bool]] = []
    for run in runs:
        words = _base_words(run, tokens, lex, attested, text)
        if len(words) == 1:
            singles.append((run, words))
            continue
        chinese = is_chinese(words)
        if not (run.title or table_name(" ".join(words)) or chinese or _looks_like_surname(words[-1], lex)
                or has_initials(words)):
            weak.append((run, words, chinese))
            continue
        person = _person_for(people, words, chinese, lex, words == run.words)
        _add_run(person, run, words, tokens, lex, text)
    for run, words, chinese in weak:  # no evidence of its own, but the same name as someone found
        a, b = surname_span(words, chinese, lex)
        family = tuple(normalize(w) for w in words[a:b])
        person = next((p for p in people if p.family(lex) == family and p.chinese == chinese), None)
        if person is not None:
            _add_run(person, run, words, tokens, lex, text)
    for run, words in singles:
        person = next((p for p in people if len(p.family(lex)) == 1
                       and word_matches(normalize(words[0]), p.family(lex)[0], lex)), None)
        if person is None and ((run.title and _looks_like_surname(words[0], lex)) or table_name(words[0])):
            person = Person(words, False)
            people.append(person)
        if person is not None:
            _add_run(person, run, None, tokens, lex, text)
    return people


def _looks_like_surname(word: str, lex: Lexicon) -> bool:
    return any(normalize(word).endswith(e) for e in lex.person_endings)


def _person_for(people: list[Person], words: list[str], chinese: bool, lex: Lexicon,
                as_written: bool = False) -> Person:
    a, b = surname_span(words, chinese, lex)
    family = tuple(normalize(w) for w in words[a:b])
    for person in people:
        if person.family(lex) == family and person.chinese == chinese:
            if len(words) > len(person.words) or (len(words) == len(person.words) and as_written
                                                  and not person.as_written):
                person.words, person.as_written = words, as_written
            return person
    person = Person(words, chinese, as_written=as_written)
    people.append(person)
    return person


def _add_run(person: Person, run: NameRun, words: list[str] | None, tokens: list[Token],
             lex: Lexicon, text: str) -> None:
    person.runs.append(run)
    person.mentions.append((run.first, run.last))
    if run.title:
        start = _title_start(run.title, tokens, text, lex, _NAME_TOKENS.get(id(tokens), set()))
        end = run.first - 1 if run.title.last < run.first else run.title.last
        while end > run.title.last and (is_listed(tokens[end].norm, lex.not_names, lex) or
                                        (len(tokens[end].norm) <= 2 and tokens[end].norm in lex.org_words)):
            end -= 1  # not the honorific before the name (", Dr. Yerbol Sadykov")
        person.titles.append((run.title, start, end))
        if person.country is None:
            person.country = _country_between(start, run, tokens, lex)


def _title_start(hit: TitleHit, tokens: list[Token], text: str, lex: Lexicon,
                 names: set[int] | None = None) -> int:
    """Extend a title to the left over the country or body it belongs to
    (``ҚХР Мемлекеттік кеңесі Премьерінің орынбасары``, ``Kazakh Foreign Minister``)."""
    names = names or set()

    def belongs(k: int) -> bool:  # a word of the body's name, not of a person's or the sentence's
        if k in names:
            return False
        if country_of(tokens[k].norm, lex) is not None or tokens[k].all_caps:
            return True
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


def _country_between(start: int, run: NameRun, tokens: list[Token], lex: Lexicon) -> str | None:
    first, last = (start, run.first) if start < run.first else (run.last + 1, start)
    hit = run.title
    stop = max(last, hit.last + 1) if hit else last
    for i in range(min(first, hit.first if hit else first), stop + (3 if lex.name_first else 0)):
        if 0 <= i < len(tokens) and (i < run.first or i > run.last):
            country = country_of(tokens[i].norm, lex)
            if country:
                return country
    return None


def _surname_mentions(people: list[Person], tokens: list[Token], lex: Lexicon) -> None:
    """Family name alone (inflected, with clitics) where no longer mention covers it."""
    covered = {i for p in people for a, b in p.mentions for i in range(a, b + 1)}
    for person in people:
        if len(person.words) < 2:
            continue
        family = person.family(lex)
        for token in tokens:
            last = token.index + len(family) - 1
            if last >= len(tokens) or any(k in covered for k in range(token.index, last + 1)):
                continue
            if not lex.name_first and not token.capitalized:
                continue
            if all(word_matches(tokens[token.index + k].norm, w, lex) if k == 0 else
                   tokens[token.index + k].norm == w for k, w in enumerate(family)):
                person.mentions.append((token.index, last))
                covered.update(range(token.index, last + 1))


def _title_only_mentions(people: list[Person], titles: list[TitleHit], tokens: list[Token],
                         lex: Lexicon, text: str) -> None:
    """A title without a name beside it is a mention when only one person fits it."""
    attached = {id(h) for p in people for h, _, _ in p.titles}
    covered = {i for p in people for a, b in p.mentions for i in range(a, b + 1)}
    for hit in titles:
        if id(hit) in attached or hit.first in covered:
            continue
        start = _title_start(hit, tokens, text, lex, _NAME_TOKENS.get(id(tokens), set()))
        country = _reference_country(hit, start, tokens, lex)
        fits = [p for p in people if _fits(p, hit, country, lex)]
        if len(fits) > 1 and country:  # someone of the named country beats someone of unknown country
            fits = [p for p in fits if (p.country or table_country(p.name)) == country] or fits
        if not fits:
            loose = [p for p in people if _fits_loosely(p, hit, country, lex)]
            same_role = [p for p in loose if any(h.entry.role == hit.entry.role for h, _, _ in p.titles)]
            fits = same_role or loose
        if len(fits) == 1:
            end = hit.last + _trailing_country(hit, tokens, lex)
            fits[0].mentions.append((start, end))
            fits[0].referred_as.append((hit, start, end))


def _reference_country(hit: TitleHit, start: int, tokens: list[Token], lex: Lexicon) -> str | None:
    for i in range(start, hit.last + 1 + _trailing_country(hit, tokens, lex)):
        country = country_of(tokens[i].norm, lex)
        if country:
            return country
    if hit.entry.country == "home":
        return lex.home_country
    return hit.entry.country


def _trailing_country(hit: TitleHit, tokens: list[Token], lex: Lexicon) -> int:
    """Country words right after the title (رئيس الوزراء القازاقي, глава МИД КНР)."""
    if not lex.country_after_title:
        return 0
    n = 0
    while hit.last + n + 1 < len(tokens) and n < 2 and country_of(tokens[hit.last + n + 1].norm, lex):
        n += 1
    return n


def _fits(person: Person, hit: TitleHit, country: str | None, lex: Lexicon) -> bool:
    """The person could be the one a title-only reference means (same country, same title)."""
    home = person.country or (table_country(person.name) if not person.titles else None) or lex.home_country
    if country and home and country != home:
        return False
    if not person.titles:  # the article states no title: the office the name table lists
        return table_role(person.name) == hit.entry.role
    if hit.entry.alone:
        return any(h.entry.role == hit.entry.role for h, _, _ in person.titles)
    return any(h.entry.en == hit.entry.en for h, _, _ in person.titles)


def _fits_loosely(person: Person, hit: TitleHit, country: str | None, lex: Lexicon) -> bool:
    """A bare generic title (``министр``, ``the minister``) for a more specific one
    (``Energy Minister``), when no one holds the generic title itself."""
    home = person.country or lex.home_country
    if country and home and country != home:
        return False
    return any(h.entry.en.endswith(" " + hit.entry.en) for h, _, _ in person.titles)


def _title_en(hit: TitleHit, stated: list[Token], lex: Lexicon) -> str:
    """The English title; an English title keeps its own words past the lexicon entry
    (``Minister of Trade and Integration``), without the country words."""
    if lex.language != "en":
        return hit.entry.en
    words = [t.text for t in stated if t.index >= hit.first and not country_of(t.norm, lex)]
    while words and words[-1].lower() in lex.title_gap_words:
        words.pop()
    extra = words[len(hit.entry.words):]
    return " ".join([hit.entry.en, *extra]) if extra else hit.entry.en


def _clitic_length(token: str, word: str) -> int:
    """How many letters of ``token`` are a clitic glued before ``word`` (برئيس -> 1)."""
    if token != word and token.endswith(word):
        return len(token) - len(word)
    if word.startswith("ال") and token.endswith(word[2:]) and token.startswith("لل"):
        return 1
    return 0


def _official(person: Person, tokens: list[Token], text: str, lex: Lexicon) -> Official:
    title = title_en = None
    country = person.country or (lex.home_country if person.titles else table_country(person.name))
    stated = person.titles or person.referred_as
    if stated:
        hit, start, end_token = stated[0]
        begin = tokens[start].start + _clitic_length(tokens[start].norm, hit.entry.words[0])
        title = text[begin:tokens[end_token].end].rstrip(" ,،")
        title_en = _title_en(hit, tokens[start:end_token + 1], lex) + \
            (f" of {country}" if country and not hit.entry.country else "")
    mentions = sorted({(tokens[a].start, tokens[b].end) for a, b in person.mentions})
    return Official(
        name=person.name,
        name_en=english_name(person.name, lex.language),
        title=title,
        title_en=title_en,
        organisation=country,
        mentions=[Mention(s, e, text[s:e]) for s, e in mentions],
    )
