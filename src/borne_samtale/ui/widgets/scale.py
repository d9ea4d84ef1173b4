"""The 0-10 scale tool (Signs of Safety scaling): the form that edits one ``ScaleAnswer``.

Both ends are defined first (what 0 and 10 mean, in words the child agreed to), then the
child picks a number, then says in its own words what makes it that number and what one
step up would be. The caseworker's note is kept apart from the child's words.

The caseworker's view is a keyboard-first form with eleven large number buttons. The
child's view shows only the question and a big drawn scale with a sad face at 0 and a
happy face at 10; a click on a number there sets the value too, and the caseworker's form
then says "Barnet valgte 6".

The child's words belong to the number they were said for: when the number changes after
words were written, the answer as it was (number and words) is handed out with
``answer_kept`` to be kept as an answer of its own, and the form goes on with the new
number and empty word fields.

The child's painted scale and the keys that choose a number are in scale_canvas.py.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.tools import ScaleAnswer
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import scaled_font, sheet
from borne_samtale.ui.widgets.exact_text import ExactTextEdit
from borne_samtale.ui.widgets.note import CaseworkerNote
from borne_samtale.ui.widgets.scale_canvas import (
    HIGHEST,
    LOWEST,
    _ChildScale,
    choice_for_key,
    pick_by_key,
)

__all__ = ["HIGHEST", "LOWEST", "ScaleWidget", "choice_for_key"]


class _NumberRow(QFrame):
    """Eleven large number buttons 0-10 that take the keyboard as one control."""

    picked = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberRow")
        self.setProperty("focused", False)
        self.setStyleSheet(sheet("scale_number_row"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._value: int | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # so that "no number yet" can be shown
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(6)
        font = scaled_font(self, 1.5, bold=True)
        metrics = QFontMetricsF(font)
        height = round(metrics.height() * 2.0)
        # Wide enough for "10" with a margin, not square: eleven square buttons did not fit
        # beside the interpreter panel at 1366×768, and the row was cut off.
        width = round(metrics.horizontalAdvance("10") + metrics.height() * 0.5)
        self.buttons: list[QPushButton] = []
        for number in range(LOWEST, HIGHEST + 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setFont(font)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setMinimumHeight(height)
            button.setMinimumWidth(width)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(with_args(self.tr("Tal %1"), number))
            button.setToolTip(self._key_tip(number))
            button.clicked.connect(lambda _=False, n=number: self._click(n))
            self._group.addButton(button, number)
            self.buttons.append(button)
            row.addWidget(button)

    def _key_tip(self, number: int) -> str:
        if number == HIGHEST:
            return self.tr("Tast T")
        return with_args(self.tr("Tast %1"), number)

    def _click(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._show(self._value)  # the click toggled the button; the owner decides
        self.picked.emit(number)

    def set_number(self, value: int | None) -> None:
        self._value = value
        self._show(value)

    def _show(self, value: int | None) -> None:
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not pick_by_key(event, self._value, self.picked):
            super().keyPressEvent(event)

    def _set_focused(self, on: bool) -> None:
        self.setProperty("focused", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._set_focused(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._set_focused(False)
        super().focusOutEvent(event)


class _ChildWordsBox(QFrame):
    """One follow-up question answered in the child's own words, with a "via tolk" marker."""

    def __init__(self, tag: str, placeholder: str, via_text: str, via_name: str) -> None:
        super().__init__()
        self.setObjectName("childWords")
        self.setStyleSheet(sheet("scale_words"))
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setFont(scaled_font(self, 1.1, bold=True))
        tag_label = QLabel(tag)
        tag_label.setObjectName("childWordsTag")
        self.edit = ExactTextEdit(lines=3)
        self.edit.setPlaceholderText(placeholder)
        self.question.setBuddy(self.edit)
        self.via = QCheckBox(via_text)
        self.via.setAccessibleName(via_name)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(4)
        column.addWidget(self.question)
        column.addWidget(tag_label)
        column.addWidget(self.edit)
        column.addWidget(self.via)


