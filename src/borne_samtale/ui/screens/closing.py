"""The closing tab of the conversation, and the path for one not held.

Closing: read the child's words back and ask about each, the child's view of the measure,
what happens next, the child's safety and the letter, and the path for a conversation that
was not held or that the child declined."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import ChildWords, Conversation, Entry, labels
from borne_samtale.domain.conversation import ConcernPerson, NotHeld, not_held_ground
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import (
    Consulted,
    HeldStatus,
    InterpreterGender,
    InterpreterMode,
    LetterDelivery,
    PersonRelation,
    PlacementConsent,
    Purpose,
    SuspectAnswer,
    WeighsAgainst,
)
from borne_samtale.domain.signoff import home_is_risky, phone_minutes, section_number
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.screens.read_back import ReadBackBox


def _text(name: str, lines: int = 3) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setAccessibleName(name)
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 12)
    return field


class ClosingPanel(QScrollArea):
    changed = Signal()
    feedback_requested = Signal()  # "Hvordan jeg oplevede mødet" on the child's screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to it
        self._loading = False
        body = QWidget()
        column = QVBoxLayout(body)
        self._purpose = Purpose.OTHER
        self._persons: list[ConcernPerson] = []
        column.addWidget(self._held_box())
        self.read_back = ReadBackBox(lambda: self._loading)
        self.read_back.changed.connect(self._emit)
        # Its fields by their old names (the window's tests reach them so).
        self.read_back_done = self.read_back.read_back_done
        self.read_back_via = self.read_back.read_back_via
        self.words = self.read_back.words
        self.quote_case = self.read_back.quote_case
        self.quote_letter = self.read_back.quote_letter
        self.all_yes = self.read_back.all_yes
        self.correction = self.read_back.correction
        column.addWidget(self.read_back)
        column.addWidget(self._closing_box())
        column.addWidget(self._safety_box())
        column.addWidget(self._letter_box())
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
        # The ground is the law's own exception for the purpose: § 137 has its own.
        self.legal_ground = QLabel()
        self.legal_ground.setAccessibleName(self.tr("Hjemmel"))
        self.weighs_against = QComboBox()
        self.weighs_against.setAccessibleName(self.tr("Det, der taler afgørende imod samtalen"))
        self.views_instead = _text(self.tr("Hvordan barnets synspunkter blev belyst i stedet"))
        form = QFormLayout(box)
        self._held_form = form
        form.addRow(self.tr("&Status:"), self.held)
        form.addRow(self.tr("Grunden:"), self.not_held_reason)
        form.addRow(self.tr("Hjemmel:"), self.legal_ground)
        form.addRow(self.tr("&Taler afgørende imod:"), self.weighs_against)
        form.addRow(self.tr("Barnets syn belyst på anden måde:"), self.views_instead)
        self.not_held_widgets: list[QWidget] = [
            self.not_held_reason,
            self.legal_ground,
            self.weighs_against,
            self.views_instead,
        ]
        self.held.currentIndexChanged.connect(self._held_changed)
        for field in (self.not_held_reason, self.views_instead):
            field.textChanged.connect(self._emit)
        self.weighs_against.currentIndexChanged.connect(self._emit)
        return box

    def _closing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Afslutning"))
        self.measure_view = _text(self.tr("Barnets syn på foranstaltningen, med barnets ord"))
        self.measure_via = QCheckBox(self.tr("via tolk"))
        self.wishes = _text(self.tr("Barnets ønsker med barnets egne ord"), 3)
        self.wishes.setPlaceholderText(self.tr("Med barnets egne ord, ét ønske pr. linje"))
        self.next_steps = _text(self.tr("Det, barnet fik at vide om, hvad der nu skal ske"), 4)
        self.next_steps.setPlaceholderText(self.tr("Ét punkt pr. linje"))
        self.contact_person = QLineEdit()
        self.contact_person.setAccessibleName(self.tr("Hvem barnet kan ringe til"))
        self.summary_given = QCheckBox(self.tr("Jeg har opsummeret samtalen for barnet"))
        self.view_not_given = QLineEdit()
        self.view_not_given.setAccessibleName(
            self.tr("Hvorfor barnet ikke gav sit syn på foranstaltningen")
        )
        self.view_instead = QLineEdit()
        self.view_instead.setAccessibleName(self.tr("Hvordan barnets syn er belyst i stedet"))
        self.placement_consent = QComboBox()
        self.placement_consent.setAccessibleName(
            self.tr("Den unges samtykke til frivillig anbringelse")
        )
        for value in PlacementConsent:
            self.placement_consent.addItem(labels.PLACEMENT_CONSENT[value], value.value)
        self.consent_follow_up = QLineEdit()
        self.consent_follow_up.setAccessibleName(self.tr("Hvad følger af den unges nej"))
        self.consent_follow_up.setPlaceholderText(
            self.tr("Fx: sagen forelægges børn og unge-udvalget efter § 47")
        )
        form = QFormLayout(box)
        form.addRow(self.tr("Barnets syn på foranstaltningen:"), self.measure_view)
        form.addRow("", self.measure_via)
        form.addRow(self.tr("Intet syn givet, fordi:"), self.view_not_given)
        form.addRow(self.tr("Barnets syn belyst sådan:"), self.view_instead)
        form.addRow(self.tr("Barnets ønsker:"), self.wishes)
        form.addRow(self.tr("Den unges samtykke (§ 46, fra 15 år):"), self.placement_consent)
        form.addRow(self.tr("Det følger af et nej:"), self.consent_follow_up)
        self.measure_widgets: list[QWidget] = [self.view_not_given, self.view_instead]
        self.consent_widgets: list[QWidget] = [self.placement_consent, self.consent_follow_up]
        self._closing_form = form
        form.addRow(self.tr("Næste skridt fortalt til barnet:"), self.next_steps)
        form.addRow(self.tr("Barnet kan ringe til:"), self.contact_person)
        form.addRow(self.summary_given)
        self.feedback_button = QPushButton(
            self.tr("Barnets skærm: Hvordan jeg oplevede mødet (valgfrit)")
        )
        self.feedback_button.setAccessibleName(
            self.tr("Vis skemaet Hvordan jeg oplevede mødet på barnets skærm")
        )
        self.feedback_button.clicked.connect(self.feedback_requested)
        form.addRow(self.feedback_button)
        for field in (self.measure_view, self.next_steps, self.wishes):
            field.textChanged.connect(self._emit)
        for line in (
            self.contact_person,
            self.view_not_given,
            self.view_instead,
            self.consent_follow_up,
        ):
            line.textChanged.connect(self._emit)
        for check in (self.measure_via, self.summary_given):
            check.toggled.connect(self._emit)
        self.placement_consent.currentIndexChanged.connect(self._emit)
        return box

    def _safety_box(self) -> QGroupBox:
        self.safety_group = QGroupBox(self.tr("Barnets sikkerhed"))
        self.suspect_answer = QComboBox()
        self.suspect_answer.setAccessibleName(self.tr("Er nogen mistænkt eller en bekymring"))
        for value in SuspectAnswer:
            self.suspect_answer.addItem(labels.SUSPECT_ANSWER[value], value.value)
        self.persons = QListWidget()
        self.persons.setAccessibleName(self.tr("Personer, der er mistænkt eller en bekymring"))
        self.persons.setMaximumHeight(self.persons.fontMetrics().lineSpacing() * 5)
        self.person_relation = QComboBox()
        self.person_relation.setAccessibleName(self.tr("Personens relation til barnet"))
        for relation in PersonRelation:
            self.person_relation.addItem(labels.PERSON_RELATION[relation], relation.value)
        self.person_at_home = QCheckBox(self.tr("Bor med barnet"))
        self.person_at_home.setChecked(True)
        self.add_person = QPushButton(self.tr("Tilføj &person"))
        self.remove_person = QPushButton(self.tr("Fjern"))
        self.remove_person.setAccessibleName(self.tr("Fjern den valgte person"))
        person_row = QHBoxLayout()
        for widget in (self.person_relation, self.person_at_home, self.add_person):
            person_row.addWidget(widget)
        person_row.addWidget(self.remove_person)
        self.police = QComboBox()
        self.police.setAccessibleName(self.tr("Politiet spurgt til råds"))
        self.bornehus = QComboBox()
        self.bornehus.setAccessibleName(self.tr("Børnehuset spurgt til råds"))
        for combo in (self.police, self.bornehus):
            for answer in Consulted:
                combo.addItem(labels.CONSULTED[answer], answer.value)
        self.police_on = QLineEdit()
        self.police_on.setAccessibleName(self.tr("Dato, politiet blev spurgt"))
        self.bornehus_on = QLineEdit()
        self.bornehus_on.setAccessibleName(self.tr("Dato, Børnehuset blev spurgt"))
        for line in (self.police_on, self.bornehus_on):
            line.setPlaceholderText(self.tr("dd.mm.åååå"))
            line.setMaximumWidth(line.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self._police_row = QWidget()
        self._bornehus_row = QWidget()
        for row_widget, combo, line in (
            (self._police_row, self.police, self.police_on),
            (self._bornehus_row, self.bornehus, self.bornehus_on),
        ):
            row_layout = QHBoxLayout(row_widget)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(combo)
            row_layout.addWidget(line)
            row_layout.addStretch(1)
        self.safety_hint = QLabel()
        self.safety_hint.setWordWrap(True)
        form = QFormLayout(self.safety_group)
        form.addRow(self.safety_hint)
        form.addRow(self.tr("&Mistænkt eller bekymring:"), self.suspect_answer)
        form.addRow(self.persons)
        form.addRow(person_row)
        form.addRow(self.tr("Politiet spurgt:"), self._police_row)
        form.addRow(self.tr("Børnehuset spurgt:"), self._bornehus_row)
        self._safety_form = form
        self.suspect_answer.currentIndexChanged.connect(self._emit)
        for combo in (self.police, self.bornehus):
            combo.currentIndexChanged.connect(self._emit)
        for line in (self.police_on, self.bornehus_on):
            line.textChanged.connect(self._emit)
        self.add_person.clicked.connect(self._add_person)
        self.remove_person.clicked.connect(self._remove_person)
        return self.safety_group

    def _letter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Brevet til barnet"))
        self.delivery = QComboBox()
        self.delivery.setAccessibleName(self.tr("Hvordan brevet kommer til barnet"))
        for value in LetterDelivery:
            self.delivery.addItem(labels.LETTER_DELIVERY[value], value.value)
        self.letter_reason = QLineEdit()
        self.letter_reason.setAccessibleName(self.tr("Grund for valget af brevets vej"))
        self.home_confirmed = QCheckBox(
            self.tr("Jeg har sikret mig, at det er sikkert at sende brevet hjem")
        )
        self.letter_warning = QLabel(
            self.tr(
                "Brevet kan blive læst af en person, samtalen handler om. Overvej at give "
                "barnet brevet i hånden."
            )
        )
        self.letter_warning.setWordWrap(True)
        self.letter_warning.setObjectName("warning")
        form = QFormLayout(box)
        form.addRow(self.tr("Brevet &gives:"), self.delivery)
        form.addRow(self.letter_warning)
        form.addRow(self.home_confirmed)
        form.addRow(self.tr("Grund:"), self.letter_reason)
        self.delivery.currentIndexChanged.connect(self._emit)
        self.letter_reason.textChanged.connect(self._emit)
        self.home_confirmed.toggled.connect(self._emit)
        return box

    def _interpreter_box(self) -> QGroupBox:
        self.interpreter_group = QGroupBox(self.tr("Efter samtalen med tolken"))
        self.debriefed = QCheckBox(self.tr("Jeg har talt med tolken om selve tolkningen"))
        self.interpreting_notes = _text(self.tr("Noter om tolkningen (ikke tolkens syn på sagen)"))
        self.interpreter_gender = QComboBox()
        self.interpreter_gender.setAccessibleName(self.tr("Tolkens køn"))
        for value in InterpreterGender:
            self.interpreter_gender.addItem(labels.INTERPRETER_GENDER[value], value.value)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutter med tolk"))
        self.minutes.setRange(-1, 24 * 60)
        self.minutes.setSpecialValueText(self.tr("ikke noteret"))
        self.minutes.setSuffix(self.tr(" min."))
        self.long_phone_reason = QLineEdit()
        self.long_phone_reason.setAccessibleName(
            self.tr("Hvorfor telefontolkningen varede mere end ca. 10 minutter")
        )
        form = QFormLayout(self.interpreter_group)
        form.addRow(self.debriefed)
        form.addRow(self.tr("Om tolkningen:"), self.interpreting_notes)
        form.addRow(self.tr("Tolkens køn:"), self.interpreter_gender)
        form.addRow(self.tr("Minutter med tolk:"), self.minutes)
        form.addRow(self.tr("Over 10 min. i telefon, fordi:"), self.long_phone_reason)
        self._interpreter_form = form
        self.debriefed.toggled.connect(self._emit)
        self.interpreting_notes.textChanged.connect(self._emit)
        self.interpreter_gender.currentIndexChanged.connect(self._emit)
        self.minutes.valueChanged.connect(self._emit)
        self.long_phone_reason.textChanged.connect(self._emit)
        return self.interpreter_group

    # Load and apply ---------------------------------------------------------------------
    def load(self, conversation: Conversation) -> None:
        self._loading = True
        self._purpose = conversation.legal_basis.purpose
        self.held.setCurrentIndex(self.held.findData(conversation.held.value))
        not_held = conversation.not_held or NotHeld()
        self.not_held_reason.setPlainText(not_held.reason)
        self.legal_ground.setText(not_held_ground(self._purpose))
        self.weighs_against.clear()
        for value in WeighsAgainst:
            if value is WeighsAgainst.OTHER_CIRCUMSTANCES and self._purpose is Purpose.ABUSE_REPORT:
                continue  # § 137 allows only the child's maturity or the nature of the case
            self.weighs_against.addItem(labels.WEIGHS_AGAINST[value], value.value)
        self.weighs_against.setCurrentIndex(
            max(0, self.weighs_against.findData(not_held.weighs_against.value))
        )
        self.views_instead.setPlainText(not_held.views_obtained_instead)
        self.read_back.load(conversation.read_back)
        closing = conversation.closing
        view = closing.child_view_of_measure
        self.measure_view.setPlainText(view.text if view else "")
        self.measure_via.setChecked(bool(view and view.via_interpreter))
        self.view_not_given.setText(closing.view_not_given_reason)
        self.view_instead.setText(closing.view_obtained_instead)
        basis = conversation.legal_basis
        self.placement_consent.setCurrentIndex(
            self.placement_consent.findData(basis.young_person_consent.value)
        )
        self.consent_follow_up.setText(basis.consent_follow_up)
        before_decision = self._purpose is Purpose.BEFORE_DECISION
        for widget in self.measure_widgets:
            self._closing_form.setRowVisible(widget, before_decision)
        placement = section_number(basis.decision_section) == 46
        for widget in self.consent_widgets:
            self._closing_form.setRowVisible(widget, placement)
        self.wishes.setPlainText("\n".join(w.text for w in closing.child_wishes))
        self.next_steps.setPlainText("\n".join(closing.next_steps_told))
        self.contact_person.setText(closing.contact_person_told)
        self.summary_given.setChecked(closing.summary_given)
        self._load_safety(conversation)
        letter = conversation.letter
        self.delivery.setCurrentIndex(self.delivery.findData(letter.delivery.value))
        self.letter_reason.setText(letter.reason)
        self.home_confirmed.setChecked(letter.home_confirmed)
        interpreter = conversation.presence.interpreter
        self.interpreter_group.setVisible(interpreter is not None)
        self.read_back_via.setVisible(interpreter is not None)
        self.measure_via.setVisible(interpreter is not None)
        if interpreter is not None:
            self.debriefed.setChecked(interpreter.debriefing_done)
            self.interpreting_notes.setPlainText(interpreter.interpreting_notes)
            self.interpreter_gender.setCurrentIndex(
                self.interpreter_gender.findData(interpreter.gender.value)
            )
            counted = phone_minutes(conversation) if interpreter.minutes is None else None
            self.minutes.setSpecialValueText(
                with_args(self.tr("uret: %1 min."), counted)
                if counted is not None
                else self.tr("ikke noteret")
            )
            self.minutes.setValue(-1 if interpreter.minutes is None else interpreter.minutes)
            self.long_phone_reason.setText(interpreter.long_phone_reason)
            self._interpreter_form.setRowVisible(
                self.long_phone_reason, interpreter.mode is InterpreterMode.PHONE
            )
        self.refresh_words(conversation)
        self._held_changed()
        self._update_visibility(conversation)
        self._loading = False

    def _load_safety(self, conversation: Conversation) -> None:
        guard = conversation.safeguarding
        abuse = self._purpose is Purpose.ABUSE_REPORT
        self.safety_group.setTitle(
            self.tr("Mistanke og samarbejde (§ 137)") if abuse else self.tr("Barnets sikkerhed")
        )
        self.safety_hint.setText(
            self.tr(
                "Hvem er mistænkt? Kun relationen og om personen bor med barnet – intet navn. "
                "»Ingen« og »Ved ikke« er også svar."
            )
            if abuse
            else self.tr(
                "Nævner barnet en person, det er bange for eller bekymret for? Så notér "
                "relationen, så brevet ikke sendes derhen."
            )
        )
        self.suspect_answer.setCurrentIndex(
            self.suspect_answer.findData(guard.suspect_answer.value)
        )
        self._persons = list(guard.persons)
        self._show_persons()
        self.police.setCurrentIndex(self.police.findData(guard.police.value))
        self.bornehus.setCurrentIndex(self.bornehus.findData(guard.bornehus.value))
        self.police_on.setText(guard.police_on.strftime("%d.%m.%Y") if guard.police_on else "")
        self.bornehus_on.setText(
            guard.bornehus_on.strftime("%d.%m.%Y") if guard.bornehus_on else ""
        )
        for row_widget in (self._police_row, self._bornehus_row):
            self._safety_form.setRowVisible(row_widget, abuse)

    def refresh_words(self, conversation: Conversation) -> None:
        """The child's words as a numbered list, each with its decision, for the read-back."""
        self.read_back.refresh_words(conversation)

    def apply(self, conversation: Conversation) -> list[Entry]:
        """Write the panel's fields into the conversation; returns the entries whose consent
        changed (entries are saved one by one, not with the conversation)."""
        held = HeldStatus(self.held.currentData())
        conversation.held = held
        if held is HeldStatus.HELD and not self.not_held_reason.toPlainText().strip():
            conversation.not_held = None
        else:
            conversation.not_held = NotHeld(
                reason=self.not_held_reason.toPlainText(),
                legal_ground=not_held_ground(conversation.legal_basis.purpose),
                weighs_against=WeighsAgainst(self.weighs_against.currentData()),
                views_obtained_instead=self.views_instead.toPlainText(),
            )
        self.read_back.apply(conversation.read_back)
        closing = conversation.closing
        text = self.measure_view.toPlainText()
        old_view = closing.child_view_of_measure
        closing.child_view_of_measure = (
            ChildWords(
                text=text,
                via_interpreter=self.measure_via.isChecked(),
                # Changed words are new words: the child is asked again.
                consent=old_view.consent
                if old_view is not None and old_view.text == text
                else QuoteConsent(),
            )
            if text.strip()
            else None
        )
        closing.view_not_given_reason = self.view_not_given.text()
        closing.view_obtained_instead = self.view_instead.text()
        basis = conversation.legal_basis
        basis.young_person_consent = PlacementConsent(self.placement_consent.currentData())
        basis.consent_follow_up = self.consent_follow_up.text()
        # Each wish keeps the child's decision as long as its words are unchanged.
        earlier = {w.text: w for w in closing.child_wishes}
        via = self.measure_via.isChecked()
        closing.child_wishes = [
            earlier.get(line.strip()) or ChildWords(text=line.strip(), via_interpreter=via)
            for line in self.wishes.toPlainText().splitlines()
            if line.strip()
        ]
        closing.next_steps_told = [
            line.strip() for line in self.next_steps.toPlainText().splitlines() if line.strip()
        ]
        closing.contact_person_told = self.contact_person.text()
        closing.summary_given = self.summary_given.isChecked()
        guard = conversation.safeguarding
        guard.suspect_answer = SuspectAnswer(self.suspect_answer.currentData())
        guard.persons = list(self._persons)
        guard.police = Consulted(self.police.currentData())
        guard.bornehus = Consulted(self.bornehus.currentData())
        guard.police_on = _parse_day(self.police_on.text())
        guard.bornehus_on = _parse_day(self.bornehus_on.text())
        letter = conversation.letter
        letter.delivery = LetterDelivery(self.delivery.currentData())
        letter.reason = self.letter_reason.text()
        letter.home_confirmed = self.home_confirmed.isChecked()
        interpreter = conversation.presence.interpreter
        if interpreter is not None:
            interpreter.debriefing_done = self.debriefed.isChecked()
            interpreter.interpreting_notes = self.interpreting_notes.toPlainText()
            interpreter.gender = InterpreterGender(self.interpreter_gender.currentData())
            minutes = self.minutes.value()
            interpreter.minutes = None if minutes < 0 else minutes
            interpreter.long_phone_reason = self.long_phone_reason.text()
        self._update_visibility(conversation)
        return self.read_back.apply_consents(conversation)

    # Reactions --------------------------------------------------------------------------
    def _update_visibility(self, conversation: Conversation) -> None:
        delivery = LetterDelivery(self.delivery.currentData())
        risky = delivery is LetterDelivery.HOME and home_is_risky(conversation)
        self.letter_warning.setVisible(risky)
        self.home_confirmed.setVisible(risky)
        named = SuspectAnswer(self.suspect_answer.currentData()) is SuspectAnswer.NAMED
        for widget in (self.persons, self.person_relation):
            widget.setEnabled(named)
        self.person_at_home.setEnabled(named)
        self.add_person.setEnabled(named)
        self.remove_person.setEnabled(named and bool(self._persons))

    def _held_changed(self) -> None:
        held = HeldStatus(self.held.currentData())
        for widget in self.not_held_widgets:
            widget.setEnabled(held is not HeldStatus.HELD)
            # A held conversation needs none of it: fewer fields in the caseworker's way.
            self._held_form.setRowVisible(widget, held is not HeldStatus.HELD)
        self.weighs_against.setEnabled(held is HeldStatus.NOT_HELD)
        for widget in (self.legal_ground, self.weighs_against):
            self._held_form.setRowVisible(widget, held is HeldStatus.NOT_HELD)
        self._emit()

    def _add_person(self) -> None:
        self._persons.append(
            ConcernPerson(
                relation=PersonRelation(self.person_relation.currentData()),
                lives_with_child=self.person_at_home.isChecked(),
            )
        )
        self._show_persons()
        self._emit()

    def _remove_person(self) -> None:
        row = self.persons.currentRow()
        if 0 <= row < len(self._persons):
            del self._persons[row]
            self._show_persons()
            self._emit()

    def _show_persons(self) -> None:
        self.persons.clear()
        for person in self._persons:
            home = (
                self.tr("bor med barnet")
                if person.lives_with_child
                else self.tr("bor ikke med barnet")
            )
            self.persons.addItem(f"{labels.PERSON_RELATION[person.relation]} ({home})")

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()


def _parse_day(text: str) -> date | None:
    """'5.11.2026' -> a date; anything else is no date (the gate then asks for it)."""
    try:
        day, month, year = (int(part) for part in text.strip().split("."))
        return date(year, month, day)
    except ValueError:
        return None
