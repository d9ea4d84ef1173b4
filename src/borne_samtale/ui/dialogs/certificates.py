"""The signing certificate dialog: import the organisation's, or export ours.

The signing certificate from the menu: bring in the organisation's own (PKCS#12, e.g. an
OCES3 employee certificate), or hand the certificate and its issuer to IT so the
municipality can trust the signatures."""

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from borne_samtale.services.session import Session
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.operation import Operation

# Qt's own file dialog: the desktop's adds what is picked to its recent-files list.
NO_HISTORY = QFileDialog.Option.DontUseNativeDialog


class CertificateActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent

    def _start_folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def import_pkcs12(self, session: Session) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Vælg organisationens certifikat"),
            self._start_folder(),
            self.tr("PKCS#12-certifikat (*.p12 *.pfx)"),
            options=NO_HISTORY,
        )
        if not path:
            return False
        password, ok = QInputDialog.getText(
            self._window,
            self.tr("Certifikatets adgangskode"),
            self.tr("Adgangskoden til certifikatfilen:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        return self.import_file(session, Path(path), password)

    def import_file(self, session: Session, path: Path, password: str) -> bool:
        imported = Operation(
            self._window,
            self.tr("Certifikat"),
            lambda: session.import_certificate(path, password),
        )
        if not imported.run():
            return False
        QMessageBox.information(
            self._window,
            self.tr("Certifikat"),
            self.tr("Fra nu af underskrives referater og breve med organisationens certifikat."),
        )
        return True

    def export(self, session: Session) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window,
            self.tr("Vælg mappen til certifikatet"),
            self._start_folder(),
            QFileDialog.Option.ShowDirsOnly | NO_HISTORY,
        )
        if folder:
            self.export_to(session, Path(folder))

    def export_to(self, session: Session, folder: Path) -> list[Path]:
        exported = Operation(
            self._window, self.tr("Certifikat"), lambda: session.export_certificates(folder)
        )
        if not exported.run():
            return []
        written = exported.value
        QMessageBox.information(
            self._window,
            self.tr("Certifikat"),
            with_args(
                self.tr(
                    "Certifikatet er gemt i %1. Giv filerne til IT, så kommunen kan stole på "
                    "underskrifterne."
                ),
                folder.as_posix(),
            ),
        )
        return written
