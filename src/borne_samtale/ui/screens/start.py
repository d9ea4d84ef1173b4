"""First start: no vault yet. Create one, or look around in the demo vault."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from borne_samtale.ui.first_paint import centre_text, centred
from borne_samtale.ui.style import set_heading


class StartScreen(QWidget):
    """Built before the first paint: nothing of PySide6's ``Qt`` namespace (ui/first_paint.py)."""

    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Velkommen til Børnesamtale"))
        set_heading(heading, 2.0)
        intro = QLabel(
            self.tr(
                "Børnesamtale hjælper dig gennem samtalen med barnet og holder barnets egne ord "
                "adskilt fra de voksnes. Alt gemmes krypteret på denne computer, og intet sendes "
                "nogen steder hen."
            )
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Opret din krypterede boks"))
        self.create_button.setAccessibleName(self.tr("Opret din krypterede boks"))
        self.demo_button = QPushButton(self.tr("Se &demoen med opdigtede sager"))
        self.demo_button.setAccessibleName(self.tr("Se demoen med opdigtede sager"))
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        centre_text(heading)
        centre_text(intro)
        panel = QWidget()
        panel.setFixedWidth(640)
        # A centred widget gets its size hint, which ignores how tall wrapped text must be.
        intro.setMinimumHeight(intro.heightForWidth(600))
        inner = QVBoxLayout(panel)
        for widget in (heading, intro, self.create_button, self.demo_button):
            inner.addWidget(widget)
            inner.addSpacing(8)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(centred(panel))
        column.addStretch(2)
        self.setFocusProxy(self.create_button)
