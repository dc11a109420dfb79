"""Honest text wherever English leaves Dragoman: copies of the summary, a quote or an official,
and the command line's text report.

Every piece of English carries the name of what wrote it ("— English by <model>") and, next to
demo or flagged English, a short note ("demo model — not a translation", "check: Ding Xuexiang
missing"). Plain Python, no Qt: the window's copy actions and ``main.py analyze`` both call it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .analysis import (
    CHECK_COPY,
    CHECK_LENGTH,
    CHECK_LOW_SCORE,
    CHECK_NAME_ADDED,
    CHECK_NAME_MISSING,
    CHECK_NUMBER_ADDED,
    CHECK_NUMBER_MISSING,
    CHECK_PLACE_ADDED,
    CHECK_PLACE_MISSING,
    FLAG_EMPTY,
    FLAG_REPEATED,
    FLAG_TRUNCATED,
    FLAG_UNTRANSLATED,
    Analysis,
    Check,
    Official,
    Quote,
    SentenceResult,
)

DEMO_NOTE = "demo model — not a translation"
NO_ENGLISH_NOTE = "no English yet"
NOT_TRANSLATED = "— source language, not translated"
MAX_NOTE_ITEMS = 3  # a note names this many problems, then "and N more"

_MISSING_KINDS = {CHECK_NAME_MISSING, CHECK_NUMBER_MISSING, CHECK_PLACE_MISSING}
_ADDED_KINDS = {CHECK_NAME_ADDED, CHECK_NUMBER_ADDED, CHECK_PLACE_ADDED}
# What a kind says in a note when its detail does not name the thing itself.
_KIND_LABELS = {
    CHECK_NAME_MISSING: "a name missing", CHECK_NAME_ADDED: "a name not in source",
    CHECK_NUMBER_MISSING: "a number missing", CHECK_NUMBER_ADDED: "a number not in source",
    CHECK_PLACE_MISSING: "a place missing", CHECK_PLACE_ADDED: "a place not in source",
    CHECK_COPY: "same English as another sentence", CHECK_LOW_SCORE: "model unsure",
    CHECK_LENGTH: "odd length", FLAG_UNTRANSLATED: "untranslated", FLAG_REPEATED: "repeats itself",
    FLAG_EMPTY: "empty", FLAG_TRUNCATED: "cut short",
}
# A check's detail is one sentence whose subject is the thing checked (summarize/checks.py):
# "Ding Xuexiang is not in the English." / "The number 1,395 is in the English but not in the
# source." give "Ding Xuexiang" and "1,395"; any other wording falls back to the kind's label.
_SUBJECT = re.compile(r"^(?:The (?:name|number|place|person|body) )?(?P<what>.+?) is "
                      r"(?:not in the English|in the English but not in the source|not in the source)\.?$")


# ------------------------------------------------------------------ notes


def check_item(check: Check) -> str:
    """A check as a few words for a note: "Ding Xuexiang missing", "Paris not in source"."""
    if check.kind in _MISSING_KINDS or check.kind in _ADDED_KINDS:
        match = _SUBJECT.match(check.detail.strip())
        if match and len(match.group("what")) <= 40:
            return match.group("what") + (" missing" if check.kind in _MISSING_KINDS else " not in source")
    return _KIND_LABELS.get(check.kind, check.kind)


def sentence_items(sentence: SentenceResult) -> list[str]:
    """Everything to check about one sentence's English: its checks, then engine flags no check explains."""
    items = [check_item(check) for check in sentence.checks]
    explained = {check.kind for check in sentence.checks}
    items += [_KIND_LABELS.get(flag, flag) for flag in sentence.flags if flag not in explained]
    return list(dict.fromkeys(items))  # once each, in order


def needs_checking(sentence: SentenceResult) -> bool:
    """True when the sentence has English and something about it is flagged."""
    return sentence.translation is not None and bool(sentence.checks or sentence.flags)


