"""Closing: read the child's words back, the child's view of the measure, what happens next,
and the path for a conversation that was not held or that the child declined."""

from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import ChildWords, Conversation, Correction
from borne_samtale.domain.conversation import NotHeld
from borne_samtale.domain.enums import Agreement, HeldStatus


def _text(name: str, lines: int = 3) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setAccessibleName(name)
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 12)
    return field


def child_words_in_order(conversation: Conversation) -> list[tuple[UUID | None, str]]:
    """Everything the child said, in order: entries first, then the tools' words."""
    words: list[tuple[UUID | None, str]] = [(e.id, e.text) for e in conversation.child_voice()]
    for scale in conversation.scales:
        for said in (scale.what_makes_it_this_number, scale.one_step_up):
            if said is not None and said.text:
                words.append((None, said.text))
    if conversation.three_houses is not None:
        houses = conversation.three_houses
        for said in (*houses.good_things, *houses.worries, *houses.dreams):
            words.append((None, said.text))
    if conversation.network_map is not None:
        for person in conversation.network_map.people:
            if person.child_words is not None and person.child_words.text:
                words.append((None, f"{person.label}: {person.child_words.text}"))
    return words


class ClosingPanel(QScrollArea):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._loading = False
        self._corrections: list[Correction] = []
        self._word_ids: list[UUID | None] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._held_box())
        column.addWidget(self._read_back_box())
        column.addWidget(self._closing_box())
        column.addWidget(self._interpreter_box())
        column.addStretch(1)
        self.setWidget(body)

    # Sections ---------------------------------------------------------------------------
    def _held_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Blev samtalen holdt?"))
        self.held = QComboBox()
        self.held.setAccessibleName(self.tr("Blev samtalen holdt"))
        self.held.addItem(self.tr("Ja, samtalen blev holdt"), HeldStatus.HELD.value)
        self.held.addItem(self.tr("Nej, samtalen blev ikke holdt"), HeldStatus.NOT_HELD.value)
        self.held.addItem(self.tr("Barnet sagde nej til samtalen"), HeldStatus.CHILD_DECLINED.value)
        self.not_held_reason = _text(self.tr("Grunden"))
        self.legal_ground = QComboBox()
        self.legal_ground.setEditable(True)
        self.legal_ground.setAccessibleName(self.tr("Hjemmel"))
        self.legal_ground.addItems(["", "Barnets Lov § 5, stk. 4", "Barnets Lov § 137, stk. 4"])
        self.views_instead = _text(self.tr("Hvordan barnets synspunkter blev belyst i stedet"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Status:"), self.held)
        form.addRow(self.tr("Grunden:"), self.not_held_reason)
        form.addRow(self.tr("&Hjemmel:"), self.legal_ground)
        form.addRow(self.tr("Barnets syn belyst på anden måde:"), self.views_instead)
        self.not_held_widgets: list[QWidget] = [
            self.not_held_reason,
            self.legal_ground,
            self.views_instead,
        ]
        self.held.currentIndexChanged.connect(self._held_changed)
        for field in (self.not_held_reason, self.views_instead):
            field.textChanged.connect(self._emit)
        self.legal_ground.currentTextChanged.connect(self._emit)
        return box

    def _read_back_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Genlæsning for barnet"))
        self.words = QListWidget()
        self.words.setAccessibleName(self.tr("Barnets ord i rækkefølge"))
        self.words.setWordWrap(True)
        self.read_back_done = QCheckBox(self.tr("Jeg har læst barnets ord op for barnet"))
        self.read_back_via = QCheckBox(self.tr("Genlæst gennem tolk"))
        self.not_done_reason = QLineEdit()
        self.not_done_reason.setAccessibleName(self.tr("Hvorfor der ikke blev læst op"))
        self.correction = QLineEdit()
        self.correction.setAccessibleName(self.tr("Barnets rettelse"))
        self.correction.setPlaceholderText(
            self.tr("Vælg ordene ovenfor, og skriv barnets rettelse med barnets ord")
        )
        self.add_correction = QPushButton(self.tr("Tilføj &rettelse"))
        self.add_correction.setAccessibleName(self.tr("Tilføj rettelse"))
        self.corrections = QListWidget()
        self.corrections.setAccessibleName(self.tr("Barnets rettelser"))
        self.agreement = QComboBox()
        self.agreement.setAccessibleName(self.tr("Barnets svar på, om det må komme med i sagen"))
        for value, text in (
            (Agreement.NOT_ASKED, self.tr("Ikke spurgt endnu")),
            (Agreement.AGREES, self.tr("Barnet siger ja til, at det kommer med")),
            (Agreement.PARTLY, self.tr("Barnet siger ja til noget af det")),
            (Agreement.DISAGREES, self.tr("Barnet siger nej")),
        ):
            self.agreement.addItem(text, value.value)
        self.not_to_share = QLineEdit()
        self.not_to_share.setAccessibleName(self.tr("Det, barnet ikke vil have med"))
        row = QHBoxLayout()
        row.addWidget(self.correction, 1)
        row.addWidget(self.add_correction)
        form = QFormLayout(box)
        form.addRow(self.words)
        form.addRow(self.read_back_done)
        form.addRow(self.read_back_via)
        form.addRow(self.tr("Ikke læst op, fordi:"), self.not_done_reason)
        form.addRow(self.tr("Rettelse:"), row)
        form.addRow(self.corrections)
        form.addRow(self.tr("&Må det komme med?"), self.agreement)
        form.addRow(self.tr("Ikke med i sagen:"), self.not_to_share)
        self.add_correction.clicked.connect(self._add_correction)
        self.correction.returnPressed.connect(self._add_correction)
        for check in (self.read_back_done, self.read_back_via):
            check.toggled.connect(self._emit)
        for line in (self.not_done_reason, self.not_to_share):
            line.textChanged.connect(self._emit)
        self.agreement.currentIndexChanged.connect(self._emit)
        return box

    def _closing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Afslutning"))
        self.measure_view = _text(self.tr("Barnets syn på foranstaltningen, med barnets ord"))
        self.measure_via = QCheckBox(self.tr("via tolk"))
        self.next_steps = _text(self.tr("Det, barnet fik at vide om, hvad der nu skal ske"), 4)
        self.next_steps.setPlaceholderText(self.tr("Ét punkt pr. linje"))
        self.contact_person = QLineEdit()
        self.contact_person.setAccessibleName(self.tr("Hvem barnet kan ringe til"))
        self.summary_given = QCheckBox(self.tr("Jeg har opsummeret samtalen for barnet"))
        form = QFormLayout(box)
        form.addRow(self.tr("Barnets syn på foranstaltningen:"), self.measure_view)
        form.addRow("", self.measure_via)
        form.addRow(self.tr("Næste skridt fortalt til barnet:"), self.next_steps)
        form.addRow(self.tr("Barnet kan ringe til:"), self.contact_person)
        form.addRow(self.summary_given)
        for field in (self.measure_view, self.next_steps):
            field.textChanged.connect(self._emit)
        self.contact_person.textChanged.connect(self._emit)
        for check in (self.measure_via, self.summary_given):
            check.toggled.connect(self._emit)
        return box

    def _interpreter_box(self) -> QGroupBox:
        self.interpreter_group = QGroupBox(self.tr("Efter samtalen med tolken"))
        self.debriefed = QCheckBox(self.tr("Jeg har talt med tolken om selve tolkningen"))
        self.interpreting_notes = _text(self.tr("Noter om tolkningen (ikke tolkens syn på sagen)"))
        form = QFormLayout(self.interpreter_group)
        form.addRow(self.debriefed)
        form.addRow(self.tr("Om tolkningen:"), self.interpreting_notes)
        self.debriefed.toggled.connect(self._emit)
        self.interpreting_notes.textChanged.connect(self._emit)
        return self.interpreter_group

    # Load and apply ---------------------------------------------------------------------
    def load(self, conversation: Conversation) -> None:
        self._loading = True
        self.held.setCurrentIndex(self.held.findData(conversation.held.value))
        not_held = conversation.not_held or NotHeld()
        self.not_held_reason.setPlainText(not_held.reason)
        self.legal_ground.setCurrentText(not_held.legal_ground)
        self.views_instead.setPlainText(not_held.views_obtained_instead)
        self.refresh_words(conversation)
        read_back = conversation.read_back
        self.read_back_done.setChecked(read_back.done)
        self.read_back_via.setChecked(read_back.via_interpreter)
        self.not_done_reason.setText(read_back.not_done_reason)
        self._corrections = list(read_back.corrections)
        self._show_corrections()
        self.agreement.setCurrentIndex(self.agreement.findData(read_back.agreement.value))
        self.not_to_share.setText(read_back.not_to_share)
        closing = conversation.closing
        view = closing.child_view_of_measure
        self.measure_view.setPlainText(view.text if view else "")
        self.measure_via.setChecked(bool(view and view.via_interpreter))
        self.next_steps.setPlainText("\n".join(closing.next_steps_told))
        self.contact_person.setText(closing.contact_person_told)
        self.summary_given.setChecked(closing.summary_given)
        interpreter = conversation.presence.interpreter
        self.interpreter_group.setVisible(interpreter is not None)
        self.read_back_via.setVisible(interpreter is not None)
        self.measure_via.setVisible(interpreter is not None)
        if interpreter is not None:
            self.debriefed.setChecked(interpreter.debriefing_done)
            self.interpreting_notes.setPlainText(interpreter.interpreting_notes)
        self._held_changed()
        self._loading = False

    def refresh_words(self, conversation: Conversation) -> None:
        self.words.clear()
        self._word_ids = []
        for number, (entry_id, text) in enumerate(child_words_in_order(conversation), start=1):
            self.words.addItem(f"{number}. »{text}«")
            self._word_ids.append(entry_id)

    def apply(self, conversation: Conversation) -> None:
        """Write the panel's fields into the conversation."""
        held = HeldStatus(self.held.currentData())
        conversation.held = held
        if held is HeldStatus.HELD and not self.not_held_reason.toPlainText().strip():
            conversation.not_held = None
        else:
            conversation.not_held = NotHeld(
                reason=self.not_held_reason.toPlainText(),
                legal_ground=self.legal_ground.currentText(),
                views_obtained_instead=self.views_instead.toPlainText(),
            )
        read_back = conversation.read_back
        read_back.done = self.read_back_done.isChecked()
        read_back.via_interpreter = self.read_back_via.isChecked()
        read_back.not_done_reason = self.not_done_reason.text()
        read_back.corrections = list(self._corrections)
        read_back.agreement = Agreement(self.agreement.currentData())
        read_back.not_to_share = self.not_to_share.text()
        closing = conversation.closing
        text = self.measure_view.toPlainText()
        closing.child_view_of_measure = (
            ChildWords(text=text, via_interpreter=self.measure_via.isChecked())
            if text.strip()
            else None
        )
        closing.next_steps_told = [
            line.strip() for line in self.next_steps.toPlainText().splitlines() if line.strip()
        ]
        closing.contact_person_told = self.contact_person.text()
        closing.summary_given = self.summary_given.isChecked()
        interpreter = conversation.presence.interpreter
        if interpreter is not None:
            interpreter.debriefing_done = self.debriefed.isChecked()
            interpreter.interpreting_notes = self.interpreting_notes.toPlainText()

    # Reactions --------------------------------------------------------------------------
    def _held_changed(self) -> None:
        held = HeldStatus(self.held.currentData())
        for widget in self.not_held_widgets:
            widget.setEnabled(held is not HeldStatus.HELD)
        self.legal_ground.setEnabled(held is HeldStatus.NOT_HELD)
        self._emit()

    def _add_correction(self) -> None:
        text = self.correction.text().strip()
        if not text:
            return
        row = self.words.currentRow()
        entry_id = self._word_ids[row] if 0 <= row < len(self._word_ids) else None
        self._corrections.append(
            Correction(
                entry_id=entry_id,
                child_words=ChildWords(text=text, via_interpreter=self.read_back_via.isChecked()),
            )
        )
        self.correction.clear()
        self._show_corrections()
        self._emit()

    def _show_corrections(self) -> None:
        self.corrections.clear()
        for correction in self._corrections:
            self.corrections.addItem(self.tr("Rettelse: ") + f"»{correction.child_words.text}«")

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()
