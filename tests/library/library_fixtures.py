"""Articles written for the library tests (our own text, in the style of wire reports)."""

from __future__ import annotations

KK_XI = ("Қытай Төрағасы Астанаға келді\n"
         "Астана, 5 сәуір 2025 – Kazinform\n\n"
         "Қытай Төрағасы Си Цзиньпин Астанаға ресми сапармен келді. Си Цзиньпин мен Қасым-Жомарт Тоқаев "
         "көлік дәліздері туралы келіссөз жүргізді. Тараптар жаңа теміржол желісін талқылады.\n")
AR_XI = ("الرئيس الصيني يزور الرياض\n"
         "الرياض، 7 أبريل 2025 - واس\n\n"
         "وصل الرئيس الصيني شي جين بينغ إلى الرياض اليوم في زيارة رسمية. وقال شي جين بينغ إن البلدين "
         "سيعززان التعاون في مجال الطاقة.\n")
RU_PLAIN = ("Аким области открыл новую школу\n"
            "Павлодар, 2 февраля 2024 г. — Казинформ\n\n"
            "Аким области Даурен Серикбаев открыл новую школу на четыреста мест. В школе есть бассейн "
            "и библиотека.\n")
EN_WIRE = ("Caspian ferry line opens\n"
           "AKTAU, May 20, 2025 (Reuters) - A new ferry line across the Caspian Sea opened on Tuesday, "
           "officials said. The ferry carries trucks and rail wagons between the two ports.\n")


def analysed(text: str, source: str | None = None, translate: bool = False):
    """(Article, Analysis) from the real pipeline."""
    from dragoman import article, pipeline

    doc = article.from_text(text, source=source)
    return doc, pipeline.analyze(doc, pipeline.Options(translate=translate))
