"""Dragoman: Argos packages, the translation engine and the model manager (no Qt).

- ``translate.engine``: ``get_engine()`` -> ``Engine`` with ``plan(from, to)`` and a streaming
  ``translate(items, from, to, cancel=)``; CTranslate2 directly on Argos packages, SQLite cache,
  pivot routing, per-sentence flags. Never imports torch, stanza, spaCy or argostranslate.translate.
- ``translate.manager``: list, install (validated), remove and download packages in argos' folder;
  the bundled demo packages (resources/models/) are listed as demo + bundled.
- ``translate.cli``: ``python main.py models list|install FILE|remove ID|download FROM TO``.

Nothing heavy is imported here: importing ``translate`` costs nothing.
"""
