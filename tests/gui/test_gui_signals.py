"""The installed PySide6 must not lose references on emits or void calls.

PySide6 6.12.0 does both, and CPython then aborts the window ("bool_dealloc", "none_dealloc")
after a few hundred calls; pyproject.toml excludes that version and these tests fail on any
build with either fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    plain = Signal()
    number = Signal(int)
    flag = Signal(bool)


def test_many_emits_leave_the_bool_refcounts_unchanged(qtbot):
    sender = _Sender()
    got: list[object] = []
    sender.plain.connect(lambda: got.append(None))
    sender.number.connect(got.append)
    sender.flag.connect(got.append)
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(2000):  # more than True's whole refcount at start-up: the bug would abort here
        sender.plain.emit()
        sender.number.emit(n)
        sender.flag.emit(n % 2 == 0)
    got.clear()
    # Unrelated code may hold a reference or two; the bug would lose thousands (or abort).
    assert abs(sys.getrefcount(True) - true_before) < 20
    assert abs(sys.getrefcount(False) - false_before) < 20


def test_emit_still_delivers_every_argument(qtbot):
    sender = _Sender()
    got: list[object] = []
    sender.flag.connect(got.append)
    sender.number.connect(got.append)
    sender.flag.emit(False)
    sender.number.emit(7)
    assert got == [False, 7]


def test_calling_qt_from_python_keeps_none_alive(qtbot):
    """PySide6 6.12.0 drops a reference to None on every void call (setText, setValue, ...); an
    application open all day then aborts with 'none_dealloc'. pyproject.toml excludes that
    version; this test fails on any build with the same fault."""
    from PySide6.QtWidgets import QLabel, QProgressBar

    label, bar = QLabel(), QProgressBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText("x")
        bar.setValue(n % 100)
    assert abs(sys.getrefcount(None) - before) < 50
