"""The Three Houses tool (Weld & Greening): the form for good things, worries and dreams.

The widget edits one :class:`~borne_samtale.domain.tools.ThreeHouses` in memory. In the
caseworker's view there is one column per house (the child's name for the house, the
child's exact words, a line to add more) and below them the consent question, whether the
child drew, why the tool was stopped early, and the caseworker's own note. In the child's
view only the three houses are drawn, with the child's names and words, and the child draws
in them with a finger, a pen or the mouse (ui/widgets/drawing_pad.py); the strokes are kept
per house as vector strokes and saved with the conversation, never as files. The painted
houses are in houses_canvas.py, one house's column in house_column.py.
"""

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain.tools import ChildDrawing, ThreeHouses
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import sheet
from borne_samtale.ui.widgets.drawing_pad import PenBar
from borne_samtale.ui.widgets.house_column import _HouseColumn
from borne_samtale.ui.widgets.houses_canvas import _PALETTES, _HouseContent, _HousesPicture
from borne_samtale.ui.widgets.note import CaseworkerNote

# Consent choices, as button ids.
_NOT_ASKED, _YES, _NO = 0, 1, 2


class ThreeHousesWidget(QWidget):
    """Edits one :class:`ThreeHouses`; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._interpreter = False
        self._child_view = False
        self.setAccessibleName(self.tr("Tre huse"))

        self._stack = QStackedWidget()
        self._editor = self._build_editor()
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._editor)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.picture = _HousesPicture()
        self.pen_bar = PenBar(self.picture)
        self._child_page = QWidget()
        child_column = QVBoxLayout(self._child_page)
        child_column.setContentsMargins(0, 0, 0, 0)
        child_column.setSpacing(0)
        child_column.addWidget(self.picture, 1)
        child_column.addWidget(self.pen_bar)
        self._drawings: list[ChildDrawing] = [ChildDrawing(), ChildDrawing(), ChildDrawing()]
        self.picture.changed.connect(self._drawing_changed)
        self.picture.set_drawing_enabled(False)  # the child draws on the child's screen
        self._stack.addWidget(self._scroll)
        self._stack.addWidget(self._child_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self._shortcuts: list[QShortcut] = []
        for number, column in enumerate(self.columns, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(column.input.setFocus)
            self._shortcuts.append(shortcut)

        self.set_value(ThreeHouses())

    def _build_editor(self) -> QWidget:
        editor = QWidget()

        self.reminder = QLabel(
            self.tr(
                "Skriv barnets egne ord, præcis som barnet siger dem. "
                "Læs ordene op for barnet og spørg, om det er rigtigt forstået. "
                "Stop, hvis barnet bliver ked af det."
            )
        )
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName(self.tr("Husk"))
        self.reminder.setStyleSheet(sheet("houses_reminder"))

        via = self.new_words_via_interpreter
        self.good_column = _HouseColumn(
            1, self.tr("Gode ting"), self.tr("Det gode hus"), _PALETTES[0], via
        )
        self.worries_column = _HouseColumn(
            2, self.tr("Bekymringer"), self.tr("Bekymringshuset"), _PALETTES[1], via
        )
        self.dreams_column = _HouseColumn(
            3, self.tr("Drømme"), self.tr("Drømmehuset"), _PALETTES[2], via
        )
        self.columns = (self.good_column, self.worries_column, self.dreams_column)
        houses_row = QHBoxLayout()
        houses_row.setSpacing(10)
        for column in self.columns:
            column.changed.connect(self._emit)
            houses_row.addWidget(column, 1)

        self.via_new = QCheckBox(self.tr("Nye ord kommer &via tolk"))
        self.via_new.setAccessibleName(self.tr("Nye ord kommer via tolk"))
        self.via_new.setVisible(False)

        # Consent: a clear three-way choice.
        self.consent_box = QGroupBox(self.tr("Må det, barnet har sagt, deles?"))
        self.consent_box.setAccessibleName(self.tr("Barnets samtykke til at dele"))
        self.consent_not_asked = QRadioButton(self.tr("Ikke &spurgt endnu"))
        self.consent_yes = QRadioButton(self.tr("&Ja, det må deles"))
        self.consent_no = QRadioButton(self.tr("&Nej, det må ikke deles"))
        self.consent_group = QButtonGroup(self)
        consent_layout = QVBoxLayout(self.consent_box)
        for button, button_id, name in (
            (self.consent_not_asked, _NOT_ASKED, self.tr("Samtykke: ikke spurgt endnu")),
            (self.consent_yes, _YES, self.tr("Samtykke: ja, det må deles")),
            (self.consent_no, _NO, self.tr("Samtykke: nej, det må ikke deles")),
        ):
            button.setAccessibleName(name)
            self.consent_group.addButton(button, button_id)
            consent_layout.addWidget(button)
        self.consent_group.idToggled.connect(self._consent_toggled)

        # Whether the child drew: shown, not ticked. It is true only when the child drew on
        # the child's screen (F12), so the letter's "Du tegnede tre huse." is true.
        self.drawn_status = QLabel()
        self.drawn_status.setWordWrap(True)
        self.drawn_status.setAccessibleName(self.tr("Barnets tegninger"))

        stopped_caption = QLabel(self.tr("Stoppet før tid &fordi"))
        self.stopped_early = QLineEdit()
        self.stopped_early.setPlaceholderText(
            self.tr("Kun hvis barnet blev ked af det, og I stoppede")
        )
        self.stopped_early.setAccessibleName(self.tr("Stoppet før tid, fordi"))
        stopped_caption.setBuddy(self.stopped_early)
        self.stopped_early.textChanged.connect(self._emit)

        # The caseworker's note: the adult's own words, set apart from the child's.
        self.note_frame = CaseworkerNote(
            self.tr("&Rådgiverens note (din egen, ikke barnets ord)"),
            self.tr("Rådgiverens note"),
            self.tr("Dine iagttagelser og tanker. Det er ikke barnets ord."),
        )
        self.caseworker_note = self.note_frame.editor
        self.caseworker_note.textChanged.connect(self._emit)

        left = QVBoxLayout()
        left.addWidget(self.consent_box)
        left.addWidget(self.drawn_status)
        left.addWidget(self.via_new)
        left.addStretch(1)
        stopped_grid = QGridLayout()
        stopped_grid.addWidget(stopped_caption, 0, 0)
        stopped_grid.addWidget(self.stopped_early, 1, 0)
        middle = QVBoxLayout()
        middle.addLayout(stopped_grid)
        middle.addStretch(1)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addLayout(left, 2)
        bottom.addLayout(middle, 3)
        bottom.addWidget(self.note_frame, 5)

        page = QVBoxLayout(editor)
        page.addWidget(self.reminder)
        page.addLayout(houses_row, 1)
        page.addLayout(bottom)

        # Keyboard order follows the screen: houses left to right, then the questions.
        chain: list[QWidget] = []
        for column in self.columns:
            chain += [column.name_edit, column.words, column.input]
        chain += [
            self.consent_not_asked,
            self.via_new,
            self.stopped_early,
            self.caseworker_note,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        return editor

    # --- public API ----------------------------------------------------------------

    def set_value(self, houses: ThreeHouses) -> None:
        """Load ``houses`` without emitting ``changed``."""
        self._loading = True
        try:
            self.good_column.load(houses.good_things_name, houses.good_things)
            self.worries_column.load(houses.worries_name, houses.worries)
            self.dreams_column.load(houses.dreams_name, houses.dreams)
            consent = {None: _NOT_ASKED, True: _YES, False: _NO}[houses.consent_to_share]
            button = self.consent_group.button(consent)
            button.setChecked(True)
            self._drawings = [d for _part, _name, d in houses.drawings()]
            self.picture.set_drawings(self._drawings)
            self.pen_bar.refresh()
            self.stopped_early.setText(houses.stopped_early_reason)
            self.caseworker_note.setPlainText(houses.caseworker_note)
        finally:
            self._loading = False
        self._show_drawn()
        self._refresh_picture()

    def value(self) -> ThreeHouses:
        """A new, validated model holding what is on the screen now."""
        consent = {_NOT_ASKED: None, _YES: True, _NO: False}.get(self.consent_group.checkedId())
        return ThreeHouses(
            good_things_name=self.good_column.name(),
            worries_name=self.worries_column.name(),
            dreams_name=self.dreams_column.name(),
            good_things=self.good_column.child_words(),
            worries=self.worries_column.child_words(),
            dreams=self.dreams_column.child_words(),
            good_things_drawing=self._drawings[0],
            worries_drawing=self._drawings[1],
            dreams_drawing=self._drawings[2],
            child_drew=any(d.drawn for d in self._drawings),
            consent_to_share=consent,
            stopped_early_reason=self.stopped_early.text(),
            caseworker_note=self.caseworker_note.toPlainText(),
        )

    def set_child_view(self, on: bool) -> None:
        """Show only the three houses (on), or the caseworker's editing view (off)."""
        self._child_view = on
        self._refresh_picture()
        self._stack.setCurrentWidget(self._child_page if on else self._scroll)
        self.picture.set_drawing_enabled(on)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(not on)

    def is_child_view(self) -> bool:
        return self._child_view

    def set_interpreter_present(self, on: bool) -> None:
        """Show the "via tolk" markers (and default new words to via tolk) when on."""
        if on and not self._interpreter:
            self.via_new.setChecked(True)
        self._interpreter = on
        self.via_new.setVisible(on)
        for column in self.columns:
            column.set_interpreter_present(on)

    def new_words_via_interpreter(self) -> bool:
        """Whether words typed now are marked as coming through the interpreter."""
        return self._interpreter and self.via_new.isChecked()

    # --- internals -----------------------------------------------------------------

    def _drawing_changed(self) -> None:
        """A stroke ended (or was undone): the drawings as they are now. A drawing that
        changed is a new one: the child is asked about it again at read-back."""
        for page, before in enumerate(self._drawings):
            strokes = self.picture.strokes(page)
            if strokes != before.strokes:
                self._drawings[page] = ChildDrawing(
                    aspect=self.picture.aspect(page), strokes=strokes
                )
        self._show_drawn()
        self._emit()

    def _show_drawn(self) -> None:
        names = [c.name().strip() or c.name_edit.placeholderText() for c in self.columns]
        drawn = [name for name, d in zip(names, self._drawings, strict=True) if d.drawn]
        if drawn:
            text = with_args(self.tr("Barnet har tegnet i: %1"), ", ".join(drawn))
        else:
            text = self.tr(
                "Barnet har ikke tegnet. Barnet kan tegne i husene på barnets skærm (F12)."
            )
        self.drawn_status.setText(text)

    def _consent_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._emit()

    def _emit(self) -> None:
        if self._loading:
            return
        if self._child_view:
            self._refresh_picture()
        self._show_drawn()
        self.changed.emit()

    def _refresh_picture(self) -> None:
        # An unnamed house still needs a name above its roof.
        defaults = (self.tr("Det gode hus"), self.tr("Bekymringshuset"), self.tr("Drømmehuset"))
        self.picture.set_houses(
            tuple(
                _HouseContent(
                    name=column.name().strip() or default,
                    words=tuple(words.text for words in column.child_words()),
                )
                for column, default in zip(self.columns, defaults, strict=True)
            )
        )
