"""Issue 12 item 8: an install killed at any write or rename step leaves the old package or the new
one, and the next start (list_packages) cleans what the kill left, putting back a package an upgrade
had moved aside. The install runs in a subprocess that kills itself (SIGKILL) at the step named by
$DRAGOMAN_FAULT_AT (translate/staging.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dragoman.translate import manager
from dragoman.translate.model_check import check_runs
from dragoman.translate.package_file import staging_root
from dragoman.translate.staging import FAULT_VARIABLE

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("extract", "journal", "old-aside", "new-in", "done")


def install_in_subprocess(path: Path, fault: str | None) -> subprocess.CompletedProcess:
    env = {**os.environ, **({FAULT_VARIABLE: fault} if fault else {})}
    code = f"from dragoman.translate import manager; manager.install_package_file({str(path)!r})"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def leftovers(argos_dir: Path) -> list[str]:
    roots = {staging_root(argos_dir), staging_root(manager.models_home())}
    return sorted(p.name for root in roots for p in root.iterdir() if p.name.startswith(".dragoman-"))


@pytest.mark.parametrize("renamed", [False, True], ids=["same-folder", "other-folder"])
@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_any_step_of_an_upgrade_leaves_a_usable_package(make_variant, argos_dir, step, renamed):
    old = make_variant("kk-en", top="translate-kk_en-real", package_version="1.0", dragoman_demo=None)
    new = make_variant("kk-en", top="translate-kk_en-real" + ("-2" if renamed else ""), package_version="2.0",
                       dragoman_demo=None)
    manager.install_package_file(old)

    killed = install_in_subprocess(new, step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr  # it really died at that step
    if step != "extract":  # the kill left its staging folder behind
        assert leftovers(argos_dir), "the kill should have left a staging folder"

    listed = [p for p in manager.list_packages(include_demo=False) if (p.from_code, p.to_code) == ("kk", "en")]
    assert listed, f"killed at {step}: no Kazakh package is left"
    assert {p.version for p in listed} <= {"1.0", "2.0"}
    for info in listed:
        check_runs(info)  # loads in CTranslate2 and translates: whole, not half copied
    assert leftovers(argos_dir) == []  # the next start cleaned up

    manager.install_package_file(new)  # and installing again works, leaving one package
    after = [p for p in manager.list_packages(include_demo=False) if (p.from_code, p.to_code) == ("kk", "en")]
    assert [p.version for p in after] == ["2.0"]


def test_five_killed_installs_leave_nothing_after_the_next_start(make_variant, argos_dir):
    path = make_variant("kk-en", top="translate-kk_en-real", dragoman_demo=None)
    for _ in range(5):
        assert install_in_subprocess(path, "extract").returncode == -signal.SIGKILL
    assert len(leftovers(argos_dir)) == 5
    manager.list_packages()
    assert leftovers(argos_dir) == []


def test_a_live_install_is_not_cleaned(argos_dir):
    """A staging folder whose process still runs (this one) is not touched."""
    from dragoman.translate.staging import clean_stale, new_staging

    mine = new_staging("install", staging_root(argos_dir))
    assert clean_stale([staging_root(argos_dir)]) == []
    assert mine.is_dir()
    mine.rmdir()


@pytest.mark.parametrize("step", ("journal", "old-aside", "new-in"))
def test_a_kill_while_replacing_a_model_folder_leaves_one_that_runs(tiny_copy, argos_dir, step):
    folder = tiny_copy("opus-mt")
    manager.install_package_file(folder)
    killed = install_in_subprocess(folder, step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    listed = [p for p in manager.list_packages(include_demo=False) if p.family == "opus-mt"]
    assert [p.id for p in listed] == [folder.name], f"killed at {step}: the model folder is gone"
    check_runs(listed[0])
    assert leftovers(argos_dir) == []


def test_a_package_stranded_by_the_old_code_is_put_back(make_variant, argos_dir):
    """Before staging names carried a pid, a kill between an upgrade's renames left the old package
    in .dragoman-install-<random>/replaced-<name>: an old enough one is put back, then removed."""
    info = manager.install_package_file(make_variant("kk-en", top="translate-kk_en-real", dragoman_demo=None))
    legacy = staging_root(argos_dir) / ".dragoman-install-ab3d_9zq"
    fresh = staging_root(argos_dir) / ".dragoman-install-zz3d_9zq"  # a minute old: maybe still in use
    legacy.mkdir()
    fresh.mkdir()
    info.path.rename(legacy / f"replaced-{info.path.name}")
    hours_ago = time.time() - 7 * 3600
    os.utime(legacy, (hours_ago, hours_ago))
    listed = manager.list_packages(include_demo=False)
    assert [p.id for p in listed] == ["translate-kk_en-real"]
    check_runs(listed[0])
    assert leftovers(argos_dir) == [fresh.name]
