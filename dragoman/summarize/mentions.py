"""Mentions beyond the full name: the family name alone (inflected, with clitics) and a
title alone (``Мемлекет басшысы``, ``the minister``) when only one person fits it."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from dragoman.article.analysis import MENTION_FAMILY, MENTION_TITLE

from .lexicon import Lexicon, country_of, is_listed, morphology_of, strip_clitic
from .names import table_country, table_role
from .persons import Person, person_gender, verb_gender_before
from .titles import dateline_country, reference_country, title_start, trailing_country
from .tokens import TitleHit, Token, base_forms


def surname_mentions(people: list[Person], tokens: list[Token], lex: Lexicon) -> None:
    """Family name alone (inflected, with clitics) where no longer mention covers it; of two
    people with one family name, the one the verb's gender allows, named last before it."""
    covered = _covered(people)
    by_form: dict[str, list[int]] = {}  # base form -> tokens that may be a form of it
    for token in tokens:
        if lex.name_first or token.capitalized:
            for form in base_forms(token.norm, lex):
                by_form.setdefault(form, []).append(token.index)
    by_family: dict[tuple[str, ...], list[Person]] = {}
    spelt: dict[tuple[str, ...], set[tuple[str, ...]]] = {}  # family name -> the full names that have it
    for person in people:
        spelt.setdefault(person.family(lex), set()).add(tuple(person.words))
        if len(person.words) >= 2:
            by_family.setdefault(person.family(lex), []).append(person)
    for family, owners in by_family.items():
        for first in by_form.get(family[0], ()):
            last = first + len(family) - 1
            if last >= len(tokens) or any(k in covered for k in range(first, last + 1)):
                continue
            if all(tokens[first + k].norm == w for k, w in enumerate(family) if k):
                owner = owners[0] if len(spelt[family]) == 1 else _namesake(owners, first, tokens, lex)
                if owner is not None:
                    owner.mention(first, last, MENTION_FAMILY)
                    covered.update(range(first, last + 1))


def namesake_mentions(people: list[Person], tokens: list[Token], text: str, lex: Lexicon) -> None:
    """A bare family name two officials share, which no gender told apart (surname_mentions),
    after the title-only references are known: the namesake the report referred to last, by
    name, initials or title, in the same paragraph or the one before (``Кездесу соңында аудан
    әкімі ...`` | ``– ..., – деді Сәтімбеков``: the akim, not his namesake the department head);
    none when neither or both are referred to there."""
    if lex.name_first or lex.capitalised_titles:
        return  # (Arabic's namesakes are told apart by the verb's gender, surname_mentions; in
        # English a sentence's capitalised opener may start a third "namesake", Later Daniyar Omarov)
    covered = _covered(people)
    by_family: dict[str, list[Person]] = {}
    for person in people:
        if len(person.words) >= 2 and len(person.family(lex)) == 1:
            by_family.setdefault(person.family(lex)[0], []).append(person)
    shared = {family: owners for family, owners in by_family.items()
              if len({tuple(p.words) for p in owners}) > 1}
    if not shared:
        return
    for token in tokens:
        if token.index in covered or not (lex.name_first or token.capitalized):
            continue
        owners = next((o for f, o in shared.items() if f in base_forms(token.norm, lex)), None)
        if owners is None:
            continue
        reach = _paragraph_before_start(text, token.start)
        latest = [(max(a for a, _ in p.mentions if a < token.index and tokens[a].start >= reach), p)
                  for p in owners if any(a < token.index and tokens[a].start >= reach for a, _ in p.mentions)]
        if len(latest) == 1:  # both referred to there: the family name still names neither
            owner = latest[0][1]
            owner.mention(token.index, token.index, MENTION_FAMILY)
            covered.add(token.index)