def _short_list(items: Sequence[str]) -> str:
    if len(items) <= MAX_NOTE_ITEMS:
        return ", ".join(items)
    return ", ".join(items[:MAX_NOTE_ITEMS]) + f" and {len(items) - MAX_NOTE_ITEMS} more"


def english_note(analysis: Analysis, sentence_ids: Iterable[int]) -> str:
    """"" when the English of these sentences is real and unflagged; else a short note, e.g.
    "demo model — not a translation; check: Ding Xuexiang missing, 1,395 missing"."""
    sentences = [analysis.sentences[i] for i in sentence_ids if 0 <= i < len(analysis.sentences)]
    parts = []
    if any(s.translation is None for s in sentences):
        parts.append(NO_ENGLISH_NOTE)
    if analysis.translation.demo and any(s.translation is not None for s in sentences):
        parts.append(DEMO_NOTE)
    items = list(dict.fromkeys(item for s in sentences if s.translation is not None
                               for item in sentence_items(s)))
    if items:
        parts.append("check: " + _short_list(items))
    return "; ".join(parts)


def english_by(analysis: Analysis) -> str:
    """The line that says who wrote the English: "— English by <model>" or the file it came from."""
    info = analysis.translation
    if info.family == "file" and info.english_file:
        return f"— English from {info.english_file}"
    if info.model:
        licence = f", {info.licence}" if info.licence else ""
        return f"— English by {info.model}{licence}"
    return NOT_TRANSLATED


def _with_note(line: str, note: str) -> str:
    return f"{line} ({note})" if note else line


# ------------------------------------------------------------------ copies


def summary_for_copy(analysis: Analysis) -> str:
    """The summary as a person pastes it: its text, who wrote the English, and the note if any."""
    summary = analysis.summary
    if not summary.text:
        return ""
    ids = summary.sentence_ids
    if summary.english and (analysis.translation.model or analysis.translation.family == "file"):
        return f"{summary.text}\n{_with_note(english_by(analysis), english_note(analysis, ids))}"
    note = NO_ENGLISH_NOTE if analysis.translation.model and not summary.english else ""
    return f"{summary.text}\n{_with_note(NOT_TRANSLATED, note)}"


def speaker_line(analysis: Analysis, quote: Quote) -> str:
    """"Kassym-Jomart Tokayev, President of Kazakhstan" when resolved, else the speaker as found."""
    if quote.official is not None and 0 <= quote.official < len(analysis.officials):
        official = analysis.officials[quote.official]
        return f"{official.name_en}, {official.title_en}" if official.title_en else official.name_en
    return quote.speaker_en or quote.speaker or "Speaker unknown"


def _translated(analysis: Analysis) -> bool:
    """Whether the article's English came from a model or a file (not the source itself)."""
    return bool(analysis.translation.model or analysis.translation.family == "file")


def quote_note(analysis: Analysis, quote: Quote) -> str:
    """The note for a quote's English: its sentences' note, and whether it was translated alone
    (then it is not the text the English pane shows)."""
    note = english_note(analysis, quote.sentence_ids)
    if quote.english_source == "own":
        note = "; ".join(x for x in (note, "the quote translated alone") if x)
    return note


def quote_for_copy(analysis: Analysis, quote: Quote) -> str:
    """Speaker, the quote's English (or its source words when it has none), who wrote the English
    and the note, then the source words."""
    lines = [f"{speaker_line(analysis, quote)}:"]
    if quote.translation is not None and quote.translation != quote.text and _translated(analysis):
        lines.append(f"“{quote.translation}”")
        lines.append(_with_note(english_by(analysis), quote_note(analysis, quote)))
        lines.append(f"As written: “{quote.text}”")
    else:
        lines.append(f"“{quote.text}”")
        note = NO_ENGLISH_NOTE if analysis.translation.model else ""
        lines.append(_with_note(NOT_TRANSLATED, note))
    return "\n".join(lines)


