"""The scale tab of the conversation: its scales and the goals they belong to.

The scale tab of the conversation: its scales and the action plan's goals in a column
beside the scale itself."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import Conversation, Goal, ScaleAnswer, consent
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.widgets.scale import ScaleWidget


class ScalePage(QWidget):
    """Edits the scales and goals of the conversation ``source()`` returns (None once it is
    closed); ``changed`` when they changed."""

    changed = Signal()

    def __init__(
        self, source: Callable[[], Conversation | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.scale_list = QListWidget()
        self.scale_list.setAccessibleName(self.tr("Skalaer i samtalen"))
        self.scale_list.setMaximumWidth(260)
        self.new_scale_button = QPushButton(self.tr("Ny s&kala"))
        self.new_scale_button.setAccessibleName(self.tr("Ny skala"))
        # A mistaken answer (e.g. kept when the child tapped another number) can go again.
        self.delete_scale_button = QPushButton(self.tr("Slet skalaen …"))
        self.delete_scale_button.setAccessibleName(self.tr("Slet den valgte skala"))
        self.new_goal_button = QPushButton(self.tr("Nyt &mål fra handleplanen"))
        self.new_goal_button.setAccessibleName(self.tr("Nyt mål fra handleplanen"))
        self.goal_choice = QComboBox()
        self.goal_choice.setAccessibleName(self.tr("Skalaen hører til målet"))
        self.scale = ScaleWidget()
        scale_side = QVBoxLayout()
        scale_side.addWidget(self.scale_list, 1)
        scale_side.addWidget(self.new_scale_button)
        scale_side.addWidget(self.delete_scale_button)
        scale_side.addWidget(self.new_goal_button)
        goal_label = QLabel(self.tr("Mål:"))
        goal_label.setBuddy(self.goal_choice)  # a screen reader says what the box is for
        scale_side.addWidget(goal_label)
        scale_side.addWidget(self.goal_choice)
        self.scale_side = QWidget()
        self.scale_side.setLayout(scale_side)
        scale_row = QHBoxLayout(self)
        scale_row.addWidget(self.scale_side)
        scale_row.addWidget(self.scale, 1)

        self.scale_list.currentRowChanged.connect(self._show_scale)
        self.new_goal_button.clicked.connect(self._add_goal)
        self.delete_scale_button.clicked.connect(self.delete_scale)
        self.goal_choice.currentIndexChanged.connect(self._goal_chosen)
        self.scale.changed.connect(self._scale_changed)
        self.scale.answer_kept.connect(self._scale_answer_kept)

    @property
    def conversation(self) -> Conversation | None:
        return self._source()

    def load(self) -> None:
        """Fill the lists from the conversation just opened."""
        self._fill_scales()
        self._fill_goals()

    def add_scale(self) -> bool:
        """A new, empty scale, shown (the caller says it changed); False without a
        conversation."""
        if self.conversation is None:
            return False
        scale = ScaleAnswer(question="", low_end="", high_end="")
        self.conversation.scales.append(scale)
        self.scale_list.addItem(self._scale_title(scale))
        self.scale_list.setCurrentRow(len(self.conversation.scales) - 1)
        self.scale.setEnabled(True)
        self.delete_scale_button.setEnabled(True)
        return True

    def delete_scale(self) -> None:
        """Delete the selected scale and the child's words for it, once the caseworker has
        said yes."""
        row = self.scale_list.currentRow()
        if self.conversation is None or not 0 <= row < len(self.conversation.scales):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Slet skalaen"),
            with_args(
                self.tr("Slet »%1« og det, barnet sagde til den? Det kan ikke fortrydes."),
                self._scale_title(self.conversation.scales[row]),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        del self.conversation.scales[row]
        self._fill_scales()
        if self.conversation.scales:
            self.scale_list.setCurrentRow(min(row, len(self.conversation.scales) - 1))
        self.changed.emit()

    def _fill_scales(self) -> None:
        assert self.conversation is not None
        self.scale_list.blockSignals(True)
        self.scale_list.clear()
        for scale in self.conversation.scales:
            self.scale_list.addItem(self._scale_title(scale))
        self.scale_list.blockSignals(False)
        if self.conversation.scales:
            self.scale_list.setCurrentRow(0)
            self._show_scale(0)
        self.scale.setEnabled(bool(self.conversation.scales))
        self.delete_scale_button.setEnabled(bool(self.conversation.scales))

    def _scale_title(self, scale: ScaleAnswer) -> str:
        value = "–" if scale.value is None else str(scale.value)
        return f"{scale.question or self.tr('(ny skala)')}: {value}"

    def _fill_goals(self) -> None:
        assert self.conversation is not None
        self.goal_choice.blockSignals(True)
        self.goal_choice.clear()
        self.goal_choice.addItem(self.tr("Intet mål"), "")
        for goal in self.conversation.goals:
            self.goal_choice.addItem(goal.text, str(goal.id))
        self.goal_choice.blockSignals(False)

    def _show_scale(self, row: int) -> None:
        if self.conversation is None or not 0 <= row < len(self.conversation.scales):
            return
        scale = self.conversation.scales[row]
        self.scale.set_value(scale)
        self.goal_choice.blockSignals(True)
        self.goal_choice.setCurrentIndex(
            max(0, self.goal_choice.findData(str(scale.goal_id or "")))
        )
        self.goal_choice.blockSignals(False)

    def _scale_changed(self) -> None:
        row = self.scale_list.currentRow()
        if self.conversation is None or not 0 <= row < len(self.conversation.scales):
            return
        value = self.scale.value()
        before = consent.quotes(self.conversation)
        self.conversation.scales[row] = value
        consent.keep_decisions(before, self.conversation)  # the widget rebuilds the words
        self.scale_list.item(row).setText(self._scale_title(value))
        self.changed.emit()

    def _scale_answer_kept(self, kept: ScaleAnswer) -> None:
        """The child's words for the earlier number: kept as an answer of their own, just
        before the one the form goes on with."""
        row = self.scale_list.currentRow()
        if self.conversation is None or not 0 <= row < len(self.conversation.scales):
            return
        self.conversation.scales.insert(row, kept)
        self.scale_list.blockSignals(True)
        self.scale_list.insertItem(row, self._scale_title(kept))
        self.scale_list.setCurrentRow(row + 1)
        self.scale_list.blockSignals(False)

    def _add_goal(self) -> None:
        if self.conversation is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Nyt mål"), self.tr("Målet fra handleplanen, med barnets ord:")
        )
        if not ok or not text.strip():
            return
        goal = Goal(text=text.strip())
        self.conversation.goals.append(goal)
        self._fill_goals()
        self.changed.emit()

    def _goal_chosen(self) -> None:
        row = self.scale_list.currentRow()
        if self.conversation is None or not 0 <= row < len(self.conversation.scales):
            return
        raw = self.goal_choice.currentData()
        goal_id = next((g.id for g in self.conversation.goals if str(g.id) == raw), None)
        self.conversation.scales[row].goal_id = goal_id
        self.changed.emit()