class ScaleWidget(QWidget):
    """Edits one ``ScaleAnswer``: the question, both ends, the child's number and words.

    ``set_value`` loads an answer (without emitting ``changed``); ``value`` returns a new,
    validated answer with the same id; ``changed`` fires on every edit. ``answer_kept``
    (a ``ScaleAnswer``) comes before the ``changed`` of a new number when the old number
    had the child's words: keep it, the form now edits a new answer (a new id).
    """

    changed = Signal()
    answer_kept = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answer = ScaleAnswer(question="", low_end="", high_end="")
        self._value: int | None = None
        self._loading = False
        self._child_view = False
        self._interpreter = False
        self.setAccessibleName(self.tr("Skala fra 0 til 10"))

        self.caseworker_panel = self._build_caseworker_panel()
        self.child_panel = self._build_child_panel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caseworker_panel)
        layout.addWidget(self.child_panel)
        self.child_panel.hide()

        for line in (self.question_edit, self.low_end_edit, self.high_end_edit):
            line.textChanged.connect(self._edited)
        for box in (self.reason_box, self.step_up_box):
            box.edit.textChanged.connect(self._edited)
            box.via.toggled.connect(self._edited)
        self.note_edit.textChanged.connect(self._edited)
        self.number_row.picked.connect(self._pick)
        self.child_scale.picked.connect(lambda value: self._pick(value, by_child=True))
        self.clear_button.clicked.connect(lambda: self._pick(None))
        chain: list[QWidget] = [
            self.question_edit,
            self.low_end_edit,
            self.high_end_edit,
            self.clear_button,  # above the numbers, on their label's line
            self.number_row,
            self.reason_box.edit,
            self.reason_box.via,
            self.step_up_box.edit,
            self.step_up_box.via,
            self.note_edit,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.set_value(self._answer)

    # building

    def _build_caseworker_panel(self) -> QScrollArea:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(10)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.question_edit = self._line(
            self.tr("Spørgsmålet"), self.tr("Fx: Hvor godt har du det i skolen?")
        )
        self.low_end_edit = self._line(
            self.tr("Hvad 0 betyder"), self.tr("Det, barnet og du aftaler, at 0 betyder")
        )
        self.high_end_edit = self._line(
            self.tr("Hvad 10 betyder"), self.tr("Det, barnet og du aftaler, at 10 betyder")
        )
        for text, edit in (
            (self.tr("&Spørgsmål:"), self.question_edit),
            (self.tr("Det lav&este, 0, betyder:"), self.low_end_edit),
            (self.tr("Det &højeste, 10, betyder:"), self.high_end_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        column.addLayout(form)

        heading = QHBoxLayout()
        number_label = QLabel(self.tr("Barnets t&al:"))
        number_label.setFont(scaled_font(self, 1.1, bold=True))
        self.number_row = _NumberRow()
        self.number_row.setAccessibleName(self.tr("Barnets tal fra 0 til 10"))
        number_label.setBuddy(self.number_row)
        self.keys_hint = QLabel(self.tr("Tast 0–9, T for 10 · ← → flytter ét trin · Delete rydder"))
        self.keys_hint.setStyleSheet(sheet("hint"))
        self.keys_hint.setWordWrap(True)  # never wider than the row of numbers
        self.clear_button = QPushButton(self.tr("Ry&d tallet"))
        self.clear_button.setAccessibleName(self.tr("Ryd barnets tal"))
        heading.addWidget(number_label)
        heading.addSpacing(12)
        heading.addWidget(self.keys_hint, 1)
        heading.addWidget(self.clear_button)
        column.addLayout(heading)
        column.addWidget(self.number_row)
        self.choice_notice = QLabel()
        self.choice_notice.setWordWrap(True)
        self.choice_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.choice_notice.setAccessibleName(self.tr("Barnets valg på barnets skærm"))
        self.choice_notice.setStyleSheet(sheet("scale_notice"))
        self.choice_notice.hide()
        column.addWidget(self.choice_notice)

        ends = QHBoxLayout()
        self.low_end_label = self._end_label(Qt.AlignmentFlag.AlignLeft)
        self.high_end_label = self._end_label(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self.low_end_label, 1)
        ends.addSpacing(24)
        ends.addWidget(self.high_end_label, 1)
        column.addLayout(ends)

        self.reason_box = _ChildWordsBox(
            self.tr("Barnets egne ord – skriv ordret"),
            self.tr("Fx: »Fordi jeg har Ali at lege med i frikvarteret«"),
            self.tr("Sagt via t&olk"),
            self.tr("Hvad gør tallet: sagt via tolk"),
        )
        self.reason_box.edit.setAccessibleName(self.tr("Hvad gør, at det er dette tal"))
        self.step_up_box = _ChildWordsBox(
            self.tr("Barnets egne ord – skriv ordret"),
            self.tr("Fx: »Hvis de andre ikke drillede mig«"),
            self.tr("Sagt &via tolk"),
            self.tr("Ét trin op: sagt via tolk"),
        )
        self.step_up_box.edit.setAccessibleName(self.tr("Hvad skal der til for ét trin op"))
        followups = QGridLayout()
        followups.setHorizontalSpacing(12)
        followups.addWidget(self.reason_box, 0, 0)
        followups.addWidget(self.step_up_box, 0, 1)
        followups.setColumnStretch(0, 1)
        followups.setColumnStretch(1, 1)
        column.addLayout(followups, 3)

        # The caseworker's note: the same frame as beside the other tools.
        self.note_edit = ExactTextEdit(lines=2)
        self.note_frame = CaseworkerNote(
            self.tr("Rådgiverens &note – dine egne iagttagelser, ikke barnets ord"),
            self.tr("Rådgiverens note"),
            self.tr("Fx: Tøvede længe mellem 3 og 4"),
            editor=self.note_edit,
            min_lines=2,
        )
        column.addWidget(self.note_frame, 1)

        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # It scrolls up and down only: never narrower than the form needs, or the numbers
        # and the right-hand labels are cut off (and moving focus scrolls them away).
        scroll.setMinimumWidth(
            inner.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        return scroll

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(1_000_000)  # never cut what was said (Qt's default is 32767)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _end_label(self, align: Qt.AlignmentFlag) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # the child's words, never markup
        label.setWordWrap(True)
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet(sheet("scale_ink"))
        return label

    def _build_child_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 24, 24, 24)
        self.child_question = QLabel()
        self.child_question.setTextFormat(Qt.TextFormat.PlainText)
        self.child_question.setWordWrap(True)
        self.child_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.child_question.setFont(scaled_font(self, 2.6, bold=True))
        self.child_question.setStyleSheet(sheet("scale_ink"))
        self.child_scale = _ChildScale()
        self.child_scale.setAccessibleName(self.tr("Skala fra 0 til 10. Peg på et tal."))
        column.addStretch(1)
        column.addWidget(self.child_question)
        column.addSpacing(round(QFontMetricsF(self.font()).height() * 1.5))
        column.addWidget(self.child_scale)
        column.addStretch(1)
        return panel

    # public API

    def set_value(self, answer: ScaleAnswer) -> None:
        """Load an answer to edit. Does not emit ``changed``."""
        self._answer = answer.model_copy(deep=True)
        self.choice_notice.hide()
        self._loading = True
        try:
            self.question_edit.setText(answer.question)
            self.low_end_edit.setText(answer.low_end)
            self.high_end_edit.setText(answer.high_end)
            self._value = answer.value
            self.number_row.set_number(answer.value)
            for box, words in (
                (self.reason_box, answer.what_makes_it_this_number),
                (self.step_up_box, answer.one_step_up),
            ):
                box.edit.set_text(words.text if words else "")
                box.via.setChecked(bool(words and words.via_interpreter))
            self.note_edit.set_text(answer.caseworker_note)
        finally:
            self._loading = False
        self._refresh()
        self._show_via_markers()

    def value(self) -> ScaleAnswer:
        """A new, validated answer with the edits; the id and other fields are kept."""
        update = {
            "question": self.question_edit.text(),
            "low_end": self.low_end_edit.text(),
            "high_end": self.high_end_edit.text(),
            "value": self._value,
            "what_makes_it_this_number": self._words(
                self.reason_box, self._answer.what_makes_it_this_number
            ),
            "one_step_up": self._words(self.step_up_box, self._answer.one_step_up),
            "caseworker_note": self.note_edit.text(),
        }
        return ScaleAnswer.model_validate({**self._answer.model_dump(), **update})

    def set_child_view(self, on: bool) -> None:
        """Show only the question and the drawn scale (on), or the caseworker's form (off)."""
        self._child_view = on
        self.caseworker_panel.setVisible(not on)
        self.child_panel.setVisible(on)
        if on:
            self.child_scale.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.number_row.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_child_view(self) -> bool:
        return self._child_view

    def set_interpreter_present(self, on: bool) -> None:
        """Show the "via tolk" markers (on). A marker that is already ticked stays visible."""
        self._interpreter = on
        self._show_via_markers()

    # internals

    @staticmethod
    def _words(box: _ChildWordsBox, loaded: ChildWords | None) -> dict[str, Any] | None:
        text = box.edit.text()
        via = box.via.isChecked()
        if text or via:
            words: dict[str, Any] = {"text": text, "via_interpreter": via}
            if loaded is not None and loaded.text == text:  # the child's decision stays with it
                words["consent"] = loaded.consent.model_dump()
            return words
        if loaded is not None and not loaded.text and not loaded.via_interpreter:
            return loaded.model_dump()  # an empty answer that was loaded stays as it was
        return None

    def _show_via_markers(self) -> None:
        for box in (self.reason_box, self.step_up_box):
            box.via.setVisible(self._interpreter or box.via.isChecked())

    def _pick(self, value: object, *, by_child: bool = False) -> None:
        number = value if isinstance(value, int) else None
        if number == self._value:
            self.number_row.set_number(number)
            return
        previous = self._value
        kept = previous is not None and self._has_words()
        if kept:
            self._keep_answer()
        self._value = number
        self.number_row.set_number(number)
        self._refresh()
        self._tell_choice(number, previous if kept else None, by_child)
        self.changed.emit()

    def _has_words(self) -> bool:
        return any(box.edit.text().strip() for box in (self.reason_box, self.step_up_box))

    def _keep_answer(self) -> None:
        """Hand out the answer as it is (its number and the child's words for it) and go on
        with a new answer to the same question, with empty word fields."""
        kept = self.value()
        self._answer = ScaleAnswer(
            question=kept.question,
            low_end=kept.low_end,
            high_end=kept.high_end,
            goal_id=kept.goal_id,
        )
        self._loading = True
        try:
            for box in (self.reason_box, self.step_up_box):
                box.edit.set_text("")
                box.via.setChecked(False)
            self.note_edit.set_text("")
        finally:
            self._loading = False
        self._show_via_markers()
        self.answer_kept.emit(kept)

    def _tell_choice(self, number: int | None, kept_for: int | None, by_child: bool) -> None:
        """Say what happened where the caseworker looks: the child's choice, and where the
        words for the earlier number went."""
        parts = []
        if by_child:
            parts.append(
                self.tr("Barnet fjernede tallet på barnets skærm.")
                if number is None
                else with_args(self.tr("Barnet valgte %1 på barnets skærm."), number)
            )
        if kept_for is not None:
            parts.append(
                with_args(
                    self.tr("Barnets ord til %1 står ved %1 i listen over skalaer."), kept_for
                )
            )
        self.choice_notice.setText(" ".join(parts))
        self.choice_notice.setVisible(bool(parts))

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Bring the labels and the child's scale in line with the fields."""
        low = self.low_end_edit.text()
        high = self.high_end_edit.text()
        self.low_end_label.setText(
            with_args(self.tr("0 = %1"), low)
            if low
            else self.tr("0 = (skriv først, hvad 0 betyder)")
        )
        self.high_end_label.setText(
            with_args(self.tr("10 = %1"), high)
            if high
            else self.tr("10 = (skriv først, hvad 10 betyder)")
        )
        number = self._value
        if number is None:
            reason = self.tr("Hvad &gør, at det er det tal og ikke lavere?")
            step = self.tr("Hvad skal der til for at komme ét t&rin op?")
        elif number == LOWEST:
            reason = self.tr("Hvad &gør, at det er 0?")
            step = self.tr("Hvad skal der til for at komme ét t&rin op, fra 0 til 1?")
        elif number == HIGHEST:
            reason = self.tr("Hvad &gør, at det er 10 og ikke lavere?")
            step = self.tr("Hvad skal der til, fo&r at det bliver ved med at være 10?")
        else:
            reason = with_args(self.tr("Hvad &gør, at det er %1 og ikke lavere?"), number)
            step = with_args(
                self.tr("Hvad skal der til for at komme ét t&rin op, fra %1 til %2?"),
                number,
                number + 1,
            )
        self.reason_box.question.setText(reason)
        self.step_up_box.question.setText(step)
        self.number_row.setAccessibleDescription(
            self.tr("Intet tal valgt endnu")
            if number is None
            else with_args(self.tr("Valgt: %1"), number)
        )
        self.child_question.setText(self.question_edit.text())
        self.child_scale.set_state(number, low, high)
        self.child_scale.setAccessibleDescription(
            self.tr("Intet tal valgt endnu")
            if number is None
            else with_args(self.tr("Valgt: %1"), number)
        )
