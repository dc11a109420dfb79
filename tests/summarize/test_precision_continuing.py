"""The continuing sieve after an unlisted speaker (the precision round): a going-on verb
(وأضافت, he added) whose paragraph's sentence before has a reporting verb and names no official
continues that person, whom the officials list lacks, not the official quoted earlier. Texts
written for these tests."""

from __future__ import annotations

from dragoman.article.analysis import SIEVE_CONTINUING

TEXT = ("محافظ البحر الأحمر يتفقد القرى المتضررة\n\n"
        "تفقد اللواء عمرو حنفي محافظ البحر الأحمر قرية الشيخ الشاذلي اليوم.\n\n"
        "وقال حنفي للصحفيين: «المدارس مفتوحة للأسر حتى تجف البيوت».\n\n"
        "{sentence} وأضاف: «المياه دخلت البيت في منتصف الليل»\n")


def _last(quotes_of, sentence: str):
    quotes = quotes_of(TEXT.format(sentence=sentence), "ar")
    assert [q.text for q in quotes] == ["المدارس مفتوحة للأسر حتى تجف البيوت", "المياه دخلت البيت في منتصف الليل"]
    return quotes[-1]


def test_going_on_after_someone_unlisted_speaking_is_unknown(quotes_of) -> None:
    last = _last(quotes_of, "وفي أحد الشوارع قال مزارع إن المياه وصلت إلى نصف متر.")
    assert last.speaker is None


def test_going_on_after_the_official_speaking_is_still_the_official(quotes_of) -> None:
    last = _last(quotes_of, "وأكد حنفي أن أعمال شفط المياه مستمرة.")
    assert (last.speaker, last.sieve) == ("عمرو حنفي", SIEVE_CONTINUING)


def test_going_on_after_a_sentence_with_no_speaker_is_still_the_official(quotes_of) -> None:
    last = _last(quotes_of, "وكانت المياه قد غمرت الشوارع مساء الثلاثاء.")
    assert (last.speaker, last.sieve) == ("عمرو حنفي", SIEVE_CONTINUING)
