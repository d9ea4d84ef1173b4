"""The window, offscreen."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from borne_samtale.ui.app import has_display
from borne_samtale.ui.main_window import MainWindow


def test_main_window_says_where_the_vault_is_and_quits_on_ctrl_q(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(vault_dir=tmp_path / "vault", demo=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.windowTitle() == "Børnesamtale"
    assert "ingen boks" in window.status_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_display_detection(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert has_display()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert not has_display()
    monkeypatch.setenv("DISPLAY", ":0")
    assert has_display()
