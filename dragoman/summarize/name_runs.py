"""Finding person names in the token stream and reducing them to their base form.

Cased scripts (Cyrillic, Latin): a name is a run of capitalised words with evidence that it
is a person (a title beside it, the name table, a surname ending, a Chinese name, a reporting
verb). Arabic has no capitals: a name is the words after a title (and its country), or a
variant from the name table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .gazetteer import is_place
from .lexicon import (
    Lexicon,
    country_of,
    definite_after_clitic,
    endings_in,
    is_listed,
    morphology_of,
    phrase_edges,
    strip_clitic,
)
from .lexicon import definite as is_definite
from .names import table_first_words, table_name
from .romanize import chinese_pinyin, given_name_word, is_chinese_given_name, script_of
from .tokens import TitleHit, Token, joined, joined_in_name, phrase_at
from .words import normalize

MAX_NAME_WORDS = 4
MAX_ARABIC_NAME_WORDS = 8  # محمد بن عبدالرحمن بن جاسم آل ثاني: given name, two fathers, the family


@dataclass
class NameRun:
    first: int  # token indices, inclusive
    last: int
    title: TitleHit | None = None  # the title stated beside the name
    words: list[str] = field(default_factory=list)  # the words as written
    voiced: bool = False  # a reporting verb and a private role around it vouch for a person (Arabic)
    private: bool = False  # the title after it is a private firm's (", chief economist at Halyk Finance")


def is_chinese(words: list[str]) -> bool:
    return len(words) >= 2 and chinese_pinyin(words, script_of(" ".join(words))) is not None


def _is_name_word(token: Token, lex: Lexicon, title_tokens: set[int], text: str = "") -> bool:
    if token.index in title_tokens or not (token.capitalized or _article_before_capital(token, lex)):
        return False
    if len(token.text) == 1:  # an initial: "A. Smith", "Л.Н. Гумилев"
        return text[token.end:token.end + 1] == "."
    return (not token.all_caps and not is_listed(token.norm, lex.not_names, lex)
            and token.norm not in lex.title_gap_words and country_of(token.norm, lex) is None)


def _article_before_capital(token: Token, lex: Lexicon) -> bool:
    """A joiner in lower case with a hyphen before a capital (``әл-Яхья``, ``al-Sabah``): the
    family name of an Arab name, whose article a cased script writes small."""
    head, hyphen, rest = token.text.partition("-")
    return bool(hyphen) and rest[:1].isupper() and head.lower() in lex.name_joiners and head.islower()


def _chinese_syllable(token: Token, nxt: Token) -> bool:
    """A one-letter given name without a dot after a Chinese surname (Ван И, Wang Yi)."""
    return len(nxt.text) == 1 and nxt.capitalized and token.capitalized and is_chinese([token.text, nxt.text])


def cased_runs(tokens: list[Token], text: str, lex: Lexicon, title_tokens: set[int]) -> list[NameRun]:
    """Runs of capitalised words (1..4) that are not titles, countries or listed non-names;
    a word followed by a region word (``Павлодарской области``) names a place."""
    title_tokens = set(title_tokens)
    for token in tokens:
        if any(text.startswith(abbr, token.start) or text.endswith(abbr, 0, token.end + 1)
               for abbr in lex.abbreviations):
            title_tokens.add(token.index)
    for k in range(len(tokens) - 1):
        gap = tokens[k + 1]
        if gap.norm in lex.title_gap_words and not gap.capitalized \
                and joined(text, tokens[k], gap) and gap.norm.isalpha() and len(gap.norm) > 3:
            title_tokens.add(k)
    title_tokens |= _country_name_words(tokens, text, lex)
    tokens = _capitals_surnames(tokens, text, lex, title_tokens)
    runs, i = [], 0
    while i < len(tokens):
        if not _is_name_word(tokens[i], lex, title_tokens, text):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and j - i + 1 < MAX_NAME_WORDS + 2:
            nxt = tokens[j + 1]
            if (_is_name_word(nxt, lex, title_tokens, text) or _chinese_syllable(tokens[j], nxt)) \
                    and joined_in_name(text, tokens[j], nxt):
                j += 1
            elif (nxt.norm in lex.name_joiners and not nxt.capitalized and j + 2 < len(tokens)
                  and joined(text, tokens[j], nxt) and joined(text, nxt, tokens[j + 2])
                  and _is_name_word(tokens[j + 2], lex, title_tokens, text)):
                j += 2  # Faisal bin Thani, Ursula von der Leyen
            else:
                break
        first = i
        if i > 0 and tokens[i - 1].norm in lex.place_prepositions and joined(text, tokens[i - 1], tokens[i]):
            first = i + 1  # в Москве Стефано Беллуцци: the place, then the name
        if first < j and (tokens[first].norm in lex.private_roles
                          or (tokens[first].norm in lex.honorifics and not lex.capitalised_titles)):
            first += 1  # a private role or an honorific opening the sentence (Экономист Арман ..., Farmer
            # Aibek ..., Доктор Халид ...: where titles are written small, its capital is the sentence's)
        if first <= j:
            runs.extend(split_run(tokens[first:j + 1], lex))
        i = j + 1
    return runs


MIN_CAPITALS_SURNAME = 4  # letters: shorter words in capitals are abbreviations (ГУВД, МЧС)


def _capitals_surnames(tokens: list[Token], text: str, lex: Lexicon, title_tokens: set[int]) -> list[Token]:
    """A family name in capitals right after a first name (``Бауыржан НУРКЕНОВ``, as regional
    papers write a person's first mention) is a name word written as such (Нуркенов): a word
    in capitals with a surname's ending after a capitalised name word. The other words of
    capitals (abbreviations, bodies) stay no names."""
    out = None
    for k in range(1, len(tokens)):
        token, before = tokens[k], tokens[k - 1]
        if not token.all_caps or not token.text.isalpha() or len(token.text) < MIN_CAPITALS_SURNAME \
                or not any(token.norm.endswith(e) for e in lex.person_endings) \
                or not joined(text, before, token) or not _is_name_word(before, lex, title_tokens, text) \
                or len(before.text) < 2:
            continue
        out = out or list(tokens)
        out[k] = replace(token, text=token.text[:1] + token.text[1:].lower())
    return out or tokens


def _country_name_words(tokens: list[Token], text: str, lex: Lexicon) -> set[int]:
    """Capitalised words just before a country word that are words of that country's English
    name (*United Arab* Emirates): part of the country, never a person's name."""
    # (only where the article's words are the English name's: in other scripts none match)
    found: set[int] = set()
    for k in range(1, len(tokens)):
        country = country_of(tokens[k].norm, lex)
        if not country:
            continue
        words = set(country.split())
        j = k - 1
        while j >= 0 and tokens[j].text in words and joined(text, tokens[j], tokens[j + 1]):
            found.add(j)
            j -= 1
    return found


def split_run(run: list[Token], lex: Lexicon) -> list[NameRun]:
    """Cut a run of capitalised words into names: a table name, a Chinese name (surname plus
    given name), or words up to the first surname-like or inflected word
    (``Дин Сюэсян | Қасым-Жомарт Тоқаевқа``)."""
    if any((t.norm in lex.name_joiners and not t.capitalized) or _article_before_capital(t, lex) for t in run):
        return [NameRun(run[0].index, run[-1].index, words=[t.text for t in run])]  # an Arab name
    out, i = [], 0
    morphology = morphology_of(lex.morphology)
    while i < len(run):
        body = _title_words_size(run, i, lex)
        if body:  # Minister of Water Resources | Bakyt Toraliev: the words of the title are no name
            i += body
            continue
        known = _table_size(run, i) or _chinese_size(run, i, lex)
        body = 0 if known else _listed_body_size(run, i, lex)
        if body and (len(run) - i - body >= 2 or len(run) - i == body):
            i += body  # a body the profile lists, then the name (Депутат Жогорку Кенеша | Талантбек ...), or no name
            continue
        if not known and len(run) - i >= 3 and len(run[i].text) > MAX_SYLLABLE and (
                (morphology is not None and morphology.not_a_name(run[i].text)) or is_place(run[i].text, lex.language)):
            # the place or body a title governs, then the name (Аким Павлодара | Марат Кусаинов);
            # a place the dictionary lacks and the gazetteer knows (Аким Шымкента | Габит ...)
            i += 1
            continue
        size = known or _initials_size(run, i) or _plain_size(run, i, lex)
        if not known and i + size < len(run) and _binds_next(run[i + size - 1], lex):
            size += 1  # the joiner binds the family name it stands before (Omar Saeed Al | Marri)
        part = run[i:i + size]
        out.append(NameRun(part[0].index, part[-1].index, words=[t.text for t in part]))
        i += size
    if len(out) > 1 and _genitive_body(out[0], out[1], lex):
        out = out[1:]
    return out


def _binds_next(token: Token, lex: Lexicon) -> bool:
    """A capitalised joiner (Al, El, Abu) inside a run of a cased script: it is the first word
    of the family name after it, never the end of a name (Khalid Ibrahim Al Naqbi)."""
    return token.norm in lex.name_joiners and token.capitalized


def _listed_body_size(run: list[Token], i: int, lex: Lexicon) -> int:
    """How many words of the run from ``i`` are a body ``[officials.bodies]`` lists in that very
    form (Жогорку Кенеша, Совета Федерации), 0 if none."""
    if not 0 <= i < len(run) or run[i].norm not in phrase_edges(lex.bodies)[0]:
        return 0
    return next((len(words) for words, english in lex.bodies  # longest first
                 if "{}" not in english and phrase_at(run, i, words)), 0)  # a place's kind is no body's name


def _genitive_body(first: NameRun, following: NameRun, lex: Lexicon) -> bool:
    """One word in an oblique case right before a name whose family name is in its base form
    is the body the person heads, not a name (``Самрук-Казына | Нурлан Жакупов``)."""
    if not lex.body_after_title or len(first.words) != 1 or len(following.words) < 2:
        return False
    word, family = first.words[0], following.words[-1]
    return (deinflect(word, lex, set()) != word and _surname_like(family, lex)
            and deinflect(family, lex, set()) == family)


def _table_size(run: list[Token], i: int) -> int:
    for size in (3, 2):
        if i + size <= len(run) and table_name(" ".join(t.text for t in run[i:i + size])):
            return size
    return 0


def _chinese_size(run: list[Token], i: int, lex: Lexicon) -> int:
    """Two words of a Chinese name (Си Цзиньпин), three of a Korean one written syllable by
    syllable (Хан Дон Сук, Ли Джэ Мён: a third short word, no case ending on the second)."""
    if i + 1 < len(run):
        words = [run[i].text, chinese_given_name(run[i + 1].text, lex)]
        if is_chinese(words):
            if i + 2 < len(run) and words[1] == run[i + 1].text and len(run[i + 1].text) <= MAX_SYLLABLE \
                    and len(chinese_given_name(run[i + 2].text, lex)) <= MAX_SYLLABLE:
                return 3
            return 2
    return 0


MAX_SYLLABLE = 3  # a Korean name's syllable in Cyrillic (Дон, Сук, Мён)


def _initials_size(run: list[Token], i: int) -> int:
    """``А. Н. Ким``: one or two initials and the surname."""
    k = i
    while k < len(run) and len(run[k].text) == 1:
        k += 1
    return k - i + 1 if i < k < len(run) and k - i <= 2 else 0


def _title_words_size(run: list[Token], i: int, lex: Lexicon) -> int:
    """In a language that capitalises titles, a run too long for one name whose first three
    words hold no surname but a later word is one: the words before its first name belong to
    the title (``Water Resources`` in ``Minister of Water Resources Bakyt Toraliev``)."""
    if not lex.capitalised_titles or len(run) - i <= 3:
        return 0
    if any(_surname_like(t.text, lex) for t in run[i:i + 3]):
        return 0
    later = next((j for j in range(i + 3, len(run)) if _surname_like(run[j].text, lex)), None)
    return later - 1 - i if later is not None else 0


def _surname_like(word: str, lex: Lexicon) -> bool:
    return any(word.lower().endswith(e) for e in lex.person_endings)


def has_initials(words: list[str]) -> bool:
    return len(words) >= 2 and len(words[0]) == 1


def _plain_size(run: list[Token], i: int, lex: Lexicon) -> int:
    for j in range(i, min(len(run), i + 3)):
        word = run[j].text
        stem = deinflect(word, lex, set())
        if stem != word or any(stem.lower().endswith(e) for e in lex.person_endings):
            nxt = run[j + 1].text if j + 1 < min(len(run), i + 3) else ""
            if j == i and stem == word and nxt and _surname_like(nxt, lex) and deinflect(nxt, lex, set()) == nxt:
                return 2  # a first name with a surname's ending, then the surname (Асаин Байханов)
            if stem != word and _same_case(word, nxt, lex) and deinflect(nxt, lex, set()) != nxt:
                return j - i + 2  # first name and surname in the same case (Дариной Есеновой)
            if stem != word and nxt and _surname_like(nxt, lex) and deinflect(nxt, lex, set()) == nxt:
                return j - i + 2  # a woman's first name before a surname in its base form (Валентина Матвиенко)
            if j > i and stem == word and nxt and word.lower().endswith(lex.patronymic_endings) \
                    and _surname_like(deinflect(nxt, lex, set()), lex):
                return j - i + 2  # first name, patronymic, then the family name (Ләззат Серікқызы Жұмағалиева)
            return j - i + 1
    return min(len(run) - i, 3)


def _same_case(word: str, nxt: str, lex: Lexicon) -> bool:
    """Two name words with one case ending: the same last two letters (Дариной Есеновой), or a
    woman's first name and her family name in the nominative (Мадина Абдуллаева)."""
    word, nxt = word.lower(), nxt.lower()
    if nxt[-2:] == word[-2:]:
        return True
    return word[-1:] == nxt[-1:] and any(nxt.endswith(e) for e in lex.feminine_name_endings)


def chinese_given_name(word: str, lex: Lexicon) -> str:
    """A Chinese given name without its case ending (Цзиньпиннің -> Цзиньпин), judged by
    whether what is left splits into Chinese syllables."""
    if is_chinese_given_name(word):
        return word
    for suffix in lex.name_suffixes:
        if word.lower().endswith(suffix) and is_chinese_given_name(word[: -len(suffix)]):
            return word[: -len(suffix)]
    return word


def uncased_runs(tokens: list[Token], text: str, lex: Lexicon, titles: list[TitleHit]) -> list[NameRun]:
    """Arabic: the name words after each title, past its country, its body and a comma."""
    title_tokens = {i for h in titles for i in range(h.first, h.last + 1)}
    runs = _opened_runs(tokens, text, lex, titles, title_tokens)
    opened_at = {r.first for r in runs}
    runs += [r for r in _surnamed_runs(tokens, text, lex, titles, title_tokens) if r.first not in opened_at]
    opened_at = {r.first for r in runs}
    runs += [r for r in _voiced_runs(tokens, text, lex, title_tokens) if r.first not in opened_at]
    verbs = _subject_verbs(lex)
    claimed = {id(r.title) for r in runs}
    opened = {r.first for r in runs}
    inside: set[int] = set()  # tokens of a body's name after a title (جامعة الملك سعود)
    for hit in titles:
        if id(hit) in claimed or hit.first in inside:
            continue
        body_end = _body_name_end(tokens, hit.last + 1, text, lex)
        inside.update(range(hit.last + 1, body_end))
        i = body_end if body_end > hit.last + 1 else \
            _skip_title_complement(tokens, hit.last + 1, lex, title_tokens, text)
        if i == hit.last + 1:  # والي صفاقس الهادي بن حسين, رئيسة بلدية حفوز سلمى ...: the place, then the name
            i += _governs_a_place(hit, tokens, i, text, lex)
        if i in opened:  # الشيخ محمد ... وزير التجارة: the title after the name is the office
            continue
        if i >= len(tokens) or i in title_tokens or "\n" in text[tokens[i - 1].end:tokens[i].start]:
            continue
        gap = text[tokens[i - 1].end:tokens[i].start].strip()
        abbreviation = gap == "." and len(tokens[i - 1].norm) <= 2 and tokens[i - 1].norm in lex.org_words
        if gap not in ("", "،", ",") and not abbreviation:  # "د. فيصل" is a doctor's name
            continue
        while i < len(tokens) - 1 and (tokens[i].norm in lex.name_openers or tokens[i].norm in lex.honorifics) \
                and joined(text, tokens[i], tokens[i + 1]):
            i += 1  # وزير الخارجية معالي ...: the honorific is neither title nor name
        if strip_clitic(tokens[i].norm, lex, verbs) in verbs:
            continue  # وردا على سؤال ... الوزير، أجاب ضاحكا: the title is the verb's subject, no name follows
        end = _arabic_name_end(tokens, i, text, lex, title_tokens)
        if end - i >= 2 or (end > i and (table_name(tokens[i].norm) or _foreign_surname(tokens[i].norm, lex))):
            # one unknown word is a verb, not a name, unless it has a surname's ending (الرئيس ميرزياييف)
            runs.append(NameRun(i, end - 1, title=hit, words=[t.text for t in tokens[i:end]]))
    return runs + _coordinated_counterparts(runs, tokens, text, lex, title_tokens)


COUNTERPART = "counterpart"  # titles.COUNTERPART (titles imports this module)
PLACE_ROLES = frozenset({"governor", "deputy_governor", "mayor"})  # offices of a region or city


def _governs_a_place(hit: TitleHit, tokens: list[Token], i: int, text: str, lex: Lexicon) -> int:
    """A local office without the article (والي, رئيسة بلدية) is in the construct state: the
    word after it is its place, even one without the article the gazetteer does not know
    (صفاقس, حفوز); the name follows the place. Not when that word is a listed given name or
    no name word follows it. The place's length in words: two when its first word is one of the
    profile's ``place_openers`` (رئيس بلدية قصر هلال كمال ...: قصر هلال), else one, or 0."""
    if hit.entry.role not in PLACE_ROLES or is_definite(tokens[hit.last].norm, lex) or i + 1 >= len(tokens):
        return 0
    if tokens[i].norm in lex.place_openers and i + 2 < len(tokens) and joined(text, tokens[hit.last], tokens[i]) \
            and joined(text, tokens[i], tokens[i + 1]) and joined(text, tokens[i + 1], tokens[i + 2]) \
            and _arabic_name_word(tokens[i + 1], lex) \
            and (_arabic_name_word(tokens[i + 2], lex) or _given_before_patronymic(tokens, i + 2, text, lex)):
        return 2
    place, nxt = tokens[i], tokens[i + 1]
    return int(joined(text, tokens[hit.last], place) and joined(text, place, nxt)
               and not is_definite(place.norm, lex) and not given_name_word(place.text)
               and _arabic_name_word(place, lex) and table_name(place.norm) is None
               and (_arabic_name_word(nxt, lex) or _given_before_patronymic(tokens, i + 1, text, lex)))


def _given_before_patronymic(tokens: list[Token], j: int, text: str, lex: Lexicon) -> bool:
    """The word before "son/daughter of" is a given name, even one with the article (الهادي بن
    حسين, الطاهر بن علي)."""
    return j + 1 < len(tokens) and tokens[j + 1].norm in lex.patronymic_joiners \
        and joined(text, tokens[j], tokens[j + 1]) and tokens[j].norm not in lex.name_stops \
        and not country_of(tokens[j].norm, lex) and tokens[j].norm.isalpha()


def _coordinated_counterparts(runs: list[NameRun], tokens: list[Token], text: str, lex: Lexicon,
                              title_tokens: set[int]) -> list[NameRun]:
    """``نظيريه الكازاخستاني سانجار أبيلوف والقرغيزي بكتور جومابايف``: after a counterpart's
    name, و glued to a country's adjective opens the next counterpart's name (that word is
    their title's country)."""
    found: list[NameRun] = []
    for run in runs:
        while run.title is not None and run.title.entry.role == COUNTERPART and run.title.first < run.first:
            k = run.last + 1
            if k + 1 >= len(tokens) or not joined(text, tokens[run.last], tokens[k]) \
                    or not joined(text, tokens[k], tokens[k + 1]) or k in title_tokens:
                break
            conjunction = next((c for c in lex.coordinators if tokens[k].norm.startswith(c)), None)
            if conjunction is None or not country_of(tokens[k].norm[len(conjunction):], lex):
                break
            end = _arabic_name_end(tokens, k + 1, text, lex, title_tokens)
            if end - (k + 1) < 2:
                break
            run = NameRun(k + 1, end - 1, title=TitleHit(k, k, run.title.entry),
                          words=[t.text for t in tokens[k + 1:end]])
            found.append(run)
    return found


def _opened_runs(tokens: list[Token], text: str, lex: Lexicon, titles: list[TitleHit],
                 title_tokens: set[int]) -> list[NameRun]:
    """Arabic: an honorific, a reporting verb or a verb whose subject follows it (the profile's
    gendered verbs: استقبل, التقت), a name, then its title (معالي سهيل المزروعي وزير الطاقة,
    وأوضح نورلان ييرميكباييف الأمين العام, التقت هالة الشناوي وزيرة ...): the name between,
    when a title follows it at once (after a comma at most)."""
    by_first = {h.first: h for h in titles}
    verbs = _subject_verbs(lex)
    runs = []
    titled = lex.name_openers | lex.honorifics
    for k, token in enumerate(tokens[:-1]):
        opener = token.norm in lex.name_openers or strip_clitic(token.norm, lex, verbs) in verbs \
            or (token.norm not in titled and strip_clitic(token.norm, lex, titled) in titled)  # بالسيدة
        if not opener or not joined(text, token, tokens[k + 1]):
            continue
        first = k + 1
        while first < len(tokens) - 1 and (tokens[first].norm in lex.honorifics
                                           or tokens[first].norm in lex.name_openers):
            first += 1  # سعادة السيد, معالي الشيخ: a second honorific
        end = _arabic_name_end(tokens, first, text, lex, title_tokens)
        hit = by_first.get(end) if end < len(tokens) else None
        if hit is None or hit.entry.role == COUNTERPART or end - first < 2 \
                or text[tokens[end - 1].end:tokens[end].start].strip() not in ("", "،", ","):
            continue  # التقى X نظيره: the counterpart is the one after the title
        runs.append(NameRun(first, end - 1, title=hit, words=[t.text for t in tokens[first:end]]))
    return runs


def _subject_verbs(lex: Lexicon) -> frozenset[str]:
    """Verbs whose subject follows them: the one-word reporting verbs and the gendered verbs."""
    return frozenset(v[0] for v in lex.reporting_verbs if len(v) == 1) | lex.feminine_verbs | lex.masculine_verbs


MAX_VOICED_NAME = 3  # words of a private person's name after a reporting verb (حسن البنا)
ROLE_REACH = 4  # words after the comma in which the apposition names a private role


def _voiced_runs(tokens: list[Token], text: str, lex: Lexicon, title_tokens: set[int]) -> list[NameRun]:
    """Arabic: a reporting verb, a name of two or three words, a comma, then a role of private
    life (``[officials] private_roles``: وقال حسن البنا، الخبير الاقتصادي ...; يقول رستم
    إيسابيكوف، المزارع ...): a voice, with no title."""
    verbs = frozenset(v[0] for v in lex.reporting_verbs if len(v) == 1)
    runs = []
    for k, token in enumerate(tokens[:-1]):
        if strip_clitic(token.norm, lex, verbs) not in verbs or not joined(text, token, tokens[k + 1]):
            continue
        first = k + 1
        role = first  # وقال المواطن جاسم عبد الحسين، ...: the role (and a country's adjective) before the name
        while role < len(tokens) - 1 and (tokens[role].norm in lex.private_roles or
                                          (role > first and country_of(tokens[role].norm, lex))) \
                and joined(text, tokens[role], tokens[role + 1]):
            role += 1
        if role > first:
            end = _arabic_name_end(tokens, role, text, lex, title_tokens)
            if 2 <= end - role <= MAX_VOICED_NAME and not any(i in title_tokens for i in range(role, end)):
                runs.append(NameRun(role, end - 1, words=[t.text for t in tokens[role:end]], voiced=True))
            continue
        end = _arabic_name_end(tokens, first, text, lex, title_tokens)
        if not 2 <= end - first <= MAX_VOICED_NAME or end >= len(tokens) \
                or text[tokens[end - 1].end:tokens[end].start].strip() not in ("،", ","):
            continue
        for j in range(end, min(len(tokens), end + ROLE_REACH)):
            if j > end and not joined(text, tokens[j - 1], tokens[j]):
                break
            if tokens[j].norm in lex.private_roles:
                runs.append(NameRun(first, end - 1, words=[t.text for t in tokens[first:end]], voiced=True))
                break
    return runs


MAX_GIVEN_WORDS = 2  # words before a foreign surname read as its given names (ديلنوزا, قاسم جومارت)


def _surnamed_runs(tokens: list[Token], text: str, lex: Lexicon, titles: list[TitleHit],
                   title_tokens: set[int]) -> list[NameRun]:
    """Arabic: a foreign name whose surname ending vouches for it, then (a comma and) its title,
    with no honorific or verb before it (مع غني بيسيمباييف، وزير التعليم; اليوم رشيد مريدوف،
    نائب رئيس ...): the given names and the surname before the comma."""
    runs = []
    verbs = _subject_verbs(lex)
    for hit in titles:
        last = hit.first - 1
        if hit.entry.role == COUNTERPART:
            continue  # التقى X نظيره: the counterpart is the one after the title
        if last < 1 or text[tokens[last].end:tokens[hit.first].start].strip() not in ("", "،", ",") \
                or "\n" in text[tokens[last].end:tokens[hit.first].start]:
            continue  # a comma or nothing between (زارينا مامبيتوفا رئيسة القسم القنصلي)
        if last in title_tokens or not _foreign_surname(tokens[last].norm, lex) \
                or not _arabic_name_word(tokens[last], lex):
            continue
        first = last
        while first > 0 and last - first < MAX_GIVEN_WORDS and first - 1 not in title_tokens \
                and joined(text, tokens[first - 1], tokens[first]) and _arabic_name_word(tokens[first - 1], lex) \
                and tokens[first - 1].norm not in lex.name_openers and tokens[first - 1].norm not in lex.honorifics \
                and strip_clitic(tokens[first - 1].norm, lex, verbs) not in verbs \
                and (last - first == 0 or given_name_word(tokens[first - 1].text)):
            first -= 1  # not past the verb whose subject the name is (أوضح نورلان ييرميكباييف الأمين العام)
            # A second given name must be a listed one (قاسم جومارت): an unknown word there is
            # more often a verb no list holds (لخص نورلان قاسموف، سفير ...).
        if first < last:  # a lone word is read only after a title (الرئيس ميرزياييف)
            runs.append(NameRun(first, last, title=hit, words=[t.text for t in tokens[first:last + 1]]))
    return runs + _given_named_runs(tokens, text, lex, titles, title_tokens, {r.first for r in runs})


def _given_named_runs(tokens: list[Token], text: str, lex: Lexicon, titles: list[TitleHit],
                      title_tokens: set[int], taken: set[int]) -> list[NameRun]:
    """Arabic: a listed given name and a family name, a comma, then the title, after a verb no
    list holds (أجرى ناصر بوريطة، وزير الشؤون الخارجية ...): the given name vouches for the name
    as a foreign surname's ending does; the family name is the one word before the comma."""
    runs = []
    for hit in titles:
        last = hit.first - 1
        if hit.entry.role == COUNTERPART or last < 1 or last in title_tokens or last in taken \
                or tokens[hit.first].norm != hit.entry.words[0]:
            continue  # a title with a clitic (ونائب وزير) opens the next person's apposition
        gap = text[tokens[last].end:tokens[hit.first].start]
        if gap.strip() not in ("،", ",") or "\n" in gap:
            continue
        family = is_definite(tokens[last].norm, lex) and _family_word(tokens, last - 1, last, lex)
        if not (_arabic_name_word(tokens[last], lex) or family) or not joined(text, tokens[last - 1], tokens[last]):
            continue  # the family name: a name word or one with the article (يوسف الإدريسي)
        first = last
        while first > 0 and last - first < MAX_GIVEN_WORDS and given_name_word(tokens[first - 1].text) \
                and tokens[first - 1].norm not in lex.name_joiners \
                and first - 1 not in title_tokens and _arabic_name_word(tokens[first - 1], lex) \
                and (first == last or joined(text, tokens[first - 1], tokens[first])):
            first -= 1
        before = text[tokens[first - 1].end:tokens[first].start] if first > 0 else ""
        if "،" in before or "," in before:
            continue  # وزير الفلاحة ...، سمير بوزيد، ونائب ...: the name is the earlier title's
        if first > 0 and tokens[first - 1].norm in lex.name_joiners:
            continue  # سارة بنت يوسف الأميري: the tail of a longer name the other rules read
        if first < last and first not in taken:
            runs.append(NameRun(first, last, title=hit, words=[t.text for t in tokens[first:last + 1]]))
    return runs


def _body_name_end(tokens: list[Token], i: int, text: str, lex: Lexicon) -> int:
    """A title, then the name of a body (رئيس جامعة الملك سعود الدكتور خالد ..., رئيس اتحاد
    الغرف التجارية سعيد بن حمد ...): when the title is followed by a body word, the person's
    name starts after an honorific, or one word before بن; return that index (``i`` when no
    such name is in reach, so the usual rules apply)."""
    def body(k: int) -> bool:
        if k >= len(tokens):
            return False
        word = tokens[k].norm
        word = word[len(lex.article):] if is_definite(word, lex) else word  # الشركة العامة ...
        return strip_clitic(word, lex, lex.org_words) in lex.org_words
    start = i
    if not body(i) and body(i + 1) and i + 1 < len(tokens) and joined(text, tokens[i], tokens[i + 1]):
        start = i + 1  # one word that qualifies the title first (مديرة عام الشركة العامة ... المهندسة رنا)
    elif not body(i):
        return _honorific_after_body(tokens, i, text, lex)
    for k in range(start + 1, min(len(tokens), start + 8)):
        if not joined(text, tokens[k - 1], tokens[k]):
            return i
        if tokens[k].norm in lex.honorifics and k + 1 < len(tokens):
            return k + 1
        if tokens[k].norm in lex.patronymic_joiners and k - 1 > start + 1:
            return k - 1
    return i


BODY_REACH = 5  # words of an unlisted body between a title and the honorific of its holder


def _honorific_after_body(tokens: list[Token], i: int, text: str, lex: Lexicon) -> int:
    """A title, a body no list holds (a plant, a directorate, a guild: رئيس معمل ... الحراري,
    مديرة تربية البصرة), then an honorific: the holder's name starts after the honorific, as
    after a listed body. The words between are joined, with no stop word, verb or number among
    them; ``i`` when no honorific is in reach."""
    verbs = _subject_verbs(lex)
    for k in range(i, min(len(tokens) - 1, i + BODY_REACH + 1)):
        if k > i and not joined(text, tokens[k - 1], tokens[k]):
            return i
        word = tokens[k].norm
        if word in lex.honorifics:
            return k + 1 if k > i and joined(text, tokens[k], tokens[k + 1]) else i
        if word in lex.name_stops or word in lex.name_openers or _coordinated_stop(word, lex) \
                or strip_clitic(word, lex, verbs) in verbs or not word.isalpha():
            return i
    return i


def _same_line(tokens: list[Token], i: int, count: int, text: str) -> list[Token]:
    """Up to ``count`` - 1 tokens after ``i`` in its line (a headline's words do not reach the dateline)."""
    out = []
    for k in range(i + 1, min(len(tokens), i + count)):
        if "\n" in text[tokens[k - 1].end:tokens[k].start]:
            break
        out.append(tokens[k])
    return out


_SPEECH_MARKS = ":\"«»“”„{}"


def _skip_title_complement(tokens: list[Token], i: int, lex: Lexicon, title_tokens: set[int],
                           text: str) -> int:
    """Past the country and the body that complete a title (الخارجية الصينية, وزارة ...); none
    past a colon or a quote mark right after the title (وتابع القائممقام، "المقاول ترك ...")."""
    start = i
    if 0 < i < len(tokens) and any(c in _SPEECH_MARKS for c in text[tokens[i - 1].end:tokens[i].start]):
        return i
    while i < len(tokens) and i - start < 7 and i not in title_tokens:
        if i > start and not joined(text, tokens[i - 1], tokens[i]):
            break  # not past a colon or a quote mark (وقال الوزير الأذربيجاني: "المرحلة الأولى ...")
        word = tokens[i].norm
        definite = (_definite(tokens[i], lex) or definite_after_clitic(word, lex)) and word not in lex.name_stops
        linked = word in lex.title_gap_words and (any(  # لدى المملكة العربية السعودية
            country_of(t.norm, lex) for t in _same_line(tokens, i, 4, text)) or (  # لدى المملكة (the host)
            i + 1 < len(tokens) and is_definite(tokens[i + 1].norm, lex) and tokens[i + 1].norm not in lex.name_stops)
            or (i + 1 < len(tokens) and is_place(tokens[i + 1].text, lex.language)))
        # (في القاهرة, في دبي: a city the gazetteer knows is where the office is, القنصل العام ... في دبي X)
        body = word in lex.org_words or strip_clitic(word, lex, lex.org_words) in lex.org_words  # لمنظمة
        placed = i > start and tokens[i - 1].norm in lex.title_gap_words \
            and is_place(tokens[i].text, lex.language)
        if not (country_of(word, lex) or body or linked or placed or (definite and not table_name(word))
                or _coordinated_portfolio(tokens, i, lex) or _governed_field(tokens, i, lex)):
            break
        i += 1
        if body and not definite and i < len(tokens) and i not in title_tokens and i - start < 7:
            i += 1  # a body word without the article governs the next word (لشؤون آسيا, إدارة آسيا)
    return i


MIN_FIELD_STEM = 5  # shorter stems after a preposition may be a given name (ليلى, لطيفة)


def _governed_field(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """``لتجارة الحبوب`` after a title: a preposition glued to a noun without the article
    that governs a definite noun (for the trade of grain) is the field of the body, no name."""
    word = tokens[i].norm
    if i + 1 >= len(tokens) or not is_definite(tokens[i + 1].norm, lex) or table_name(word):
        return False
    return any(word.startswith(c) and len(word) - len(c) >= MIN_FIELD_STEM for c in lex.clitic_prepositions)


def _coordinated_portfolio(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """``وزير التجارة والصناعة وترويج الاستثمار``: و and a bare noun that governs a definite
    noun (a construct, وترويج الاستثمار) is one more field of the title, not a name; a name
    never opens with the conjunction."""
    word = tokens[i].norm
    conjunction = next((c for c in lex.coordinators if word.startswith(c)), None)
    if conjunction is None or len(word) - len(conjunction) < 3 or i + 1 >= len(tokens):
        return False
    governed = tokens[i + 1].norm
    return (is_definite(governed, lex) and not table_name(word[len(conjunction):])
            and not table_name(governed) and governed not in lex.name_stops)


def _arabic_name_end(tokens: list[Token], i: int, text: str, lex: Lexicon, title_tokens: set[int]) -> int:
    """Where the name that starts at ``i`` ends: at a stop word, a title, a table name's end,
    after a Chinese name, after a surname ending, or after one definite family name."""
    for size in (6, 5, 4, 3, 2):  # a name the table knows ends where the table says...
        if i + size <= len(tokens) and table_name(" ".join(t.norm for t in tokens[i:i + size])):
            following = tokens[i + size] if i + size < len(tokens) else None
            if following is None or following.norm not in lex.patronymic_joiners \
                    or not joined(text, tokens[i + size - 1], following):
                return i + size
            break  # ...unless a further "son of" follows (فيصل بن فرحان | بن عبدالله)
    j, free = i, 0
    while j < len(tokens) and j - i < MAX_ARABIC_NAME_WORDS and j not in title_tokens:
        if j > i and not joined(text, tokens[j - 1], tokens[j]):
            break
        word, bound = tokens[j].norm, j > i and tokens[j - 1].norm in lex.name_joiners
        if not bound and free == 1 and j == i + 1 and _compound_second(word, lex):
            j += 1  # حسام الدين, نور الدين: one given name in two words; the family's name follows
            continue
        if not bound and not _arabic_name_word(tokens[j], lex) \
                and not (j == i and _given_before_patronymic(tokens, j, text, lex)):
            if free >= 1 and is_definite(word, lex) and _family_word(tokens, i, j, lex):
                if j + 2 < len(tokens) and tokens[j + 1].norm in lex.family_words \
                        and joined(text, tokens[j], tokens[j + 1]) and joined(text, tokens[j + 1], tokens[j + 2]):
                    return j + 3  # ... العبدالله آل ثاني: the ruling family's name closes it
                return _family_chain(tokens, j + 1, text, lex, title_tokens)  # الخليفي; الأحمد الجابر الصباح
            break
        free += 0 if bound or word in lex.name_joiners else 1
        if bound and j == i + 1:
            free += 1  # عبد الحميد opening the name is one given name: a family name may follow (الورتاني)
        j += 1
        if bound and tokens[j - 2].norm in lex.family_words:
            break  # آل نهيان: the family's name is the last word of a name
        if free >= 2 and (is_chinese([t.text for t in tokens[i:j]]) or
                          any(word.endswith(e) for e in lex.person_endings)):
            break
        if free >= 3:
            break
    return j




def _compound_second(word: str, lex: Lexicon) -> bool:
    """The definite word is the second half of a compound given name (الدين of نور الدين): the
    romanization table lists it with its article, and not without it (الكتبي is listed as كتبي,
    a family's name)."""
    return is_definite(word, lex) and given_name_word(word) and not given_name_word(word[len(lex.article):])


MAX_FAMILY_CHAIN = 3  # مشعل الأحمد الجابر الصباح: given name, father, grandfather, the family


MIN_LONE_SURNAME = 6  # a lone word after a title read as a surname by its ending (-ييف, -وف)


def _foreign_surname(word: str, lex: Lexicon) -> bool:
    return len(word) >= MIN_LONE_SURNAME and not is_definite(word, lex) and any(
        word.endswith(e) for e in lex.person_endings)


MIN_PARTICIPLE_SHAPED_SURNAME = 7  # مختاروفا, ماكينوفا; the participles مكشوفا, معروفا are shorter


def _long_foreign_surname(word: str, lex: Lexicon) -> bool:
    """A woman's foreign surname can have a participle's shape (م...ا: مختاروفا): one with a
    surname ending, longer than a participle of that ending, is a name word."""
    return len(word) >= MIN_PARTICIPLE_SHAPED_SURNAME and _foreign_surname(word, lex)


def _family_word(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """The definite word at ``j`` can be the family name of the name opened at ``i``: no stop
    word, country or non-name word; after a "son/daughter of" a feminine-looking one too
    (بنت سالم الحارثية, بن محمد العطية: a feminine noun does not follow a patronymic)."""
    word = tokens[j].norm
    if word in lex.name_stops or country_of(word, lex):
        return False
    if not _looks_no_name(word, lex):
        return True
    return any(tokens[k].norm in lex.patronymic_joiners for k in range(i, j))


def _family_chain(tokens: list[Token], j: int, text: str, lex: Lexicon, title_tokens: set[int]) -> int:
    """Past more definite names after the first (the father's and the family's, in Gulf
    royal names: الأحمد الجابر الصباح), up to a title, a stop word or a country."""
    end = j
    while end < len(tokens) and end - j < MAX_FAMILY_CHAIN - 1 and end not in title_tokens \
            and joined(text, tokens[end - 1], tokens[end]):
        word = tokens[end].norm
        if not is_definite(word, lex) or word in lex.name_stops or country_of(word, lex) \
                or definite_after_clitic(word, lex) or _looks_no_name(word, lex) \
                or table_name(word) is None and _title_word(word, lex):
            break
        end += 1
    return end


def _looks_no_name(word: str, lex: Lexicon) -> bool:
    """A family-name place holds a word of a shape no name has (a definite feminine noun,
    الشراكة), unless it has the shape of a family's name (``family_name_patterns``: the
    tribal plural الخصاونة, المعايطة)."""
    return any(p.fullmatch(word) for p in lex.not_name_patterns) and \
        not any(p.fullmatch(word) for p in lex.family_name_patterns)


def _title_word(word: str, lex: Lexicon) -> bool:
    return any(word == t.words[0] for t in lex.titles)


def _arabic_name_word(token: Token, lex: Lexicon) -> bool:
    word = token.norm
    if word in lex.family_words:
        return True  # آل (the ruling family) reads like the article once normalised, yet binds a name
    if word in lex.name_stops or country_of(word, lex) or len(word) < 2 or _coordinated_stop(word, lex) \
            or word in lex.title_honorifics:
        return False
    if any(p.fullmatch(word) for p in lex.not_name_patterns) and not _long_foreign_surname(word, lex):
        return False  # e.g. an active participle in the accusative: مؤكدا, مستحضرا
    if definite_after_clitic(word, lex):
        return False  # a noun with a preposition and the article: بالدعوة, للأمم
    return not (_definite(token, lex) and not table_name(word))


def _coordinated_stop(word: str, lex: Lexicon) -> bool:
    """A stop word with the conjunction glued to it (ويؤكد: "and stresses"), no name word."""
    return any(word.startswith(c) and word[len(c):] in lex.name_stops for c in lex.coordinators)


def _definite(token: Token, lex: Lexicon) -> bool:
    """The word has the definite article as written: a first letter that normalising changes
    (a hamza on the alif: ألما, أليبيك) opens a name, not the article."""
    return is_definite(token.norm, lex) and normalize(token.text[:1]) == token.text[:1]


def table_runs(tokens: list[Token], text: str, lex: Lexicon) -> list[NameRun]:
    """Two- and three-word sequences that the name table knows (clitics allowed on the first)."""
    runs = []
    firsts = table_first_words()
    for i in range(len(tokens)):
        norm = tokens[i].norm
        if norm not in firsts and not any(norm.startswith(c) and norm[len(c):] in firsts for c in lex.clitics):
            continue
        for size in (6, 5, 4, 3, 2):
            if i + size > len(tokens):
                continue
            window = tokens[i:i + size]
            if not all(joined(text, a, b) for a, b in zip(window, window[1:])):
                continue
            words = [t.norm for t in window]
            first = words[0]
            for clitic in ("",) + lex.clitics:
                if clitic and not first.startswith(clitic):
                    continue
                candidate = [first[len(clitic):]] + words[1:]
                if table_name(" ".join(candidate)):
                    runs.append(NameRun(i, i + size - 1, words=[t.text for t in window]))
                    if clitic:
                        runs[-1].words[0] = runs[-1].words[0][len(clitic):]
                    break
            else:
                continue
            break
    return runs


def deinflect(word: str, lex: Lexicon, attested: set[str], feminine: bool = False) -> str:
    """The base form of one name word: the word without a listed suffix when that stem is
    seen bare in the article or looks like a surname; a woman's surname keeps its -а
    (``Нургалиева сообщила``) and gets it back from an oblique case (``Захаровой``)."""
    lowered = word.lower()
    if not lex.name_suffixes:
        return word
    for suffix in endings_in(lowered, lex.name_suffixes):
        if len(lowered) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            if stem.lower() in attested:
                return stem
    for suffix in endings_in(lowered, lex.surname_suffixes):
        if len(lowered) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if any(stem.lower().endswith(e) for e in lex.person_endings):
                if suffix in lex.feminine_oblique:
                    return stem + lex.feminine_surname_ending
                if suffix == lex.feminine_surname_ending and (
                        feminine or any(stem.lower() + f in attested for f in lex.feminine_oblique)):
                    return word  # a woman's surname in the nominative (Альназарова ... Альназаровой)
                return stem
    for suffix in endings_in(lowered, lex.sure_suffixes):  # an ending no name word has of itself (Мелонимен)
        if len(lowered) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def deinflect_given(word: str, lex: Lexicon, feminine: bool = False) -> str:
    """A first name in the same oblique case as its surname: Сергея -> Сергей, Жээнбеком -> Жээнбек,
    Ольгой -> Ольга."""
    lowered = word.lower()
    if feminine:
        for oblique, base in lex.feminine_given_endings:
            if lowered.endswith(oblique) and len(word) - len(oblique) >= 2:
                return word[: -len(oblique)] + base
        return word
    for oblique, base in lex.given_name_endings:
        if lowered.endswith(oblique):
            return word[: -len(oblique)] + base
    for suffix in endings_in(lowered, lex.name_suffixes):
        stem = word[: -len(suffix)]
        if len(stem) >= 3 and stem[-1].lower() not in lex.vowels:
            return stem
    return word


def surname_span(words: list[str], chinese: bool, lex: Lexicon) -> tuple[int, int]:
    """Which words of a name are the family name: the first for Chinese names, else the
    last, with the word binding it (عبد الرحمن, bin Farhan)."""
    if chinese:
        return 0, 1
    last = len(words) - 1
    if last >= 1 and words[last - 1].lower() in lex.name_joiners:
        return last - 1, last + 1
    return last, last + 1
