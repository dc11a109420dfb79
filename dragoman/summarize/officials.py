"""Named officials: each person with a public role, their title as stated and in English,
their country or organisation, and every mention (inflected, surname-only, title-only).

The stages, each in its own module, over one ``document.Document``: tokens and titles in the
text (tokens.find_titles), name runs (name_runs), titles beside names (titles), runs grouped
into persons with base forms (persons), family-name, honorific and title-only mentions
(mentions), English names (names). A person
with no title is kept when the name table knows them or the article gives them a voice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from dragoman.article.analysis import MENTION_NAME, Mention, Official
from dragoman.article.model import Article

from .document import Document
from .interview import find_interview, interview_word_at
from .lexicon import Lexicon, definite, definite_after_clitic
from .mentions import honorific_mentions, namesake_mentions, plural_title, surname_mentions, title_only_mentions
from .name_runs import NameRun, cased_runs, table_runs, uncased_runs
from .names import english_name, name_listed, style_country, table_name, user_title, without_patronymic
from .persons import Person, group, speaks
from .reporting import has_verb
from .romanize import arab_name, script_of
from .titles import (
    after_connector,
    article_country,
    article_ministries,
    clitic_length,
    counterparts,
    dateline_country,
    named_after,
    named_countries,
    official_country,
    one_ministry,
    region_country,
    table_title,
    title_after,
    title_before,
    title_in_english,
    with_posting,
)
from .tokens import TitleHit, Token, find_titles, joined


@dataclass
class Analysed:
    """What the officials stages learned about one document."""

    doc: Document
    people: list[Person]
    officials: Officials

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    @property
    def lex(self) -> Lexicon:
        return self.doc.lex


class Officials(list[Official]):
    """The officials of an article, in order of first mention; ``voices``: the private people
    it quotes (a resident, an analyst), no officials, yet the speakers of their quotes."""

    voices: list[Official]

    def __init__(self, officials: Iterable[Official] = (), voices: Iterable[Official] = ()) -> None:
        super().__init__(officials)
        self.voices = list(voices)


def find_officials(article: Article) -> list[Official]:
    """Every named person with a public role, in order of first mention (see module doc).
    Each call analyses the article afresh and returns a list of its own."""
    return analyse_officials(article).officials


def analyse_officials(article: Article) -> Analysed:
    """The officials with the document and persons they were found in (nothing is cached:
    find_quotes takes the officials as an argument instead of asking again)."""
    return _analyse(Document.of(article))


def _analyse(doc: Document) -> Analysed:
    """The stages in order: titles, name runs, persons, mentions, then the officials."""
    lex, text, tokens = doc.lex, doc.text, doc.tokens
    titles = find_titles(tokens, lex, text)
    title_tokens = {i for h in titles for i in range(h.first, h.last + 1)}
    runs = _name_runs(tokens, text, lex, titles, title_tokens)
    names = {i for r in runs for i in range(r.first, r.last + 1)}
    references = frozenset(i for h in titles if h.entry.alone for i in range(h.first, h.last + 1))
    people = group(runs, tokens, lex, text, references)
    surname_mentions(people, tokens, lex)
    honorific_mentions(people, tokens, text, lex)
    title_only_mentions(people, titles, tokens, lex, text, names)
    namesake_mentions(people, tokens, text, lex)
    untitled = [p for p in people if not (p.titles or p.referred_as or table_name(p.name))]
    private = [p for p in untitled if _private(p, tokens, text, lex)]  # introduced by what they do
    interviewed = _interviewee(doc, untitled) if untitled else None
    voiced = [p for p in untitled if p in private or p is interviewed or _speaks(p, tokens, text, lex)
              or any(speaks(r, tokens, lex, text) for r in p.runs)]
    people = [p for p in people if (p.titles or p.referred_as or table_name(p.name) or p in voiced)
              and p not in private]
    people.sort(key=lambda p: min(m[0] for m in p.mentions))
    dateline = dateline_country(text, lex)
    region = None if dateline else region_country(text, lex)  # an Arab paper's own officials
    named = frozenset(i for p in people for r in p.runs for i in range(r.first, r.last + 1))
    style = style_country(text, lex.language)  # how a country-less Arab name is spelt
    report = cache(lambda: article_country(tokens, lex, text))  # asked for only when nothing else places one
    officials = Officials(_official(p, tokens, text, lex, dateline, named, style, region, report) for p in people)
    officials.voices = [_official(p, tokens, text, lex, dateline, named, style, region, report) for p in private]
    counterparts(people, officials, tokens, text)
    if lex.ministry_stems:  # a bare minister of the one ministry the report names
        one_ministry(people, officials, article_ministries(titles, tokens, text, lex), named_countries(tokens, lex))
    return Analysed(doc, people, officials)


def _interviewee(doc: Document, untitled: list[Person]) -> Person | None:
    """In an interview (``interview.find_interview``), the one person with no title named in
    the intro's paragraph that holds an interview word (``профессор Ботагөз Қайырбековамен ...
    әңгімелескен едік``, ``поговорил с ректором ... Ержаном Мукашевым``, ``In an interview with
    Gazeta.uz, Dilfuza Tashpulatova, vice-rector ...``), the nearest to that word when several
    are: the one who answers, whose title the titles stage may not know."""
    found = find_interview(doc)
    if found is None:
        return None
    tokens = doc.tokens
    for start, stop in (line for line in doc.lines if line[0] < found.intro_end):
        if not doc.text[start:stop].rstrip().endswith((".", "!")):
            continue  # a headline or a byline ("Interview by Jahongir Azimov"), not the intro's sentence
        cue = interview_word_at(doc, start, min(stop, found.intro_end))
        if cue is None:
            continue
        beside = sorted((abs(tokens[first].start - cue), k) for k, p in enumerate(untitled)
                        for first, _ in p.mentions if start <= tokens[first].start < stop)
        if beside and (len(beside) == 1 or beside[0][0] < beside[1][0] or beside[0][1] == beside[1][1]):
            return untitled[beside[0][1]]
    return None


# The offices of a state's government and parliament, which a paper of the region names without
# the state: a body's head or director (رئيس الهيئة, مدير أمن الجيزة) is left without it, so
# never "President of Egypt" for the head of a power station.
REGION_ROLES = frozenset({"minister", "deputy_minister", "assistant_minister", "foreign_minister",
                          "head_of_government", "deputy_head_of_government", "member_of_parliament", "speaker"})


def _of_region(person: Person, hit: TitleHit | None, region: str | None, tokens: list[Token],
               lex: Lexicon) -> str | None:
    """The state a report of the region is from, for a minister, a deputy or the head of state
    (الملك, الرئيس with the article; رئيس الهيئة heads a body) of an Arab name: the Kazakh guest
    of an Egyptian paper (داريغا مختاروفا) is not Egypt's."""
    if not region or hit is None or not arab_name(person.name):
        return None
    first = tokens[hit.first].norm
    state_head = hit.entry.role == "head_of_state" and (
        len(hit.entry.words) > 1 or definite(first, lex) or definite_after_clitic(first, lex))
    return region if hit.entry.role in REGION_ROLES or state_head else None


