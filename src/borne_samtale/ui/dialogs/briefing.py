"""Before the child comes in: go through the briefing with the interpreter, item by item."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import Interpreter
from borne_samtale.domain.enums import AgeBand
from borne_samtale.guides.interpreter import InterpreterModule
from borne_samtale.guides.placeholders import fill, known_values
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import set_heading, sheet


class _ToggleLabel(QLabel):
    """Wrapped text beside a checkbox; clicking the text ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._box.toggle()
        event.accept()


class BriefingDialog(QDialog):
    """Accepted only when every briefing item is ticked; ``interpreter()`` records it."""

    def __init__(
        self,
        module: InterpreterModule,
        interpreter: Interpreter,
        band: AgeBand | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instruktion af tolken"))
        self._interpreter = interpreter
        heading = QLabel(self.tr("Gå det her igennem med tolken, før barnet kommer ind"))
        set_heading(heading, 1.3)
        heading.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        self.items: dict[str, QCheckBox] = {}
        # What the new-conversation form already confirmed is ticked here from the start.
        confirmed = {
            "adult": interpreter.confirmed_adult,
            "not-a-relative": interpreter.confirmed_not_relative,
            "confidentiality": interpreter.confidentiality_confirmed,
        }
        for item in module.briefing_for(interpreter.mode):
            box = QCheckBox()
            box.setAccessibleName(item.text)
            done = item.id in interpreter.briefing_items_done or confirmed.get(item.id, False)
            box.setChecked(done)
            text = _ToggleLabel(item.text, box)
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            column.addLayout(row)
            box.toggled.connect(self._update)
            self.items[item.id] = box
        if band is not None:
            say = QLabel(
                self.tr("Sig til barnet gennem tolken:")
                + "\n»"
                + fill(module.role_explanation[band], known_values(None, None, interpreter))
                + "«"
            )
            say.setWordWrap(True)
            say.setStyleSheet(sheet("say"))
            column.addWidget(say)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Tolken er instrueret")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(780, 640)
        self._update()

    def _update(self) -> None:
        done = sum(box.isChecked() for box in self.items.values())
        self.status.setText(
            with_args(self.tr("%1 af %2 punkter gennemgået"), done, len(self.items))
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(done == len(self.items))

    def interpreter(self) -> Interpreter:
        done = [item_id for item_id, box in self.items.items() if box.isChecked()]
        return self._interpreter.model_copy(
            update={
                "briefing_items_done": done,
                "briefing_done": len(done) == len(self.items),
                "confidentiality_confirmed": self._interpreter.confidentiality_confirmed
                or "confidentiality" in done,
                "confirmed_not_relative": self._interpreter.confirmed_not_relative
                or "not-a-relative" in done,
                "confirmed_adult": self._interpreter.confirmed_adult or "adult" in done,
            }
        )
