"""A real (not demo) Argos package for tests: a bundled demo package copied into a temporary
folder with its metadata changed, so the engine treats it as a person's installed package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from dragoman.translate.bundled import ensure_demo_packages
from dragoman.translate.manager import PackageInfo, read_package


def copy_demo_package(source_code: str, folder: Path, *, from_code: str | None = None) -> PackageInfo:
    """The bundled ``source_code``→en demo package copied under ``folder``, marked not demo and
    claiming ``from_code`` (default: the same language) as its source."""
    demo = next(p for p in ensure_demo_packages() if f"-{source_code}_en-" in p.name)
    code = from_code or source_code
    target = folder / f"translate-{code}_en-copied"
    shutil.copytree(demo, target)
    metadata = json.loads((target / "metadata.json").read_text(encoding="utf-8"))
    metadata.pop("dragoman_demo", None)
    metadata.pop("from_name", None)  # named from the code, like any package
    metadata.update(from_code=code, package_version="1.0", name=f"{code} → en copied")
    (target / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    info = read_package(target)
    assert info is not None and not info.demo
    return info
