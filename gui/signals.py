"""``emit(signal, *args)``: emit a Qt signal from Python without corrupting ``True``'s refcount.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so
every emit from Python code takes one reference from ``True`` that was never given; after a
few hundred emits (``sys.getrefcount(True)`` is ~600 at start-up) CPython aborts with "Fatal
Python error: bool_dealloc". The window emits several signals per translated sentence, so one
long article was enough to crash it. Signals emitted by Qt itself (clicked, triggered) are not
affected.

The same build also loses a reference to ``None`` on every void Qt call (setText, setValue...),
which no wrapper can repair, so pyproject.toml excludes 6.12.0 (tests/gui/test_signals.py fails
on a build with either fault). This module stays as a guard for the emits the window makes most.

The probe below measures whether this PySide build has the bug, once, at import. When it does,
:func:`emit` gives back the missing reference; when it does not, :func:`emit` is a plain emit.
All of ``gui/`` emits through this function (tests/gui/test_signals.py checks both).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    """True when emitting from Python loses a reference to the returned bool."""
    probe = _Probe()
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(_PROBES):
        probe.ping.emit()  # the result is dropped here: a correct build gave a reference with it
    true_lost = true_before - sys.getrefcount(True)
    false_lost = false_before - sys.getrefcount(False)
    for _ in range(max(0, true_lost)):  # repair the probe's own damage
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    for _ in range(max(0, false_lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(False))
    return true_lost + false_lost >= _PROBES


EMIT_LEAKS_BOOL = _emit_drops_a_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, compensating PySide's lost reference when this build has the bug."""
    result = signal.emit(*args)
    if EMIT_LEAKS_BOOL and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
