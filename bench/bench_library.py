"""The library at scale: 100,000 generated articles, then search, dossier and open times, size,
and batch throughput.

    PYTHONPATH=. python bench/bench_library.py [--articles 100000] [--batch 40] [--no-batch]

The articles are our own generated text (varied officials in Cyrillic, Arabic and Latin script,
days from 2019 to 2025, outlets in the datelines) with Analysis objects built directly, not by
the pipeline. The built library is cached in bench/generated/ (git-ignored) and reused while the
generator and the schema are unchanged. Goals: search p95 <= 50 ms, dossier p95 <= 200 ms,
opening a stored article p95 <= 100 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GENERATED = ROOT / "bench" / "generated"
GENERATOR_VERSION = 5

from dragoman.article.analysis import Analysis, Mention, Official, Quote, SentenceResult, Summary, TranslationInfo  # noqa: E402
from dragoman.article.model import Article, LanguageGuess, Paragraph, Sentence  # noqa: E402
from dragoman.library import Library  # noqa: E402
from dragoman.library.store import MIGRATIONS  # noqa: E402

# Given names and surnames as (English, Cyrillic, Arabic): 24 x 24 = 576 people.
GIVEN = [("Arman", "Арман", "أرمان"), ("Dana", "Дана", "دانا"), ("Yerlan", "Ерлан", "يرلان"),
         ("Aigerim", "Айгерим", "أيغريم"), ("Nurlan", "Нурлан", "نورلان"), ("Saule", "Сауле", "ساوله"),
         ("Timur", "Тимур", "تيمور"), ("Madina", "Мадина", "مدينة"), ("Karim", "Карим", "كريم"),
         ("Layla", "Лейла", "ليلى"), ("Omar", "Омар", "عمر"), ("Samir", "Самир", "سمير"),
         ("Viktor", "Виктор", "فيكتور"), ("Irina", "Ирина", "إيرينا"), ("Pavel", "Павел", "بافل"),
         ("Olga", "Ольга", "أولغا"), ("Daniyar", "Данияр", "دانيار"), ("Gulnara", "Гульнара", "غولنارا"),
         ("Rustam", "Рустам", "رستم"), ("Zarina", "Зарина", "زارينا"), ("Askar", "Аскар", "عسكر"),
         ("Bolat", "Болат", "بولات"), ("Yusuf", "Юсуф", "يوسف"), ("Salma", "Сальма", "سلمى")]
SURNAMES = [("Abenov", "Абенов", "أبينوف"), ("Karimova", "Каримова", "كريموفا"), ("Sadykov", "Садыков", "صادقوف"),
            ("Ivanov", "Иванов", "إيفانوف"), ("Petrova", "Петрова", "بيتروفا"), ("Nazarov", "Назаров", "نزاروف"),
            ("Haddad", "Хаддад", "حداد"), ("Mansour", "Мансур", "منصور"), ("Khalil", "Халиль", "خليل"),
            ("Suleimenov", "Сулейменов", "سليمينوف"), ("Tulegenova", "Тулегенова", "توليغينوفا"),
            ("Zhakupov", "Жакупов", "جاكوبوف"), ("Orlov", "Орлов", "أورلوف"), ("Volkova", "Волкова", "فولكوفا"),
            ("Rahman", "Рахман", "رحمن"), ("Aziz", "Азиз", "عزيز"), ("Bekov", "Беков", "بيكوف"),
            ("Ermekova", "Ермекова", "إرميكوفا"), ("Smagulov", "Смагулов", "سماغولوف"), ("Fahmy", "Фахми", "فهمي"),
            ("Nasser", "Насер", "ناصر"), ("Kuznetsov", "Кузнецов", "كوزنيتسوف"), ("Omarov", "Омаров", "عمروف"),
            ("Baimukhanova", "Баймуханова", "بايموخانوفا")]
TITLES = [("Minister of Energy", "Энергетика министрі", "министр энергетики", "وزير الطاقة"),
          ("Foreign Minister", "Сыртқы істер министрі", "министр иностранных дел", "وزير الخارجية"),
          ("Akim of the region", "Облыс әкімі", "аким области", "محافظ المنطقة"),
          ("Ambassador", "Елші", "посол", "السفير"),
          ("Minister of Trade", "Сауда министрі", "министр торговли", "وزير التجارة")]
WORDS = {
    "kk": ["ел", "үкімет", "жоба", "сауда", "келісім", "кездесу", "экономика", "энергетика", "көлік", "теміржол",
           "инвестиция", "мұнай", "газ", "ауыл", "шаруашылығы", "білім", "денсаулық", "шекара", "ынтымақтастық",
           "саммит", "баспасөз", "бағдарлама", "зауыт", "жол", "су"],
    "ru": ["страна", "правительство", "проект", "торговля", "соглашение", "встреча", "экономика", "энергетика",
           "транспорт", "железная", "дорога", "инвестиции", "нефть", "газ", "сельское", "хозяйство", "образование",
           "здоровье", "граница", "сотрудничество", "саммит", "программа", "завод", "вода"],
    "ar": ["البلد", "الحكومة", "مشروع", "التجارة", "اتفاقية", "اجتماع", "الاقتصاد", "الطاقة", "النقل", "السكك",
           "الحديدية", "الاستثمار", "النفط", "الغاز", "الزراعة", "التعليم", "الصحة", "الحدود", "التعاون", "القمة",
           "البرنامج", "المصنع", "المياه"],
    "en": ["country", "government", "project", "trade", "agreement", "meeting", "economy", "energy", "transport",
           "railway", "investment", "oil", "gas", "farming", "education", "health", "border", "cooperation", "summit",
           "programme", "factory", "water"],
}
MONTHS = {"kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                 "қараша", "желтоқсан"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"],
          "ar": ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
                 "نوفمبر", "ديسمبر"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}
OUTLETS = {"kk": ["Kazinform", "Egemen Qazaqstan", "Tengrinews"], "ru": ["ТАСС", "Интерфакс", "Курсив"],
           "ar": ["واس", "وام", "قنا"], "en": ["Reuters", "AFP", "The Astana Times"]}
CITIES = {"kk": "Астана", "ru": "Алматы", "ar": "الرياض", "en": "ASTANA"}
NAMES = {"kk": "Kazakh", "ru": "Russian", "ar": "Arabic", "en": "English"}


SYLLABLES = {
    "kk": ["ба", "ке", "лі", "мұ", "на", "ры", "сы", "та", "же", "ға", "қо", "ді", "ер", "ай", "тү", "зе", "ма", "ол",
           "ше", "ні"],
    "ru": ["ко", "ра", "ни", "то", "ве", "ло", "ми", "са", "де", "ну", "пе", "ли", "го", "ста", "ры", "жи", "бо",
           "ча", "да", "ем"],
    "ar": ["ما", "لي", "نا", "ري", "سا", "كو", "تي", "با", "هي", "دو", "فا", "قا", "را", "سي", "مو", "لا", "عا", "جا",
           "حي", "بو"],
    "en": ["ta", "ri", "ko", "ven", "sal", "mor", "pen", "dis", "lo", "gra", "ber", "tin", "cu", "fal", "mon", "ser",
           "ap", "ex", "ly", "tro"],
}
VOCABULARY = 3000  # words per language, drawn by Zipf's law as running text is


def vocabulary(lang: str, rng: random.Random) -> tuple[list[str], list[float]]:
    """(words, cumulative weights): generated words, with the real topic words spread over ranks
    20..1500, so a query word matches from a few per cent to half of the articles, as in news."""
    made: list[str] = []
    seen: set[str] = set()
    while len(made) < VOCABULARY:
        word = "".join(rng.choice(SYLLABLES[lang]) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            made.append(word)
    for word in WORDS[lang]:
        made.insert(rng.randint(20, 1500), word)
    cumulative, total = [], 0.0
    for rank in range(len(made)):
        total += 1 / (rank + 10)
        cumulative.append(total)
    return made, cumulative


_VOCAB: dict[str, tuple[list[str], list[float]]] = {}


def words_of(lang: str, rng: random.Random, k: int) -> list[str]:
    if lang not in _VOCAB:
        _VOCAB[lang] = vocabulary(lang, random.Random(lang))
    words, weights = _VOCAB[lang]
    return rng.choices(words, cum_weights=weights, k=k)


# How often each person is in the news: the first few very often (a head of state is in ~10% of
# articles), most rarely (Zipf's law again).
PEOPLE_WEIGHTS = [sum(1 / (r + 5) for r in range(i + 1)) for i in range(576)]


def person(i: int) -> tuple[str, str, str]:
    # Every (given, surname) pair once; the frequent people do not share one surname.
    g, s = GIVEN[i % len(GIVEN)], SURNAMES[(i + i // len(GIVEN)) % len(SURNAMES)]
    return f"{g[0]} {s[0]}", f"{g[1]} {s[1]}", f"{g[2]} {s[2]}"


def make_article(n: int, rng: random.Random) -> tuple[Article, Analysis]:
    lang = ("kk", "ru", "ar", "en")[n % 4]
    people = [person(i) for i in rng.choices(range(576), cum_weights=PEOPLE_WEIGHTS, k=rng.randint(1, 4))]
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    outlet = rng.choice(OUTLETS[lang])
    if lang == "en":
        dateline = f"{CITIES[lang]}, {MONTHS[lang][month - 1]} {day}, {year} ({outlet})"
    else:
        dateline = f"{CITIES[lang]}, {day} {MONTHS[lang][month - 1]} {year} – {outlet}"
    script = {"kk": 1, "ru": 1, "ar": 2, "en": 0}[lang]
    lines = [" ".join(words_of(lang, rng, 6)).capitalize() + f" {n}", dateline, ""]
    officials: list[Official] = []
    text = "\n".join(lines)
    sentences: list[tuple[int, int, int]] = []
    for k, line in enumerate(lines[:2]):
        start = text.find(line)
        sentences.append((start, start + len(line), k))
    body = []
    for s in range(8):
        who = people[s % len(people)]
        sentence = " ".join(words_of(lang, rng, rng.randint(10, 20)))
        if s < len(people):
            sentence = f"{who[script]} {sentence}"
        body.append(sentence[0].upper() + sentence[1:] + ".")
    text += "\n" + " ".join(body) + "\n"
    offset = len("\n".join(lines)) + 1
    for sentence in body:
        sentences.append((offset, offset + len(sentence), 2))
        offset += len(sentence) + 1
    for who in dict.fromkeys(people):
        title = rng.choice(TITLES)
        at = text.find(who[script])
        officials.append(Official(name=who[script], name_en=who[0],
                                  title=title[1 + min(script, 2) if lang != "en" else 0] if lang != "en" else title[0],
                                  title_en=title[0],
                                  mentions=[Mention(at, at + len(who[script]), who[script])]))
    results = [SentenceResult(id=i, start=a, end=b, text=text[a:b], paragraph=p,
                              translation=" ".join(words_of("en", rng, 12)) + ".")
               for i, (a, b, p) in enumerate(sentences)]
    quotes = []
    for q in range(rng.randint(0, 2)):
        sentence = results[2 + q]
        quotes.append(Quote(text=sentence.text, start=sentence.start, end=sentence.end, speaker=officials[0].name,
                            speaker_en=officials[0].name_en, translation=sentence.translation, official=0,
                            sentence_ids=[sentence.id], english_source="sentences"))
    language = LanguageGuess(lang, NAMES[lang], 0.99, True)
    paragraphs = [Paragraph(0, 0, len(lines[0])), Paragraph(1, len(lines[0]) + 1, len(lines[0]) + 1 + len(lines[1])),
                  Paragraph(2, len("\n".join(lines)) + 1, len(text) - 1)]
    article = Article(text=text, language=language, paragraphs=paragraphs,
                      sentences=[Sentence(r.id, r.start, r.end, r.text, r.paragraph) for r in results],
                      source=f"/news/{lang}/{n:06d}.txt")
    analysis = Analysis(language=lang, language_name=NAMES[lang], language_confidence=0.99, language_supported=True,
                        source=article.source, sentences=results,
                        translation=TranslationInfo(model=f"{lang}→en bench", complete=True, route=[lang, "en"],
                                                    family="argos"),
                        summary=Summary(sentence_ids=[2, 3], text=results[2].translation or "", algorithm="lexrank",
                                        english=True),
                        quotes=quotes, officials=officials)
    return article, analysis


CHUNK = 2000


def _records(chunk: int) -> list:
    """The records of one chunk of generated articles (in a worker process; seeded per chunk)."""
    from dragoman.library.library import make_record

    rng = random.Random(20250314 + chunk)
    out = []
    for n in range(chunk * CHUNK, (chunk + 1) * CHUNK):
        article, analysis = make_article(n, rng)
        out.append(make_record(article, analysis, source=article.source, models_key="bench", data_version="bench"))
    return out


def build(path: Path, count: int) -> float:
    """Fill a new library with ``count`` generated articles (rounded up to whole chunks; two
    processes make the records, this one writes them); returns the seconds it took."""
    import multiprocessing

    started = time.perf_counter()
    chunks = (count + CHUNK - 1) // CHUNK
    with Library(path) as lib, multiprocessing.get_context("spawn").Pool(2) as pool:
        for done, records in enumerate(pool.imap(_records, range(chunks)), start=1):
            lib.db.put_many(records)
            print(f"  built {done * CHUNK}/{chunks * CHUNK}", end="\r", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        lib.db.conn.execute("INSERT INTO fts(fts) VALUES('optimize')")
        lib.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started


def percentiles(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    return f"p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms (n={len(times)})"


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def queries(rng: random.Random) -> list[tuple[str, dict]]:
    found: list[tuple[str, dict]] = []
    for i in range(80):
        who = person(rng.choices(range(576), cum_weights=PEOPLE_WEIGHTS)[0])
        found.append((who[i % 3], {}))
    for lang, words in WORDS.items():
        made = words_of(lang, rng, 60)  # words as frequent as in the articles (Zipf)
        for i in range(20):
            found.append((rng.choice(words), {"language": lang} if i % 2 else {}))
            found.append((f"{made[i]} {made[i + 20]}", {"since": "2024-01-01"} if i % 2 else {}))
            found.append((made[i + 40], {}))
    for _ in range(20):
        who = person(rng.choices(range(576), cum_weights=PEOPLE_WEIGHTS)[0])
        found.append((rng.choice(WORDS["en"]), {"official": who[0]}))
    return found


def measure(path: Path) -> None:
    rng = random.Random(7)
    with Library(path) as lib:
        count = lib.count()
        qs = queries(rng)
        lib.search(qs[0][0])  # warm the page cache once
        search = [timed(lambda q=q, f=f: lib.search(q, **f)) for q, f in qs]
        print(f"search ({len(qs)} queries over {count} articles): {percentiles(search)}")
        known = [name for name, _ in lib.officials(limit=600)]
        spellings = [r[0] for r in lib.db.query("SELECT DISTINCT name FROM officials LIMIT 2000")]
        names = rng.sample(known, min(30, len(known))) + rng.sample(spellings, min(30, len(spellings)))
        sizes = [len(lib.dossier(n).articles) for n in names[:5]]
        dossier = [timed(lambda n=n: lib.dossier(n)) for n in names]
        print(f"dossier ({len(names)} names; e.g. {sizes} articles each): {percentiles(dossier)}")
        ids = [rng.randint(1, count) for _ in range(300)]
        opening = [timed(lambda i=i: lib.get(i)) for i in ids]
        print(f"open a stored article (get, {len(ids)} ids): {percentiles(opening)}")
    size = path.stat().st_size
    print(f"size: {size / 1e6:.0f} MB, {size / count:.0f} bytes per article")


def batch_throughput(count: int) -> None:
    """Articles per minute of `main.py batch` on ``count`` article files (a cold start each run:
    the process, the model load and an empty translation cache included)."""
    samples = sorted((ROOT / "dragoman" / "resources" / "samples").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as temp:
        folder = Path(temp) / "news"
        folder.mkdir()
        for n in range(count):  # the bundled samples, each made distinct by a last line of its own
            sample = samples[n % len(samples)]
            text = sample.read_text(encoding="utf-8").rstrip() + f"\n\n{n + 1}\n"
            (folder / f"{n:03d}-{sample.name}").write_text(text, encoding="utf-8")
        for translate in (False, True):
            for jobs in (1, 2):
                home = Path(temp) / f"home-{translate}-{jobs}"
                env = dict(os.environ, DRAGOMAN_HOME=str(home), PYTHONPATH=str(ROOT))
                args = [sys.executable, str(ROOT / "main.py"), "batch", str(folder), "--jobs", str(jobs)]
                args += [] if translate else ["--no-translate"]
                started = time.perf_counter()
                result = subprocess.run(args, env=env, capture_output=True, text=True)
                seconds = time.perf_counter() - started
                last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
                print(f"batch {count} articles, {'translated' if translate else 'no translation'}, --jobs {jobs}: "
                      f"{seconds:.1f} s, {count / seconds * 60:.0f} articles/minute ({last})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=40)
    parser.add_argument("--no-batch", action="store_true")
    args = parser.parse_args()
    GENERATED.mkdir(parents=True, exist_ok=True)
    schema = hashlib.sha256("".join(MIGRATIONS).encode()).hexdigest()[:8]
    cached = GENERATED / f"library-{args.articles}-g{GENERATOR_VERSION}-s{schema}.sqlite"
    if not cached.exists():
        with tempfile.TemporaryDirectory(prefix="bench-library-", dir=GENERATED) as temp:
            building = Path(temp) / "library.sqlite"
            seconds = build(building, args.articles)
            print(f"built {args.articles} articles in {seconds:.0f} s")
            shutil.move(str(building), cached)
    else:
        print(f"reusing {cached.relative_to(ROOT)}")
    measure(cached)
    if not args.no_batch:
        batch_throughput(args.batch)
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
