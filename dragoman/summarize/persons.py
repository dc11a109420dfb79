"""Grouping name runs into persons: base forms (nominative) of inflected names, one person
per family name, the titles stated beside each run."""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from dragoman.article.analysis import MENTION_FAMILY, MENTION_NAME

from .lexicon import Lexicon, country_of, endings_in, lexicon, morphology_of, strip_clitic, verb_gender
from .name_runs import NameRun, chinese_given_name, deinflect, deinflect_given, has_initials, is_chinese, surname_span
from .names import table_name, table_name_with_initials
from .titles import country_between, title_reach, title_start
from .tokens import TitleHit, Token, base_forms, word_matches
from .words import normalize


@lru_cache(maxsize=4096)
def family_of(words: tuple[str, ...], chinese: bool, language: str) -> tuple[str, ...]:
    """The normalised words of the family name of ``words`` (cached: asked very often)."""
    a, b = surname_span(list(words), chinese, lexicon(language))
    return tuple(normalize(w) for w in words[a:b])


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
    kinds: dict[tuple[int, int], str] = field(default_factory=dict)  # mention -> MENTION_* kind
    first_end: int = sys.maxsize  # the last token of the mention that ends first (named before a token?)
    in_order: list[tuple[int, int]] = field(default_factory=list)  # the mentions sorted (named in a range?)

    def mention(self, first: int, last: int, kind: str) -> None:
        """Record one mention (token range) and how it names the person."""
        self.mentions.append((first, last))
        self.first_end = min(self.first_end, last)
        bisect.insort(self.in_order, (first, last))
        self.kinds.setdefault((first, last), kind)

    def named_within(self, first: int, end: int) -> bool:
        """A mention lies wholly in tokens ``first`` .. ``end - 1``."""
        k = bisect.bisect_left(self.in_order, (first, -1))
        while k < len(self.in_order) and self.in_order[k][0] < end:
            if self.in_order[k][1] < end:
                return True
            k += 1
        return False

    def family(self, lex: Lexicon) -> tuple[str, ...]:
        """The normalised words of the family name."""
        return family_of(tuple(self.words), self.chinese, lex.language)

    @property
    def name(self) -> str:
        """The base form, initials with their dot (a Chinese one-syllable name has none: Ван И)."""
        return " ".join(w + "." if len(w) == 1 and not self.chinese else w for w in self.words)


def base_words(run: NameRun, tokens: list[Token], lex: Lexicon, attested: set[str], text: str) -> list[str]:
    """The name in its base form (nominative): case endings off the surname, and off the
    first names too in languages that inflect them (Russian), a woman's -а kept."""
    words = [tokens[i].text for i in range(run.first, run.last + 1)] if not run.words else list(run.words)
    if lex.name_first:
        return words
    if len(words) >= 2 and is_chinese([words[0], chinese_given_name(words[1], lex)]):
        return [words[0], chinese_given_name(words[1], lex)] + words[2:]
    for suffix in endings_in(words[-1].lower(), lex.name_suffixes):  # the name table knows the name without this ending
        if table_name(" ".join(words[:-1] + [words[-1][: -len(suffix)]])):
            return words[:-1] + [words[-1][: -len(suffix)]]
        # ... or without it on every word (Касым-Жомарта Токаева: a man, though the first name ends in -а)
        bare = [w[: -len(suffix)] if w.lower().endswith(suffix) and len(w) > len(suffix) + 1 else w for w in words]
        if len(words) > 1 and bare != words and all(w.lower().endswith(suffix) for w in words) \
                and table_name(" ".join(bare)):
            return bare
    by_rules = _base_by_rules(run, tokens, lex, attested, words)
    morphology = morphology_of(lex.morphology)
    if morphology is not None and not has_initials(words) and not table_name(" ".join(by_rules)):
        found = morphology.base_name(words)  # the dictionary's reading wins when the name table
        if found and table_name(" ".join(found)):  # confirms it (Шавката Мирзиёева -> Шавкат Мирзиёев)
            return found
        if by_rules == words and after_nominative_title(run, tokens, lex):
            return by_rules  # in the nominative as written, whatever the dictionary reads
        if found and _first_names_by_dictionary(found, by_rules, attested):
            return found  # Абдуллой Ариповым -> Абдулла Арипов, not the rules' Абдулл
        if by_rules == words:  # the rules saw no case ending: a known first name may show one
            return morphology.base_by_first_name(words) or by_rules  # (Эммануэлем Макроном)
    return by_rules


