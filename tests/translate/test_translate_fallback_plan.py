"""Issue 12 item 4: a package whose model.bin is junk is refused at install, and when the planned
package fails mid-run (damaged or removed after the plan was made) each result names the model that
really wrote its English (SentenceTranslation.plan), not the one planned."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from test_translate_package_validation import assert_nothing_installed

from dragoman.translate import manager
from dragoman.translate.engine import Engine
from dragoman.translate.errors import PackageError

ITEMS = [(1, "Бүгін Астанада жиналыс өтті."), (2, "Министр мәлімдеме жасады.")]


def test_a_package_with_a_junk_model_bin_is_refused(demo_file, tmp_path, argos_dir):
    with zipfile.ZipFile(demo_file("kk-en")) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist() if not i.is_dir()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, data in members.items():
            out.writestr(name, b"junk" * 1000 if name.endswith("model/model.bin") else data)
    path = tmp_path / "junk.argosmodel"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(PackageError, match="does not load in CTranslate2"):
        manager.install_package_file(path)
    assert_nothing_installed(argos_dir)


@pytest.fixture
def real_kk(make_variant, argos_dir):
    return manager.install_package_file(make_variant("kk-en", top="translate-kk_en-real", dragoman_demo=None))


def planned_then_translated(engine: Engine):
    planned = engine.plan("kk")
    assert not planned.demo and "DEMO" not in planned.model
    return planned


@pytest.mark.parametrize("fault", ["junk model.bin", "removed"])
def test_results_name_the_model_that_wrote_them(real_kk, fault):
    engine = Engine(cache=None)
    try:
        planned = planned_then_translated(engine)
        if fault == "removed":
            shutil.rmtree(real_kk.path)
        else:
            (real_kk.model_dir / "model.bin").write_bytes(b"junk" * 1000)
        results = list(engine.translate(ITEMS, "kk"))
        assert [r.id for r in results] == [1, 2] and results[0].translation
        for result in results:
            assert result.plan is not None and result.plan.demo, result.plan
            assert result.plan.model != planned.model and "DEMO" in result.plan.model
        assert engine.plan("kk").demo  # and the next plan says so up front
    finally:
        engine.close()


def test_results_of_a_working_package_carry_its_plan(real_kk):
    engine = Engine(cache=None)
    try:
        planned = planned_then_translated(engine)
        results = list(engine.translate(ITEMS, "kk"))
        assert [r.plan.model for r in results] == [planned.model] * 2
        assert not any(r.plan.demo for r in results)
    finally:
        engine.close()


def test_the_analysis_names_the_demo_that_wrote_the_english_after_a_fault(real_kk):
    from dragoman import article, pipeline

    engine = Engine(cache=None)
    try:
        doc = article.from_text("Бүгін Астанада жиналыс өтті.\n\nМинистр мәлімдеме жасады.")
        planned = planned_then_translated(engine)
        (real_kk.model_dir / "model.bin").write_bytes(b"junk" * 1000)  # broken after the plan
        analysis = pipeline.analyze(doc, engine=engine)
        info = analysis.translation
        assert info.demo and "DEMO" in info.model and info.model != planned.model
        assert any(planned.model in note and info.model in note for note in analysis.notes)
        assert all(s.translation for s in analysis.sentences) and len(analysis.sentences) == 2
    finally:
        engine.close()
