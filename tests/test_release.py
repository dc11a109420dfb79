"""The release as a person installs it: a wheel built from the source, installed into a fresh
virtual environment, run as the `dragoman` command from a folder that is not the checkout."""

from __future__ import annotations

import configparser
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "dragoman"
SAMPLE = "en-summit.txt"

pytestmark = pytest.mark.slow


def _copy_source(target: Path) -> Path:
    """What the wheel is built from, without the checkout's build/ leftovers or caches."""
    target.mkdir()
    shutil.copy2(REPO / "pyproject.toml", target)
    shutil.copy2(REPO / "README.md", target)
    shutil.copytree(PACKAGE, target / "dragoman", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = _copy_source(work / "source")
    out = work / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(source)], check=True, capture_output=True, text=True, timeout=300)
    (built,) = out.glob("dragoman-*.whl")
    return built


def _install(wheel: Path, venv: Path) -> Path:
    """A fresh venv holding only the wheel (its dependencies come from this venv via PYTHONPATH)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True, text=True,
                   timeout=300)
    return venv


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _install(wheel, tmp_path_factory.mktemp("venv") / "env")


def _run(venv: Path, *args: str, cwd: Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    # Only this venv's site-packages (not the checkout's editable install) supplies dragoman.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PYTHONPATH=sysconfig.get_paths()["purelib"], DRAGOMAN_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               **extra)
    return subprocess.run([str(venv / "bin" / "dragoman"), *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd, env=env)


def test_the_wheel_carries_the_code_the_resources_and_the_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    code = {p.relative_to(REPO).as_posix() for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    data = {p.relative_to(REPO).as_posix() for p in (PACKAGE / "resources").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}
    assert "dragoman/resources/samples/en-summit.txt" in data and "dragoman/cli.py" in code
    assert code - names == set()
    assert data - names == set()
    assert "dragoman = dragoman.cli:main" in entry_points
    # Nothing of the checkout that is not the program: no tests, no root shim.
    assert not any(n.startswith(("tests/", "bench/", "main.py")) for n in names)


def test_the_installed_command_analyses_an_article_from_any_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    article = elsewhere / "article.txt"
    shutil.copy2(PACKAGE / "resources" / "samples" / SAMPLE, article)
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import dragoman; print(dragoman.__file__)"],
                           capture_output=True, text=True, timeout=60, cwd=elsewhere,
                           env={**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]})
    assert Path(where.stdout.strip()).is_relative_to(installed), where.stdout + where.stderr
    result = _run(installed, "analyze", "article.txt", "--json", "--no-translate", cwd=elsewhere,
                  home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "en"
    assert data["sentences"] and data["summary"]["sentence_ids"]
    models = _run(installed, "models", "list", cwd=elsewhere, home=tmp_path / "home")
    assert models.returncode == 0, models.stderr
    assert "demo, bundled" in models.stdout  # the bundled demo models came with the wheel


def test_a_damaged_install_is_one_sentence_and_the_traceback_goes_to_the_log(wheel: Path, tmp_path: Path) -> None:
    """A resource file broken on disk is a bug-shaped failure: the person reads one sentence that
    says where the details are; the traceback is in dragoman.log in the data folder, not on screen."""
    damaged = _install(wheel, tmp_path / "damaged")
    (site,) = damaged.glob("lib/python*/site-packages")
    (site / "dragoman" / "resources" / "lang" / "en" / "analysis.toml").write_text("[not toml", encoding="utf-8")
    home = tmp_path / "home"
    result = _run(damaged, "analyze", str(PACKAGE / "resources" / "samples" / SAMPLE), "--no-translate",
                  cwd=tmp_path, home=home)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert "\n" not in message and message.startswith("dragoman: something went wrong"), message
    assert str(home / "dragoman.log") in message
    logged = (home / "dragoman.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "TOMLDecodeError" in logged


def _entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_install_desktop_puts_an_entry_that_starts_this_install_and_its_icon(installed: Path,
                                                                            tmp_path: Path) -> None:
    data = tmp_path / "xdg-data"
    env_home = tmp_path / "home"
    result = _run(installed, "install-desktop", cwd=tmp_path, home=env_home, XDG_DATA_HOME=str(data))
    assert result.returncode == 0, result.stderr
    entry = _entry(data / "applications" / "dragoman.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "Dragoman" and entry["Icon"] == "dragoman"
    program, *rest = shlex.split(entry["Exec"])
    assert Path(program) == (installed / "bin" / "dragoman").resolve() and rest == ["%f"]
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "dragoman.svg"
    assert icon.read_bytes() == (PACKAGE / "resources" / "icons" / "dragoman.svg").read_bytes()
    removed = _run(installed, "install-desktop", "--remove", cwd=tmp_path, home=env_home, XDG_DATA_HOME=str(data))
    assert removed.returncode == 0, removed.stderr
    assert not (data / "applications" / "dragoman.desktop").exists() and not icon.exists()


def test_an_exec_path_with_spaces_is_quoted_as_the_desktop_entry_spec_says() -> None:
    from dragoman import desktop

    line = next(x for x in desktop.entry_text(["/home/a b/bin/python", "-m", "dragoman"]).splitlines()
                if x.startswith("Exec="))
    assert line == 'Exec="/home/a b/bin/python" -m dragoman %f'
    assert desktop.entry_text(["/usr/bin/dragoman"]).count("Exec=/usr/bin/dragoman %f") == 1


def test_the_installed_command_opens_the_window_and_keeps_running(installed: Path, tmp_path: Path) -> None:
    """`dragoman FILE` from the wheel: the window starts (Qt, the icon, the sample's analysis on a
    worker) and is still running a few seconds later, with nothing on the terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PYTHONPATH=sysconfig.get_paths()["purelib"], DRAGOMAN_HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM="offscreen", DRAGOMAN_SETTINGS=str(tmp_path / "settings.ini"))
    sample = PACKAGE / "resources" / "samples" / SAMPLE
    window = subprocess.Popen([str(installed / "bin" / "dragoman"), str(sample)], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            window.wait(timeout=8)  # a window that failed to start would have exited by now
    finally:
        window.terminate()
        out, err = window.communicate(timeout=30)
    assert "Traceback" not in err and "Error" not in err, err
    assert (tmp_path / "home" / "dragoman.log").is_file()  # the window logs to the data folder
