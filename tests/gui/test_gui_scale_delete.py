"""A scale answer kept by mistake (e.g. after a child's tap) can be deleted, after a yes."""

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import ChildWords, Conversation, LegalBasis, Purpose, ScaleAnswer
from borne_samtale.ui.screens.scale_page import ScalePage
from tests.support.gui_helpers import when_dialog


def _answer(button: QMessageBox.StandardButton) -> None:
    def press(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "Det kan ikke fortrydes" in dialog.text()
        dialog.button(button).click()

    when_dialog(press)


def test_a_scale_is_deleted_only_after_a_yes(qtbot: QtBot) -> None:
    school = ScaleAnswer(
        question="Skole",
        low_end="skidt",
        high_end="godt",
        value=4,
        what_makes_it_this_number=ChildWords(text="Jeg har venner"),
    )
    home = ScaleAnswer(question="Hjemme", low_end="skidt", high_end="godt", value=6)
    conversation = Conversation(
        child_id=school.id, legal_basis=LegalBasis(purpose=Purpose.OTHER), scales=[school, home]
    )
    page = ScalePage(lambda: conversation)
    qtbot.addWidget(page)
    page.load()
    page.show()
    assert page.scale_list.currentRow() == 0

    _answer(QMessageBox.StandardButton.No)
    page.delete_scale_button.click()
    assert [s.question for s in conversation.scales] == ["Skole", "Hjemme"]

    _answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.changed):
        page.delete_scale_button.click()
    assert [s.question for s in conversation.scales] == ["Hjemme"]
    assert page.scale_list.count() == 1
    assert page.scale.value().question == "Hjemme"

    _answer(QMessageBox.StandardButton.Yes)
    page.delete_scale_button.click()
    assert conversation.scales == []
    assert not page.delete_scale_button.isEnabled()
    assert not page.scale.isEnabled()