def _paragraph_before_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding offset ``at`` starts (blank lines skipped)."""
    start = text.rfind("\n", 0, at) + 1
    k = start - 1
    while k > 0 and text[k - 1] == "\n":
        k -= 1  # over blank lines
    return text.rfind("\n", 0, max(k - 1, 0)) + 1 if k > 0 else 0


def _namesake(owners: list[Person], first: int, tokens: list[Token], lex: Lexicon) -> Person | None:
    """Which of several people of one family name a bare family name at ``first`` means: the
    one the honorific right before it addressed before (أوضح المهندس الخوري: the one named
    المهندس إيلي الخوري, not the minister); else the one of the gender the verb before it says
    (وأضافت الأميري: the woman, وأضاف الأميري: the man); else neither (Marat and Yerlan
    Sadykov: "Sadykov said" names nobody for sure)."""
    honorific = _honorific_before(first, tokens, lex)
    if honorific is not None:
        addressed = [p for p in owners if any(run.first > 0 and _honorific_before(run.first, tokens, lex)
                                              == honorific for run in p.runs)]
        if len(addressed) == 1:
            return addressed[0]
    titled = [p for p in owners if _title_word_before(first, p, tokens, lex)]
    if len(titled) == 1:
        return titled[0]  # استهل الوزير الخوري: the minister, not the engineer of the same name
    gender = verb_gender_before(tokens, first, lex)
    if gender is not None:
        allowed = [p for p in owners if person_gender(p, tokens, lex) in (None, gender)]
        if len(allowed) == 1:
            return allowed[0]
    return None


def _title_word_before(first: int, person: Person, tokens: list[Token], lex: Lexicon) -> bool:
    """The word right before token ``first`` is the head of a title the person holds, with the
    article or without (الوزير for وزير الطاقة والمياه), one space between."""
    if first < 1 or tokens[first].start - tokens[first - 1].end > 1 or not person.titles:
        return False
    word = strip_clitic(tokens[first - 1].norm, lex, frozenset())
    bare = word[len(lex.article):] if lex.article and word.startswith(lex.article) else word
    return any(bool(hit.entry.words) and hit.entry.words[0] in (bare, word) for hit, _, _ in person.titles)


def _honorific_before(first: int, tokens: list[Token], lex: Lexicon) -> str | None:
    """The honorific of address or rank right before token ``first``, one space between
    (المهندس, الدكتورة, العميد), if any."""
    if first < 1 or tokens[first].start - tokens[first - 1].end > 1:
        return None
    word = tokens[first - 1].norm
    return word if word in lex.honorifics or word in lex.name_openers else None


def honorific_mentions(people: list[Person], tokens: list[Token], text: str, lex: Lexicon) -> None:
    """``Sheikh Faisal``, ``Prince Faisal``: an honorific and a first name that only one
    person in the article has (the way Gulf officials are named on second mention)."""
    covered = _covered(people)
    by_first: dict[str, list[Person]] = {}
    for person in people:
        if len(person.words) > 1 and not person.chinese:
            by_first.setdefault(person.words[0].lower(), []).append(person)
    for left, token in zip(tokens, tokens[1:]):
        if left.norm not in lex.honorifics or token.index in covered:
            continue
        if text[left.end:token.start].strip() not in ("", ".") or "\n" in text[left.end:token.start]:
            continue
        if token.index + 1 < len(tokens) and tokens[token.index + 1].index in covered \
                and not text[token.end:tokens[token.index + 1].start].strip():
            continue  # الدكتور يرلان توختاروف: the full name, its family name already a mention
        owners = by_first.get(token.text.lower(), [])
        if len(owners) == 1:
            owners[0].mention(left.index, token.index, MENTION_FAMILY)
            covered.update((left.index, token.index))
    for token, right in zip(tokens, tokens[1:]):  # Бермет ханым, Асқар мырзаның: the address after the name
        if not is_listed(right.norm, lex.honorifics_after, lex) or {token.index, right.index} & covered:
            continue
        if text[token.end:right.start].strip() or not token.capitalized:
            continue
        owners = by_first.get(token.text.lower(), [])
        if len(owners) == 1:
            owners[0].mention(token.index, right.index, MENTION_FAMILY)
            covered.update((token.index, right.index))


def country_references(people: list[Person], tokens: list[Token], text: str, lex: Lexicon) -> None:
    """A word for an office-holder with a country's adjective beside it (``the Kazakh
    official``, ``المسؤولة الكازاخستانية``): the one official of that country named before,
    of the gender the verb or the word's own form says; none when two fit. A head of state or
    government is called by their office, not "the official", so they are left out."""
    if not lex.reference_words:
        return
    covered = _covered(people)
    known = lex.feminine_words | lex.masculine_words
    genders = {id(p): person_gender(p, tokens, lex) for p in people}
    for token in tokens:
        word = strip_clitic(token.norm, lex, lex.reference_words)
        if word not in lex.reference_words or token.index in covered:
            continue
        span = _country_beside(token.index, tokens, text, lex)
        if span is None or _unnamed(span[0], tokens, text, lex):
            continue  # "a Kazakh official": someone unnamed
        start, end, country = span
        said = strip_clitic(token.norm, lex, known)
        gender = verb_gender_before(tokens, start, lex) or \
            ("f" if said in lex.feminine_words else "m" if said in lex.masculine_words else None)
        fits = [p for p in people if p.titles and any(b < start for _, b in p.mentions)
                and (p.country or table_country(p.name)) == country
                and not all(h.entry.role in HEADS for h, _, _ in p.titles)
                and (gender is None or genders[id(p)] in (None, gender))]
        if len(fits) == 1:
            fits[0].mention(start, end, MENTION_TITLE)
            covered.update(range(start, end + 1))


HEADS = frozenset({"head_of_state", "head_of_government"})


def _covered(people: list[Person]) -> set[int]:
    """The tokens some person's mention already covers (a new mention may not take them)."""
    return {i for p in people for a, b in p.mentions for i in range(a, b + 1)}


