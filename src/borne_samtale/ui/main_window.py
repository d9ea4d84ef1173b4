"""The main window. For now a calm welcome that says where the vault is; the screens of the
guided conversation replace its centre."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from borne_samtale import __version__
from borne_samtale.vault.location import VaultPaths


class MainWindow(QMainWindow):
    def __init__(self, vault_dir: Path, demo: bool) -> None:
        super().__init__()
        self.setWindowTitle("Børnesamtale")  # never a child's name in the title
        self.resize(1024, 700)
        exists = VaultPaths(vault_dir).exists()
        status = (
            "Demoboksen med opdigtede sager"
            if demo
            else (
                f"Boksen ligger i {vault_dir}"
                if exists
                else f"Der er endnu ingen boks i {vault_dir}. Opret den med: borne-samtale init"
            )
        )
        title = QLabel("Børnesamtale")
        title.setAccessibleName("Programmets navn")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        title.setFont(font)
        self.status_label = QLabel(status)
        self.status_label.setAccessibleName("Boksens placering")
        self.status_label.setWordWrap(True)
        version = QLabel(f"Version {__version__}. Tryk Ctrl+Q for at lukke.")
        version.setAccessibleName("Version")
        column = QVBoxLayout()
        column.addStretch(1)
        for label in (title, self.status_label, version):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
            column.addSpacing(12)
        column.addStretch(1)
        centre = QWidget()
        centre.setLayout(column)
        self.setCentralWidget(centre)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
