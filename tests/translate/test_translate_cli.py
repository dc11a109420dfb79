"""`python main.py models list|install|remove|download`: output, exit codes, one-sentence errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman.article.paths import REPO_ROOT
from dragoman.translate import manager


def run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(ARGOS_PACKAGES_DIR=str(home / "argos"), DRAGOMAN_HOME=str(home / "dragoman"),
               XDG_DATA_HOME=str(home / "xdg-data"), XDG_CONFIG_HOME=str(home / "xdg-config"),
               XDG_CACHE_HOME=str(home / "xdg-cache"))
    return subprocess.run([sys.executable, "main.py", "models", *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_list_install_remove_through_main(tmp_path, make_variant):
    listed = run(["list"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    for code in ("kk→en", "ar→en", "ru→en"):
        assert code in listed.stdout
    assert listed.stdout.count("demo, bundled") == 3

    file = make_variant("ru-en", top="translate-ru_en-1_0", dragoman_demo=None, package_version="1.0")
    installed = run(["install", str(file)], tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert "translate-ru_en-1_0" in installed.stdout
    assert "installed" in run(["list"], tmp_path).stdout

    removed = run(["remove", "translate-ru_en-1_0"], tmp_path)
    assert removed.returncode == 0 and not (tmp_path / "argos" / "translate-ru_en-1_0").exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["install", "/no/such/file.argosmodel"], "does not exist"),
        (["remove", "translate-xx_en"], "No installed package has the id"),
        (["remove", "demo/translate-kk_en-dragoman-demo"], "cannot be removed"),
    ],
)
def test_errors_are_one_sentence_and_exit_2(tmp_path, args, needle):
    done = run(args, tmp_path)
    assert done.returncode == 2
    assert needle in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_download_offline_through_run_models(argos_dir, capsys):
    import argparse
    import socket

    from dragoman.translate.cli import add_models_parser, run_models

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    parser = argparse.ArgumentParser()
    add_models_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["models", "download", "ar", "en", "--index", f"http://127.0.0.1:{port}/index.json"])
    assert run_models(args) == 2
    assert "offline" in capsys.readouterr().err
    assert manager.list_packages(include_demo=False) == []


def test_a_model_folder_installs_lists_with_family_and_licence_and_can_be_preferred(tmp_path, tiny_folders):
    installed = run(["install", str(tiny_folders["nllb"])], tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert "non-commercial use only" in installed.stdout
    listed = run(["list"], tmp_path).stdout
    (row,) = [line for line in listed.splitlines() if line.startswith(tiny_folders["nllb"].name)]
    assert " nllb " in row and "ar, kk, ru, uk → en" in row and "CC-BY-NC-4.0" in row
    preferred = run(["prefer", tiny_folders["nllb"].name], tmp_path)
    assert preferred.returncode == 0, preferred.stderr
    demo = run(["prefer", "demo/translate-kk_en-dragoman-demo"], tmp_path)
    assert demo.returncode == 2 and "always used before it" in demo.stderr


def test_a_model_folder_that_cannot_exist_is_one_sentence_not_a_traceback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = dict(os.environ, DRAGOMAN_HOME=str(tmp_path / "home"), ARGOS_PACKAGES_DIR=str(blocker / "packages"))
    for args in (["list"], ["remove", "x"]):
        done = subprocess.run([sys.executable, "main.py", "models", *args], cwd=REPO_ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert "cannot use the model folder" in done.stderr and str(blocker) in done.stderr
