"""Hand-over to the case system: the case system's reference, and when the local copy goes."""

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

RETENTION_DAYS = (0, 1, 7, 30)


class TransferDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overført til sagen"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Når referat og brev ligger i sagssystemet, skal samtalen slettes fra "
                "computeren. Tilbage bliver kun en kvittering uden indhold: dokument-id og "
                "referatets fingeraftryk."
            )
        )
        intro.setWordWrap(True)
        self.reference_field = QLineEdit()
        self.reference_field.setAccessibleName(self.tr("Sagssystemets reference"))
        self.reference_field.setPlaceholderText(self.tr("fx journalnummer eller dokumentnummer"))
        self.retention_choice = QComboBox()
        self.retention_choice.setAccessibleName(self.tr("Hvornår samtalen slettes"))
        for days in RETENTION_DAYS:
            text = (
                self.tr("Slet fra computeren nu")
                if days == 0
                else self.tr("Slet om %n dag(e)", "", days)
            )
            self.retention_choice.addItem(text, days)
        self.confirmed = QCheckBox(self.tr("Jeg har set, at referat og brev ligger i sagssystemet"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Markér som overført"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Reference i sagen:"), self.reference_field)
        form.addRow(self.tr("&Sletning:"), self.retention_choice)
        form.addRow(self.confirmed)
        form.addRow(buttons)
        self.reference_field.textChanged.connect(self._update)
        self.confirmed.toggled.connect(self._update)
        self.retention_choice.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ready = bool(self.reference_field.text().strip()) and self.confirmed.isChecked()
        self.ok_button.setEnabled(ready)
        self.ok_button.setText(
            self.tr("Markér som overført og slet")
            if self.retention().days == 0
            else self.tr("Markér som overført")
        )

    def reference(self) -> str:
        return self.reference_field.text().strip()

    def retention(self) -> timedelta:
        return timedelta(days=int(self.retention_choice.currentData() or 0))
