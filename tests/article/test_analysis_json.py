"""Analysis.to_json gives exactly what dataclasses.asdict gives (it is a faster copy of it)."""

from __future__ import annotations

import dataclasses

from article_fixtures import SAMPLES

from dragoman import article, pipeline
from dragoman.article.analysis import Check, PieceResult


def test_to_json_equals_asdict_on_every_sample() -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    assert len(paths) >= 3
    for path in paths:
        analysis = pipeline.analyse_source(article.load(str(path)), pipeline.Options(translate=False))
        # nested dataclasses of every kind the JSON carries, not only the ones a source analysis has
        analysis.sentences[0].checks = [Check("name-missing", "Ding Xuexiang is not in the English.")]
        analysis.sentences[0].pieces = [PieceResult(0, 5, "x", 0, 1)]
        analysis.sentences[0].flags = ["name-missing"]
        assert analysis.to_json() == dataclasses.asdict(analysis), path.name
        assert analysis.to_json()["sentences"][0]["checks"] == [{"kind": "name-missing",
                                                                 "detail": "Ding Xuexiang is not in the English."}]
