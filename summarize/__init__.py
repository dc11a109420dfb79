"""Dragoman: summary, key quotes, named officials and English names (no Qt)."""
