"""The read-back: the child's words read back and the child's decision on each.

The read-back part of the closing: the child's words read back, and the child's decision
for each quote (into the case, into the letter), with the child's own corrections."""

from collections.abc import Callable

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
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from borne_samtale.domain import ChildWords, Conversation, Correction, Entry, consent, labels
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import CaseConsent
from borne_samtale.domain.tools import ReadBack


class ReadBackBox(QGroupBox):
    """``changed`` when the caseworker changed something, unless ``loading()`` (the closing
    panel is filling its fields)."""

    changed = Signal()

    def __init__(self, loading: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Genlæsning for barnet – og hvad barnet vil dele"))
        self._loading = loading
        self._quotes: list[consent.Quote] = []
        self._edited: set[str] = set()  # quotes decided since the last apply
        self._corrections: list[Correction] = []
        self.read_back_done = QCheckBox(self.tr("Jeg har læst barnets ord op for barnet"))
        self.read_back_via = QCheckBox(self.tr("Genlæst gennem tolk"))
        self.not_done_reason = QLineEdit()
        self.not_done_reason.setAccessibleName(self.tr("Hvorfor der ikke blev læst op"))
        intro = QLabel(
            self.tr(
                "Spørg barnet om hvert citat: Må det komme med i sagen? Må det stå i dit brev? "
                "Siger barnet nej til sagen, så udelad det, eller forklar barnet, hvorfor det "
                "skal med. Intet kommer i brevet, uden at barnet har valgt det."
            )
        )
        intro.setWordWrap(True)
        self.words = QListWidget()
        self.words.setAccessibleName(self.tr("Barnets ord i rækkefølge"))
        self.words.setWordWrap(True)
        self.words.setMinimumHeight(self.words.fontMetrics().lineSpacing() * 8)
        self.quote_case = QComboBox()
        self.quote_case.setAccessibleName(self.tr("Må citatet komme med i sagen"))
        for value in CaseConsent:
            self.quote_case.addItem(labels.CASE_CONSENT[value], value.value)
        self.quote_kept_reason = QLineEdit()
        self.quote_kept_reason.setAccessibleName(
            self.tr("Hvorfor citatet skal med, som barnet har fået at vide")
        )
        self.quote_kept_reason.setPlaceholderText(
            self.tr("Hvorfor det skal med – sådan som du sagde det til barnet")
        )
        self.quote_letter = QCheckBox(self.tr("Med i &brevet til barnet"))
        self.all_yes = QPushButton(self.tr("Barnet siger ja til &resten"))
        self.all_yes.setAccessibleName(self.tr("Barnet siger ja til resten af citaterne"))
        choice = QHBoxLayout()
        choice.addWidget(self.quote_case)
        choice.addWidget(self.quote_letter)
        choice.addStretch(1)
        choice.addWidget(self.all_yes)
        self.old_note = QLineEdit()
        self.old_note.setAccessibleName(
            self.tr("Tidligere note om, hvad barnet ikke ville have med")
        )
        self.old_note_label = QLabel(
            self.tr("Tidligere note (kommer ikke i referatet; afgør det pr. citat, og tøm feltet):")
        )
        self.old_note_label.setWordWrap(True)
        self.correction = QLineEdit()
        self.correction.setAccessibleName(self.tr("Barnets rettelse"))
        self.correction.setPlaceholderText(
            self.tr("Vælg ordene ovenfor, og skriv barnets rettelse med barnets ord")
        )
        self.add_correction = QPushButton(self.tr("Tilføj r&ettelse"))
        self.add_correction.setAccessibleName(self.tr("Tilføj rettelse"))
        self.corrections = QListWidget()
        self.corrections.setAccessibleName(self.tr("Barnets rettelser"))
        row = QHBoxLayout()
        row.addWidget(self.correction, 1)
        row.addWidget(self.add_correction)
        form = QFormLayout(self)
        form.addRow(self.read_back_done)
        form.addRow(self.read_back_via)
        form.addRow(self.tr("Ikke læst op, fordi:"), self.not_done_reason)
        form.addRow(intro)
        form.addRow(self.words)
        form.addRow(self.tr("Dette citat:"), choice)
        form.addRow(self.tr("Med alligevel, fordi:"), self.quote_kept_reason)
        form.addRow(self.tr("Rettelse:"), row)
        form.addRow(self.corrections)
        form.addRow(self.old_note_label)
        form.addRow(self.old_note)
        self.add_correction.clicked.connect(self._add_correction)
        self.correction.returnPressed.connect(self._add_correction)
        for check in (self.read_back_done, self.read_back_via):
            check.toggled.connect(self._emit)
        for line in (self.not_done_reason, self.old_note):
            line.textChanged.connect(self._emit)
        self.words.currentRowChanged.connect(self._show_quote)
        self.quote_case.currentIndexChanged.connect(self._quote_edited)
        self.quote_kept_reason.textChanged.connect(self._quote_edited)
        self.quote_letter.toggled.connect(self._quote_edited)
        self.all_yes.clicked.connect(self._all_yes)

    def load(self, read_back: ReadBack) -> None:
        self.read_back_done.setChecked(read_back.done)
        self.read_back_via.setChecked(read_back.via_interpreter)
        self.not_done_reason.setText(read_back.not_done_reason)
        self._corrections = list(read_back.corrections)
        self._show_corrections()
        self.old_note.setText(read_back.not_to_share)
        self.old_note.setVisible(bool(read_back.not_to_share.strip()))
        self.old_note_label.setVisible(bool(read_back.not_to_share.strip()))

    def apply(self, read_back: ReadBack) -> None:
        read_back.done = self.read_back_done.isChecked()
        read_back.via_interpreter = self.read_back_via.isChecked()
        read_back.not_done_reason = self.not_done_reason.text()
        read_back.corrections = list(self._corrections)
        read_back.not_to_share = self.old_note.text()

    def refresh_words(self, conversation: Conversation) -> None:
        """The child's words as a numbered list, each with its decision, for the read-back."""
        row = self.words.currentRow()
        self._quotes = consent.quotes(conversation)
        self.words.blockSignals(True)
        self.words.clear()
        for number, quote in enumerate(self._quotes, start=1):
            item = QListWidgetItem(self._quote_line(number, quote))
            item.setData(Qt.ItemDataRole.UserRole, quote.key)
            self.words.addItem(item)
        self.words.blockSignals(False)
        self.words.setCurrentRow(min(max(row, 0), len(self._quotes) - 1))
        self._show_quote(self.words.currentRow())

    def _quote_line(self, number: int, quote: consent.Quote) -> str:
        decision = labels.CASE_CONSENT[quote.consent.case]
        if consent.may_go_to_letter(quote.consent):
            decision += self.tr(" · i brevet")
        return f"{number}. »{quote.text}«  ({quote.where})\n     {decision}"

    def apply_consents(self, conversation: Conversation) -> list[Entry]:
        """Carry the decisions made in the list over to the conversation's own quotes;
        returns the entries whose consent changed."""
        decided = {q.key: q.consent for q in self._quotes}
        changed: list[Entry] = []
        for quote in consent.quotes(conversation):
            chosen = decided.get(quote.key)
            if chosen is not None and chosen is not quote.consent:
                quote.set_consent(chosen.model_copy())
            if quote.key in self._edited and isinstance(quote.holder, Entry):
                changed.append(quote.holder)
        self._edited.clear()
        self._quotes = consent.quotes(conversation)
        shown = [
            str(self.words.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.words.count())
        ]
        if shown != [q.key for q in self._quotes]:  # a correction or a tool's words came or went
            self.refresh_words(conversation)
        return changed

    def _show_quote(self, row: int) -> None:
        has = 0 <= row < len(self._quotes)
        for widget in (self.quote_case, self.quote_letter, self.quote_kept_reason):
            widget.setEnabled(has)
        if not has:
            return
        chosen = self._quotes[row].consent
        for widget in (self.quote_case, self.quote_letter, self.quote_kept_reason):
            widget.blockSignals(True)
        self.quote_case.setCurrentIndex(self.quote_case.findData(chosen.case.value))
        self.quote_letter.setChecked(chosen.in_letter)
        self.quote_kept_reason.setText(chosen.kept_reason)
        for widget in (self.quote_case, self.quote_letter, self.quote_kept_reason):
            widget.blockSignals(False)
        self._quote_controls()

    def _quote_controls(self) -> None:
        case = CaseConsent(self.quote_case.currentData())
        self.quote_kept_reason.setEnabled(case is CaseConsent.NO_KEPT)
        # Words kept out of the case cannot go into the letter: it is attached to the case.
        self.quote_letter.setEnabled(case is not CaseConsent.NO_LEFT_OUT)

    def _quote_edited(self) -> None:
        row = self.words.currentRow()
        if self._loading() or not 0 <= row < len(self._quotes):
            return
        self._quote_controls()
        case = CaseConsent(self.quote_case.currentData())
        chosen = QuoteConsent(
            case=case,
            kept_reason=self.quote_kept_reason.text() if case is CaseConsent.NO_KEPT else "",
            in_letter=self.quote_letter.isChecked() and case is not CaseConsent.NO_LEFT_OUT,
        )
        quote = self._quotes[row]
        quote.set_consent(chosen)
        self._edited.add(quote.key)
        self.words.item(row).setText(self._quote_line(row + 1, quote))
        self._emit()

    def _all_yes(self) -> None:
        for row, quote in enumerate(self._quotes):
            if quote.consent.case is CaseConsent.NOT_ASKED:
                quote.set_consent(quote.consent.model_copy(update={"case": CaseConsent.YES}))
                self._edited.add(quote.key)
                self.words.item(row).setText(self._quote_line(row + 1, quote))
        self._show_quote(self.words.currentRow())
        self._emit()

    def _add_correction(self) -> None:
        text = self.correction.text().strip()
        if not text:
            return
        row = self.words.currentRow()
        quote = self._quotes[row] if 0 <= row < len(self._quotes) else None
        entry_id = (
            quote.holder.id if quote is not None and isinstance(quote.holder, Entry) else None
        )
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
        if not self._loading():
            self.changed.emit()