def _first_names_by_dictionary(found: list[str], by_rules: list[str], attested: set[str]) -> bool:
    """The dictionary's base form differs from the rules' only in the first names, both agree
    on the family name, and the rules' first names are not written so elsewhere in the article
    (a name seen in the nominative wins): the dictionary knows the first name's declension
    (a man's name in -а: Мусой -> Муса), which the suffix rules cannot tell."""
    if len(found) != len(by_rules) or len(found) < 2 or normalize(found[-1]) != normalize(by_rules[-1]):
        return False
    firsts = [(f, r) for f, r in zip(found[:-1], by_rules[:-1]) if normalize(f) != normalize(r)]
    return bool(firsts) and not any(r.lower() in attested for _, r in firsts)


def _base_by_rules(run: NameRun, tokens: list[Token], lex: Lexicon, attested: set[str], words: list[str]) -> list[str]:
    """The base form by the profile's suffix rules."""
    if after_nominative_title(run, tokens, lex) and not has_initials(words):
        return list(words)  # the name agrees with its title: nominative as written (not Дилноз Юлдашев)
    feminine = is_feminine(run, tokens, words, lex)
    last = deinflect(words[-1], lex, attested, feminine)
    firsts = words[:-1]
    if last != words[-1] and lex.given_name_endings:
        ending = lex.feminine_surname_ending
        woman = bool(ending) and last.endswith(ending) and not words[-1].endswith(ending)
        firsts = [deinflect_given(w, lex, woman) if len(w) > 1 else w for w in firsts]
    elif lex.given_name_endings and _indeclinable(last, lex):  # с Нарендрой Моди: only the first name declines
        firsts = [deinflect_given(w, lex, True) if w.lower().endswith(lex.feminine_oblique) and len(w) > 4 else w
                  for w in firsts]
    if has_initials(words):  # С. В. Лавров: the table's Сергей Лавров when the initial fits
        return table_name_with_initials(firsts, last) or firsts + [last]
    return firsts + [last]


def _indeclinable(surname: str, lex: Lexicon) -> bool:
    """A surname ending in a vowel that is no case ending of a declined one (Моди, Ито, Таяни)."""
    word = surname.lower()
    return len(word) > 2 and word[-1] in lex.vowels and not word.endswith(lex.feminine_first_name_endings) \
        and not any(word.endswith(s) for s in lex.surname_suffixes)


def after_nominative_title(run: NameRun, tokens: list[Token], lex: Lexicon) -> bool:
    """The name follows its title in the title's base form, in a language whose names decline:
    the name is in the nominative too, as written (прокурор ... Дилноза Юлдашева, not Дилноз)."""
    title = run.title if run.title is not None and run.title.last < run.first else None
    return title is not None and bool(lex.feminine_oblique) and tokens[title.first].norm == title.entry.words[0]


def is_feminine(run: NameRun, tokens: list[Token], words: list[str], lex: Lexicon) -> bool:
    """A woman's name: a first name with a woman's ending (-а/-я), or a verb with a woman's
    ending right after (-ла); the endings are the language profile's."""
    if after_nominative_title(run, tokens, lex):
        return True  # after a title in the nominative, so is the name: -а is a woman's (министр Жулдыз Сулейменова)
    # (an oblique title says less: it may be the complement of a nominative one, Заместитель председателя)
    if len(words) >= 2 and len(words[0]) > 2 and words[0].endswith(lex.feminine_first_name_endings or ("\0",)):
        return True
    nxt = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    return bool(nxt and not nxt.capitalized and lex.feminine_verb_endings
                and nxt.norm.endswith(lex.feminine_verb_endings))


