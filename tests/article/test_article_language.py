"""Language detection on short paragraphs written for these tests, and on whole articles."""

from __future__ import annotations

import pytest
from article_fixtures import own_articles

from dragoman.article.language import detect_language

SHORT = {
    "kk": [
        "Біз Италиямен саяси кеңесулерді жыл сайын өткізуге келістік.",
        "Сапар қорытындысы бойынша тараптар үш құжатқа қол қойды.",
        "Министр бүгін Астанада шетелдік инвесторлармен кездесті.",
        "Әкім жылу маусымына дайындық туралы айтты.",
        "Ауыл шаруашылығы министрлігі астық экспорты өскенін хабарлады.",
    ],
    "ru": [
        "Аким области подвёл итоги подготовки к зиме.",
        "Президент Казахстана Қасым-Жомарт Тоқаев принял министра.",
        "Журналисты спросили министра о тарифах на тепло.",
        "Переговоры прошли в конструктивной атмосфере.",
        "Стороны подписали соглашение о сотрудничестве в сфере транспорта.",
    ],
    "ar": [
        "قال الوزير إن المحادثات كانت مثمرة.",
        "وأضاف السفير أن التبادل التجاري ارتفع في العام الماضي.",
        "اتفق الجانبان على تشكيل فريق عمل مشترك.",
        "وتابع قائلا إن التعاون سيستمر في مجال الطاقة.",
    ],
    "en": [
        "The minister said the talks were useful.",
        "Wheat prices fell for a third straight week.",
        "The forum is expected to end on Wednesday.",
        "Officials declined to comment on the draft agreement.",
    ],
}

UNSUPPORTED = [
    ("uk", "Ukrainian", "Міністр закордонних справ України провів переговори зі своїм колегою."),
    ("uk", "Ukrainian", "Уряд схвалив нову програму підтримки фермерів у західних областях."),
    ("be", "Belarusian", "Міністр правёў сустрэчу з прадстаўнікамі бізнесу ў Мінску."),
    ("bg", "Bulgarian", "Министърът на външните работи проведе разговори с колегата си."),
    ("fa", "Persian", "وزیر امور خارجه ایران گفت که گفتگوها سازنده بود."),
    ("fa", "Persian", "رئیس جمهور امروز با هیئت اقتصادی چین دیدار کرد."),
    ("fa", "Persian", "رئيس جمهور امروز با هيئت اقتصادي چين ديدار كرد و درباره همكاري گفتگو كرد."),
    ("ur", "Urdu", "وزیر خارجہ نے کہا کہ بات چیت بہت مفید رہی۔"),
    ("ur", "Urdu", "حکومت نے کسانوں کے لیے نئی امدادی اسکیم کا اعلان کیا ہے۔"),
    ("ky", "Kyrgyz", "Жаңы мыйзам боюнча өкмөт айыл чарбасына көбүрөөк каражат бөлөт."),
    ("ky", "Kyrgyz", "Кыргызстандын өкмөтү жаңы жолдун курулушун баштады деп билдирди."),
    ("tt", "Tatar", "Татарстан Республикасы Рәисе бүген министрлар белән очрашты."),
    ("ba", "Bashkir", "Башҡортостан Республикаһы Башлығы бөгөн министрҙар менән осрашты."),
    ("mn", "Mongolian", "Монгол Улсын Ерөнхийлөгч өнөөдөр айлчлал хийлээ."),
    ("uz", "Uzbek", "Ўзбекистон Республикаси Президенти бугун вазирлар билан учрашди ва ҳисобот "
                    "тинглади."),
    ("tg", "Tajik", "Президенти Ҷумҳурии Тоҷикистон имрӯз бо вазирон мулоқот кард."),
    ("fr", "French", "Le ministre a déclaré que les négociations étaient utiles."),
    ("el", "Greek", "Ο υπουργός συναντήθηκε με τον ομόλογό του στην Αστάνα."),
    ("zh", "Chinese", "外交部长今天在阿斯塔纳会见了哈萨克斯坦外长。"),
]


@pytest.mark.parametrize("code,text", [(c, t) for c, texts in SHORT.items() for t in texts])
def test_short_paragraphs_of_supported_languages(code: str, text: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.supported) == (code, True)
    assert 0.5 <= guess.confidence <= 1.0


@pytest.mark.parametrize("code,name,text", UNSUPPORTED)
def test_unsupported_languages_are_named_not_misfiled(code: str, name: str, text: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.name, guess.supported) == (code, name, False)
    assert 0.0 < guess.confidence <= 1.0


@pytest.mark.parametrize("path", own_articles(), ids=lambda p: p.stem)
def test_whole_articles(path) -> None:
    guess = detect_language(path.read_text(encoding="utf-8"))
    assert guess.code == path.stem.split("-")[0] and guess.confidence > 0.9


def test_body_decides_not_the_headline() -> None:
    text = ("BREAKING NEWS: Astana Forum 2025\n\n" + SHORT["kk"][0] + " " + SHORT["kk"][1]
            + "\n\n" + SHORT["kk"][4] + " " + SHORT["kk"][2])
    assert detect_language(text).code == "kk"


def test_mixed_text_gets_the_dominant_language() -> None:
    kazakh = " ".join(SHORT["kk"])
    russian = " ".join(SHORT["ru"][2:4])
    text = f"{kazakh}\n\n{russian}\n\n{kazakh}"
    guess = detect_language(text)
    assert guess.code == "kk"
    assert guess.confidence < detect_language(f"{kazakh}\n\n{kazakh}").confidence


@pytest.mark.parametrize("text", ["", "1,395\n2 418", "— 12.11.2024 —"])
def test_no_letters_is_unknown(text: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.name, guess.confidence, guess.supported) == (
        "und", "Unknown", 0.0, False)


def test_one_long_line_is_judged_over_its_whole_length() -> None:
    arabic = " ".join(SHORT["ar"] * 15)  # about 2,200 characters first
    kazakh = " ".join(SHORT["kk"] * 25)  # then about 7,000
    assert detect_language(f"{arabic} {kazakh}").code == "kk"
