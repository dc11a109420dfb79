"""The quick path of language detection: a plain article in a language Dragoman analyses is named
from its alphabet and function words, and lingua's models (12-30 MB per script) never load;
texts of the script's other languages still go to lingua and keep their own names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from article_fixtures import REPO, SAMPLES

from dragoman.article.langdata import SCHEMAS, ProfileError, alphabets, validate
from dragoman.article.language import detect_language

# Written for this test: the same news item in languages that share a script with one Dragoman
# analyses; Italian and Spanish are typed without accents, Persian with the Arabic forms of kaf and yeh.
OTHERS = [
    ('it', 'Italian',
        'Il ministro degli esteri ha incontrato ieri a Roma il suo omologo kazako per discutere di '
        'energia e trasporti. Secondo il comunicato, le due parti hanno firmato tre accordi sulla '
        'cooperazione industriale e sul commercio del grano, che dovrebbero entrare in vigore il '
        'prossimo anno dopo la ratifica dei parlamenti.'),
    ('es', 'Spanish',
        'El ministro de Exteriores se reunio ayer en Madrid con su homologo de Kazajistan para '
        'hablar de energia y transporte. Segun el comunicado, las dos partes firmaron tres acuerdos '
        'sobre cooperacion industrial y comercio de cereales que entraran en vigor el proximo ano.'),
    ('bg', 'Bulgarian',
        'Министърът на външните работи се срещна вчера в София с колегата си от Казахстан, за да '
        'обсъдят енергетиката и транспорта. Според съобщението двете страни подписаха три '
        'споразумения за промишлено сътрудничество и търговия със зърно, които ще влязат в сила '
        'догодина след ратификация.'),
    ('uk', 'Ukrainian',
        'Міністр закордонних справ учора зустрівся в Києві зі своїм казахстанським колегою, щоб '
        'обговорити енергетику та транспорт. Згідно з повідомленням, сторони підписали три угоди '
        'про промислову співпрацю і торгівлю зерном, які набудуть чинності наступного року після '
        'ратифікації.'),
    ('fa', 'Persian',
        'وزير امور خارجه ديروز در تهران با همتاي قزاق خود ديدار كرد تا درباره انرژي و حمل و نقل '
        'گفتگو كنند. بر اساس اين بيانيه، دو طرف سه توافقنامه درباره همكاري صنعتي و تجارت گندم امضا '
        'كردند كه سال آينده پس از تصويب پارلمان اجرا مي شود.'),
    ('ur', 'Urdu',
        'وزیر خارجہ نے کل اسلام آباد میں اپنے قازق ہم منصب سے ملاقات کی اور توانائی اور نقل و حمل '
        'پر بات چیت کی۔ بیان کے مطابق دونوں فریقوں نے صنعتی تعاون اور گندم کی تجارت کے تین معاہدوں '
        'پر دستخط کیے جو اگلے سال نافذ ہوں گے۔'),
    ('tt', 'Tatar',
        'Тышкы эшләр министры кичә Казанда казакъстанлы хезмәттәше белән очрашты һәм энергетика һәм '
        'транспорт мәсьәләләрен тикшерде. Хәбәр буенча, якләр сәнәгать хезмәттәшлеге һәм ашлык '
        'сәүдәсе турында өч килешүгә кул куйдылар, алар киләсе елда үз көченә керәчәк.'),
]

_PROBE = """
import json, sys
from dragoman.article.language import detect_language
guess = detect_language(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps([guess.code, guess.confidence, "lingua" in sys.modules]))
"""


def _detect_in_fresh_process(path: Path) -> tuple[str, float, bool]:
    """(code, confidence, whether lingua was imported) for ``path``, in a new interpreter."""
    done = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True,
                          cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, check=True)
    code, confidence, lingua = json.loads(done.stdout)
    return code, confidence, lingua


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_samples_are_named_without_lingua(path: Path) -> None:
    code, confidence, lingua = _detect_in_fresh_process(path)
    assert code == path.stem.split("-")[0]
    assert confidence > 0.85
    assert not lingua


def test_a_text_the_quick_path_cannot_name_still_goes_to_lingua(tmp_path: Path) -> None:
    path = tmp_path / "it.txt"
    path.write_text(OTHERS[0][2], encoding="utf-8")
    assert _detect_in_fresh_process(path)[::2] == ("it", True)


@pytest.mark.parametrize("code,name,text", OTHERS, ids=[c for c, _, _ in OTHERS])
def test_languages_sharing_a_script_keep_their_names(code: str, name: str, text: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.name, guess.supported) == (code, name, False)


def test_russian_quoting_kazakh_names_is_russian() -> None:
    text = ("Президент Казахстана Қасым-Жомарт Тоқаев провёл встречу с министром энергетики "
            "Алмасом Садубаевым. Глава государства поручил ускорить строительство новых "
            "электростанций в Жамбылской и Түркістанской областях, где потребление растёт быстрее "
            "всего. Министр сообщил, что первая очередь станции будет введена уже в следующем году.")
    guess = detect_language(text)
    assert (guess.code, guess.supported) == ("ru", True) and guess.confidence > 0.85


def test_an_article_with_much_of_another_script_is_left_to_the_vote() -> None:
    russian = ("Министр сообщил журналистам, что переговоры с партнёрами идут по плану и что "
               "первые поставки зерна по новому маршруту начнутся уже весной следующего года.")
    english = ("The minister told reporters that the talks with partners were on track and that "
               "the first grain shipments along the new route would begin next spring.")
    guess = detect_language(f"{russian}\n\n{english}\n\n{russian}")
    assert guess.code == "ru"
    assert guess.confidence < detect_language(f"{russian}\n\n{russian}").confidence


def test_every_language_with_function_words_has_a_stopword_list() -> None:
    with_share = [a for a in alphabets() if a.function_words]
    assert {a.code for a in with_share} >= {"kk", "ru", "ar", "en"}
    for alphabet in with_share:
        assert 0 < alphabet.function_words < 1
        assert (REPO / "dragoman" / "resources" / "lang" / alphabet.code / "stopwords.txt").is_file()


def test_a_misspelt_letters_key_is_an_error() -> None:
    with pytest.raises(ProfileError, match="function_word"):
        validate({"name": "X", "script": "Latin", "letters": "ab", "function_word": 0.2},
                 SCHEMAS["letters.toml"], "x/letters.toml")