def group(runs: list[NameRun], tokens: list[Token], lex: Lexicon, text: str,
          references: frozenset[int] = frozenset()) -> list[Person]:
    """Merge runs that name the same person (same family name); single words join a person
    already named in full, or start one when a title or the name table vouches for them.
    ``references``: tokens of titles that name a person by themselves (Мемлекет басшысы),
    which no other title as stated reaches into."""
    attested = {t.text.lower() for t in tokens}
    runs = [_without_opener(run, tokens, lex, text) for run in runs]
    _titles_to_the_next_name(runs, tokens, lex)
    names = {i for r in runs for i in range(r.first, r.last + 1)} | references
    people: list[Person] = []
    singles: list[tuple[NameRun, list[str]]] = []
    weak: list[tuple[NameRun, list[str], bool]] = []
    initialled: list[tuple[NameRun, list[str], bool]] = []
    addressing: list[tuple[NameRun, list[str], bool]] = []
    for run in runs:
        words = base_words(run, tokens, lex, attested, text)
        if len(words) == 1:
            singles.append((run, words))
            continue
        chinese = is_chinese(words)
        addressed = _addressed_by_patronymic(people, run, words, lex)
        if addressed is not None:  # — Арсений Викторович, Дана Ерлановна, ...: the one named before
            add_run(addressed, run, tokens, lex, text, names)  # (a woman's -овна is no surname shape)
            continue
        if _patronymic_address(run, words, lex):
            addressing.append((run, words, chinese))  # the one it addresses may be a weak run yet
            continue
        if not (run.title or table_name(" ".join(words)) or chinese or looks_like_surname(words[-1], lex)
                or has_initials(words) or speaks(run, tokens, lex, text) or _attributed(run, tokens, lex, text)
                or run.voiced):
            weak.append((run, words, chinese))
            continue
        if has_initials(run.words) and not lex.name_first and _by_initials(people, run.words, lex) is None:
            initialled.append((run, words, chinese))  # named in full only later (a caption, a letter's
            continue  # signature: Ж.Ермекбаева ... Жанна Ермекбаева, B. Zhetpisov ... Bakhyt Zhetpisov)
        person = (has_initials(run.words) and _by_initials(people, run.words, lex)) or \
            person_for(people, words, chinese, lex, words == run.words)
        add_run(person, run, tokens, lex, text, names)
    for run, words, chinese in initialled:
        person = _by_initials(people, run.words, lex) or person_for(people, words, chinese, lex, words == run.words)
        add_run(person, run, tokens, lex, text, names)
    for run, words, chinese in weak:  # no evidence of its own, but the same name as someone found
        a, b = surname_span(words, chinese, lex)
        family = tuple(normalize(w) for w in words[a:b])
        same = nearest([p for p in people if p.family(lex) == family and p.chinese == chinese
                        and same_given(p.words, words, family)], run)
        if same is not None:
            if has_initials(same.words) and not has_initials(words) and len(words) >= len(same.words):
                same.words = words  # known so far by initials only (С.Кравец): the full name is the name
            add_run(same, run, tokens, lex, text, names)
    for run, words, chinese in addressing:  # "Сергей Николаевич" after "... Сергей Кравец", a name
        addressee = _addressed_by_patronymic(people, run, words, lex)  # with no title of its own
        if addressee is None and (looks_like_surname(words[-1], lex) or speaks(run, tokens, lex, text)
                               or _attributed(run, tokens, lex, text)):
            addressee = person_for(people, words, chinese, lex, words == run.words)
        if addressee is not None:
            add_run(addressee, run, tokens, lex, text, names)
    for run, words in singles:
        forms = base_forms(normalize(words[0]), lex)
        namesakes = [p for p in people if len(p.family(lex)) == 1 and p.family(lex)[0] in forms]
        if len({tuple(p.words) for p in namesakes}) > 1:
            continue  # two officials of one family name: the family name alone names neither
        known = nearest(namesakes, run)
        vouched = run.title and (looks_like_surname(words[0], lex) or lex.capitalised_titles)
        if known is None and (vouched or table_name(words[0])):
            known = Person(words, False)
            people.append(known)
        if known is not None:
            add_run(known, run, tokens, lex, text, names)
    for person in people:
        _womans_surname(person, tokens, lex, text)
    return people


def _addressed_by_patronymic(people: list[Person], run: NameRun, words: list[str], lex: Lexicon) -> Person | None:
    """A first name and a patronymic with no title (``Бақыт Асқарұлы``, ``Арсений Викторович``:
    how an interviewer addresses someone): the one person named before in full with that first
    name and another family name; None when no one or several are."""
    if not _patronymic_address(run, words, lex):
        return None
    first, patronymic = normalize(words[0]), normalize(words[1])
    fits = [p for p in people if len(p.words) >= 2 and normalize(p.words[0]) == first
            and normalize(p.words[-1]) != patronymic and any(m[1] < run.first for m in p.mentions)]
    return fits[0] if len(fits) == 1 else None


def _patronymic_address(run: NameRun, words: list[str], lex: Lexicon) -> bool:
    """A first name and a patronymic, no title beside them: how a person is addressed."""
    if run.title is not None or len(words) != 2 or not lex.patronymic_endings:
        return False
    patronymic = normalize(words[1])
    return any(patronymic.endswith(e) and len(patronymic) > len(e) + 2 for e in lex.patronymic_endings)


