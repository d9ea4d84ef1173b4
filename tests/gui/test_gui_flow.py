"""End to end in a real QApplication (offscreen): first start to closing, then the vault is
reopened through the services and every word is checked, with its perspective."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import Perspective, consent
from borne_samtale.domain.enums import (
    CaseConsent,
    InterpreterMode,
    LetterDelivery,
    PersonRelation,
    SuspectAnswer,
)
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.dialogs.briefing import BriefingDialog
from borne_samtale.ui.dialogs.create_vault import CreateVaultDialog
from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog
from borne_samtale.ui.dialogs.profile import ProfileDialog
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.ui.screens.conversation import TAB_CLOSING, TAB_HOUSES, TAB_NETWORK, TAB_SCALE
from borne_samtale.ui.widgets.entries import CAPTURE_PERSPECTIVES
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import when_dialog

CONTENT = PracticeContent.load()
WORDS = {
    Perspective.CHILD_OWN_WORDS: "Jeg kan godt lide at spille fodbold med Ali",
    Perspective.CHILD_VIA_INTERPRETER: "Jeg savner min farmor i Mogadishu",
    Perspective.CASEWORKER_PARAPHRASE: "Barnet fortæller om at gå i seng sent",
    Perspective.CASEWORKER_OBSERVATION: "Barnet smiler, når det taler om skolen",
    Perspective.CASEWORKER_ASSESSMENT: "Barnet virker trygt i skolen",
    Perspective.INFORMATION_FROM_OTHERS: "Læreren siger, at fraværet er faldet",
}


def _create_vault(qtbot: QtBot, dialog: QWidget) -> None:
    assert isinstance(dialog, CreateVaultDialog)
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, PASSPHRASE)
    when_dialog(lambda d: _profile(qtbot, d))  # comes right after this one
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert len(dialog.code_label.text()) == 39
    assert not dialog.continue_button.isEnabled()
    dialog.written_down.setChecked(True)
    dialog.continue_button.click()


def _profile(qtbot: QtBot, dialog: QWidget) -> None:
    if not isinstance(dialog, ProfileDialog):
        when_dialog(lambda d: _profile(qtbot, d))
        return
    qtbot.keyClicks(dialog.name, "Lise Holm")
    qtbot.keyClicks(dialog.title, "Socialrådgiver")
    dialog.accept()


def _new_conversation(qtbot: QtBot, dialog: QWidget) -> None:
    assert isinstance(dialog, NewConversationDialog)
    qtbot.keyClicks(dialog.child_name, "Hodan")
    qtbot.keyClicks(dialog.case_number, "S-2026-17")
    dialog.birth_known.setChecked(False)
    dialog.age.setValue(11)
    qtbot.keyClicks(dialog.measure, "Kontaktperson to timer om ugen")
    qtbot.keyClicks(dialog.decision_section, "§ 32")
    qtbot.keyClicks(dialog.place, "Skolens mødelokale")
    qtbot.keyClicks(dialog.parent_rows[0][2], "Hodan ville tale alene")
    dialog.bisidder_offered.setChecked(True)
    dialog.with_interpreter.setChecked(True)
    qtbot.keyClicks(dialog.interpreter_name, "Tolk 4711")
    qtbot.keyClicks(dialog.interpreter_agency, "Tolkebureauet")
    qtbot.keyClicks(dialog.interpreter_language, "somali")
    dialog.interpreter_mode.setCurrentIndex(dialog.interpreter_mode.findData("phone"))
    dialog.not_relative.setChecked(True)
    dialog.adult.setChecked(True)
    dialog.confidentiality.setChecked(True)
    assert dialog.guide.currentData() == "forud-for-afgoerelse"
    when_dialog(lambda d: _briefing(qtbot, d))
    dialog._accept()


def _briefing(qtbot: QtBot, dialog: QWidget) -> None:
    assert isinstance(dialog, BriefingDialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # every item must be gone through first
    for box in dialog.items.values():
        box.setChecked(True)
    dialog.accept()


def test_a_whole_conversation_reaches_the_vault(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    window = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    assert window.stack.currentWidget() is window.start_screen

    when_dialog(lambda d: _create_vault(qtbot, d))
    window.start_screen.create_button.click()
    assert window.stack.currentWidget() is window.cases_screen
    assert window.session is not None

    when_dialog(lambda d: _new_conversation(qtbot, d))
    window.new_conversation()
    screen = window.conversation_screen
    assert window.stack.currentWidget() is screen
    conversation = screen.conversation
    assert conversation is not None
    assert conversation.presence.interpreter is not None
    assert conversation.presence.interpreter.briefing_done
    assert screen.interpreter_panel.isVisibleTo(window)

    # Every perspective, chosen with one keystroke, typed with the keyboard.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen.phases.setCurrentRow(2)
    editor = screen.capture.editor
    for index, perspective in enumerate(CAPTURE_PERSPECTIVES):
        editor.setFocus()
        qtbot.keyClick(editor, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(editor, WORDS[perspective])
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_F9)  # an exchange that was not translated

    # The tools.
    screen.tabs.setCurrentIndex(TAB_SCALE)
    screen.new_scale_button.click()
    qtbot.keyClicks(screen.scale.question_edit, "Hvor glad er du i skolen?")
    qtbot.keyClicks(screen.scale.low_end_edit, "Slet ikke glad")
    qtbot.keyClicks(screen.scale.high_end_edit, "Rigtig glad")
    screen.scale.number_row.setFocus()
    qtbot.keyClick(screen.scale.number_row, Qt.Key.Key_7)
    qtbot.keyClicks(screen.scale.reason_box.edit, "Fordi jeg har venner")
    screen.tabs.setCurrentIndex(TAB_HOUSES)
    qtbot.keyClicks(screen.houses.columns[1].input, "Når mor er ked af det")
    qtbot.keyClick(screen.houses.columns[1].input, Qt.Key.Key_Return)
    screen.houses.consent_yes.setChecked(True)
    screen.tabs.setCurrentIndex(TAB_NETWORK)
    screen.network.add_person()
    qtbot.keyClicks(screen.network.label_edit, "Farmor")

    # The child view shows the tool and hides the notes; the same key switches back.
    qtbot.keyClick(screen, Qt.Key.Key_F12)
    assert screen.child_view
    assert not screen.side.isVisible()
    assert not screen.network.caseworker_note.isVisible()
    assert window.menuBar().isHidden()
    qtbot.keyClick(screen, Qt.Key.Key_F12)
    assert not screen.child_view
    assert screen.side.isVisible()

    # Closing: read-back with a correction, the child's view, next steps.
    screen.tabs.setCurrentIndex(TAB_CLOSING)
    closing = screen.closing
    closing.read_back_done.setChecked(True)
    closing.words.setCurrentRow(0)
    qtbot.keyClicks(closing.correction, "Jeg spiller også med Omar")
    qtbot.keyClick(closing.correction, Qt.Key.Key_Return)
    qtbot.keyClicks(closing.measure_view, "Det lyder godt med en voksen at snakke med")
    qtbot.keyClicks(closing.next_steps, "Du hører fra mig inden jul")
    # Consent per quote, with the child: the first words stay out of the case, the second go
    # into the letter too, the child says yes to the rest.
    keys = [
        str(closing.words.item(r).data(Qt.ItemDataRole.UserRole))
        for r in range(closing.words.count())
    ]
    assert keys[0].startswith("entry:")
    assert "closing:measure" in keys  # typed after the list was first shown
    assert any(k.startswith("correction:") for k in keys)
    closing.words.setCurrentRow(0)
    closing.quote_case.setCurrentIndex(closing.quote_case.findData(CaseConsent.NO_LEFT_OUT.value))
    assert not closing.quote_letter.isEnabled()  # kept out of the case: not in the letter
    closing.words.setCurrentRow(1)
    closing.quote_case.setCurrentIndex(closing.quote_case.findData(CaseConsent.YES.value))
    closing.quote_letter.setChecked(True)
    assert "i brevet" in closing.words.item(1).text()
    closing.all_yes.click()
    closing.words.setCurrentRow(0)
    assert closing.quote_case.currentData() == CaseConsent.NO_LEFT_OUT.value  # not overwritten
    # The letter's way to the child.
    closing.delivery.setCurrentIndex(closing.delivery.findData(LetterDelivery.HOME.value))
    assert not closing.home_confirmed.isVisibleTo(closing)  # nobody at home is a worry
    closing.suspect_answer.setCurrentIndex(
        closing.suspect_answer.findData(SuspectAnswer.NAMED.value)
    )
    closing.person_relation.setCurrentIndex(
        closing.person_relation.findData(PersonRelation.MOTHERS_PARTNER.value)
    )
    closing.add_person.click()
    assert closing.home_confirmed.isVisibleTo(closing)
    assert closing.letter_warning.isVisibleTo(closing)
    closing.delivery.setCurrentIndex(closing.delivery.findData(LetterDelivery.IN_PERSON.value))
    assert not closing.home_confirmed.isVisibleTo(closing)
    conversation_id = conversation.id

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    assert window.session is None
    assert window.stack.currentWidget() is window.unlock_screen

    vault = access.unlock(folder, PASSPHRASE)
    try:
        stored = ConversationService(vault).get(conversation_id)
        child = ConversationService(vault).child(stored.child_id)
    finally:
        vault.close()
    assert child.name == "Hodan"
    assert child.age_years == 11
    by_perspective = {e.perspective: e.text for e in stored.entries}
    for perspective, text in WORDS.items():
        assert by_perspective[perspective] == text
    assert Perspective.UNTRANSLATED_EXCHANGE in by_perspective
    assert stored.presence.interpreter is not None
    assert stored.presence.interpreter.mode is InterpreterMode.PHONE
    assert stored.presence.interpreter.briefing_done
    assert stored.legal_basis.concrete_measure == "Kontaktperson to timer om ugen"
    assert stored.presence.parents[0].absent_reason == "Hodan ville tale alene"
    (scale,) = stored.scales
    assert (scale.question, scale.value) == ("Hvor glad er du i skolen?", 7)
    assert scale.what_makes_it_this_number is not None
    assert scale.what_makes_it_this_number.text == "Fordi jeg har venner"
    assert stored.three_houses is not None
    assert [w.text for w in stored.three_houses.worries] == ["Når mor er ked af det"]
    assert stored.three_houses.consent_to_share is True
    assert stored.network_map is not None
    assert [p.label for p in stored.network_map.people] == ["Farmor"]
    assert stored.read_back.done
    child_words = stored.child_voice()
    assert child_words[0].consent.case is CaseConsent.NO_LEFT_OUT
    assert child_words[1].consent.case is CaseConsent.YES
    assert child_words[1].consent.in_letter
    assert all(q.consent.case is not CaseConsent.NOT_ASKED for q in consent.quotes(stored))
    assert stored.letter.delivery is LetterDelivery.IN_PERSON
    assert stored.safeguarding.suspect_answer is SuspectAnswer.NAMED
    assert [p.relation for p in stored.safeguarding.persons] == [PersonRelation.MOTHERS_PARTNER]
    (correction,) = stored.read_back.corrections
    assert correction.child_words.text == "Jeg spiller også med Omar"
    assert correction.entry_id == stored.child_voice()[0].id
    assert stored.closing.child_view_of_measure is not None
    assert stored.closing.child_view_of_measure.text.startswith("Det lyder godt")
    assert stored.closing.next_steps_told == ["Du hører fra mig inden jul"]
