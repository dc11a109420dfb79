"""The model manager: list, install, remove and download models (no Qt).

Argos packages live where argostranslate keeps them ($ARGOS_PACKAGES_DIR, else argostranslate's
``settings.package_data_dir``), so packages installed with ``argospm`` are found and the other way
round. Converted CTranslate2 folders (NLLB-200, M2M-100, OPUS-MT; translate/families.py) live in
``data_home()/models/``: not beside Argos packages, because argostranslate reads every folder there
as a package and fails on one without metadata.json. The bundled demo packages are listed too
(``demo`` and ``bundled`` true) but live apart, in Dragoman's data folder, and cannot be removed.

Every failure is a ``PackageError`` whose ``str()`` is one sentence for a person.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import index as _index
from .bundled import ensure_demo_packages
from .errors import DownloadCancelled, PackageError
from .families import ARGOS, SIDE_FILE, FamilyError, detect_family, read_facts
from .index import AvailablePackage, download_file, fetch_index
from .languages import language_name
from .package_file import (
    PackageFileError,
    check_package_file,
    extract_package,
    metadata_problem,
    parse_json,
    staging_root,
)
from .staging import clean_legacy, clean_stale, new_staging, swap_into_place

log = logging.getLogger(__name__)

DEMO_PREFIX = "demo/"

__all__ = [
    "AvailablePackage",
    "DownloadCancelled",
    "PackageError",
    "PackageInfo",
    "download_package",
    "fetch_index",
    "install_package_file",
    "list_packages",
    "packages_dir",
    "remove_package",
]


@dataclass
class PackageInfo:
    """One package Dragoman can translate with."""

    id: str  # the folder name; "demo/<folder>" for a bundled demo package
    name: str  # for display: "Kazakh → English 0.1-demo (DEMO)"
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str
    size_bytes: int
    demo: bool
    bundled: bool
    path: Path  # the package folder (metadata.json, model/, sentencepiece.model)
    family: str = ARGOS  # "argos", "nllb", "m2m100", "opus-mt" (translate/families.py)
    licence: str = ""  # as its publisher states it ("CC-BY-NC-4.0"); "" when the package does not say
    # Every language a many-language folder translates from / into; () means (from_code,) / (to_code,).
    from_codes: tuple[str, ...] = ()
    to_codes: tuple[str, ...] = ()

    @property
    def model_dir(self) -> Path:
        """The folder holding model.bin."""
        return self.path / "model" if self.family == ARGOS else self.path

    def pairs(self) -> list[tuple[str, str]]:
        """Every (from, to) pair this model translates."""
        sources, targets = self.from_codes or (self.from_code,), self.to_codes or (self.to_code,)
        return [(f, t) for f in sources for t in targets if f != t]

    def for_pair(self, from_code: str, to_code: str) -> PackageInfo:
        """This model used for one of its pairs (what a route leg and a loaded model are)."""
        return dataclasses.replace(self, from_code=from_code, to_code=to_code,
                                   from_name=(language_name(from_code) if from_code != self.from_code
                                              else self.from_name),
                                   to_name=language_name(to_code) if to_code != self.to_code else self.to_name)

    def languages(self) -> str:
        """"kk→en", or "ar, kk, ru, … (23) → en" for a many-language folder."""
        sources, targets = self.from_codes or (self.from_code,), self.to_codes or (self.to_code,)
        if len(sources) == 1 and len(targets) == 1:
            return f"{sources[0]}→{targets[0]}"
        into = "en" if "en" in targets else _shown(targets)
        return f"{_shown(_analysed_first([c for c in sources if c != into]))} → {into}"


def _shown(codes: Sequence[str]) -> str:
    """Up to four codes, else the first three and the count."""
    return ", ".join(codes) if len(codes) <= 4 else f"{', '.join(codes[:3])}, … ({len(codes)})"


def _analysed_first(codes: list[str]) -> list[str]:
    """The languages Dragoman analyses (resources/lang/<code>/analysis.toml) first, each part in order."""
    from dragoman.article.paths import RESOURCES

    return sorted(codes, key=lambda c: not (RESOURCES / "lang" / c / "analysis.toml").is_file())


def models_home() -> Path:
    """Where converted CTranslate2 model folders are installed (see the module docstring)."""
    from dragoman.article.paths import data_home

    folder = data_home() / "models"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def packages_dir() -> Path:
    """The person's argos package folder, created on demand ($ARGOS_PACKAGES_DIR wins, as in argos)."""
    explicit = os.environ.get("ARGOS_PACKAGES_DIR")
    if explicit:
        folder = Path(explicit)
    else:
        from argostranslate import settings  # 0.1 s; reads argos' own settings.json

        folder = Path(settings.package_data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # ARGOS_PACKAGES_DIR=/dev/null/x, a read-only disk: say which folder
        raise PackageError(f"Dragoman cannot use the model folder {folder} ({error.strerror or error}), so "
                           "nothing is translated; make it a folder Dragoman may write (ARGOS_PACKAGES_DIR "
                           "names it, if set).") from error
    return folder


NOT_TRANSLATION = "it is not a translation package"
_told: set[tuple[Path, str]] = set()
# What a converted model folder is: (family, name, source codes, target codes, licence).
_Facts = tuple[str, str, tuple[str, ...], tuple[str, ...], str]


def read_package(folder: Path, *, bundled: bool = False) -> PackageInfo | None:
    """A PackageInfo for an unpacked package folder, or None when it is not a translation package
    (a folder with a bad metadata.json is skipped, and why is logged: see package_problem)."""
    metadata, problem = _package_metadata(folder)
    if metadata is None:
        if problem is not None and problem != NOT_TRANSLATION and (folder, problem) not in _told:
            _told.add((folder, problem))  # packages are listed at every plan: say it once per process
            log.warning("Skipped the package folder %s: %s.", folder, problem)
        return None
    from_code, to_code = metadata["from_code"], metadata["to_code"]
    demo = bool(metadata.get("dragoman_demo")) or bundled
    from_name = metadata.get("from_name") or language_name(from_code)
    to_name = metadata.get("to_name") or language_name(to_code)
    version = str(metadata.get("package_version", ""))
    label = f"{from_name} → {to_name} {version}".strip() + (" (DEMO)" if demo else "")
    licence = metadata.get("license") or metadata.get("licence") or ("Dragoman demo model" if demo else "")
    return PackageInfo(
        id=(DEMO_PREFIX if bundled else "") + folder.name,
        name=label,
        from_code=from_code,
        to_code=to_code,
        from_name=from_name,
        to_name=to_name,
        version=version,
        size_bytes=_folder_size(folder),
        demo=demo,
        bundled=bundled,
        path=folder,
        licence=licence if isinstance(licence, str) else "",
    )



def package_problem(folder: Path) -> str | None:
    """Why an Argos package folder cannot be used (the end of a sentence), or None when it can."""
    return _package_metadata(folder)[1]


def _package_metadata(folder: Path) -> tuple[dict[str, Any] | None, str | None]:
    """(metadata, None) for a whole metadata.json, else (None, why). Every field read later is
    type-checked here, so a hand-placed folder with a bad one is skipped instead of breaking every
    translation of its language."""
    try:
        metadata = parse_json((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return None, f"its metadata.json cannot be read ({error})"
    if isinstance(metadata, dict) and metadata.get("type", "translate") != "translate":
        return None, NOT_TRANSLATION
    problem = metadata_problem(metadata)
    return (None, f"its metadata.json {problem}") if problem else (metadata, None)


def read_model_folder(folder: Path) -> PackageInfo | None:
    """A PackageInfo for an installed converted folder (from the facts install wrote beside it, else
    read from its files), or None when it is no model Dragoman reads."""
    try:
        side = parse_json((folder / SIDE_FILE).read_text(encoding="utf-8"))
        read = (side["family"], side["name"], tuple(side["from_codes"]), tuple(side["to_codes"]), side["licence"])
        if not all(isinstance(v, str) for v in (*read[:2], *read[2], *read[3], read[4])):
            raise TypeError("a field of dragoman.json is not a string")
        facts: _Facts | None = read
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        facts = _facts_from_files(folder)
    if facts is None:
        return None
    family, name, sources, targets, licence = facts
    if not sources or not targets:
        return None
    to_code = "en" if "en" in targets else targets[0]
    from_code = next((c for c in sources if c != to_code), sources[0])
    return PackageInfo(
        id=folder.name, name=name, from_code=from_code, to_code=to_code, from_name=language_name(from_code),
        to_name=language_name(to_code), version="", size_bytes=_folder_size(folder), demo=False, bundled=False,
        path=folder, family=family, licence=licence, from_codes=sources, to_codes=targets,
    )


def _facts_from_files(folder: Path) -> _Facts | None:
    """The facts of a folder put in place by hand (install writes dragoman.json): read from its files,
    and remembered while they are unchanged (NLLB's vocabulary takes ~0.2 s to read)."""
    try:
        stamp = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in sorted(folder.iterdir()) if f.is_file())
    except OSError:
        return None
    key = (str(folder), stamp)
    if key not in _hand_placed:
        found = None
        if detect_family(folder) not in (None, ARGOS):
            try:
                found = read_facts(folder)
            except FamilyError:
                found = None
        _hand_placed[key] = ((found.family, found.name, found.from_codes, found.to_codes, found.licence)
                             if found else None)
    return _hand_placed[key]


_hand_placed: dict[tuple[str, tuple[tuple[str, int, int], ...]], _Facts | None] = {}


def _folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def list_packages(*, include_demo: bool = True) -> list[PackageInfo]:
    """Installed packages (sorted by language pair), then the bundled demo packages.

    First cleans what killed installs left (translate/staging.py), putting back a package an
    interrupted upgrade had moved aside."""
    clean_staging()
    installed = []
    for folder in sorted(packages_dir().iterdir()):
        if folder.is_dir() and not folder.name.startswith("."):
            info = read_package(folder)
            if info is not None:
                installed.append(info)
    for folder in sorted(models_home().iterdir()):
        if folder.is_dir() and not folder.name.startswith("."):
            info = read_model_folder(folder)
            if info is not None:
                installed.append(info)
    installed.sort(key=lambda p: (p.from_code, p.to_code, p.id))
    if not include_demo:
        return installed
    demos = [read_package(folder, bundled=True) for folder in ensure_demo_packages()]
    return installed + [d for d in demos if d is not None]


def clean_staging() -> None:
    """Remove the staging folders of installs, removals and downloads whose process is gone."""
    try:
        parents = [staging_root(packages_dir()), staging_root(models_home())]
    except OSError:
        return  # an unusable data folder is reported where packages are read
    homes = {True: packages_dir(), False: models_home()}
    for folder in clean_stale(parents) + clean_legacy(parents, homes):
        log.info("Removed %s, left by an install that was stopped.", folder)


def install_package_file(path: str | Path, languages: tuple[str, ...] = ()) -> PackageInfo:
    """Validate and install a .argosmodel file, a converted model folder (NLLB-200, M2M-100,
    OPUS-MT) or a .zip / .tar.gz of one; return the installed model.

    ``languages`` names the source languages of an OPUS-MT model whose files do not.
    An installed Argos package with the same folder name or the same language pair is replaced
    (that is how a package is upgraded), as is a model folder of the same name. On any failure
    nothing new remains on disk.
    """
    from .model_archive import is_archive
    from .model_install import install_model_archive, install_model_folder

    path = Path(path)
    if path.is_dir() and (path / "metadata.json").is_file():
        return _install_argos_folder(path)
    if path.is_dir():
        return _installed(install_model_folder(path, languages))
    if path.suffix != ".argosmodel" and is_archive(path) and not _is_argos_zip(path):
        return _installed(install_model_archive(path, languages))
    if not path.exists():
        raise PackageError(f"{path.name} does not exist.")
    return _install_argos_file(path)


def _installed(folder: Path) -> PackageInfo:
    info = read_model_folder(folder)
    if info is None:  # check_folder accepted it, so this would be a bug, not a bad file
        raise PackageError(f"{folder.name} was installed but cannot be read back; remove it and try again.")
    return info


def _is_argos_zip(path: Path) -> bool:
    """A zip whose one folder holds metadata.json: an Argos package whatever its file name."""
    import zipfile

    if not zipfile.is_zipfile(path):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return any(n.count("/") == 1 and n.endswith("/metadata.json") for n in archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


def _install_argos_file(path: Path) -> PackageInfo:
    """Validate and install a .argosmodel file (see install_package_file)."""
    try:
        checked = check_package_file(path)
    except PackageFileError as error:
        raise PackageError(str(error)) from error
    target_dir = packages_dir()
    try:
        fresh = extract_package(path, checked, staging_root(target_dir))
    except PackageFileError as error:
        raise PackageError(str(error)) from error
    except OSError as error:
        raise PackageError(f"Could not unpack {path.name} ({error.strerror or error}); "
                           "check free disk space.") from error
    try:
        info = read_package(fresh)
        if info is None:
            raise PackageError(f"{path.name} has a metadata.json Dragoman cannot read.")
        _refuse_unless_it_runs(info)
        _move_into_place(fresh, target_dir / checked.top, info)
    finally:
        shutil.rmtree(fresh.parent, ignore_errors=True)
    installed = read_package(target_dir / checked.top)
    assert installed is not None
    return installed


def _install_argos_folder(source: Path) -> PackageInfo:
    """Copy, validate and install an unpacked Argos package folder (see install_package_file)."""
    from .model_check import check_files

    target_dir = packages_dir()
    staging = new_staging("install", staging_root(target_dir))
    try:
        fresh = staging / source.resolve().name
        try:
            shutil.copytree(source, fresh, symlinks=True)
            check_files(fresh)
        except OSError as error:
            raise PackageError(f"Could not copy {source.name} ({error.strerror or error}); "
                               "check free disk space.") from error
        except FamilyError as error:
            raise PackageError(str(error)) from error
        missing = [name for name in ("model/model.bin", "sentencepiece.model") if not (fresh / name).is_file()]
        problem = package_problem(fresh)
        if missing or problem:
            what = f"without {', '.join(missing)}" if missing else f"that cannot be used: {problem}"
            raise PackageError(f"{source.name} is an Argos package folder {what}.")
        info = read_package(fresh)
        assert info is not None  # package_problem found nothing wrong
        _refuse_unless_it_runs(info)
        _move_into_place(fresh, target_dir / fresh.name, info)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return _installed_argos(target_dir / source.resolve().name)


def _refuse_unless_it_runs(info: PackageInfo) -> None:
    """Load and run the staged package in CTranslate2; a PackageError saying why when it cannot."""
    from .model_check import check_runs

    try:
        check_runs(info)
    except FamilyError as error:
        raise PackageError(str(error)) from error


def _installed_argos(folder: Path) -> PackageInfo:
    info = read_package(folder)
    if info is None:
        raise PackageError(f"{folder.name} was installed but cannot be read back; remove it and try again.")
    return info


def _move_into_place(fresh: Path, target: Path, info: PackageInfo) -> None:
    """Rename the new folder in; the folders it replaces are removed only after it is in place."""
    replaced = [p.path for p in list_packages(include_demo=False) if p.family == ARGOS
                and (p.path == target or (p.from_code, p.to_code) == (info.from_code, info.to_code))]
    try:
        swap_into_place(fresh, target, replaced)
    except OSError as error:
        raise PackageError(f"Could not install into {target.parent} ({error.strerror or error}).") from error


def remove_package(package_id: str) -> None:
    """Remove an installed package by id; a bundled demo package cannot be removed."""
    if package_id.startswith(DEMO_PREFIX):
        raise PackageError(
            f"{package_id} is a demo model bundled with Dragoman and cannot be removed; "
            "a real package for the same languages is used instead of it."
        )
    match = [p for p in list_packages(include_demo=False) if p.id == package_id]
    if not match:
        raise PackageError(f"No installed package has the id {package_id}; `dragoman models list` shows them.")
    folder = match[0].path
    # Rename first so argostranslate never sees a half-deleted package.
    aside = new_staging("remove", staging_root(folder.parent))
    try:
        folder.rename(aside / folder.name)
    except OSError as error:
        shutil.rmtree(aside, ignore_errors=True)
        raise PackageError(f"Could not remove {package_id} ({error.strerror or error}).") from error
    shutil.rmtree(aside, ignore_errors=True)


def download_package(
    from_code: str,
    to_code: str,
    *,
    index_url: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    clock: _index.Clock = _index.Clock(),
) -> PackageInfo:
    """Download the index's newest from→to package and install it.

    ``progress(done_bytes, total_bytes)`` is called as bytes arrive (total 0 when unknown);
    ``cancel()`` is checked between chunks and raises DownloadCancelled, leaving nothing behind.
    """
    url = _index.index_url(index_url)  # the parameter shadows the function of the same name
    offers = [p for p in fetch_index(url) if (p.from_code, p.to_code) == (from_code, to_code)]
    if not offers:
        raise PackageError(
            f"The package index at {url} has no {language_name(from_code)}→{language_name(to_code)} package."
        )
    best = max(offers, key=lambda p: _version_key(p.version))
    workdir = new_staging("download", staging_root(packages_dir()))
    try:
        file = workdir / f"translate-{from_code}_{to_code}.argosmodel"
        download_file(best.links, file, progress=progress, cancel=cancel, clock=clock)
        if cancel and cancel():
            raise DownloadCancelled("The download was cancelled; nothing was installed.")
        return install_package_file(file)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _version_key(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.replace("-", ".").split("."):
        parts.append(int(piece) if piece.isdigit() else -1)
    return tuple(parts)