def _without_opener(run: NameRun, tokens: list[Token], lex: Lexicon, text: str) -> NameRun:
    """A run that opens its sentence with a word the dictionary knows and never as a name
    (``Позднее Сарсенову принял ...``): the sentence's capital, not the name's; the run
    starts after it."""
    morphology = morphology_of(lex.morphology)
    written = run.words or [t.text for t in tokens[run.first:run.last + 1]]
    if morphology is None or run.last == run.first or has_initials(written) or is_chinese(written):
        return run
    before = text[tokens[run.first - 1].end:tokens[run.first].start] if run.first > 0 else "\n"
    opens = run.first == 0 or "\n" in before or text[:tokens[run.first].start].rstrip().endswith((".", "!", "?"))
    if not opens or not morphology.not_a_name(tokens[run.first].text):
        return run
    return NameRun(run.first + 1, run.last, run.title if run.title is None or run.title.last < run.first
                   or run.title.first > run.last else None, run.words[1:] if run.words else [])


def _titles_to_the_next_name(runs: list[NameRun], tokens: list[Token], lex: Lexicon) -> None:
    """A title between two names that stands right before the second (``In New York,
    Spokesperson Stéphane Dujarric``, ``Earlier, ... Spokeswoman Maria Zakharova``) is the
    second's, not an apposition of the first, where titles go before names. Where titles are
    capitalised (English), "right before" means nothing but honorifics between, and a title
    after a name whose complement ends in a body's capitalised name stays the first name's."""
    if lex.described_after_name:
        return
    # right before: only honorifics between (Director General of Ajman Civil Defence is the
    # first name's office, its complement no title of the capitalised body after it)
    before = {id(r.title) for r in runs if r.title is not None and r.title.last < r.first
              and (not lex.capitalised_titles or all(t.norm in lex.honorifics or t.text in lex.honorifics
                                                     for t in tokens[r.title.last + 1:r.first]))}
    after = {id(r.title) for r in runs if r.title is not None and r.title.first > r.last}
    for run in runs:
        if run.title is not None and run.title.first > run.last and id(run.title) in before:
            run.title = None
        elif lex.capitalised_titles and run.title is not None and run.title.last < run.first \
                and id(run.title) in after and id(run.title) not in before:
            run.title = None  # the apposition's complement ends in a body's capitalised name


def person_gender(person: Person, tokens: list[Token], lex: Lexicon) -> str | None:
    """'f' or 'm' when the article's words say (the profile's ``feminine_words`` and
    ``masculine_words``): the first word of a title stated for them, a word right before one of
    their names (an honorific: السيدة, المهندس), a word of their name (بنت, بن); None when
    nothing says or the words disagree."""
    if not (lex.feminine_words or lex.masculine_words):
        return None
    beside = [tokens[run.first - 1].norm for run in person.runs if run.first > 0]
    beside += [normalize(w) for w in person.words]
    heads = [tokens[start].norm for _, start, _ in person.titles]
    for said in (beside, heads):  # the name's own words first: a woman may hold a title of the
        gender = _gender_of(said, lex)  # masculine form (المهندسة رنا ..., أمين عام الوزارة)
        if gender:
            return gender
    return None


def _gender_of(said: list[str], lex: Lexicon) -> str | None:
    known = lex.feminine_words | lex.masculine_words
    words = {strip_clitic(w, lex, known) for w in said}
    feminine, masculine = bool(words & lex.feminine_words), bool(words & lex.masculine_words)
    return "f" if feminine and not masculine else "m" if masculine and not feminine else None


def verb_gender_before(tokens: list[Token], index: int, lex: Lexicon) -> str | None:
    """The gender the word right before token ``index`` says, as a verb (``lexicon.verb_gender``:
    وأضافت الأميري, сказала Сапарбекова)."""
    return verb_gender(tokens[index - 1].norm, lex) if index >= 1 else None


