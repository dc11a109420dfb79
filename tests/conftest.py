"""Test-wide isolation: nothing a developer installed or configured leaks into a test run.

argostranslate reads ARGOS_PACKAGES_DIR and the XDG folders when it is first imported, so
they are set here, before any test module imports it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="dragoman-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    (_HOME / _name.lower()).mkdir()
    os.environ[_name] = str(_HOME / _name.lower())
(_HOME / "argos-packages").mkdir()
os.environ["ARGOS_PACKAGES_DIR"] = str(_HOME / "argos-packages")
os.environ["DRAGOMAN_HOME"] = str(_HOME / "dragoman")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The shared seed articles; tests that need them skip when the folder is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this clone")
    return SEEDS
