"""Unpacking a model folder shipped as a .zip or .tar.gz, refusing hostile archives.

The same rules as .argosmodel files (package_file.py): no absolute paths, no ``..``, no links, no
special files (devices, FIFOs), bounded member count and size, and bytes counted while written (a
header can lie). A tar member has no compressed size of its own, so a bomb is judged on the whole
archive: declared bytes more than MAX_RATIO times the file's size are refused.
"""

from __future__ import annotations

import shutil
import stat
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from .package_file import (
    MAX_MEMBERS,
    MAX_RATIO,
    RATIO_CHECK_MIN_BYTES,
    PackageFileError,
    _check_member_name,
    _check_whole_ratio,
    copy_counted,
    inflate_limit,
)
from .staging import new_staging

# NLLB-200 3.3B in int8 is ~3.3 GB and 1.3B in float16 ~2.7 GB: larger than any Argos package.
MAX_MODEL_BYTES = 8 * 1024**3


def is_archive(path: Path) -> bool:
    """A .zip or a tar (gzip/bz2/xz or plain) file."""
    return path.is_file() and (zipfile.is_zipfile(path) or tarfile.is_tarfile(path))


def extract_model_archive(path: Path, staging_parent: Path) -> Path:
    """Check and extract ``path`` into a new folder under ``staging_parent``; return the model folder
    (the archive's one top-level folder, or the staging folder when the files are at the top).

    On any error nothing is left behind and PackageFileError says why in one sentence.
    """
    staging = new_staging("install", staging_parent)
    try:
        names = _extract_zip(path, staging) if zipfile.is_zipfile(path) else _extract_tar(path, staging)
        tops = {PurePosixPath(n).parts[0] for n in names}
        if len(tops) == 1 and (staging / next(iter(tops))).is_dir():
            return staging / tops.pop()
        root = staging / path.name.split(".")[0]
        root.mkdir()
        for child in list(staging.iterdir()):
            if child != root:
                child.rename(root / child.name)
        return root
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _extract_zip(path: Path, staging: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_zip_members(path.name, infos)
            written, limit = 0, inflate_limit(path, MAX_MODEL_BYTES)
            for info in infos:
                target = staging / PurePosixPath(info.filename)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as source:
                    written = copy_counted(source, target, info.file_size, (written, limit), path.name)
            return [i.filename for i in infos]
    except (zipfile.BadZipFile, EOFError) as error:
        raise PackageFileError(f"{path.name} is a damaged zip archive ({error}).") from error


def _extract_tar(path: Path, staging: Path) -> list[str]:
    try:
        with tarfile.open(path) as archive:
            members = archive.getmembers()
            _check_tar_members(path, members)
            written, limit = 0, inflate_limit(path, MAX_MODEL_BYTES)
            for member in members:
                target = staging / PurePosixPath(member.name)
                if member.isdir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                source = archive.extractfile(member)
                if source is None:
                    raise PackageFileError(f"{path.name} has a member that cannot be read ({member.name}).")
                with source:
                    written = copy_counted(source, target, member.size, (written, limit), path.name)
            return [m.name for m in members]
    except (tarfile.TarError, EOFError, OSError) as error:
        if isinstance(error, PackageFileError):
            raise
        raise PackageFileError(f"{path.name} is a damaged archive ({error}).") from error


def _check_zip_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    """package_file's rules for a zip, with a model's size limit (NLLB is bigger than Argos packages)."""
    if not infos:
        raise PackageFileError(f"{name} is an empty archive, not a model folder.")
    if len(infos) > MAX_MEMBERS:
        raise PackageFileError(f"{name} holds {len(infos)} files, more than the {MAX_MEMBERS} a model may have.")
    for info in infos:
        _check_member_name(name, info.filename)
        mode = info.external_attr >> 16  # Unix mode bits, when the zip was made on Unix
        if stat.S_ISLNK(mode):
            raise PackageFileError(f"{name} contains a symbolic link ({info.filename}), which a model folder may not.")
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):  # 0: no file type recorded
            raise PackageFileError(f"{name} contains a special file ({info.filename}), which a model folder may not.")
        if info.file_size >= RATIO_CHECK_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageFileError(f"{name} looks like an archive bomb: {info.filename} expands "
                                   f"{info.file_size // max(info.compress_size, 1)} times.")
    _check_total(name, sum(i.file_size for i in infos))
    _check_whole_ratio(name, sum(i.file_size for i in infos), sum(i.compress_size for i in infos))


def _check_total(name: str, total: int) -> None:
    if total > MAX_MODEL_BYTES:
        raise PackageFileError(f"{name} would expand to {total / 1024**3:.1f} GB, more than the "
                               f"{MAX_MODEL_BYTES // 1024**3} GB a model may use.")


def _check_tar_members(path: Path, members: list[tarfile.TarInfo]) -> None:
    name = path.name
    if not members:
        raise PackageFileError(f"{name} is an empty archive, not a model folder.")
    if len(members) > MAX_MEMBERS:
        raise PackageFileError(f"{name} holds {len(members)} files, more than the {MAX_MEMBERS} a model may have.")
    for member in members:
        _check_member_name(name, member.name)
        if member.issym() or member.islnk():
            raise PackageFileError(f"{name} contains a link ({member.name}), which a model folder may not.")
        if not (member.isfile() or member.isdir()):
            raise PackageFileError(f"{name} contains a special file ({member.name}), which a model folder may not.")
    total = sum(m.size for m in members if m.isfile())
    _check_total(name, total)
    if total >= RATIO_CHECK_MIN_BYTES and total > MAX_RATIO * max(path.stat().st_size, 1):
        ratio = total // max(path.stat().st_size, 1)
        raise PackageFileError(f"{name} looks like an archive bomb: it expands {ratio} times.")
