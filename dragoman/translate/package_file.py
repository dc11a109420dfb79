"""Checking an ``.argosmodel`` file before anything of it touches the disk, and extracting it safely.

An Argos package is a zip archive of one folder holding ``metadata.json``, a CTranslate2
``model/`` folder and a tokenizer (``sentencepiece.model`` or ``bpe.model``). A file from the
internet is untrusted, so every rule is checked on the zip's directory first, and sizes are
enforced again while the bytes are written (a header can lie about a member's size).
"""

from __future__ import annotations

import json
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from dragoman.errors import UserFacingError

MAX_MEMBERS = 2_000  # published packages hold a few dozen files
MAX_TOTAL_BYTES = 2 * 1024**3  # the largest published Argos models are a few hundred MB
MAX_RATIO = 100  # model weights barely compress; a far higher ratio is a zip bomb
RATIO_CHECK_MIN_BYTES = 1024**2  # tiny text files may compress well; only judge big members
REQUIRED_METADATA = ("from_code", "to_code")
# Every metadata.json field Dragoman reads later, with the JSON types it may have: a field of
# another type would install and then break listing or every translation of its language.
METADATA_TYPES: dict[str, tuple[type, ...]] = {
    "from_code": (str,), "to_code": (str,), "type": (str,), "from_name": (str,), "to_name": (str,),
    "target_prefix": (str,), "license": (str,), "licence": (str,), "name": (str,),
    "package_version": (str, int, float), "dragoman_demo": (bool,),
}
_TYPE_WORDS = {str: "a string", int: "a number", float: "a number", bool: "true or false"}
TOKENIZERS = ("sentencepiece.model", "bpe.model")
_CHUNK = 1024 * 1024


class PackageFileError(UserFacingError, ValueError):
    """A package file that must not be installed; ``str()`` names the problem in one sentence."""


@dataclass(frozen=True)
class CheckedPackage:
    """What validation learned about a package file."""

    top: str  # the one top-level folder in the zip
    metadata: dict[str, Any]
    total_bytes: int  # declared uncompressed size of all members


def check_package_file(path: Path) -> CheckedPackage:
    """Validate ``path`` as an Argos package without extracting it; raise PackageFileError if not."""
    if not path.is_file():
        raise PackageFileError(f"{path.name} does not exist or is not a file.")
    if not zipfile.is_zipfile(path):
        raise PackageFileError(f"{path.name} is not an Argos package: it is not a zip archive.")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_members(path.name, infos)
            top = _single_top_folder(path.name, infos)
            _check_contents(path.name, top, {i.filename.rstrip("/") for i in infos})
            metadata = _read_metadata(path.name, archive, f"{top}/metadata.json")
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise PackageFileError(f"{path.name} is a damaged zip archive ({error}).") from error
    return CheckedPackage(top, metadata, sum(i.file_size for i in infos))


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if not infos:
        raise PackageFileError(f"{name} is an empty zip archive, not an Argos package.")
    if len(infos) > MAX_MEMBERS:
        raise PackageFileError(f"{name} holds {len(infos)} files, more than the {MAX_MEMBERS} a package may have.")
    total = 0
    for info in infos:
        _check_member_name(name, info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageFileError(f"{name} contains a symbolic link ({info.filename}), which a package may not.")
        total += info.file_size
        if info.file_size >= RATIO_CHECK_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageFileError(
                f"{name} looks like a zip bomb: {info.filename} expands "
                f"{info.file_size // max(info.compress_size, 1)} times."
            )
    if total > MAX_TOTAL_BYTES:
        raise PackageFileError(
            f"{name} would expand to {total / 1024**3:.1f} GB, "
            f"more than the {MAX_TOTAL_BYTES // 1024**3} GB a package may use."
        )
    _check_whole_ratio(name, total, sum(i.compress_size for i in infos))


def _check_whole_ratio(name: str, total: int, packed: int) -> None:
    """Many members each just under RATIO_CHECK_MIN_BYTES are a bomb too: judge the whole archive."""
    if total >= RATIO_CHECK_MIN_BYTES and total > MAX_RATIO * max(packed, 1):
        raise PackageFileError(f"{name} looks like a zip bomb: it expands {total // max(packed, 1)} times.")


def inflate_limit(path: Path, ceiling: int) -> int:
    """The most bytes extracting ``path`` may write: MAX_RATIO times the file (at least that times
    RATIO_CHECK_MIN_BYTES, for small packages of text), never above ``ceiling``. Counted while the
    bytes inflate, so a directory that lies about sizes is caught too."""
    return min(ceiling, MAX_RATIO * max(path.stat().st_size, RATIO_CHECK_MIN_BYTES))


def _check_member_name(name: str, member: str) -> None:
    # Zip names use "/", but a hostile archive may use "\" or a drive letter to escape on any OS.
    if member.startswith(("/", "\\")) or (len(member) > 1 and member[1] == ":"):
        raise PackageFileError(f"{name} contains an absolute path ({member}), which a package may not.")
    parts = PurePosixPath(member.replace("\\", "/")).parts
    if ".." in parts:
        raise PackageFileError(f"{name} contains a path that climbs out of its folder ({member}).")
    if "\x00" in member:
        raise PackageFileError(f"{name} contains a file name with a NUL character.")


def _single_top_folder(name: str, infos: list[zipfile.ZipInfo]) -> str:
    tops = {PurePosixPath(i.filename).parts[0] for i in infos}
    if len(tops) != 1:
        shown = ", ".join(sorted(tops)[:4])
        raise PackageFileError(f"{name} must hold exactly one top-level folder, but holds {len(tops)} ({shown}).")
    top = tops.pop()
    if any(i.filename.rstrip("/") == top and not i.is_dir() for i in infos):
        raise PackageFileError(f"{name} holds a single file, not a package folder.")
    if top.startswith("."):
        raise PackageFileError(f"{name} has a hidden top-level folder ({top}), which is not a package.")
    return top


def _check_contents(name: str, top: str, names: set[str]) -> None:
    if f"{top}/metadata.json" not in names:
        raise PackageFileError(f"{name} has no metadata.json in {top}/, so it is not an Argos package.")
    if f"{top}/model/model.bin" not in names:
        raise PackageFileError(f"{name} has no CTranslate2 model (model/model.bin) in {top}/.")
    if not any(n.startswith(f"{top}/model/") and "vocabulary" in n for n in names):
        raise PackageFileError(f"{name} has a model/ folder without a vocabulary file.")
    if not any(f"{top}/{t}" in names for t in TOKENIZERS):
        raise PackageFileError(f"{name} has no tokenizer (sentencepiece.model or bpe.model) in {top}/.")


def parse_json(data: bytes | str) -> Any:
    """JSON from bytes or text; raises ValueError (never RecursionError) for anything that is not JSON.

    Deeply nested arrays exhaust Python's recursion limit inside json.loads.
    """
    try:
        return json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)
    except RecursionError as error:
        raise ValueError("it is nested too deeply") from error


