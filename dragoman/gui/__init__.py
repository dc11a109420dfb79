"""Dragoman: the Qt window. The only package that imports Qt.

It shows what ``pipeline`` computes and computes nothing itself:

    app.py            run(path): QApplication, the window shown first, the article opened after
    window.py         MainWindow: reader, docks, status and progress, settings; shows the results
    menus.py          the window's commands: actions, shortcuts, menus
    messagebar.py     the closable bar for problems above the article
    session.py        ArticleSession: the open article and every pipeline call on it, as signals
    workers.py        run_in_background: the one way work leaves the UI thread (generators stream)
    messages.py       the one message bus: every error and notice reaches the person the same way
    reader.py         ReaderView: source | English side by side, linked sentences, sync scrolling
    trust.py          what the window says about English to check: reasons, counts (no Qt)
    firstrun.py       the card above the English when no real model covers the language
    panes.py          SentencePane: a read-only text that knows its sentences; layered highlights
    textmap.py        Python offsets ↔ Qt UTF-16 positions; the English laid out like the source
    panels.py         summary, key quotes and officials panels (views over models.py)
    models.py         Qt item models over the plain analysis data
    model_manager.py  the translation-model dialog (import, remove, download with progress)
    findbar.py        find in the article and its English
    theme.py          light, dark, or the system's scheme
    settings.py       QSettings keys and helpers (an ini path for tests)
"""
