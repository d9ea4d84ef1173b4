"""The caseworker's profile: who holds the conversations and signs the referat."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from borne_samtale.domain import CaseworkerProfile


class ProfileDialog(QDialog):
    def __init__(self, profile: CaseworkerProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Din profil"))
        current = profile or CaseworkerProfile()
        intro = QLabel(self.tr("Dit navn og din titel står på referaterne, du underskriver."))
        intro.setWordWrap(True)
        self.name = self._field(current.name, self.tr("Navn"))
        self.title = self._field(current.title, self.tr("Titel"))
        self.unit = self._field(current.unit, self.tr("Afdeling"))
        self.municipality = self._field(current.municipality, self.tr("Kommune"))
        self.phone = self._field(current.phone, self.tr("Telefonnummer til barnet"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Afdeling:"), self.unit)
        form.addRow(self.tr("&Kommune:"), self.municipality)
        form.addRow(self.tr("T&elefon (står i brevet til barnet):"), self.phone)
        form.addRow(buttons)
        self.name.textChanged.connect(self._update)
        self.title.textChanged.connect(self._update)
        self._update()

    def _field(self, text: str, name: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setAccessibleName(name)
        return field

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip() and self.title.text().strip()))

    def profile(self) -> CaseworkerProfile:
        return CaseworkerProfile(
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            unit=self.unit.text().strip(),
            municipality=self.municipality.text().strip(),
            phone=self.phone.text().strip(),
        )
