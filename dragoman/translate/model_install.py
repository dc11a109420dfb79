"""Installing a converted model folder (or a .zip / .tar.gz of one): stage, validate, rename into place.

Nothing is ever installed half: the files are copied or extracted into a staging folder on the same
disk, checked there (translate/model_check.py: files, tokenizer against vocabulary, language tokens,
a real CTranslate2 load and a one-word translation), the facts learned are written beside them
(``dragoman.json``), and only then is the folder renamed into ``models_home()``. A folder of the same
name is replaced, and removed only once the new one is in place.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .errors import PackageError
from .families import SIDE_FILE, FamilyError
from .model_archive import extract_model_archive
from .model_check import check_folder, check_runs
from .package_file import PackageFileError, staging_root
from .staging import clean_stale, new_staging, swap_into_place


def install_model_folder(source: Path, languages: tuple[str, ...] = ()) -> Path:
    """Copy, validate and install ``source``; return the installed folder."""
    from .manager import models_home

    target_dir = models_home()
    clean_stale([staging_root(target_dir)])
    staging = new_staging("install", staging_root(target_dir))
    try:
        fresh = staging / _folder_name(source)
        try:
            shutil.copytree(source, fresh, symlinks=True)
        except OSError as error:
            raise PackageError(f"Could not copy {source.name} ({error.strerror or error}); "
                               "check free disk space.") from error
        return _validate_and_move(fresh, target_dir, languages)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def install_model_archive(path: Path, languages: tuple[str, ...] = ()) -> Path:
    """Extract (refusing hostile archives), validate and install a zipped or tarred model folder."""
    from .manager import models_home

    target_dir = models_home()
    clean_stale([staging_root(target_dir)])
    try:
        fresh = extract_model_archive(path, staging_root(target_dir))
    except PackageFileError as error:
        raise PackageError(str(error)) from error
    except OSError as error:
        raise PackageError(f"Could not unpack {path.name} ({error.strerror or error}); "
                           "check free disk space.") from error
    staging = fresh.parent
    try:
        return _validate_and_move(fresh, target_dir, languages)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _folder_name(source: Path) -> str:
    name = source.resolve().name
    if not name or name.startswith("."):
        raise PackageError(f"{source} is not a folder name Dragoman can install under.")
    return name


def _validate_and_move(fresh: Path, target_dir: Path, languages: tuple[str, ...]) -> Path:
    from .manager import read_model_folder

    try:
        facts = check_folder(fresh, languages)
        side = {"family": facts.family, "name": facts.name, "from_codes": list(facts.from_codes),
                "to_codes": list(facts.to_codes), "licence": facts.licence}
        (fresh / SIDE_FILE).write_text(json.dumps(side, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        info = read_model_folder(fresh)
        if info is None:
            raise FamilyError(f"{fresh.name} has no language pair Dragoman can use.")
        check_runs(info)
    except FamilyError as error:
        raise PackageError(str(error)) from error
    target = target_dir / fresh.name
    try:
        swap_into_place(fresh, target, [target] if target.exists() else [])
    except OSError as error:
        raise PackageError(f"Could not install into {target_dir} ({error.strerror or error}).") from error
    return target
