"""Dragoman: Argos packages, the translation engine and the model manager (no Qt)."""
