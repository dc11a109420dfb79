"""The translation engine: CTranslate2 directly on Argos packages and converted model folders
(NLLB-200, M2M-100, OPUS-MT: translate/families.py), streaming sentence by sentence.

Each input text is translated by its single sentences ("pieces", translate/pieces.py): a quotation
the article keeps as one sentence is several sentences to a model trained on single sentences.
Pieces are what is batched and cached; results are yielded per input text, in order.

It never imports torch, stanza, spaCy or ``argostranslate.translate`` (3-5 s, 330 MB): it loads
each model with ``ctranslate2.Translator`` and its SentencePiece tokenizers once (its family says
which tokens go in and come out), translates sentences in batches, and yields each result, with the
model's own score, as soon as its batch is done.

Decoding settings are a ``Decoding`` value. ``ARGOS_DECODING`` reproduces what
``argostranslate.translate`` does for a single sentence (beam 4, length penalty 0.2, unknown tokens
replaced by the source token, batches of 32 tokens, one CTranslate2 call per line, compute type
"auto", target prefix from the metadata, the same detokenising) and gives the same text;
``DEFAULT_DECODING`` is what Dragoman uses (see bench/bench_translate_settings.py for the figures behind it).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import itertools
import json
import os
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .cache import TranslationCache, cache_key
from .ct2_model import LoadedModel
from .families import load_model
from .flags import translation_flags
from .languages import language_name
from .manager import PackageInfo, list_packages
from .pieces import Unit, piece_english, split_unit
from .routing import choose_route, usable


@dataclass
class SentenceTranslation:
    id: int
    translation: str | None  # None when no model could translate it
    flags: list[str]  # article.analysis FLAG_UNTRANSLATED/FLAG_REPEATED/FLAG_EMPTY/FLAG_TRUNCATED
    cached: bool = False
    # (start, end, english) of each single sentence inside the input text, offsets relative to the
    # input text; empty when the text was one piece. "english" is that piece's own translation.
    pieces: list[tuple[int, int, str]] = field(default_factory=list)
    score: float | None = None  # the model's mean log-probability per output token (lowest piece)
    # The plan of the model that wrote this English. It differs from Engine.plan()'s when the planned
    # package failed to load (junk model.bin, removed mid-run) and the engine fell back to another.
    plan: Plan | None = None


@dataclass
class Plan:
    from_code: str
    to_code: str
    available: bool
    model: str | None  # display name, e.g. "kk→en · Kazakh → English 0.1-demo (DEMO)"
    demo: bool
    route: list[str]  # ["kk", "en"] or ["kk", "ru", "en"] when pivoting
    message: str | None  # "No Kazakh→English model installed." / "Kazakh→English via Russian."
    family: str | None = None  # "argos", "nllb", "m2m100", "opus-mt"; "argos+nllb" for a mixed pivot
    licence: str | None = None  # the model's licence ("CC-BY-NC-4.0"); "; "-joined for a pivot


@dataclass(frozen=True)
class Decoding:
    """CTranslate2 search settings; part of the cache key, since they change the output."""

    beam_size: int = 1
    length_penalty: float = 0.2
    replace_unknowns: bool = True
    max_batch_size: int = 1024  # tokens per CTranslate2 batch; argos' 32 splits a batch into single sentences
    batch_type: str = "tokens"
    compute_type: str = "auto"
    max_input_length: int = 1024  # CTranslate2's default; longer inputs are cut (and flagged)
    max_decoding_length: int = 256  # CTranslate2's default
    # argos calls CTranslate2 once per line; batching changes which source piece replace_unknowns
    # copies for an unknown output piece (the attention sees the batch's padding), so parity needs it.
    one_call_per_line: bool = False
    # Translate each text by its pieces (translate/pieces.py). Not in the cache key: the key is the
    # piece's own text, and a piece translates the same whether or not it came from a longer text.
    pieces: bool = True

    def key(self) -> str:
        settings = dataclasses.asdict(self)
        del settings["pieces"]
        return json.dumps(settings, sort_keys=True)


# Parity mode does not split. argostranslate splits with its own sentencizer (MiniSBD), which needs
# a model download and puts its boundaries elsewhere than ours, so splitting with split_pieces would
# match argos no better on multi-sentence text; unsplit, the output is exactly argos' for every text
# its sentencizer keeps whole - every single sentence, which is what the parity test compares.
ARGOS_DECODING = Decoding(beam_size=4, max_batch_size=32, one_call_per_line=True, pieces=False)
# Greedy search over whole batches: on the demo packages it reproduced more sentences than beam 2
# or 4 and ran 1.5-5x faster (bench/bench_translate_settings.py); argos' 32-token batches alone
# cost 2-6x (bench_translate_big.py: 6.1 s vs 2.6 s for the seed article at beam 4).
DEFAULT_DECODING = Decoding()
# Intra-op threads come from the free cores (choose_intra_threads); a setting or this variable wins.
THREADS_VARIABLE = "DRAGOMAN_INTRA_THREADS"
# One core is left to the window and to the engine's own Python (tokenizing, cache, flags): on the
# 2-core bench machine, CTranslate2 on both cores was slower than on one (bench_translate_big.py:
# 2,000 sentences in 65 s on one thread, 87 s on two; 192 at 25.4 vs 16.1 sentences/s).
RESERVED_CORES = 1
# The first batch is one sentence (with all its pieces): on the Argos-shaped package the first
# sentence shows in 0.29-0.35 s instead of 0.39-0.58 s with 4 (bench_translate_big.py); the window
# streams, so the first sentence is what a person waits for. Later batches grow BATCH_GROWTH times
# up to BATCH pieces: on one thread the engine did 25.4 sentences/s with batches of 64 and 21.0
# with 16 (bench_translate_big.py); CTranslate2's own sort by length then fills its 1024-token
# sub-batches with pieces of like length. A bigger batch would make Esc wait longer (1.7-1.9 s now).
# Batch sizes count pieces (see Engine._next_batch).
FIRST_BATCH = 1
BATCH = 64
BATCH_GROWTH = 4


def available_cores() -> int:
    """The cores this process may run on (its affinity mask where the system has one)."""
    with contextlib.suppress(AttributeError, OSError):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def choose_intra_threads(cores: int, busy: bool, setting: int | None = None, variable: str | None = None) -> int:
    """CTranslate2's intra-op threads: the setting if given, else ``DRAGOMAN_INTRA_THREADS`` if it
    is a positive number, else the cores less RESERVED_CORES, less one more while the window is
    busy with other work; never fewer than one."""
    if setting is not None and setting > 0:
        return setting
    if variable and variable.strip().isdigit() and int(variable) > 0:
        return int(variable)
    return max(1, cores - RESERVED_CORES - (1 if busy else 0))


def package_identity(info: PackageInfo, cache: TranslationCache | None) -> str:
    """A hash of model.bin, the tokenizer files and metadata (and, for a many-language model, the
    pair): the cache's notion of "the same model translating the same way"."""
    model = info.model_dir / "model.bin"
    stat = model.stat()
    model_hash = cache.package_identity(str(model), stat.st_size, stat.st_mtime_ns) if cache else None
    if model_hash is None:
        digest = hashlib.sha256()
        with open(model, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        model_hash = digest.hexdigest()
        if cache:
            cache.remember_identity(str(model), stat.st_size, stat.st_mtime_ns, model_hash)
    small = hashlib.sha256()
    for name in _IDENTITY_FILES.get(info.family, _IDENTITY_FILES["argos"]):
        if (info.path / name).is_file() or info.family == "argos":
            small.update((info.path / name).read_bytes())
    if info.family != "argos":  # one folder, many pairs: the pair changes the output
        small.update(f"\x1f{info.from_code}\x1f{info.to_code}".encode())
    return f"{model_hash[:32]}-{small.hexdigest()[:32]}"


# Argos' list is what identities were made of before other families existed: cached rows stay valid.
_IDENTITY_FILES = {
    "argos": ("sentencepiece.model", "metadata.json"),
    "nllb": ("sentencepiece.bpe.model", "tokenizer_config.json"),
    "m2m100": ("sentencepiece.bpe.model", "tokenizer_config.json"),
    "opus-mt": ("source.spm", "target.spm", "tokenizer_config.json"),
}


def _assemble(item_id: int, unit: Unit, results: list[tuple[str, list[str], float | None]],
              cached: bool) -> SentenceTranslation:
    """One input text's result from its pieces' (translation, flags, score); the text's score is
    its lowest piece's (None when a piece has none, e.g. cached before scores were kept)."""
    outputs = [result[0] for result in results]
    translation = unit.join(outputs)
    scores = [result[2] for result in results]
    known = [score for score in scores if score is not None]
    return SentenceTranslation(
        item_id, translation, unit.flags(translation, [result[1] for result in results]), cached,
        pieces=piece_english(unit, outputs), score=min(known) if known and len(known) == len(scores) else None,
    )


def _model_label(leg: PackageInfo) -> str:
    """"kk→en · NLLB-200 nllb-200-distilled-600M (CC-BY-NC-4.0)": which model wrote the English."""
    licence = f" ({leg.licence})" if leg.licence and leg.family != "argos" else ""
    return f"{leg.from_code}→{leg.to_code} · {leg.name}{licence}"


class _Shared:
    """One loaded package and the thread count its translator was built with."""

    def __init__(self, package: LoadedModel, threads: int) -> None:
        self.package, self.threads = package, threads


# Every Engine in the process shares one copy of each model: keyed by the model folder, model.bin's
# size and mtime, the compute type and the thread count (fixed when CTranslate2 builds a
# translator). Weak values: a model no engine holds any more is freed.
_registry: weakref.WeakValueDictionary[tuple[object, ...], _Shared] = weakref.WeakValueDictionary()
_registry_lock = threading.Lock()


def _shared_package(info: PackageInfo, key: tuple[object, ...], threads: int, compute_type: str) -> _Shared:
    with _registry_lock:
        shared = _registry.get((*key, threads))
        if shared is None:
            shared = _Shared(load_model(info, threads, compute_type), threads)
            _registry[(*key, threads)] = shared
        return shared


class PackageLoadError(RuntimeError):
    """A package on disk that CTranslate2 or SentencePiece cannot load."""


@dataclass
class _Route:
    plan: Plan
    packages: list[PackageInfo] = field(default_factory=list)


class Engine:
    """Translate sentences with the installed (or bundled demo) packages; see the module docstring."""

    def __init__(
        self,
        *,
        packages: Callable[[], list[PackageInfo]] = list_packages,
        cache: TranslationCache | None = None,
        decoding: Decoding = DEFAULT_DECODING,
        intra_threads: int | None = None,
        batch_size: int = BATCH,
        first_batch: int = FIRST_BATCH,
        cores: int | None = None,
    ) -> None:
        """``intra_threads`` None chooses them from ``cores`` (default: this process's) and
        set_busy (see choose_intra_threads); a number is a setting and always wins."""
        self._packages = packages
        self.cache = cache
        self.decoding = decoding
        self._threads_setting = intra_threads
        self._cores = cores or available_cores()
        self._busy = False
        self.batch_size = batch_size
        self.first_batch = first_batch
        self._loaded: dict[tuple[Path, str, int, int, str], _Shared] = {}  # this engine's share of _registry
        self._identities: dict[tuple[Path, str, int, int], str] = {}
        self._broken: dict[Path, tuple[str, str]] = {}  # failed to load: path -> (from_code, why)
        self._lock = threading.Lock()

    # ------------------------------------------------------------ threads

    @property
    def intra_threads(self) -> int:
        """The intra-op threads the next batch runs on."""
        return choose_intra_threads(self._cores, self._busy, self._threads_setting, os.environ.get(THREADS_VARIABLE))

    def set_busy(self, busy: bool) -> None:
        """Tell the engine the window is (or no longer is) busy with other work, so a core is left
        to it. Like set_intra_threads, it takes effect at the next batch."""
        self._busy = bool(busy)

    def set_intra_threads(self, threads: int | None) -> None:
        """The person's setting: a thread count, or None to choose from the cores again.

        CTranslate2 fixes a translator's threads when it is built, so the next batch after a change
        loads the model again with the new count (0.03-0.6 s on the Argos-shaped package, see
        bench/bench_translate_big.py) and the old copy is freed once no engine holds it."""
        self._threads_setting = threads

    # ------------------------------------------------------------ planning

    def plan(self, from_code: str, to_code: str = "en") -> Plan:
        """What translating from→to would use, and what a person should be told about it."""
        return self._route(from_code, to_code).plan

    def _route(self, from_code: str, to_code: str) -> _Route:
        pair = f"{language_name(from_code)}→{language_name(to_code)}"
        if from_code == to_code:
            return _Route(Plan(from_code, to_code, True, None, False, [from_code], None))
        candidates = [p for p in self._packages() if p.path not in self._broken]
        route = choose_route(candidates, from_code, to_code)
        broken = [why for code, why in self._broken.values() if code == from_code]
        broken += [f"the package {p.id} has no sentencepiece.model (a BPE package), which Dragoman cannot read yet."
                   for p in candidates if (from_code, to_code) in p.pairs() and p.family == "argos" and not usable(p)]
        if route is None:
            message = f"No working {pair} model: {broken[0]}" if broken else f"No {pair} model installed."
            return _Route(Plan(from_code, to_code, False, None, False, [], message))
        codes = [from_code] + [p.to_code for p in route]
        model = " + ".join(_model_label(p) for p in route)
        demo = any(p.demo for p in route)
        notes = [f"Not used: {why}" for why in broken]
        if len(route) > 1:
            notes.append(f"{pair} via {language_name(route[0].to_code)}.")
        if demo:
            notes.append("A demo model made this translation: it knows only a few hundred template "
                         "sentences; install a real package for real translations.")
        restricted = [p for p in route if "-NC" in p.licence.upper()]
        if restricted:  # CC-BY-NC (NLLB-200): a person must know before using the English at work
            notes.append(f"{restricted[0].name} is licensed {restricted[0].licence}: non-commercial use only.")
        family = "+".join(dict.fromkeys(p.family for p in route))
        licence = "; ".join(dict.fromkeys(p.licence for p in route if p.licence)) or None
        plan = Plan(from_code, to_code, True, model, demo, codes, " ".join(notes) or None, family, licence)
        return _Route(plan, route)

    # ------------------------------------------------------------ translating

    def translate(
        self,
        items: Sequence[tuple[int, str]],
        from_code: str,
        to_code: str = "en",
        *,
        cancel: Callable[[], bool] | None = None,
    ) -> Iterator[SentenceTranslation]:
        """Yields one result per item, in input order, batch by batch, as soon as each batch is done.

        cancel() is asked before every result, cached or translated; once it returns True nothing
        more is yielded. To resume, call translate again with the items not yet received: pieces
        already translated come from the cache (the batch under way at cancel was stored too)."""
        route = self._route(from_code, to_code)
        stopped = cancel or (lambda: False)
        if not route.plan.available or not route.packages:  # no model, or the same language
            for sentence_id, text in items:
                if stopped():
                    return
                yield SentenceTranslation(sentence_id, text if route.plan.available else None, [], plan=route.plan)
            return
        try:
            identity = "+".join(self._identity(p) for p in route.packages)
        except PackageLoadError:
            # That package is now marked broken: plan again without it (a demo, a pivot, or none).
            yield from self.translate(items, from_code, to_code, cancel=cancel)
            return
        for result in self._translate_route(list(items), route.packages, identity, (from_code, to_code), cancel):
            if result.plan is None:  # a fallback's results already carry the plan that made them
                result.plan = route.plan
            yield result

    def _translate_route(
        self,
        items: list[tuple[int, str]],
        packages: list[PackageInfo],
        identity: str,
        pair: tuple[str, str],
        cancel: Callable[[], bool] | None,
    ) -> Iterator[SentenceTranslation]:
        settings = self.decoding.key()
        units = [split_unit(text, pair[0], self.decoding.pieces) for _, text in items]
        keys = [[cache_key(identity, settings, piece) for piece in unit.pieces] for unit in units]
        sources = {key: piece for unit, unit_keys in zip(units, keys) for key, piece in zip(unit_keys, unit.pieces)}
        done: dict[str, tuple[str, list[str], float | None]] = self.cache.get_many(sources) if self.cache else {}
        cached = set(done)
        position, batch_limit = 0, self.first_batch
        while position < len(items):
            # Before every result, cached or not: a long run of cached sentences must stop too.
            if cancel is not None and cancel():
                return
            if all(key in done for key in keys[position]):
                results = [done[key] for key in keys[position]]
                yield _assemble(items[position][0], units[position], results, cached.issuperset(keys[position]))
                position += 1
                continue
            try:  # loaded at the first piece the cache lacks, not before; again if the threads changed
                loaded = [self._load(p) for p in packages]
            except PackageLoadError:
                yield from self.translate(items[position:], *pair, cancel=cancel)
                return
            batch = self._next_batch(keys, position, done, batch_limit)
            outputs = self._translate_by_length(loaded, [sources[key] for key in batch])
            if self.cache:
                self.cache.put_many((key, *output) for key, output in zip(batch, outputs))
            done.update(zip(batch, outputs))
            batch_limit = max(1, min(batch_limit * BATCH_GROWTH, self.batch_size))

    def _translate_by_length(self, route: list[LoadedModel],
                             texts: list[str]) -> list[tuple[str, list[str], float | None]]:
        """_translate_texts with the texts sorted longest first, results back in the given order:
        neighbours of like length share CTranslate2's sub-batches and pad little. Characters stand
        in for tokens (the tokenizer is the package's business)."""
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        results: list[tuple[str, list[str], float | None]] = [("", [], None)] * len(texts)
        for index, result in zip(order, self._translate_texts(route, [texts[i] for i in order])):
            results[index] = result
        return results

    def _next_batch(self, keys: list[list[str]], position: int, done: Mapping[str, object], limit: int) -> list[str]:
        """The next pieces to translate, once each: the pending pieces of whole items from ``position``
        until the batch holds ``limit``; an item is cut only where it alone exceeds a full batch."""
        batch: dict[str, None] = {}  # ordered, and a piece repeated in the article is translated once
        most = max(limit, self.batch_size)
        for item_keys in itertools.islice(keys, position, None):
            for key in item_keys:
                if key not in done and key not in batch:
                    if len(batch) >= most:
                        return list(batch)
                    batch[key] = None
            if len(batch) >= limit:
                break
        return list(batch)

    def _translate_texts(self, route: list[LoadedModel], texts: list[str]) -> list[tuple[str, list[str], float | None]]:
        """(translation, flags, score) of each text; through a pivot the score is the lower leg's."""
        current, truncated = list(texts), [False] * len(texts)
        scores: list[float | None] = [0.0] * len(texts)
        for package in route:  # a pivot feeds one leg's output to the next
            current, cut, leg_scores = package.translate(current, self.decoding)
            truncated = [a or b for a, b in zip(truncated, cut)]
            scores = [None if a is None or b is None else min(a, b) for a, b in zip(scores, leg_scores)]
        return [(out, translation_flags(src, out, truncated=t), score)
                for src, out, t, score in zip(texts, current, truncated, scores)]

    def _identity(self, info: PackageInfo) -> str:
        """The package's cache identity (no model loading); raises PackageLoadError on failure."""
        with self._guard(info):
            key = self._stat_key(info)
            with self._lock:
                if key not in self._identities:
                    self._identities[key] = package_identity(info, self.cache)
                return self._identities[key]

    def _load(self, info: PackageInfo) -> LoadedModel:
        """The package's translator and tokenizer, shared with every engine in the process that
        uses the same threads; raises PackageLoadError on failure."""
        with self._guard(info):
            threads = self.intra_threads
            key = (*self._stat_key(info), self.decoding.compute_type)
            with self._lock:
                held = self._loaded.get(key)
                if held is None or held.threads != threads:
                    for stale in [k for k in self._loaded if k[0] == info.path and k != key]:
                        del self._loaded[stale]  # replaced on disk: let the old copy go
                    held = self._loaded[key] = _shared_package(info, key, threads, self.decoding.compute_type)
                return held.package

    @staticmethod
    def _stat_key(info: PackageInfo) -> tuple[Path, str, int, int]:
        # Size and mtime in the key: a package replaced in place is loaded afresh. The pair too: a
        # many-language folder is loaded once per pair it translates (the translator itself is
        # shared, translate/ct2_model.py), each with its own language tokens and cache identity.
        stat = (info.model_dir / "model.bin").stat()
        return (info.path, f"{info.from_code}>{info.to_code}", stat.st_size, stat.st_mtime_ns)

    @contextlib.contextmanager
    def _guard(self, info: PackageInfo) -> Iterator[None]:
        """Turn a load failure into PackageLoadError and remember the package as broken."""
        try:
            yield
        except (OSError, RuntimeError, ValueError) as error:  # ctranslate2/sentencepiece raise these
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            why = f"the package {info.id} could not be loaded ({reason}); reinstall it."
            self._broken[info.path] = (info.from_code, why)
            raise PackageLoadError(why) from error

    def close(self) -> None:
        """Release the loaded models and this thread's cache connection."""
        with self._lock:
            self._loaded.clear()
            self._identities.clear()
            self._broken.clear()
        if self.cache:
            self.cache.close()


_engine: Engine | None = None
_engine_lock = threading.Lock()


def get_engine() -> Engine:
    """The process-wide engine: the person's argos package folder + the bundled demo packages,
    with the persistent cache in article.paths.data_home()."""
    global _engine
    with _engine_lock:
        if _engine is None:
            from dragoman.article.paths import data_home

            # Threads: from the cores, unless DRAGOMAN_INTRA_THREADS or a setting says otherwise.
            _engine = Engine(cache=TranslationCache(data_home() / "translations.sqlite"))
        return _engine
