"""The checklist before signing, and the button that signs.

The checklist before signing: each item met, waived with a reason, or still missing,
and the button that signs once nothing is missing."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borne_samtale import look
from borne_samtale.domain.signoff import CheckItem, Checklist
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import set_heading

MET, WAIVED, MISSING = look.CHECK_MET, look.CHECK_WAIVED, look.ERROR_RED


class SignOffPanel(QWidget):
    waive_requested = Signal(str)  # item id
    unwaive_requested = Signal(str)
    sign_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist: Checklist | None = None
        self.summary = QLabel()
        set_heading(self.summary, 1.2)
        self.summary.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Tjekliste før underskrift"))
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.waive_button = QPushButton(self.tr("&Fravælg med begrundelse …"))
        self.waive_button.setAccessibleName(self.tr("Fravælg det valgte punkt med begrundelse"))
        self.unwaive_button = QPushButton(self.tr("Fortr&yd fravalg"))
        self.unwaive_button.setAccessibleName(self.tr("Fortryd fravalget af det valgte punkt"))
        self.sign_button = QPushButton(self.tr("&Underskriv referat og brev …"))
        self.sign_button.setAccessibleName(self.tr("Underskriv referat og brev"))
        self.sign_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.waive_button)
        buttons.addWidget(self.unwaive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.items, 1)
        column.addLayout(buttons)
        self.items.currentRowChanged.connect(self._selection_changed)
        self.waive_button.clicked.connect(self._waive)
        self.unwaive_button.clicked.connect(self._unwaive)
        self.sign_button.clicked.connect(self.sign_requested)

    def set_checklist(self, checklist: Checklist) -> None:
        selected = self.selected()
        self._checklist = checklist
        self.items.clear()
        for item in checklist.items:
            row = QListWidgetItem(self._text(item))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setForeground(QColor(MET if item.met else WAIVED if item.waiver else MISSING))
            self.items.addItem(row)
            if selected is not None and item.id == selected.id:
                self.items.setCurrentItem(row)
        missing = len(checklist.missing())
        self.summary.setText(
            self.tr("Klar til underskrift.")
            if checklist.ready_to_sign
            else self.tr("%n punkt(er) mangler, før samtalen kan underskrives.", "", missing)
        )
        self.sign_button.setEnabled(checklist.ready_to_sign)
        self._selection_changed()

    def _text(self, item: CheckItem) -> str:
        if item.met:
            return f"✓  {item.title}  ({item.reference})"
        if item.waiver is not None:
            return f"≈  {item.title}\n     " + with_args(
                self.tr("Fravalgt: %1"), item.waiver.reason
            )
        text = f"✗  {item.title}\n     {item.explanation} ({item.reference})"
        if not item.waivable and item.is_law:
            text += "\n     " + self.tr("Loven kræver det; punktet kan ikke fravælges.")
        elif not item.waivable:
            text += "\n     " + self.tr(
                "Punktet handler om barnets sikkerhed eller samtykke og kan ikke fravælges."
            )
        return text

    def selected(self) -> CheckItem | None:
        row = self.items.currentItem()
        if row is None or self._checklist is None:
            return None
        return self._checklist.item(str(row.data(Qt.ItemDataRole.UserRole)))

    def _selection_changed(self) -> None:
        item = self.selected()
        self.waive_button.setEnabled(
            item is not None and not item.met and item.waiver is None and item.waivable
        )
        self.unwaive_button.setEnabled(item is not None and item.waiver is not None)

    def _waive(self) -> None:
        item = self.selected()
        if item is not None:
            self.waive_requested.emit(item.id)

    def _unwaive(self) -> None:
        item = self.selected()
        if item is not None:
            self.unwaive_requested.emit(item.id)