def _speaks(person: Person, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """A person with no title is kept when the article gives them a voice: a reporting verb
    within eight words of one of their mentions (someone quoted in a report speaks for a body)."""
    for first, last in person.mentions:
        line_start = text.rfind("\n", 0, tokens[first].start) + 1
        line_end = text.find("\n", tokens[last].end)
        line_end = len(text) if line_end < 0 else line_end
        before = max(line_start, tokens[max(0, first - 8)].start)
        after = min(line_end, tokens[min(len(tokens) - 1, last + 8)].end)
        if has_verb(text, before, after, lex):
            return True
    return False


def _private(person: Person, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """A voice without a title belongs to a private person when the article says what they
    are: a role of private life just before a mention (a resident, an analyst, a mother:
    ``[officials] private_roles``, a lower-case word or two between, Житель микрорайона
    Олег Крылов; in a cased script up to eight words of the role's complement, a firm's quoted
    name and a number among them), or a clause of private life right after it (``private_clauses``: ", who
    runs a fleet")."""
    roles, clauses = lex.private_roles, lex.private_clauses
    if any(run.private for run in person.runs):
        return True  # a private firm's title in apposition (see _private_clause)
    reach = 3 if lex.name_first else MAX_ROLE_REACH
    for run in person.runs:
        k, quoted = run.first - 1, False
        while k >= 0 and run.first - k <= reach and "\n" not in text[tokens[k].end:tokens[k + 1].start]:
            if tokens[k].norm in roles or tokens[k].norm in lex.private_bodies:
                return True  # a private role, or the head of a private firm (ЖШС директоры)
            gap = set(text[tokens[k].end:tokens[k + 1].start].strip(" \u00a0"))
            if not gap <= (set() if lex.name_first else _COMPLEMENT_MARKS):
                break  # a comma: the role is someone else's
            quoted = quoted or bool(gap & _CLOSING_MARKS)
            if tokens[k].capitalized and not quoted:
                break  # another name: the role is someone else's
            if k and set(text[tokens[k - 1].end:tokens[k].start]) & _OPENING_MARKS:
                quoted = False  # the quoted name of the role's firm began here
            k -= 1
        after = tuple(t.norm for t in tokens[run.last + 1:run.last + 4])
        if any(after[:len(c)] == c for c in clauses) or _private_apposition(run, tokens, text, roles):
            return True
    return False


MAX_ROLE_REACH = 8  # words back from a name to its private role, over the role's complement
# The role's complement may hold a firm's quoted name and a number (главный экономист компании
# «Горизонт Капитал» NAME, мама ученика школы № 69 NAME): the marks that may stand between its words.
_OPENING_MARKS = frozenset("«“\"")
_CLOSING_MARKS = frozenset("»”\"")
_COMPLEMENT_MARKS = _OPENING_MARKS | _CLOSING_MARKS | frozenset("№# 0123456789")


def _private_apposition(run: NameRun, tokens: list[Token], text: str, roles: frozenset[str]) -> bool:
    """``Timur Akhmetov, an analyst at ...``, ``Гульнара Жумабекова, 52-летняя учительница``: a
    comma, a few lower-case words (an article, an age, "retired"), then a role of private life."""
    k = run.last + 1
    if k >= len(tokens) or _words_of_age(text[tokens[run.last].end:tokens[k].start]).strip() not in (",", "\u060c"):
        return False
    for j in range(k, min(len(tokens), k + 6)):
        if j > k and _words_of_age(text[tokens[j - 1].end:tokens[j].start]).strip():
            return False  # the apposition ended
        if tokens[j].norm in roles:
            return True
        if tokens[j].capitalized:
            return False
    return False


def _governed_apposition(title: TitleHit, run: NameRun, tokens: list[Token], lex: Lexicon) -> bool:
    """In a language whose titles decline, a title after the comma in an oblique case with a
    word before it (``Марат НУРКЕНОВ, однофамилец главы города``, ``..., помощник министра``) is
    the complement of that word, the office of someone else, not the name's apposition."""
    if not lex.feminine_oblique or title.first <= run.last + 1:
        return False
    return tokens[title.first].norm != title.entry.words[0] and not tokens[title.first - 1].capitalized


MAX_APPOSITION = 10  # words of a title in apposition after a name, to its clause's end


def _private_clause(title: TitleHit, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """A title in apposition after a name whose clause, up to its comma or stop, holds a role of
    private life or a private firm's word (``Sanzhar Kuanyshev, chief economist at Halyk
    Finance``, ``Jasur Sobirov, head of research at the Tashkent brokerage ...``): the title is
    a firm's, no public office."""
    words = lex.private_roles | lex.private_bodies
    for k in range(title.first, min(len(tokens), title.first + MAX_APPOSITION)):
        if k > title.first and set(text[tokens[k - 1].end:tokens[k].start]) & _CLAUSE_ENDS:
            return False
        if tokens[k].norm in words:
            return True
    return False


_CLAUSE_ENDS = frozenset(",.;:!?()\n\u060c\"“”«»")


def _words_of_age(gap: str) -> str:
    """The gap between two words without the digits and hyphens of an age (", 52-", " 47-")."""
    return gap.rstrip("-").rstrip("0123456789") if gap.endswith("-") else gap


def _name_runs(tokens: list[Token], text: str, lex: Lexicon, titles: list[TitleHit],
               title_tokens: set[int]) -> list[NameRun]:
    if lex.name_first:
        runs = uncased_runs(tokens, text, lex, titles)
        taken = {i for r in runs for i in range(r.first, r.last + 1)}
        runs += [r for r in table_runs(tokens, text, lex) if r.first not in taken and r.last not in taken]
        return sorted(runs, key=lambda r: r.first)
    runs = cased_runs(tokens, text, lex, title_tokens)
    by_last = {h.last: h for h in titles}
    by_first = {h.first: h for h in titles}
    runs = [run for run in runs if after_connector(run, tokens, lex) or _person_after_and(run, tokens, text, lex)]
    runs = [run for run in runs if not named_after(run, tokens, lex)]
    names = {i for r in runs for i in range(r.first, r.last + 1)}
    for run in runs:
        before = title_before(_past_honorifics(run, tokens, text, lex), tokens, text, lex, by_last, names)
        if before is not None and _inflected_before_comma(before, run, tokens, text):
            before = None
        after = None if before else title_after(run, tokens, text, by_first, lex)
        if after is not None and plural_title(after, tokens, lex):
            after = None  # "Ержан Болатович, ... министры ...": several people, no apposition
        if after is not None and _governed_apposition(after, run, tokens, lex):
            after = None  # "Марат НУРКЕНОВ, однофамилец главы города": the title is another's
        if after is not None and _private_clause(after, tokens, text, lex):
            after, run.private = None, True  # the head or economist of a private firm: no office
        run.title = before or after
    return runs


def _past_honorifics(run: NameRun, tokens: list[Token], text: str, lex: Lexicon) -> NameRun:
    """The run's title is looked for before the honorifics written small right before it
    (``Әмір шейх Мишаль ...``, ``мемлекеттік хатшысы доктор Халид ...``)."""
    k = run.first
    while k > 0 and tokens[k - 1].norm in lex.honorifics and not tokens[k - 1].capitalized \
            and joined(text, tokens[k - 1], tokens[k]):
        k -= 1
    return run if k == run.first else NameRun(k, run.last, words=run.words)


def _inflected_before_comma(title: TitleHit, run: NameRun, tokens: list[Token], text: str) -> bool:
    """A title in an oblique case, then a comma, then the name (``По словам представителя
    Кремля, Путин и Токаев ...``): the title is another clause's, no apposition of the name;
    one in its own form stays (``the UN Resident Coordinator in Uzbekistan, Kristina Hallberg``)."""
    if run.first < 1 or "," not in text[tokens[run.first - 1].end:tokens[run.first].start]:
        return False  # the comma right before the name (not one between two titles of a chain)
    return tokens[title.first].norm != title.entry.words[0] and \
        not tokens[title.first].norm.endswith(title.entry.words[0])  # a clitic before the title (Arabic)


def _person_after_and(run: NameRun, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """Two words after a connector that name a person, not the end of a title: a surname's
    ending on the last word, then a comma and a title in apposition (``... and Aibek
    Turdubayev, head of the regional water authority``)."""
    if not run.words or not any(run.words[-1].lower().endswith(e) for e in lex.person_endings):
        return False
    k = run.last + 1
    if k >= len(tokens) or text[tokens[run.last].end:tokens[k].start].strip() != ",":
        return False
    heads = {e.words[0] for e in lex.titles}
    return any(t.norm in heads for t in tokens[k:k + 3])


def _body_first(titles: list[tuple[TitleHit, int, int]], tokens: list[Token],
                text: str) -> list[tuple[TitleHit, int, int]]:
    """The titles stated for a person, those of the body before one in the headline (the
    first line: ``Дәурен ЖАҚСЫЛЫҚОВ, вице-министр: ...`` is shortened; the body says whose)."""
    first_line = text.lstrip().find("\n") + len(text) - len(text.lstrip())
    if len(titles) < 2 or first_line < 0 or tokens[titles[0][1]].start > first_line:
        return titles
    return [t for t in titles if tokens[t[1]].start > first_line] + \
        [t for t in titles if tokens[t[1]].start <= first_line]


def _official(person: Person, tokens: list[Token], text: str, lex: Lexicon, dateline: str | None,
              named: frozenset[int], style: str | None = None, region: str | None = None,
              report: Callable[[], str | None] | None = None) -> Official:
    title = None
    stated = _body_first(person.titles, tokens, text) or person.referred_as
    hit = stated[0][0] if stated else None
    dateline = dateline or _of_region(person, hit, region, tokens, lex)
    country = official_country(person.country, person.name, hit, lex, dateline, tokens, text, named, report)
    title_en = table_title(person.name, country)  # a leader named in passing, without a title
    if stated:
        hit, start, end_token = stated[0]
        begin = tokens[start].start + clitic_length(tokens[start].norm, hit.entry.words[0], lex)
        title = text[begin:tokens[end_token].end].rstrip(" ,،")
        title_en = title_in_english(hit, tokens[start:end_token + 1], tokens, text, lex, country, named)
        title_en, country = with_posting(title_en, [h for h, _, _ in (*person.titles, *person.referred_as)],
                                tokens, text, country, lex, named, dateline)
    kinds: dict[tuple[int, int], str] = {}
    for a, b in person.mentions:  # the first kind recorded for a span wins (a name before a title)
        kinds.setdefault((tokens[a].start, tokens[b].end), person.kinds.get((a, b), MENTION_NAME))
    name_en = english_name(person.name, lex.language, country or style)
    by_rule = script_of(person.name) != "latin" and not name_listed(person.name)  # a reading to check
    return Official(
        name=without_patronymic(person.name),  # Ләззат Серікқызы Жұмағалиева: Ләззат Жұмағалиева
        name_en=name_en,
        name_en_by_rule=by_rule,
        title=title,
        title_en=user_title(name_en) or title_en,
        organisation=country,
        mentions=[Mention(s, e, text[s:e], kind) for (s, e), kind in sorted(kinds.items())],
    )
