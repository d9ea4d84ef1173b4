"""The clipboard: text copied out of the app is treated as a child's words.

Text copied out of the app is treated as a child's words: kept out of clipboard history and
taken off the clipboard again after 30 seconds, at lock and at quit.

When the app has just put text on the clipboard (Ctrl+C, Ctrl+X, a context menu), the guard
puts the same text back with a marker that clipboard managers honour: KDE's Klipper and
others skip ``x-kde-passwordManagerHint: secret``, Windows' clipboard history and cloud sync
skip the formats Microsoft documents for it. After the time, or when the vault locks or the
app quits, the clipboard is emptied if it still holds that text; whatever another program
put there since is left alone.

Nothing here knows what the text is, and nothing is written anywhere: the copied text is kept
in memory only as long as it is on the clipboard.
"""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

if TYPE_CHECKING:
    from borne_samtale.ui.main_window import MainWindow

CLEAR_AFTER_MS = 30_000
HISTORY_HINT = "x-kde-passwordManagerHint"  # a MIME type name, not a secret

# Windows: clipboard formats that tell history, cloud clipboard and monitors to skip the data
# (registered formats, reached through Qt's windows-mime naming). Not testable on Linux.
_WINDOWS_FORMATS = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\0",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
}

# Platform plugins that cannot say who owns the clipboard (tests run on "offscreen").
_NO_OWNERSHIP = {"offscreen", "minimal", "minimalegl"}


class ClipboardGuard(QObject):
    def __init__(
        self,
        clear_after_ms: int = CLEAR_AFTER_MS,
        came_from_us: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._came_from_us = came_from_us or self._platform_says_ours
        self._no_ownership = QGuiApplication.platformName() in _NO_OWNERSHIP
        self._text: str | None = None
        self._marking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._clipboard.dataChanged.connect(self._changed)
        app.aboutToQuit.connect(self.clear)

    @property
    def holding(self) -> bool:
        """True while text the app copied is on the clipboard, waiting to be cleared."""
        return self._text is not None

    def _platform_says_ours(self) -> bool:
        if self._no_ownership:
            # No owner is reported: a change while one of our windows has focus is ours.
            return QGuiApplication.focusWindow() is not None
        return self._clipboard.ownsClipboard()

    def _changed(self) -> None:
        if self._marking:
            return  # our own re-set below
        mime = self._clipboard.mimeData()
        if mime is None or not mime.hasText() or not self._came_from_us():
            self._forget()  # emptied, or another program's: not ours to clear
            return
        text = mime.text()
        if mime.hasFormat(HISTORY_HINT) and text == self._text:
            return
        self._text = text
        self._marking = True
        try:
            self._clipboard.setMimeData(_marked(text))
        finally:
            self._marking = False
        self._timer.start()

    def _still_ours(self) -> bool:
        mime = self._clipboard.mimeData()
        if mime is None or not mime.hasFormat(HISTORY_HINT) or mime.text() != self._text:
            return False
        return self._no_ownership or self._clipboard.ownsClipboard()

    def clear(self) -> None:
        """Take the app's text off the clipboard now, if it is still there."""
        self._timer.stop()
        if self._text is not None and self._still_ours():
            self._marking = True
            try:
                self._clipboard.clear()
            finally:
                self._marking = False
        self._forget()

    def _forget(self) -> None:
        self._timer.stop()
        self._text = None


def _marked(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData(HISTORY_HINT, b"secret")
    if sys.platform == "win32":
        for name, value in _WINDOWS_FORMATS.items():
            mime.setData(name, value)
    return mime


def guard_window(window: "MainWindow", clear_after_ms: int = CLEAR_AFTER_MS) -> ClipboardGuard:
    """The guard for the app's window: also clears when the window locks (its screen changes
    while no session is open: the unlock screen after a lock)."""
    guard = ClipboardGuard(clear_after_ms, parent=window)

    def screen_changed(_index: int) -> None:
        if window.session is None:
            guard.clear()

    window.stack.currentChanged.connect(screen_changed)
    return guard
