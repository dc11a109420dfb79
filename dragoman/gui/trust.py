"""What the window says about English that cannot be relied on (no Qt: plain text from the data).

A sentence needs checking when it carries any flag: the engine's own (untranslated, looping,
empty, truncated) or a translation check's (a name, number or place that does not match, a copy,
a low model score). The details a person reads come from ``SentenceResult.checks``; an engine
flag with no check behind it gets its standard sentence from ``article.analysis.FLAG_DETAILS``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dragoman.article.analysis import FLAG_DETAILS, Quote, SentenceResult, Summary, TranslationInfo
from dragoman.article.report import needs_checking  # one rule for the window, the copies and the report


def flag_reason(flags: Sequence[str]) -> str:
    """One tooltip line per engine flag (kinds with no check details behind them)."""
    return "\n".join(FLAG_DETAILS.get(flag, f"Flagged: {flag}.") for flag in flags)


def sentence_reason(sentence: SentenceResult) -> str:
    """Why this sentence's English needs checking, one line per problem; "" when nothing is wrong."""
    if sentence.translation is None:
        return ""
    lines = [check.detail for check in sentence.checks if check.detail]
    explained = {check.kind for check in sentence.checks}
    rest = [flag for flag in sentence.flags if flag not in explained]
    if rest:
        lines.append(flag_reason(rest))
    return "\n".join(dict.fromkeys(lines))  # one line each, in order


def flagged_ids(sentences: Iterable[SentenceResult]) -> list[int]:
    """Ids of the sentences whose English needs checking, in article order."""
    return [s.id for s in sentences if needs_checking(s)]


def reasons_for(ids: Iterable[int], sentences: Sequence[SentenceResult]) -> str:
    """The reasons of several sentences (a summary line, a quote), each sentence once."""
    by_id = {s.id: s for s in sentences}
    lines = [sentence_reason(by_id[i]) for i in dict.fromkeys(ids) if i in by_id]
    return "\n".join(line for line in lines if line)


def checking_summary(sentences: Sequence[SentenceResult]) -> str:
    """The English header's count: "3 of 40 sentences need checking", or "" when none do."""
    translated = [s for s in sentences if s.translation is not None]
    flagged = sum(1 for s in translated if needs_checking(s))
    if not flagged:
        return ""
    verb = "needs" if flagged == 1 else "need"
    return f"{flagged} of {len(sentences)} sentence{'s' if len(sentences) != 1 else ''} {verb} checking"


def model_line(info: TranslationInfo) -> str:
    """Who wrote the English, for the English header: the model, or the imported file."""
    if info.family == "file":
        return f"English from {info.english_file or info.model or 'a file'}"
    return info.model or ""


def quote_reason(quote: Quote, sentences: Sequence[SentenceResult]) -> str:
    return reasons_for(quote.sentence_ids, sentences)


def summary_reason(summary: Summary, sentences: Sequence[SentenceResult]) -> str:
    return reasons_for(summary.sentence_ids, sentences) if summary.english else ""
