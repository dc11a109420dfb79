"""Dragoman: read foreign-language news offline — source, English, summary, quotes and officials."""

__version__ = "0.1.0"