def _womans_surname(person: Person, tokens: list[Token], lex: Lexicon, text: str) -> None:
    """A surname read as a man's in an oblique case (Сейтжанова -> Сейтжанов) is a woman's in
    the nominative when one of its mentions, so written, is the subject of a woman's verb:
    the verb right after it, or inverted after a quote (``», – отметила Сейтжанова``)."""
    ending = lex.feminine_surname_ending
    if not ending or person.chinese or not person.words or person.words[-1].endswith(ending):
        return
    written = normalize(person.words[-1] + ending)
    for run in person.runs:
        last = tokens[run.last]
        if normalize(last.text) == written and (_womans_verb_after(run, tokens, lex, text)
                                                or _womans_verb_inverted(run, tokens, lex, text)):
            person.words[-1] = last.text
            return


def _womans_verb_after(run: NameRun, tokens: list[Token], lex: Lexicon, text: str) -> bool:
    """A woman's verb right after the name, nothing but a space between (Касенова сообщила)."""
    nxt = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    if nxt is None or nxt.capitalized or not lex.feminine_verb_endings:
        return False
    return not text[tokens[run.last].end:nxt.start].strip() and nxt.norm.endswith(lex.feminine_verb_endings)


MAX_SYLLABLE = 3  # a Korean or Chinese name's syllable may be a common word too (Пак, Су)


def _attributed(run: NameRun, tokens: list[Token], lex: Lexicon, text: str) -> bool:
    """The name closes a quote's attribution: a dash, a reporting verb, the name, the end of
    the sentence (``», – деді Хан Дон Сук.``): a person, whatever their name looks like."""
    if run.first < 1 or not 2 <= run.last - run.first + 1 <= 3:
        return False
    verb = tokens[run.first - 1]
    if (verb.norm,) not in lex.reporting_verbs or verb.capitalized:
        return False
    before = text[tokens[run.first - 2].end if run.first >= 2 else 0:verb.start]
    after = text[tokens[run.last].end:tokens[run.last].end + 1]
    if not any(dash in before for dash in "–—") or after not in (".", ""):
        return False
    words = tokens[run.first:run.last + 1]
    morphology = morphology_of(lex.morphology)  # a body's name says so (Курсив Медиа), a syllable
    return not any(t.norm in lex.org_words or (morphology is not None and len(t.text) > MAX_SYLLABLE  # (Пак Мин Су)
                                               and morphology.not_a_name(t.text)) for t in words)


def _womans_verb_inverted(run: NameRun, tokens: list[Token], lex: Lexicon, text: str) -> bool:
    """A reporting verb of a woman right before the name, after the dash that closes a quote."""
    if run.first < 1 or not lex.feminine_verb_endings:
        return False
    verb = tokens[run.first - 1]
    if not verb.norm.endswith(lex.feminine_verb_endings) or (verb.norm,) not in lex.reporting_verbs:
        return False
    before = text[tokens[run.first - 2].end if run.first >= 2 else 0:verb.start]
    return any(dash in before for dash in "–—")


def _by_initials(people: list[Person], written: list[str], lex: Lexicon) -> Person | None:
    """``Д.Ахметова`` after ``Динара Ахметова``: the person the article has named in full whose
    first name starts with the initial and whose family name the written surname is a form
    of; the article's own person wins over the name table's namesake."""
    initial, surname = normalize(written[0]), normalize(written[-1])
    fits = [p for p in people if len(p.words) >= 2 and len(p.words[0]) > 1
            and normalize(p.words[0]).startswith(initial) and len(p.family(lex)) == 1
            and (surname == p.family(lex)[0] or word_matches(surname, p.family(lex)[0], lex))]
    return fits[-1] if fits else None


def speaks(run: NameRun, tokens: list[Token], lex: Lexicon, text: str = "") -> bool:
    """``John Carter said`` / ``said John Carter``: a two- or three-word name right beside a
    reporting verb, with no word of a body's name (``the Foreign Ministry said`` is not a person)."""
    if not lex.speaker_evidence or not 2 <= run.last - run.first + 1 <= 3:
        return False
    if any(tokens[i].norm in lex.org_words for i in range(run.first, run.last + 1)):
        return False
    before = tokens[run.first - 1].norm if run.first > 0 else ""
    after = tokens[run.last + 1].norm if run.last + 1 < len(tokens) else ""
    # "an economist at ... Caspian Macro Research, said": the end of an apposition, not the speaker
    comma = "," in text[tokens[run.last].end:tokens[run.last + 1].start] if after else False
    verbs = {v[0] for v in lex.reporting_verbs if len(v) == 1}
    if before in verbs or (after in verbs and not comma):
        return True
    if after in lex.relative_pronouns:  # Kadri Simson, who served as ..., said
        return any(t.norm in verbs for t in tokens[run.last + 2:run.last + 17])
    return False


