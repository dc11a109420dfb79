"""Dragoman's analysis of an article, from the source text alone (no Qt, no network).

Public API (what pipeline.py calls):
    summary.summarize(article, ...) -> sentence ids      sumy over the project's own sentences
    officials.find_officials(article) -> [Official]      people, titles, mentions, English names
    quotes.find_quotes(article, officials) -> [Quote]    direct speech with its speaker
    names.english_name(name, language) -> str            name table, then romanisation rules
    names.user_names_path() -> Path                      a person's own names.toml

The analysis runs as stages over one document.Document (see docs/DESIGN.md, Analysis):
tokens -> titles -> name_runs -> persons -> mentions -> officials -> quotes -> speakers (sieves).

Language knowledge is data in resources/lang/<code>/ (analysis.toml, stopwords.txt) and
resources/names/ (officials.toml, romanize-*.toml, pinyin-*.toml).
"""