def official_for_copy(analysis: Analysis, official: Official) -> str:
    """English name, title and organisation, then the name (and title) as the source writes them."""
    head = official.name_en
    if official.title_en:
        head += f", {official.title_en}"
    if official.organisation and official.organisation not in (official.title_en or ""):
        head += f" ({official.organisation})"
    written = official.name + (f", {official.title}" if official.title else "")
    return f"{head}\nAs written: {written}"


# ------------------------------------------------------------------ the text report


def checking_header(analysis: Analysis) -> str:
    """"N of M sentences need checking" over the sentences that have English."""
    translated = [s for s in analysis.sentences if s.translation is not None]
    if analysis.translation.demo:  # a demo model's English is never to be relied on
        return (f"{len(translated)} of {len(analysis.sentences)} sentences need checking: "
                f"the English is from a demo model, not a translation")
    flagged = sum(needs_checking(s) for s in translated)
    return f"{flagged} of {len(analysis.sentences)} sentences need checking"


def _translation_lines(analysis: Analysis) -> list[str]:
    info = analysis.translation
    if info.family == "file":
        lines = [f"Translation: {info.model or 'English from ' + str(info.english_file)}"]
    elif info.model:
        demo = " — DEMO MODEL, not a real translation model" if info.demo else ""
        lines = [f"Translation: {info.model}{demo}" + ("" if info.complete else " (incomplete)")]
        about = ", ".join(x for x in (info.family, info.licence and f"licence {info.licence}") if x)
        if about:
            lines.append(f"Model: {about}")
    else:
        return [f"Translation: {info.message}"] if info.message else []
    return lines + [checking_header(analysis)]


def _summary_lines(analysis: Analysis) -> list[str]:
    summary = analysis.summary
    lines = [f"Summary ({summary.algorithm}, sentences "
             f"{', '.join(str(i) for i in summary.sentence_ids) or 'none'}):",
             f"  {summary.text or '(none)'}"]
    if summary.text and summary.english and _translated(analysis):
        note = english_note(analysis, summary.sentence_ids)
        if note:
            lines.append(f"  note: {note}")
    return lines


def _quote_lines(analysis: Analysis) -> list[str]:
    lines = [f"Key quotes ({len(analysis.quotes)}):"]
    for quote in analysis.quotes:
        lines.append(f"  [{quote.start}-{quote.end}] {speaker_line(analysis, quote)}: {quote.text}")
        if quote.translation and quote.translation != quote.text:
            lines.append(f"      English: {quote.translation}")
            note = quote_note(analysis, quote)
            if note:
                lines.append(f"      note: {note}")
    return lines


def _official_lines(analysis: Analysis) -> list[str]:
    lines = [f"Officials ({len(analysis.officials)}):"]
    for official in analysis.officials:
        title = f", {official.title_en}" if official.title_en else ""
        spelled = " (English spelling by rule: check it)" if official.name_en_by_rule else ""
        lines.append(f"  {official.name_en}{spelled}{title} — as written: {official.name}; "
                     f"{len(official.mentions)} mention(s)")
    return lines


def _sentence_lines(analysis: Analysis) -> list[str]:
    lines = ["Sentences and English:"]
    for s in analysis.sentences:
        flags = f"  [{', '.join(s.flags)}]" if s.flags else ""
        english = s.translation if s.translation is not None else "—"
        lines += [f"  {s.id:>3} {s.text}", f"      {english}{flags}"]
        lines += [f"      check: {check.detail}" for check in s.checks]
    return lines


def format_report(analysis: Analysis) -> str:
    """The analysis as text a person reads in a terminal (``main.py analyze`` without --json)."""
    lines = [f"Language: {analysis.language_name} ({analysis.language}), "
             f"confidence {analysis.language_confidence:.2f}"]
    lines += _translation_lines(analysis)
    lines.append(f"Sentences: {len(analysis.sentences)}")
    lines += ["", *_summary_lines(analysis), "", *_quote_lines(analysis), "", *_official_lines(analysis)]
    if analysis.sentences and _translated(analysis):
        lines += ["", *_sentence_lines(analysis)]
    return "\n".join(lines) + "\n"
