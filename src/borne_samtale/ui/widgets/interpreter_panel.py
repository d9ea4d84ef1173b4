"""Side panel when an interpreter takes part: reminders, the "not translated" flag, phone timer.

The phone minutes are counted by the conversation's controller (they add up across locks
and restarts); the screen hands them to ``update_phone_time`` every second.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from borne_samtale.domain.enums import InterpreterMode
from borne_samtale.guides.interpreter import InterpreterModule
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import set_heading, sheet


class InterpreterPanel(QWidget):
    untranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Tolk"))
        set_heading(heading, 1.2)
        self.reminders = QListWidget()
        self.reminders.setAccessibleName(self.tr("Påmindelser om samtale med tolk"))
        self.reminders.setWordWrap(True)
        self.flag_button = QPushButton(self.tr("Ikke oversat (F9)"))
        self.flag_button.setAccessibleName(self.tr("Markér en udveksling, der ikke blev oversat"))
        self.phone_label = QLabel()
        self.phone_label.setWordWrap(True)
        self.phone_label.setAccessibleName(self.tr("Tid med telefontolk"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.flag_button)
        layout.addWidget(self.phone_label)
        layout.addWidget(self.reminders, 1)
        self.flag_button.clicked.connect(self.untranslated)
        self._mode = InterpreterMode.IN_PERSON
        self._limit_minutes = 10
        self._minutes = 0
        self._shown: int | None = None  # the minutes the label says now

    def set_module(self, module: InterpreterModule, mode: InterpreterMode) -> None:
        self._mode = mode
        self._limit_minutes = module.phone_limit_minutes
        self.reminders.clear()
        for item in (*module.reminders, *module.mode_items(mode)):
            self.reminders.addItem(item.text)
        self.phone_label.setVisible(mode is InterpreterMode.PHONE)
        self._shown = None
        self.update_phone_time(0)

    def phone_minutes(self) -> int:
        """The minutes last shown."""
        return self._minutes

    def over_phone_limit(self, minutes: int | None = None) -> bool:
        used = self.phone_minutes() if minutes is None else minutes
        return self._mode is InterpreterMode.PHONE and used >= self._limit_minutes

    def update_phone_time(self, minutes: int | None = None) -> None:
        used = self.phone_minutes() if minutes is None else minutes
        self._minutes = used
        if used == self._shown:  # called every second: the label changes once a minute
            return
        self._shown = used
        if self.over_phone_limit(used):
            self.phone_label.setText(
                with_args(
                    self.tr(
                        "Telefontolkning i %1 min. Telefon egner sig kun til korte samtaler "
                        "(ca. %2 min). Overvej at stoppe og aftale en ny samtale med tolk i "
                        "rummet eller på video."
                    ),
                    used,
                    self._limit_minutes,
                )
            )
            self.phone_label.setStyleSheet(sheet("phone_warning"))
        else:
            self.phone_label.setText(with_args(self.tr("Telefontolkning: %1 min."), used))
            self.phone_label.setStyleSheet("")