def looks_like_surname(word: str, lex: Lexicon) -> bool:
    return any(normalize(word).endswith(e) for e in lex.person_endings)


def person_for(people: list[Person], words: list[str], chinese: bool, lex: Lexicon,
                as_written: bool = False) -> Person:
    a, b = surname_span(words, chinese, lex)
    family = tuple(normalize(w) for w in words[a:b])
    for person in people:
        if (person.family(lex) == family or _patronymic_prefix(person.words, words, lex)) \
                and person.chinese == chinese and same_given(person.words, words, family):
            if len(words) > len(person.words) or (len(words) == len(person.words) and as_written
                                                  and not person.as_written):
                person.words, person.as_written = words, as_written
            return person
    person = Person(words, chinese, as_written=as_written)
    people.append(person)
    return person


def same_given(known: list[str], words: list[str], family: tuple[str, ...]) -> bool:
    """Two names of one family name may be one person: unless both give a first name in full
    and the first names differ (father and son, two brothers: Гурбангулы | Сердар Бердымухамедов,
    Abdullah | Mohamed bin Zayed Al Nahyan); an inflected first name (Касым-Жомарта) is the same."""
    if len(known) < 2 or len(words) < 2:
        return True
    if len(known[0]) == 1 or len(words[0]) == 1:  # an initial: it must be the first name's (N. | Nurlan)
        return normalize(known[0])[:1] == normalize(words[0])[:1]
    if normalize(known[0]) in family or normalize(words[0]) in family:
        return True  # a Chinese name, or one whose first word is its family name
    first, other = normalize(known[0]), normalize(words[0])
    shared = next((k for k, (x, y) in enumerate(zip(first, other)) if x != y), min(len(first), len(other)))
    return shared >= 3 and shared >= min(len(first), len(other)) - 2


def _patronymic_prefix(known: list[str], words: list[str], lex: Lexicon) -> bool:
    """One name begins the other, through a "son of" (Abdullah bin Zayed | Abdullah bin Zayed
    Al Nahyan, محمد بن زايد | محمد بن زايد آل نهيان): the short form of one person's name."""
    short, long = sorted((known, words), key=len)
    if len(short) < 3 or len(short) == len(long) or not any(w.lower() in lex.name_joiners for w in short[1:]):
        return False
    return [normalize(w) for w in short] == [normalize(w) for w in long[:len(short)]]


def nearest(people: list[Person], run: NameRun) -> Person | None:
    """Of the persons a family-name mention may be, the one named last before it (the first
    when none is named before it)."""
    before = [p for p in people if any(m[0] < run.first for m in p.mentions)]
    if not before:
        return people[0] if people else None
    return max(before, key=lambda p: max(m[0] for m in p.mentions if m[0] < run.first))


def add_run(person: Person, run: NameRun, tokens: list[Token], lex: Lexicon, text: str,
            names: set[int]) -> None:
    person.runs.append(run)
    single = run.last == run.first or has_initials(run.words or [tokens[run.first].text])
    person.mention(run.first, run.last, MENTION_FAMILY if single else MENTION_NAME)
    if run.title:
        start = title_start(run.title, tokens, text, lex, names)
        end = run.first - 1 if run.title.last < run.first else title_reach(run.title, tokens, text, lex, names)
        while end > run.title.last and tokens[end].norm in lex.honorifics:
            end -= 1  # not the honorific before the name (", Dr. Yerbol Sadykov")
        person.titles.append((run.title, start, end))
        if person.country is None:
            person.country = country_between(start, run, tokens, lex) or _clause_country(run, tokens, lex, text)


MAX_TITLE_CLAUSE = 8  # words of a title after a name, its portfolio and body (وزير الاستثمار والصناعة ...)


def _clause_country(run: NameRun, tokens: list[Token], lex: Lexicon, text: str) -> str | None:
    """Where names come first (Arabic), a title after the name names its country at the end of
    its clause (جاسور نعمتوف، وزير الاستثمار والصناعة والتجارة في جمهورية أوزبكستان،)."""
    hit = run.title
    if not lex.name_first or hit is None or hit.first < run.last:
        return None
    for k in range(hit.last + 1, min(len(tokens), hit.last + 1 + MAX_TITLE_CLAUSE)):
        if any(mark in text[tokens[k - 1].end:tokens[k].start] for mark in ",،.\n"):
            return None
        country = country_of(tokens[k].norm, lex)
        if country:
            return country
    return None
