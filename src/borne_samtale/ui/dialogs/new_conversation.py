"""A new conversation: the child, why, where, who is present, interpreter, and the guide.

The form shows only what the purpose, the child and the interpreter need: a row that does
not apply is hidden, not greyed out. Times are Danish time whatever the laptop's zone. The
words for the parents, the bisidder's exclusion and the interpreter's mode are the
referat's (domain/labels.py), translated with ``self.tr`` in this class's context.
"""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import (
    Bisidder,
    Child,
    Conversation,
    Interpreter,
    LegalBasis,
    ParentPresence,
    Presence,
    Purpose,
    labels,
)
from borne_samtale.domain.age import age_band_for
from borne_samtale.domain.clock import danish_now, from_danish_wall_clock
from borne_samtale.domain.enums import Exclusion, InterpreterMode, ParentRole
from borne_samtale.guides import Guide
from borne_samtale.guides.suggest import suggest_guide
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import sheet


def _as_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


AGE_NOT_GIVEN = 0  # the age field starts empty (shown as "skriv alder")
GUESSED_AGE = 10  # suggests a guide until the age is given


def _line(name: str, text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setAccessibleName(name)
    return field


class NewConversationDialog(QDialog):
    """``result_child`` and ``result_conversation`` hold the answer after ``accept()``."""

    def __init__(
        self,
        children: list[Child],
        guides: tuple[Guide, ...],
        parent: QWidget | None = None,
        usual_places: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny samtale"))
        self._children = children
        self._guides = guides
        self._usual_places = usual_places or []
        self.result_child: Child | None = None
        self.result_conversation: Conversation | None = None
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._child_box())
        column.addWidget(self._purpose_box())
        column.addWidget(self._presence_box())
        column.addWidget(self._interpreter_box())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop before the fields
        self.error = QLabel()
        self.error.setStyleSheet(sheet("error"))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start samtalen"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 680)
        self._child_changed()
        self._purpose_changed()
        self._interpreter_toggled(False)
        # The first thing to answer has the keyboard: which child, or the new child's name.
        (self.child_choice if children else self.child_name).setFocus()

    # Sections ---------------------------------------------------------------------------
    def _child_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Barnet"))
        self.child_choice = QComboBox()
        self.child_choice.setAccessibleName(self.tr("Vælg barn"))
        self.child_choice.addItem(self.tr("Et nyt barn"), None)
        for child in self._children:
            self.child_choice.addItem(f"{child.name} ({child.case_number})", str(child.id))
        self.child_name = _line(self.tr("Barnets fornavn eller et andet navn"))
        self.case_number = _line(self.tr("Sagsnummer"))
        # Neither a birth date nor an age is filled in for the caseworker: a made-up default
        # that is overlooked would decide the child's rights (10, 12 and 15 years).
        self.birth_known = QCheckBox(self.tr("Fødselsdato kendt"))
        self.birth_date = QDateEdit(QDate.currentDate().addYears(-10))
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("dd.MM.yyyy")
        self.birth_date.setAccessibleName(self.tr("Fødselsdato"))
        self.age = QSpinBox()
        self.age.setRange(AGE_NOT_GIVEN, 25)
        self.age.setSpecialValueText(self.tr("skriv alder"))
        self.age.setValue(AGE_NOT_GIVEN)
        self.age.setSuffix(self.tr(" år"))
        self.age.setAccessibleName(self.tr("Alder"))
        self.language = _line(self.tr("Barnets foretrukne sprog"), "dansk")
        self.home_languages = _line(self.tr("Sprog derhjemme, adskilt med komma"))
        born = QHBoxLayout()
        born.addWidget(self.birth_known)
        born.addWidget(self.birth_date)
        born.addWidget(QLabel(self.tr("eller alder:")))
        born.addWidget(self.age)
        born.addStretch(1)
        form = QFormLayout(box)
        self._child_form = form
        self._born_row = born
        form.addRow(self.tr("&Barn:"), self.child_choice)
        form.addRow(self.tr("&Navn:"), self.child_name)
        form.addRow(self.tr("Sagsn&ummer:"), self.case_number)
        form.addRow(self.tr("Alder:"), born)
        form.addRow(self.tr("Foretrukket s&prog:"), self.language)
        form.addRow(self.tr("Sprog der&hjemme:"), self.home_languages)
        self.child_choice.currentIndexChanged.connect(self._child_changed)
        self.birth_known.toggled.connect(self._child_changed)
        self.birth_date.dateChanged.connect(self._update_guide)
        self.age.valueChanged.connect(self._update_guide)
        return box

    def _purpose_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Formål og ramme"))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Formål"))
        for purpose in Purpose:
            self.purpose.addItem(labels.PURPOSE[purpose], purpose.value)
        self.decision_section = _line(self.tr("Afgørelsens paragraf"))
        self.decision_section.setPlaceholderText(self.tr("fx § 32, § 46 eller § 47"))
        self.measure = _line(self.tr("Den konkrete foranstaltning"))
        self.measure.setPlaceholderText(self.tr("fx en kontaktperson to timer om ugen"))
        self.purpose_note = _line(self.tr("Formålet med egne ord"))
        now = danish_now()
        self.when = QDateTimeEdit(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Tidspunkt"))
        # The places this caseworker usually talks with children (from the vault, never the
        # settings): pick one or type a new one.
        self.place = QComboBox()
        self.place.setEditable(True)
        self.place.setAccessibleName(self.tr("Sted"))
        self.place.addItems(self._usual_places)
        self.place.setCurrentText(self._usual_places[0] if self._usual_places else "")
        line = self.place.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("fx skolens mødelokale – et sted barnet er trygt"))
        self.guide = QComboBox()
        self.guide.setAccessibleName(self.tr("Samtaleguide"))
        for guide in self._guides:
            self.guide.addItem(guide.title, guide.id)
        form = QFormLayout(box)
        self._purpose_form = form
        form.addRow(self.tr("&Formål:"), self.purpose)
        form.addRow(self.tr("P&aragraf:"), self.decision_section)
        form.addRow(self.tr("F&oranstaltning:"), self.measure)
        form.addRow(self.tr("Beskrivelse:"), self.purpose_note)
        form.addRow(self.tr("T&idspunkt:"), self.when)
        form.addRow(self.tr("Ste&d:"), self.place)
        form.addRow(self.tr("&Guide:"), self.guide)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        return box

    def _presence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hvem er med"))
        form = QFormLayout(box)
        self.parent_rows: list[tuple[ParentRole, QComboBox, QLineEdit]] = []
        for role in (ParentRole.MOTHER, ParentRole.FATHER):
            name = self.tr(labels.PARENT_ROLE[role])
            state = QComboBox()
            state.setAccessibleName(name)
            state.addItem(self.tr("Ikke til stede"), "absent")
            state.addItem(self.tr("Til stede"), "present")
            # Matters in § 137: a present parent who lives with a suspect is refused.
            state.addItem(self.tr("Til stede, bor ikke med barnet"), "present_elsewhere")
            state.addItem(self.tr("Ikke relevant"), "not_relevant")
            reason = _line(with_args(self.tr("Grund til at %1 ikke er med"), name.lower()))
            reason.setPlaceholderText(self.tr("Hvorfor ikke med?"))
            row = QHBoxLayout()
            row.addWidget(state)
            row.addWidget(reason, 1)
            form.addRow(f"{name}:", row)
            state.currentIndexChanged.connect(
                lambda _i, s=state, r=reason: r.setVisible(s.currentData() == "absent")
            )
            self.parent_rows.append((role, state, reason))
        self.bisidder_offered = QCheckBox(self.tr("Barnet er tilbudt en bisidder"))
        self.bisidder_present = QCheckBox(self.tr("En bisidder er med"))
        self.bisidder_relation = _line(self.tr("Bisidderens relation til barnet"))
        self.bisidder_relation.setPlaceholderText(self.tr("fx moster, træner"))
        self.bisidder_age = QSpinBox()
        self.bisidder_age.setRange(0, 120)
        self.bisidder_age.setValue(30)
        self.bisidder_age.setSuffix(self.tr(" år"))
        self.bisidder_age.setAccessibleName(self.tr("Bisidderens alder"))
        self.bisidder_excluded = QComboBox()
        self.bisidder_excluded.setAccessibleName(self.tr("Bisidder udelukket"))
        for exclusion, text in labels.EXCLUSION.items():
            self.bisidder_excluded.addItem(self.tr(text), exclusion.value)
        self.bisidder_reason = _line(self.tr("Grund til at udelukke bisidderen"))
        self.bisidder_warning = QLabel()
        self.bisidder_warning.setStyleSheet(sheet("error"))
        bisidder = QHBoxLayout()
        for widget in (self.bisidder_relation, self.bisidder_age, self.bisidder_excluded):
            bisidder.addWidget(widget)
        self._presence_form = form
        self._bisidder_row = bisidder
        form.addRow(self.bisidder_offered)
        form.addRow(self.bisidder_present)
        form.addRow(self.tr("Bisidder:"), bisidder)
        form.addRow(self.tr("Grund til udelukkelse:"), self.bisidder_reason)
        form.addRow(self.bisidder_warning)
        self.others = _line(self.tr("Andre til stede (roller)"))
        self.others.setPlaceholderText(self.tr("fx lærer, plejemor"))
        form.addRow(self.tr("Andre:"), self.others)
        self.bisidder_present.toggled.connect(self._bisidder_toggled)
        self.bisidder_age.valueChanged.connect(self._bisidder_toggled)
        self.bisidder_excluded.currentIndexChanged.connect(self._bisidder_toggled)
        self._bisidder_toggled()
        return box

    def _interpreter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tolk"))
        self.with_interpreter = QCheckBox(self.tr("Samtalen foregår med to&lk"))
        self.interpreter_name = _line(self.tr("Tolkens navn eller ID"))
        self.interpreter_agency = _line(self.tr("Tolkebureau"))
        self.interpreter_language = _line(self.tr("Sprog"))
        self.interpreter_dialect = _line(self.tr("Dialekt"))
        self.interpreter_mode = QComboBox()
        self.interpreter_mode.setAccessibleName(self.tr("Tolkning foregår"))
        for mode, text in labels.INTERPRETER_MODE.items():
            self.interpreter_mode.addItem(self.tr(text), mode.value)
        self.not_relative = QCheckBox(self.tr("Tolken er ikke i familie med eller ven af familien"))
        self.adult = QCheckBox(self.tr("Tolken er fyldt 18 år"))
        self.confidentiality = QCheckBox(self.tr("Tolken kender sin tavshedspligt"))
        self.interpreter_fields: list[QWidget] = [
            self.interpreter_name,
            self.interpreter_agency,
            self.interpreter_language,
            self.interpreter_dialect,
            self.interpreter_mode,
            self.not_relative,
            self.adult,
            self.confidentiality,
        ]
        form = QFormLayout(box)
        self._interpreter_form = form
        form.addRow(self.with_interpreter)
        form.addRow(self.tr("Navn/ID:"), self.interpreter_name)
        form.addRow(self.tr("Bureau:"), self.interpreter_agency)
        form.addRow(self.tr("Sprog:"), self.interpreter_language)
        form.addRow(self.tr("Dialekt:"), self.interpreter_dialect)
        form.addRow(self.tr("Form:"), self.interpreter_mode)
        form.addRow(self.not_relative)
        form.addRow(self.adult)
        form.addRow(self.confidentiality)
        self.with_interpreter.toggled.connect(self._interpreter_toggled)
        return box

    # Reactions --------------------------------------------------------------------------
    def _selected_child(self) -> Child | None:
        raw = self.child_choice.currentData()
        return next((c for c in self._children if str(c.id) == raw), None)

    def _child_changed(self) -> None:
        existing = self._selected_child()
        for row in (
            self.child_name,
            self.case_number,
            self._born_row,
            self.language,
            self.home_languages,
        ):
            self._child_form.setRowVisible(row, existing is None)  # known: nothing to ask
        if existing is None:
            self.birth_date.setEnabled(self.birth_known.isChecked())
            self.age.setEnabled(not self.birth_known.isChecked())
        self._update_guide()

    def _purpose_changed(self) -> None:
        purpose = Purpose(self.purpose.currentData())
        before_decision = purpose is Purpose.BEFORE_DECISION
        self._purpose_form.setRowVisible(self.decision_section, before_decision)
        self._purpose_form.setRowVisible(self.measure, before_decision)
        self._purpose_form.setRowVisible(self.purpose_note, purpose is Purpose.OTHER)
        self._update_guide()

    def _bisidder_toggled(self) -> None:
        on = self.bisidder_present.isChecked()
        excluded = Exclusion(self.bisidder_excluded.currentData()) is not Exclusion.NOT_EXCLUDED
        self._presence_form.setRowVisible(self._bisidder_row, on)
        self._presence_form.setRowVisible(self.bisidder_reason, on and excluded)
        self._presence_form.setRowVisible(self.bisidder_warning, on)
        if on:
            self.bisidder_offered.setChecked(True)
        too_young = on and self.bisidder_age.value() < 15
        self.bisidder_warning.setText(
            self.tr("En bisidder skal være mindst 15 år.") if too_young else ""
        )

    def _interpreter_toggled(self, on: bool) -> None:
        for widget in self.interpreter_fields:
            widget.setEnabled(on)
            self._interpreter_form.setRowVisible(widget, on)

    def child_age(self) -> int:
        day = _as_date(self.when.date())
        existing = self._selected_child()
        if existing is not None:
            return existing.age_on(day)
        if self.birth_known.isChecked():
            return Child(name="x", birth_date=_as_date(self.birth_date.date())).age_on(day)
        return self.age.value() or GUESSED_AGE  # only to suggest a guide until it is given

    def _update_guide(self) -> None:
        if not hasattr(self, "guide"):
            return
        purpose = Purpose(self.purpose.currentData())
        suggested = suggest_guide(self._guides, purpose, age_band_for(self.child_age()))
        if suggested is not None:
            self.guide.setCurrentIndex(self.guide.findData(suggested.id))

    # Result -----------------------------------------------------------------------------
    def build(self) -> tuple[Child, Conversation]:
        """The child and conversation the form describes; ValueError with a message if not."""
        child = self._selected_child()
        if child is None:
            name = self.child_name.text().strip()
            if not name:
                raise ValueError(self.tr("Skriv barnets fornavn eller et andet navn."))
            if not self.birth_known.isChecked() and self.age.value() == AGE_NOT_GIVEN:
                raise ValueError(
                    self.tr("Skriv barnets alder, eller sæt flueben ved »Fødselsdato kendt«.")
                )
            child = Child(
                name=name,
                case_number=self.case_number.text().strip(),
                birth_date=self.birth_date.date().toPython()
                if self.birth_known.isChecked()
                else None,
                age_years=None if self.birth_known.isChecked() else self.age.value(),
                preferred_language=self.language.text().strip() or "dansk",
                home_languages=[
                    x.strip() for x in self.home_languages.text().split(",") if x.strip()
                ],
            )
        parents = [
            ParentPresence(
                role=role,
                present=state.currentData() in ("present", "present_elsewhere"),
                lives_with_child=state.currentData() != "present_elsewhere",
                absent_reason=reason.text().strip() if state.currentData() == "absent" else "",
            )
            for role, state, reason in self.parent_rows
            if state.currentData() != "not_relevant"
        ]
        bisidder = None
        if self.bisidder_present.isChecked():
            bisidder = Bisidder(
                relation=self.bisidder_relation.text().strip(),
                age=self.bisidder_age.value(),
                excluded=Exclusion(self.bisidder_excluded.currentData()),
                exclusion_reason=self.bisidder_reason.text().strip(),
            )
        interpreter = None
        if self.with_interpreter.isChecked():
            interpreter = Interpreter(
                name_or_id=self.interpreter_name.text().strip(),
                agency=self.interpreter_agency.text().strip(),
                language=self.interpreter_language.text().strip(),
                dialect=self.interpreter_dialect.text().strip(),
                mode=InterpreterMode(self.interpreter_mode.currentData()),
                confirmed_not_relative=self.not_relative.isChecked(),
                confirmed_adult=self.adult.isChecked(),
                confidentiality_confirmed=self.confidentiality.isChecked(),
            )
            if not interpreter.confirmed_adult or not interpreter.confirmed_not_relative:
                raise ValueError(
                    self.tr(
                        "Tolken skal være fyldt 18 år og må ikke være i familie med barnet. "
                        "Bekræft det, eller find en anden tolk."
                    )
                )
        typed = self.when.dateTime()
        day, clock = typed.date(), typed.time()
        starts = from_danish_wall_clock(  # 09.30 typed is 09.30 Danish time
            datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        )
        guide_id = str(self.guide.currentData() or "")
        guide = next((g for g in self._guides if g.id == guide_id), None)
        conversation = Conversation(
            child_id=child.id,
            legal_basis=LegalBasis(
                purpose=Purpose(self.purpose.currentData()),
                decision_section=self.decision_section.text().strip(),
                concrete_measure=self.measure.text().strip(),
                purpose_note=self.purpose_note.text().strip(),
            ),
            starts_at=starts,
            place=self.place.currentText().strip(),
            presence=Presence(
                parents=parents,
                bisidder_offered=self.bisidder_offered.isChecked(),
                bisidder=bisidder,
                interpreter=interpreter,
                others=[x.strip() for x in self.others.text().split(",") if x.strip()],
            ),
            guide_id=guide_id,
            guide_version=guide.version if guide else None,
        )
        return child, conversation

    def _accept(self) -> None:
        try:
            self.result_child, self.result_conversation = self.build()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def is_new_child(dialog: NewConversationDialog) -> bool:
    return dialog.child_choice.currentData() is None


__all__ = ["NewConversationDialog", "is_new_child"]
