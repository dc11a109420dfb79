"""Emitting from Python must not eat references to True (PySide6 6.12.0 does; gui.signals repairs it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from gui.signals import emit


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
        emit(sender.plain)
        emit(sender.number, n)
        emit(sender.flag, n % 2 == 0)
    got.clear()
    # Unrelated code may hold a reference or two; the bug would lose thousands (or abort).
    assert abs(sys.getrefcount(True) - true_before) < 20
    assert abs(sys.getrefcount(False) - false_before) < 20


def test_emit_still_delivers_every_argument(qtbot):
    sender = _Sender()
    got: list[object] = []
    sender.flag.connect(got.append)
    sender.number.connect(got.append)
    emit(sender.flag, False)
    emit(sender.number, 7)
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