def _country_beside(index: int, tokens: list[Token], text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """The reference word at ``index`` with the country adjective right before it (the Kazakh
    official) or, where countries follow titles, right after it (المسؤول الكازاخستاني):
    (first token, last token, country)."""
    k = index + 1 if lex.country_after_title else index - 1
    if not 0 <= k < len(tokens):
        return None
    a, b = min(index, k), max(index, k)
    if text[tokens[a].end:tokens[b].start].strip():
        return None
    country = country_of(tokens[k].norm, lex)
    return (a, b, country) if country else None


def title_only_mentions(people: list[Person], titles: list[TitleHit], tokens: list[Token],
                         lex: Lexicon, text: str,
                         names: set[int]) -> None:
    """A title without a name beside it is a mention when only one person fits it."""
    # Президент Үкімет басшысы Олжас Бектеновке: the nearer office is the person's; the farther one,
    # in its own form, is the sentence's subject, a reference of its own (Президенттің баспасөз
    # хатшысы, in the owner's case, is no reference)
    firsts = [h.first for h in titles]  # titles come in text order: a range of them by bisection
    nearer = {id(h): _nearer_office(h, titles, firsts, tokens, text, b, lex) if _in_own_form(h, tokens) else None
              for p in people for h, _, b in p.titles}
    attached = {id(h) for p in people for h, _, _ in p.titles if nearer[id(h)] is None}
    covered = _covered(people)
    covered |= {i for p in people for h, a, b in p.titles  # inside a stated title
                for i in range(_office_start(h, a, nearer), _stated_end(p, h, b, tokens, text, lex) + 1)}
    held = {id(p): _held_titles(p, titles, firsts, tokens, text, lex) for p in people}
    _counterparts_hold_the_office(people, held)
    held = {k: _distinct_offices(v) for k, v in held.items()}
    dateline: dict[str, str | None] = {}  # worked out when a tie needs it
    stated_by: dict[int, set[str]] = {}  # the words of each person's stated titles, when asked
    stated_after: dict[int, set[str]] = {}  # ... and those a reference may go on over
    genders = {id(p): person_gender(p, tokens, lex) for p in people} if lex.feminine_words else {}
    for hit in titles:
        if id(hit) in attached or hit.first in covered or hit.entry.role == COUNTERPART:
            continue  # "his counterpart" names no office of its own (لنظيره المصري: the subject's)
        start = _on_its_line(title_start(hit, tokens, text, lex, names), hit.first, tokens, text)
        if _unnamed(start, tokens, text, lex) or plural_title(hit, tokens, lex):
            continue  # "An EU official", "Әр әкім", "министры": someone unnamed, every holder, several
        country = reference_country(hit, start, tokens, lex)
        apposed = _apposed_to(people, start, tokens, text) if lex.described_after_name else None
        earlier = [apposed] if apposed is not None else \
            _of_gender(_named_before(people, hit, text, tokens), hit, start, tokens, lex, genders)
        fits = [p for p in earlier if could_be(p, hit, country, lex, held[id(p)])] if apposed is None else earlier
        if not fits:
            loose = [p for p in earlier if could_loosely_be(p, hit, country, lex, held[id(p)])]
            same_role = [p for p in loose if any(_same_role(h, hit) for h in held[id(p)])]
            fits = same_role or loose
        if not fits:  # "the deputy minister" for the one "Deputy Energy Minister" named before
            fits = [p for p in earlier if _words_held(p, hit, tokens, lex, stated_by)]
        if len(fits) > 1 and country:  # someone of the named country beats someone of unknown country
            fits = [p for p in fits if (p.country or table_country(p.name)) == country] or fits
        if len(fits) > 1 and not country:  # a bare office is its holder's, not a counterpart's
            fits = [p for p in fits if not _only_counterpart(p)] or fits
        if len(fits) > 1:
            named = _named_in_paragraph(fits, hit, text, tokens)
            fits = named or (fits if lex.bare_title_home else named)  # none of them there: still a tie
        if len(fits) > 1 and not country and lex.bare_title_home:
            home = dateline.setdefault("country", dateline_country(text, lex))
            fits = [p for p in fits if home and (p.country or table_country(p.name)) == home] or fits
        if len(fits) == 1:
            end = _stated_words_after(fits[0], hit.last + trailing_country(hit, tokens, lex), tokens, text, lex,
                                      nearer, stated_after)
            end += trailing_country(TitleHit(hit.first, end, hit.entry), tokens, lex) if end > hit.last else 0
            end = _in_sentence(hit.last, end, tokens, text)
            start, end = _with_place_kind(start, end, tokens, text, lex)
            while start > 0 and tokens[start - 1].norm in lex.title_honorifics \
                    and not text[tokens[start - 1].end:tokens[start].start].strip():
                start -= 1  # جلالة الملك, سعادة السفير: the honorific of address is part of the reference
            fits[0].mention(start, end, MENTION_TITLE)
            fits[0].referred_as.append((hit, start, end))
    country_references(people, tokens, text, lex)
    honorific_pronoun_mentions(people, tokens, text, lex)


def honorific_pronoun_mentions(people: list[Person], tokens: list[Token], text: str, lex: Lexicon) -> None:
    """An honorific of address with a possessive pronoun (``وقالت معاليها``, ``وقال سموه``:
    "Her Excellency said") stands for the one person named before it whom the article
    addressed with that honorific (معالي الدكتورة ..., صاحب السمو الأمير ...), of the gender
    the pronoun says; when two fit (two guests both سعادة), it names nobody."""
    if not lex.honorific_pronouns:
        return
    stands_for = dict(lex.honorific_pronouns)
    pronouns = frozenset(stands_for)
    covered = _covered(people)
    addressed = {id(p): _addressed_with(p, tokens, text, lex) for p in people}
    genders = {id(p): person_gender(p, tokens, lex) for p in people}
    for token in tokens:
        word = strip_clitic(token.norm, lex, pronouns)
        if word not in stands_for or token.index in covered:
            continue
        gender = "f" if word in lex.feminine_pronouns else "m" if word in lex.masculine_pronouns else None
        fits = [p for p in people if any(at < token.index for at in addressed[id(p)].get(stands_for[word], ()))
                and (gender is None or genders[id(p)] in (None, gender))]
        if len(fits) == 1:
            fits[0].mention(token.index, token.index, MENTION_TITLE)
            covered.add(token.index)


def _addressed_with(person: Person, tokens: list[Token], text: str, lex: Lexicon) -> dict[str, list[int]]:
    """The honorifics of address written right before the person's name or stated title
    (``صاحب السمو الأمير فيصل``: سمو and الأمير), each with the token indices where it stood."""
    openers = lex.name_openers | lex.title_honorifics | lex.honorifics
    found: dict[str, list[int]] = {}
    starts = [a for a, _ in person.mentions] + [a for _, a, _ in person.titles]
    for start in starts:
        k = start - 1
        while k >= 0 and not text[tokens[k].end:tokens[k + 1].start].strip() \
                and "\n" not in text[tokens[k].end:tokens[k + 1].start]:
            word = _without_article(strip_clitic(tokens[k].norm, lex, openers), lex, openers)
            if word not in openers:
                break
            found.setdefault(word, []).append(k)
            k -= 1
    return found


def _without_article(word: str, lex: Lexicon, known: frozenset[str]) -> str:
    """``word`` without the definite article when the rest is a known word (السمو -> سمو)."""
    if lex.article and word not in known and word.startswith(lex.article) and word[len(lex.article):] in known:
        return word[len(lex.article):]
    return word


def _office_start(hit: TitleHit, start: int, nearer: dict[int, TitleHit | None]) -> int:
    """Where the person's own office starts in a title stated from ``start``: at the nearer
    office when the farther title is someone else's."""
    office = nearer.get(id(hit))
    return start if office is None else office.first


def _in_own_form(hit: TitleHit, tokens: list[Token]) -> bool:
    """The title is written as its entry is (not in an owner's or other inflected form)."""
    return tuple(t.norm for t in tokens[hit.first:hit.last + 1]) == hit.entry.words


def _on_its_line(start: int, first: int, tokens: list[Token], text: str) -> int:
    """A reference's start moved to the line of its title (a caption line before it is no part
    of it: "Сурет: ... баспасөз қызметі" then "Кездесу соңында әкім")."""
    while start < first and "\n" in text[tokens[start].end:tokens[first].start]:
        start += 1
    return start


def plural_title(hit: TitleHit, tokens: list[Token], lex: Lexicon) -> bool:
    """The title's head word is a plural (``лидеры``, ``министров``), by the language's dictionary."""
    morphology = morphology_of(lex.morphology)
    return morphology is not None and hasattr(morphology, "plural_only") and \
        morphology.plural_only(tokens[hit.first].text)


def _unnamed(start: int, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """An indefinite word right before the reference (an official, один из министров, әр
    әкім): it means someone the article does not name, or every holder of the office."""
    k = start - 1
    return k >= 0 and tokens[k].norm in lex.indefinite_words and \
        not text[tokens[k].end:tokens[start].start].strip()


@cache
def _place_kinds(lex: Lexicon) -> frozenset[str]:
    """The words of the profile's place kinds (``облысы``, ``области``: bodies whose English
    takes the place's name, "{} Region")."""
    return frozenset(w for words, english in lex.bodies if "{}" in english for w in words)


def _with_place_kind(start: int, end: int, tokens: list[Token], text: str, lex: Lexicon) -> tuple[int, int]:
    """A reference spans the kind of place whose office it names, before the title in its
    bare form (``облыс әкімі``, ``Аудан әкімі``) or after it (``аким города``)."""
    kinds = _place_kinds(lex)
    k = start - 1
    if k >= 0 and not text[tokens[k].end:tokens[start].start].strip() and len(tokens[k].norm) >= 4 \
            and any(kind.startswith(tokens[k].norm) for kind in kinds):
        start = k
    k = end + 1
    if k < len(tokens) and not text[tokens[end].end:tokens[k].start].strip() and tokens[k].norm in kinds:
        end = k
    return start, end


def _counterparts_hold_the_office(people: list[Person], held: dict[int, list[TitleHit]]) -> None:
    """A counterpart holds the office of the person named before them (``Foreign Minister
    Jeyhun Bayramov ... his Kazakh counterpart Yermek Kosherbayev``: a foreign minister too),
    so a reference by that office and the counterpart's country fits them (``the Kazakh minister``)."""
    for person in people:
        for hit, start, _ in person.titles:
            if hit.entry.role != COUNTERPART:
                continue
            before = [(max(b for _, b in p.mentions if b < start), p) for p in people
                      if p is not person and any(b < start for _, b in p.mentions)]
            if before:
                other = max(before, key=lambda pair: pair[0])[1]
                held[id(person)] += [h for h in held[id(other)] if h.entry.role != COUNTERPART]


COUNTERPART = "counterpart"


def _only_counterpart(person: Person) -> bool:
    """The person holds an office only as someone's counterpart (نظيره الكازاخستاني X)."""
    return bool(person.titles) and all(h.entry.role == COUNTERPART for h, _, _ in person.titles)


def _in_sentence(last: int, end: int, tokens: list[Token], text: str) -> int:
    """``end`` cut back to the sentence of token ``last``: a country word after a full stop or a
    line break opens the next sentence (``... глава Минэнерго Казахстана.\n\nКыргызский``)."""
    k = last
    while k < end and not any(c in text[tokens[k].end:tokens[k + 1].start] for c in ".!?\n"):
        k += 1
    return k


def _apposed_to(people: list[Person], start: int, tokens: list[Token], text: str) -> Person | None:
    """Where titles follow names: the person whose name ends right before a title starting at
    ``start`` (nothing but a space or a comma between), whose apposition it is
    (السفير يرلان قاراباييف سفير كازاخستان لدى ...: Karabayev's, not the ambassador named before)."""
    if start < 1:
        return None
    for person in people:
        if any(run.last == start - 1 for run in person.runs) and \
                not text[tokens[start - 1].end:tokens[start].start].strip(" ,\u060c"):
            return person
    return None


def _of_gender(people: list[Person], hit: TitleHit, start: int, tokens: list[Token], lex: Lexicon,
               genders: dict[int, str | None]) -> list[Person]:
    """The people a bare title can mean by gender: the verb right before it (وقالت ...) or the
    title's own form (الوزيرة: a woman, الوزير: a man) says one; a person of the other gender
    is left out."""
    known = lex.feminine_words | lex.masculine_words
    if not known:
        return people
    head = strip_clitic(tokens[hit.first].norm, lex, known)
    said = "f" if head in lex.feminine_words else "m" if head in lex.masculine_words else None
    gender = verb_gender_before(tokens, start, lex) or said  # وقالت المدير: the verb wins over the title's form
    if gender is None:
        return people
    return [p for p in people if genders.get(id(p)) in (None, gender)]


def _stated_words_after(person: Person, end: int, tokens: list[Token], text: str, lex: Lexicon,
                        nearer: dict[int, TitleHit | None], stated_by: dict[int, set[str]]) -> int:
    """The reference goes on over words of a title stated for the person (وزير الكهرباء for
    "وزير الكهرباء والطاقة المتجددة"), stop words aside: where it ends. A title stated after the
    name counts to the end of its clause (شريف فتحي وزير السياحة والآثار: وزير السياحة)."""
    stated = stated_by.get(id(person))
    if stated is None:  # worked out once per person (``stated_by``), the same for each reference
        spans = {(_office_start(h, a, nearer), _stated_end(person, h, b, tokens, text, lex) + 1)
                 for h, a, b in person.titles}  # from the nearer office where the farther is someone else's
        stated = stated_by[id(person)] = {t.norm for a, b in spans for t in tokens[a:b]} - lex.name_stops
    while end + 1 < len(tokens) and tokens[end + 1].norm in stated \
            and not text[tokens[end].end:tokens[end + 1].start].strip():
        end += 1
    return end


def _words_held(person: Person, hit: TitleHit, tokens: list[Token], lex: Lexicon,
                stated_by: dict[int, set[str]]) -> bool:
    """Every word of a bare title is a word of a title the article states for the person
    (inflection aside): ``the deputy minister`` in ``Deputy Energy Minister``,
    ``вице-министр`` in ``Вице-министр энергетики``. Only the head words decide, so a
    deputy never fits a bare "minister" unless that is all the reference says."""
    stated = stated_by.get(id(person))
    if stated is None:  # the same for every reference (``stated_by``: worked out once per person)
        spans = {(a, b) for _, a, b in person.titles}
        stated = {form for a, b in spans for t in tokens[a:b + 1] for form in base_forms(t.norm, lex)}
        stated |= {t.norm for a, b in spans for t in tokens[a:b + 1]}
        stated_by[id(person)] = stated
    words = [t.norm for t in tokens[hit.first:hit.last + 1]]
    if not person.titles or not words:
        return False
    if len(words) == 1 and not any(_same_rank(h, hit) for h, _, _ in person.titles):
        return False
    return all(w in stated or base_forms(w, lex) & stated for w in words)


def _named_before(people: list[Person], hit: TitleHit, text: str, tokens: list[Token]) -> list[Person]:
    """Whom a bare title can mean: news names a person before calling them "the minister", so
    only people already named, except for a headline (the first line, or a line of the lines
    above the first sentence: a kicker, a dateline's time, a standfirst without a full stop)
    and for titles that name one office-holder by themselves (Мемлекет басшысы, the Head of State)."""
    if hit.entry.alone or _in_headlines(text, tokens[hit.first].start):
        return people
    return [p for p in people if p.first_end < hit.first]


def _in_headlines(text: str, at: int) -> bool:
    """Offset ``at`` is in one of the lines an article opens with before its first sentence:
    none of them up to the line of ``at`` ends with a sentence's stop ("10:42 / 01.12.2026",
    "«...»: Deputy Energy Minister on winter supply")."""
    start = 0  # line by line from the top: the first line with a stop, or ``at``'s own line, decides
    while True:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip().endswith((".", "!", "?", "…")):
            return False
        if end >= at or end == len(text):
            return True
        start = end + 1


def _named_in_paragraph(fits: list[Person], hit: TitleHit, text: str, tokens: list[Token]) -> list[Person]:
    """Of several people a bare title fits, the one named earlier in the same paragraph, when
    only one was (``Nurzhigitov reported ... – деп хабарлады министр``)."""
    paragraph = text.rfind("\n", 0, tokens[hit.first].start)
    first = bisect_right(tokens, paragraph, key=lambda t: t.start)  # the paragraph's first token
    return [p for p in fits if p.named_within(first, hit.first)]


def _held_titles(person: Person, titles: list[TitleHit], firsts: list[int], tokens: list[Token], text: str,
                 lex: Lexicon) -> list[TitleHit]:
    """Every title inside what the article states a person is, not only the first
    (``вице-премьер, министр иностранных дел Италии``: both), except a title right beside the
    main one, which says whose office it is (``пресс-секретарь президента``, ``Президенттің
    баспасөз хатшысы``: a press secretary, not a president)."""
    held = [h for h, _, _ in person.titles]
    for main, start, end in person.titles:
        office = _nearer_office(main, titles, firsts, tokens, text, end, lex)
        if office is not None:  # Президент Үкімет басшысы Олжас Бектеновке: the Head of Government
            held[held.index(main)] = office
            continue
        end = _stated_end(person, main, end, tokens, text, lex)
        held += [h for h in _within(titles, firsts, start - 1, end) if h not in held
                 and not _beside(main, h, tokens, text)]
    return held


def _distinct_offices(held: list[TitleHit]) -> list[TitleHit]:
    """One title per office (the first stated): what a reference may mean depends on the office
    only, and a long article states the same one many times over."""
    first: dict[int, TitleHit] = {}
    for hit in held:
        first.setdefault(id(hit.entry), hit)
    return list(first.values())


def _within(titles: list[TitleHit], firsts: list[int], after: int, end: int) -> list[TitleHit]:
    """The titles (in text order, ``firsts`` their first tokens) that start after token ``after``
    and end by token ``end``."""
    found = []
    for k in range(bisect_right(firsts, after), len(titles)):
        if titles[k].first > end:
            break
        if titles[k].last <= end:
            found.append(titles[k])
    return found


def _nearer_office(main: TitleHit, titles: list[TitleHit], firsts: list[int], tokens: list[Token], text: str,
                   end: int, lex: Lexicon) -> TitleHit | None:
    """A title right beside the stated one, nearer the name and written in its own form
    (not an owner's inflected one, ``пресс-секретарь президента``), its portfolio words aside
    (Депутат Денсаулық сақтау министрі ...): that nearer title is the person's office, the
    farther one someone else (the subject of the sentence)."""
    for hit in _within(titles, firsts, main.last, end):
        if ((_in_own_form(hit, tokens) and _beside(main, hit, tokens, text))
                 or _portfolio_between(main, hit, tokens, text, lex)):
            return hit
    return None


def _portfolio_between(main: TitleHit, hit: TitleHit, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """Only a portfolio's words, spaces between, stand between the two titles, where portfolios
    go before titles (Депутат [Денсаулық сақтау] министрі)."""
    if not lex.portfolio_before_title or hit.first - main.last < 2 or \
            text[tokens[main.last].end:tokens[hit.first].start].count(",") or \
            "\n" in text[tokens[main.last].end:tokens[hit.first].start]:
        return False
    words = tuple(t.norm for t in tokens[main.last + 1:hit.first])
    head = tokens[hit.last].norm  # the title's head at most in its compound form (министрі), no case
    return len(head) - len(hit.entry.words[-1]) <= 1 and any(words == portfolio for portfolio, _ in lex.portfolios)


def _stated_end(person: Person, hit: TitleHit, end: int, tokens: list[Token], text: str, lex: Lexicon) -> int:
    """Where a title stated for the person ends: where names come first (Arabic), a title after
    the name runs to the end of its clause (مستشار رئيس مجلس الوزراء المتحدث الرسمي لوزارة ...)."""
    if lex.name_first and any(r.title is hit and r.last < hit.first for r in person.runs):
        return _clause_end(end, tokens, text)
    return end


def _clause_end(end: int, tokens: list[Token], text: str) -> int:
    """The last token of the clause that ``end`` is in (up to a comma, a stop or a line's end)."""
    while end + 1 < len(tokens) and not any(m in text[tokens[end].end:tokens[end + 1].start] for m in ",،.\n"):
        end += 1
    return end


def _beside(main: TitleHit, other: TitleHit, tokens: list[Token], text: str) -> bool:
    """Nothing but a space between the two titles (no comma, no "and")."""
    if other.first > main.last:
        gap = text[tokens[main.last].end:tokens[other.first].start]
    elif other.last < main.first:
        gap = text[tokens[other.last].end:tokens[main.first].start]
    else:
        return False
    return not gap.strip()


def could_be(person: Person, hit: TitleHit, country: str | None, lex: Lexicon,
             held: list[TitleHit] | None = None) -> bool:
    """The person could be the one a title-only reference means (same country, same title);
    ``held``: the titles the article states for them (default: the first of each statement)."""
    held = [h for h, _, _ in person.titles] if held is None else held
    home = person.country or (table_country(person.name) if not person.titles else None) or lex.home_country
    if country and home and country != home:
        return False
    if not person.titles:  # the article states no title: the office the name table lists
        return table_role(person.name) in hit.entry.role.split("|")
    if hit.entry.alone:
        return any(_same_role(h, hit) for h in held)
    # "Президентке" for the one stated as "Мемлекет басшысы": an office named by itself, same role;
    # "Кыргызский премьер" for the one stated as "председатель кабинета министров": a country
    # has one holder of such an office, whatever it is called there
    return any(h.entry.en == hit.entry.en or (h.entry.alone and _same_role(h, hit))
               or (country and hit.entry.role in ONE_PER_COUNTRY and _same_role(h, hit)) for h in held)


# offices a country (or an international body: the UN chief) has one holder of
ONE_PER_COUNTRY = frozenset({"head_of_state", "head_of_government", "organisation_head"})


def could_loosely_be(person: Person, hit: TitleHit, country: str | None, lex: Lexicon,
                     held: list[TitleHit] | None = None) -> bool:
    """A bare generic title (``министр``, ``the minister``) for a more specific one
    (``Energy Minister``), when no one holds the generic title itself."""
    held = [h for h, _, _ in person.titles] if held is None else held
    home = person.country or lex.home_country
    if country and home and country != home:
        return False
    return any(h.entry.en.endswith(" " + hit.entry.en) and _same_rank(h, hit) for h in held)


def _same_rank(held: TitleHit, reference: TitleHit) -> bool:
    """A deputy is not "the minister": a deputy's title only fits a reference to a deputy."""
    return held.entry.role.startswith("deputy") == reference.entry.role.startswith("deputy")


def _same_role(held: TitleHit, reference: TitleHit) -> bool:
    """The title a person holds has the role a reference means; a reference may allow several
    roles, ``|``-separated (``дипломат``: an ambassador, a foreign ministry spokesperson ...)."""
    return held.entry.role in reference.entry.role.split("|")
