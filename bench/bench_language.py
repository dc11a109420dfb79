"""Language detection of a short article in a fresh process: the first call (lingua's models
load then) and the next, per script. Each text is four lines written for this bench.

    .venv/bin/python bench/bench_language.py

Goal (issue 13): a four-line article in a language Dragoman does not analyse is detected in well
under a second, not the 3.5-5.9 s it took when every short text loaded lingua's high-accuracy
models (~4 s for the eight Latin-script languages of the time; now only the quick models' best
three load them). Each language runs in its own process, so every "first" figure includes the
model loading a person waits for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

TEXTS = {
    "fr": "Le ministre des transports a inauguré lundi une nouvelle ligne de tramway à Lyon.\n"
          "Les travaux ont duré trois ans et coûté près de deux cents millions d'euros.\n"
          "Les premiers voyageurs ont salué des rames plus silencieuses que les bus.\n"
          "La mairie promet une fréquence de cinq minutes aux heures de pointe.\n",
    "de": "Der Verkehrsminister hat am Montag eine neue Straßenbahnlinie in Leipzig eröffnet.\n"
          "Die Bauarbeiten dauerten drei Jahre und kosteten fast zweihundert Millionen Euro.\n"
          "Die ersten Fahrgäste lobten die leisen Wagen.\n"
          "Die Stadt verspricht zur Hauptverkehrszeit einen Fünf-Minuten-Takt.\n",
    "uk": "Міністр транспорту в понеділок відкрив нову трамвайну лінію у Львові.\n"
          "Будівництво тривало три роки і коштувало майже двісті мільйонів гривень.\n"
          "Перші пасажири похвалили тихі вагони.\n"
          "Міська рада обіцяє інтервал п'ять хвилин у години пік.\n",
    "kk": "Көлік министрі дүйсенбі күні Алматыда жаңа трамвай желісін ашты.\n"
          "Құрылыс жұмыстары үш жылға созылып, екі жүз миллион теңгеге жуық қаржы жұмсалды.\n"
          "Алғашқы жолаушылар вагондардың тыныш жүретінін айтты.\n"
          "Қала әкімдігі қарбалас уақытта бес минуттық аралықты уәде етті.\n",
}

_ONE = """
import json, sys, time
from dragoman.article.language import detect_language
text = sys.stdin.read()
t = time.perf_counter(); first = detect_language(text); t1 = time.perf_counter()
detect_language(text); t2 = time.perf_counter()
print(json.dumps({"code": first.code, "supported": first.supported, "first": t1 - t, "next": t2 - t1}))
"""


def main() -> None:
    print(f"{'lang':5} {'detected':18} {'first s':>8} {'next ms':>8}")
    for code, text in TEXTS.items():
        out = subprocess.run([sys.executable, "-c", _ONE], input=text, capture_output=True, text=True,
                             cwd=REPO, check=True, env={"PYTHONPATH": str(REPO), "PATH": ""}).stdout
        row = json.loads(out)
        shown = f"{row['code']}{'' if row['supported'] else ' (not analysed)'}"
        print(f"{code:5} {shown:18} {row['first']:8.2f} {row['next'] * 1000:8.1f}")


if __name__ == "__main__":
    main()