def metadata_problem(metadata: Any) -> str | None:
    """What is wrong with a parsed metadata.json, as the end of a sentence, or None when it is fine."""
    if not isinstance(metadata, dict):
        return "is not a JSON object"
    missing = [k for k in REQUIRED_METADATA if not isinstance(metadata.get(k), str) or not metadata.get(k)]
    if missing:
        return f"has no {', '.join(missing)}"
    for key, allowed in METADATA_TYPES.items():
        value = metadata.get(key)
        # bool is an int in Python: a version of true is as wrong as a name of 5.
        if value is not None and (not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed)):
            words = " or ".join(dict.fromkeys(_TYPE_WORDS[t] for t in allowed))
            return f"gives {key} as {json.dumps(value)[:40]}, where it must be {words}"
    if metadata.get("type", "translate") != "translate":
        return f"is for a '{metadata.get('type')}' package, not a translation package"
    return None


def _read_metadata(name: str, archive: zipfile.ZipFile, member: str) -> dict[str, Any]:
    if archive.getinfo(member).file_size > 1024**2:
        raise PackageFileError(f"{name} has a metadata.json larger than 1 MB.")
    try:
        metadata: dict[str, Any] = parse_json(archive.read(member))  # metadata_problem checks it is one
    except (UnicodeDecodeError, ValueError) as error:
        raise PackageFileError(f"{name} has a metadata.json that is not valid JSON ({error}).") from error
    problem = metadata_problem(metadata)
    if problem:
        raise PackageFileError(f"{name} has a metadata.json that {problem}.")
    return metadata


def extract_package(path: Path, checked: CheckedPackage, staging_parent: Path) -> Path:
    """Extract a checked package into a new folder under ``staging_parent``; return the package folder.

    The caller moves the returned folder into place; on any error nothing is left behind.
    """
    from .staging import fault_point, new_staging

    staging = new_staging("install", staging_parent)
    try:
        written, limit = 0, inflate_limit(path, MAX_TOTAL_BYTES)
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                target = staging / PurePosixPath(info.filename)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                written = _copy_member(archive, info, target, (written, limit), path.name)
                fault_point("extract")
        return staging / checked.top
    except (zipfile.BadZipFile, EOFError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise PackageFileError(f"{path.name} is damaged: {error}.") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: tuple[int, int],
                 name: str) -> int:
    """Copy one member, counting real bytes; return the bytes written so far. ``budget`` is (written
    before, limit): a member that outgrows its header, or an archive that outgrows the limit, is refused."""
    with archive.open(info) as source:
        return copy_counted(source, target, info.file_size, budget, name)


def copy_counted(source: IO[bytes], target: Path, declared: int, budget: tuple[int, int], name: str) -> int:
    """Copy ``source`` to ``target`` counting bytes as they inflate; return the archive's bytes so far."""
    own, (written, limit) = 0, budget
    with open(target, "wb") as sink:
        while chunk := source.read(_CHUNK):
            own += len(chunk)
            written += len(chunk)
            if own > declared:
                raise PackageFileError(f"{name} expands beyond what its directory declares; refusing it.")
            if written > limit:
                raise PackageFileError(f"{name} looks like an archive bomb: it expands to more than "
                                       f"{limit // 1024**2} MB; refusing it.")
            sink.write(chunk)
    return written


def staging_root(packages_dir: Path) -> Path:
    """Where to stage an extraction so the final move is a rename on the same disk.

    Not inside ``packages_dir`` itself: argostranslate treats every folder there as a package.
    """
    parent = packages_dir.parent
    try:
        probe = Path(tempfile.mkdtemp(prefix=".dragoman-probe-", dir=parent))
        probe.rmdir()
        return parent
    except OSError:
        from dragoman.article.paths import data_home

        return data_home()
