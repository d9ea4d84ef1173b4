"""The Qt binding in use must not corrupt the interpreter (PySide6 6.12.0 on Python 3.11 did)."""

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    if sys.version_info >= (3, 12):
        return  # None is immortal there; nothing to leak
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    # A binding that drops a reference per call would soon deallocate None and abort.
    assert sys.getrefcount(None) - before > -100
