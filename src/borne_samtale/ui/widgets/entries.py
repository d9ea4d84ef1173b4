"""Capturing what is said: one field, a perspective chosen with one keystroke, and the list.

The text being typed is already an entry in the vault: it is created on the first pause in
typing and updated on every later pause, so a crash loses at most the debounce window.
Ctrl+Enter finishes it and starts the next one.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from borne_samtale import look
from borne_samtale.domain import Entry, labels
from borne_samtale.domain.enums import (
    IcsDimension,
    NamedFirst,
    OtherSource,
    Perspective,
    Phase,
    Purpose,
    Theme,
)

# Soft background and a darker edge per perspective; the child's words are warm, the
# adults' cool, the "not translated" marker amber.
PERSPECTIVE_COLOURS: dict[Perspective, tuple[str, str]] = {
    Perspective.CHILD_OWN_WORDS: ("#fff4d6", "#c98a00"),
    Perspective.CHILD_VIA_INTERPRETER: ("#ffe9d1", "#c0661a"),
    Perspective.CASEWORKER_PARAPHRASE: ("#e8f0fb", "#3d6bb3"),
    Perspective.CASEWORKER_OBSERVATION: ("#e6f4ee", "#2f7d5b"),
    Perspective.CASEWORKER_ASSESSMENT: ("#eee8f7", "#6b4ea3"),
    Perspective.INFORMATION_FROM_OTHERS: ("#eef0f2", "#5d6670"),
    Perspective.UNTRANSLATED_EXCHANGE: ("#fde3e1", look.ERROR_RED),
}


def perspective_colours(perspective: Perspective) -> tuple[QColor, QColor]:
    background, edge = PERSPECTIVE_COLOURS[perspective]
    return QColor(background), QColor(edge)


# The perspectives offered when typing, with their one-key shortcut (Alt+digit) and a
# short button text (the full label is shown on each entry).
SHORT_LABELS = {
    Perspective.CHILD_OWN_WORDS: "Barnets ord",
    Perspective.CHILD_VIA_INTERPRETER: "Via tolk",
    Perspective.CASEWORKER_PARAPHRASE: "Gengivelse",
    Perspective.CASEWORKER_OBSERVATION: "Observation",
    Perspective.CASEWORKER_ASSESSMENT: "Vurdering",
    Perspective.INFORMATION_FROM_OTHERS: "Fra andre",
}
CAPTURE_PERSPECTIVES = [
    Perspective.CHILD_OWN_WORDS,
    Perspective.CHILD_VIA_INTERPRETER,
    Perspective.CASEWORKER_PARAPHRASE,
    Perspective.CASEWORKER_OBSERVATION,
    Perspective.CASEWORKER_ASSESSMENT,
    Perspective.INFORMATION_FROM_OTHERS,
]


class EntryCapture(QWidget):
    """Emits ``entry_changed(entry, is_new)`` whenever the entry being typed should be saved."""

    entry_changed = Signal(object, bool)
    entry_finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Entry | None = None
        self._stored = False  # whether the current entry exists in the vault yet
        self._interpreter = False
        self.phase = Phase.EXPLORING
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Skriv notat"))
        self.editor.setPlaceholderText(
            self.tr("Skriv her. Vælg hvis ord det er med Alt+1 … Alt+6. Ctrl+Enter: næste notat.")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Hvis ord? Alt+")))
        for index, perspective in enumerate(CAPTURE_PERSPECTIVES, start=1):
            button = QPushButton(f"{index} " + self.tr(SHORT_LABELS[perspective]))
            button.setToolTip(f"{labels.PERSPECTIVE[perspective]} (Alt+{index})")
            button.setCheckable(True)
            button.setAccessibleName(labels.PERSPECTIVE[perspective])
            background, edge = perspective_colours(perspective)
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {background.name()}; "
                f"border: 2px solid {edge.name()}; }}"
            )
            self.group.addButton(button, index - 1)
            row.addWidget(button)
            QShortcut(QKeySequence(f"Alt+{index}"), self, lambda i=index - 1: self.choose(i))
        self.group.button(0).setChecked(True)
        self.ics_button = QToolButton()
        self.ics_button.setText(self.tr("ICS-emner"))
        self.ics_button.setAccessibleName(self.tr("ICS-emner for notatet"))
        self.ics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.ics_button)
        self.ics_actions: dict[IcsDimension, QAction] = {}
        for dimension in IcsDimension:
            action = menu.addAction(labels.ICS[dimension])
            action.setCheckable(True)
            action.toggled.connect(lambda *_: self._changed())
            self.ics_actions[dimension] = action
        self.ics_button.setMenu(menu)
        row.addWidget(self.ics_button)
        self.theme_button = QToolButton()
        self.theme_button.setText(self.tr("Ønske/bekymring"))
        self.theme_button.setAccessibleName(self.tr("Er det barnets ønske eller bekymring"))
        self.theme_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        themes = QMenu(self.theme_button)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme, text in (
            (Theme.WISH, self.tr("Barnets ønske")),
            (Theme.WORRY, self.tr("Barnets bekymring")),
        ):
            action = themes.addAction(text)
            action.setCheckable(True)
            action.toggled.connect(lambda *_: self._changed())
            self.theme_actions[theme] = action
        self.theme_button.setMenu(themes)
        # The question the child answers, typed first: what the child said means little
        # without what the child was asked.
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Dit spørgsmål, ordret"))
        self.question.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.question.setPlaceholderText(
            self.tr("Dit spørgsmål, ordret – eller sæt kryds ved Uopfordret")
        )
        self.unprompted = QCheckBox(self.tr("U&opfordret"))
        self.unprompted.setAccessibleName(self.tr("Barnet sagde det uopfordret"))
        self.named_first = QComboBox()
        self.named_first.setAccessibleName(self.tr("Hvem nævnte personen eller hændelsen først"))
        for who in NamedFirst:
            self.named_first.addItem(
                self.tr("Nævnt først af: ") + labels.NAMED_FIRST[who], who.value
            )
        self.named_first.setVisible(False)  # shown in § 137 conversations
        # Never wider than the window allows at 1366×768: the text may be cut in the box.
        self.named_first.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.named_first.setMinimumContentsLength(14)
        question_label = QLabel(self.tr("S&pørgsmål:"))
        question_label.setBuddy(self.question)
        asked = QHBoxLayout()
        asked.addWidget(question_label)
        asked.addWidget(self.question, 1)
        asked.addWidget(self.unprompted)
        asked.addWidget(self.named_first)
        asked.addWidget(self.theme_button)
        self.question_row: list[QWidget] = [question_label, self.question, self.unprompted]
        self.finish_button = QPushButton(self.tr("Næste notat (Ctrl+Enter)"))
        self.finish_button.setAccessibleName(self.tr("Næste notat"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(asked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.editor, 1)
        bottom.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self.editor.textChanged.connect(self._changed)
        self.question.textChanged.connect(self._changed)
        self.unprompted.toggled.connect(self._unprompted_toggled)
        self.named_first.currentIndexChanged.connect(self._changed)
        self.group.idToggled.connect(self._perspective_toggled)
        self.finish_button.clicked.connect(self.finish)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.editor, self.finish)

    def default_perspective(self) -> Perspective:
        """What most notes are: the child's own words, through the interpreter when one is
        there. Each new note starts from it, so a note is never filed under the last one's
        type by accident."""
        if self._interpreter:
            return Perspective.CHILD_VIA_INTERPRETER
        return Perspective.CHILD_OWN_WORDS

    def set_purpose(self, purpose: Purpose) -> None:
        """In § 137 it is recorded who first named a person or event."""
        self.named_first.setVisible(purpose is Purpose.ABUSE_REPORT)

    def _unprompted_toggled(self, on: bool) -> None:
        self.question.setEnabled(not on)
        self._changed()

    def _show_question_row(self) -> None:
        child = self.perspective().is_child_voice
        for widget in self.question_row:
            widget.setEnabled(
                child and (widget is not self.question or not self.unprompted.isChecked())
            )

    def set_interpreter_present(self, on: bool) -> None:
        self._interpreter = on
        if self._entry is None:
            self._reset_perspective()

    def _reset_perspective(self) -> None:
        button = self.group.button(CAPTURE_PERSPECTIVES.index(self.default_perspective()))
        self.group.blockSignals(True)
        button.setChecked(True)
        self.group.blockSignals(False)

    def perspective(self) -> Perspective:
        index: int = self.group.checkedId()
        return CAPTURE_PERSPECTIVES[max(index, 0)]

    def _perspective_toggled(self, _index: int, on: bool) -> None:
        if on:
            self._show_question_row()
            self._changed()

    def choose(self, index: int) -> None:
        self.group.button(index).setChecked(True)
        self.editor.setFocus()

    def _changed(self) -> None:
        text = self.editor.toPlainText()
        if self._entry is None:
            if not text.strip():
                return
            self._entry = Entry(text=text, perspective=self.perspective(), phase=self.phase)
            self._stored = False
        perspective = self.perspective()
        self._entry.text = text
        self._entry.perspective = perspective
        if perspective is Perspective.INFORMATION_FROM_OTHERS:
            self._entry.source = self._entry.source or OtherSource.OTHER
        else:
            self._entry.source = None
            self._entry.source_detail = ""
        self._entry.ics = [d for d, a in self.ics_actions.items() if a.isChecked()]
        child = perspective.is_child_voice
        self._entry.themes = [t for t, a in self.theme_actions.items() if a.isChecked() and child]
        self._entry.unprompted = child and self.unprompted.isChecked()
        self._entry.question = self.question.text() if child and not self._entry.unprompted else ""
        self._entry.named_first_by = (
            NamedFirst(self.named_first.currentData())
            if child and self.named_first.isVisibleTo(self)
            else NamedFirst.NOT_RECORDED
        )
        self.entry_changed.emit(self._entry, not self._stored)
        self._stored = True

    def current(self) -> Entry | None:
        return self._entry

    def edit(self, entry: Entry) -> None:
        """Load an existing entry for correction; edits save like new text."""
        self.finish()
        self._entry = entry.model_copy(deep=True)
        self._stored = True
        self.editor.blockSignals(True)
        self.editor.setPlainText(entry.text)
        self.editor.blockSignals(False)
        if entry.perspective in CAPTURE_PERSPECTIVES:
            self.group.blockSignals(True)
            self.group.button(CAPTURE_PERSPECTIVES.index(entry.perspective)).setChecked(True)
            self.group.blockSignals(False)
        for dimension, action in self.ics_actions.items():
            action.blockSignals(True)
            action.setChecked(dimension in entry.ics)
            action.blockSignals(False)
        self._load_asked(entry)
        self.editor.setFocus()

    def finish(self) -> None:
        """End the current entry (it is already saved) and clear the field for the next."""
        entry = self._entry
        self._entry = None
        self._stored = False
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        for action in self.ics_actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._load_asked(None)
        self._reset_perspective()
        self._show_question_row()
        if entry is not None:
            self.entry_finished.emit(entry)

    def _load_asked(self, entry: Entry | None) -> None:
        """The question, unprompted, who named it first and the themes of ``entry`` (or
        empty for the next entry), without saving anything."""
        widgets = (self.question, self.unprompted, self.named_first)
        for widget in widgets:
            widget.blockSignals(True)
        self.question.setText(entry.question if entry else "")
        self.unprompted.setChecked(bool(entry and entry.unprompted))
        self.question.setEnabled(not self.unprompted.isChecked())
        first = entry.named_first_by if entry else NamedFirst.NOT_RECORDED
        self.named_first.setCurrentIndex(self.named_first.findData(first.value))
        for widget in widgets:
            widget.blockSignals(False)
        for theme, action in self.theme_actions.items():
            action.blockSignals(True)
            action.setChecked(bool(entry and theme in entry.themes))
            action.blockSignals(False)


class EntryList(QListWidget):
    """The entries in order, each with its perspective shown by colour and label."""

    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Notater i samtalen"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSpacing(2)
        self._entries: list[Entry] = []
        self.itemActivated.connect(self._activated)

    def set_entries(self, entries: list[Entry]) -> None:
        self._entries = list(entries)
        self.clear()
        for entry in self._entries:
            self.addItem(self._item(entry))
        self.scrollToBottom()

    def upsert(self, entry: Entry) -> None:
        for index, existing in enumerate(self._entries):
            if existing.id == entry.id:
                self._entries[index] = entry.model_copy(deep=True)
                self.takeItem(index)
                self.insertItem(index, self._item(entry))
                return
        self._entries.append(entry.model_copy(deep=True))
        self.addItem(self._item(entry))
        self.scrollToBottom()

    def _item(self, entry: Entry) -> QListWidgetItem:
        label = labels.PERSPECTIVE[entry.perspective]
        text = f"»{entry.text}«" if entry.is_child_voice else entry.text
        if entry.unprompted:
            label += self.tr(" · uopfordret")
        elif entry.question.strip():
            text = self.tr("Spurgt: ") + entry.question.strip() + "\n" + text
        item = QListWidgetItem(f"{label}\n{text}")
        background, _edge = perspective_colours(entry.perspective)
        item.setBackground(background)
        item.setData(Qt.ItemDataRole.UserRole, str(entry.id))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}: {entry.text}")
        item.setToolTip(label)
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        index = self.row(item)
        if 0 <= index < len(self._entries):
            self.edit_requested.emit(self._entries[index])


class PerspectiveLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(
            self.tr(
                "Barnets ord står i citationstegn og med varm farve; de voksnes "
                "noter står uden citationstegn og med kølig farve."
            )
        )
