"""``dragoman batch``: analyse many files into the library, skipping what is already current.

The parent process alone writes the database, one transaction per article, so a kill loses at most
the article under way and the next run completes the rest. ``jobs`` > 1 runs worker processes
(multiprocessing, spawn), each loading its model once and analysing whole files.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

# The file types article.load reads (by name; a file given by name is tried whatever it is called).
SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".docx"}


@dataclass
class Outcome:
    analysed: int = 0
    skipped: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)


def collect(paths: Iterable[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to analyse (folders searched recursively, sorted) and the paths refused at once."""
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            files.append(path)
        else:
            refused.append((given, f"There is no file or folder at {given}."))
    unique = list(dict.fromkeys(p.resolve() for p in files))
    return unique, refused


def _load(path: Path):
    from dragoman import article

    return article.load(str(path))


def _models_key(doc: Any, translate: bool) -> str:
    from dragoman import pipeline
    from dragoman.library.keys import models_key

    if not translate:
        return models_key(None, translate=False)
    info = pipeline.translation_info(doc)
    return models_key(info.model, info.family)


def analyse_file(task: tuple[str, bool]) -> tuple[str, Any, Any, str | None]:
    """(path, Article, Analysis, None) or (path, None, None, reason): what a worker sends back."""
    path, translate = task
    from dragoman import article, pipeline

    try:
        doc = article.load(path)
        return path, doc, pipeline.analyze(doc, pipeline.Options(translate=translate)), None
    except article.ArticleError as error:
        return path, None, None, str(error)
    except Exception as error:  # one bad file never stops the batch; the log has the traceback
        log.exception("batch: analysing %s failed", path)
        return path, None, None, f"Dragoman could not analyse it ({type(error).__name__}: {error})."


class Progress:
    """A one-line bar when stderr is a terminal, else one plain line per file."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.started = time.monotonic()

    def step(self, path: str, what: str) -> None:
        self.done += 1
        if self.tty:
            width = 30
            filled = width * self.done // max(self.total, 1)
            name = Path(path).name[:40]
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name:<40}")
        else:
            self.stream.write(f"batch: {self.done}/{self.total} {what} {path}\n")
        self.stream.flush()

    def say(self, line: str) -> None:
        if self.tty:
            self.stream.write("\r" + " " * 80 + "\r")
        self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.total:
            self.stream.write("\n")
            self.stream.flush()


WORKER_RESTARTS = 2  # a pool whose worker died is started again this many times


def _results(tasks: list[tuple[str, bool]], jobs: int) -> Iterator[tuple[str, Any, Any, str | None]]:
    """Each task's result as it is ready. With ``jobs`` > 1, in spawned worker processes; a worker
    that dies (a crash inside a model) breaks the pool, so the unfinished files are given to a new
    pool, and after WORKER_RESTARTS such breaks they are refused rather than waited for."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield analyse_file(task)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    pending, restarts = list(tasks), 0
    while pending:
        with ProcessPoolExecutor(max_workers=min(jobs, len(pending)), mp_context=context) as pool:
            futures = {pool.submit(analyse_file, task): task for task in pending}
            pending = []
            for future in as_completed(futures):
                try:
                    yield future.result()
                except BrokenProcessPool:
                    pending.append(futures[future])
        if pending:
            restarts += 1
            log.warning("batch: a worker process died; %d files left, restart %d", len(pending), restarts)
        if pending and restarts > WORKER_RESTARTS:
            for path, _ in pending:
                yield path, None, None, ("A worker process stopped while analysing it; try it alone with "
                                         "--jobs 1, and see dragoman.log.")
            return


def run_batch(paths: list[str], *, jobs: int = 1, translate: bool = True, library: Any = None,
              stream: IO[str] | None = None) -> Outcome:
    """Analyse every file into the library; refusals are named on ``stream`` and the batch goes on."""
    from dragoman.library import Library, LibraryError
    from dragoman.library.keys import content_hash, data_version

    stream = stream or sys.stderr
    lib = library or Library()
    outcome = Outcome()
    files, outcome.refused = collect(paths)
    progress = Progress(len(files), stream)
    for given, reason in outcome.refused:
        progress.say(f"refused: {given}: {reason}")
    version = data_version()
    keys: dict[str, str] = {}
    tasks: list[tuple[str, bool]] = []
    for path in files:
        try:
            doc = _load(path)
        except Exception as error:  # ArticleError: named now, never sent to a worker
            outcome.refused.append((str(path), str(error)))
            progress.step(str(path), "refused")
            progress.say(f"refused: {path}: {error}")
            continue
        key = _models_key(doc, translate)
        if lib.is_current(content_hash(doc.text), key, version):
            outcome.skipped += 1
            progress.step(str(path), "unchanged")
            continue
        keys[str(path)] = key
        tasks.append((str(path), translate))
    try:
        for source, doc, analysis, refusal in _results(tasks, jobs):
            if refusal is not None:
                outcome.refused.append((source, refusal))
                progress.step(source, "refused")
                progress.say(f"refused: {source}: {refusal}")
                continue
            try:
                lib.store(doc, analysis, source=source, models_key=keys[source], data_version=version)
            except LibraryError as error:
                outcome.refused.append((source, str(error)))
                progress.step(source, "refused")
                progress.say(f"refused: {source}: {error}")
                continue
            outcome.analysed += 1
            progress.step(source, "analysed")
    finally:
        progress.finish()
        if library is None:
            lib.close()
    return outcome
