"""Time to export one analysed article in each format (in process, warm; median of several), the
files' sizes, and the time to fetch and analyse a page from a local http.server.

    PYTHONPATH=. .venv/bin/python bench/bench_export.py [ARTICLE ...]

No goal is set by the issue; these are the figures a person waits for after File → Export.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dragoman import article as article_io  # noqa: E402
from dragoman import pipeline  # noqa: E402
from dragoman.article.fetch import fetch_article  # noqa: E402
from dragoman.export import FORMATS, export_analysis  # noqa: E402

SAMPLES = REPO / "dragoman" / "resources" / "samples"
RUNS = 5


def median_seconds(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_formats(path: Path, folder: Path) -> None:
    doc = article_io.load(str(path))
    analysis = pipeline.analyze(doc)
    for fmt in FORMATS:
        for layout in ("side-by-side", "interleaved"):
            out = folder / f"{path.stem}-{layout}.{fmt}"
            export_analysis(doc, analysis, fmt, out, layout=layout)  # warm (the PDF's first makes Qt's app)
            seconds = median_seconds(lambda fmt=fmt, out=out, layout=layout:
                                     export_analysis(doc, analysis, fmt, out, layout=layout))
            print(f"{path.name:24} {fmt:5} {layout:13} {seconds * 1000:8.1f} ms  {out.stat().st_size / 1024:7.1f} KB")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def bench_fetch(folder: Path) -> None:
    page = folder / "page.html"
    body = "".join(f"<p>{line}</p>" for line in (SAMPLES / "kk-official-visit.txt").read_text("utf-8").split("\n\n"))
    page.write_text(f"<html><head><meta charset='utf-8'><title>Бет</title></head><body><article>{body}"
                    "</article></body></html>", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/page.html"
    fetch_article(url)
    seconds = median_seconds(lambda: fetch_article(url))
    print(f"fetch_article from 127.0.0.1 ({page.stat().st_size / 1024:.1f} KB page): {seconds * 1000:.1f} ms")
    server.shutdown()


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - kept for the PDF exports
    paths = [Path(a) for a in sys.argv[1:]] or [SAMPLES / "kk-official-visit.txt", SAMPLES / "ar-talks.txt"]
    with tempfile.TemporaryDirectory() as folder:
        for path in paths:
            bench_formats(path, Path(folder))
        bench_fetch(Path(folder))
    print("load:", os.getloadavg())


if __name__ == "__main__":
    main()
