""" "Hvordan jeg oplevede mødet": the child's faces at closing, by age band, saved in the
encrypted vault with the conversation and summarised in the referat (read back from the PDF).
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import Child, Conversation
from borne_samtale.domain.age import age_band_for
from borne_samtale.domain.enums import AgeBand
from borne_samtale.domain.lix import lix
from borne_samtale.domain.tools import (
    FEEDBACK_QUESTIONS,
    Face,
    Feedback,
    FeedbackAnswer,
    feedback_form,
)
from borne_samtale.summary.referat import render_referat
from borne_samtale.ui.screens.conversation import TAB_CLOSING
from borne_samtale.ui.widgets.feedback import FeedbackDialog, FeedbackForm
from tests.support.documents import (
    child,
    document,
    flat,
    needs_pdftotext,
    pages_text,
    rich_conversation,
    write,
)
from tests.support.gui_helpers import when_dialog
from tests.support.main_window import open_window, prepare_conversation, stored_conversation


@pytest.mark.parametrize("band", [None, *AgeBand])
def test_the_questions_are_few_short_and_plain_for_each_age(band: AgeBand | None) -> None:
    questions = [text for _ident, text in FEEDBACK_QUESTIONS[band]]
    assert 3 <= len(questions) <= 5
    young = band in (None, AgeBand.AGE_3_6)
    assert lix(questions) <= (20 if young else 30)
    assert all(q.endswith("?") and len(q.split()) <= 10 for q in questions)
    form = feedback_form(band)
    assert [a.face for a in form.answers] == [None] * len(questions)


def test_the_youngest_get_fewer_questions_than_teenagers() -> None:
    assert len(FEEDBACK_QUESTIONS[age_band_for(5)]) < len(FEEDBACK_QUESTIONS[age_band_for(14)])


def test_faces_are_pressed_and_a_question_may_be_let_be(qtbot: QtBot, tmp_path: Path) -> None:
    form = FeedbackForm(AgeBand.AGE_7_10)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    qtbot.mouseClick(form.faces[0][0], Qt.MouseButton.LeftButton)  # good
    qtbot.mouseClick(form.faces[1][2], Qt.MouseButton.LeftButton)  # not good
    qtbot.mouseClick(form.faces[1][1], Qt.MouseButton.LeftButton)  # changed her mind
    form.faces[3][0].setFocus()
    qtbot.keyClick(form.faces[3][0], Qt.Key.Key_Space)  # by keyboard
    value = form.value()
    assert [a.face for a in value.answers] == [Face.GOOD, Face.IN_BETWEEN, None, Face.GOOD]
    assert value.answers[2].question == FEEDBACK_QUESTIONS[AgeBand.AGE_7_10][2][1]
    assert all(b.accessibleName() for row in form.faces for b in row)
    form.grab().save(str(tmp_path / "feedback.png"))


def test_the_form_is_saved_in_the_vault_from_the_closing_tab(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder)
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    screen.tabs.setCurrentIndex(TAB_CLOSING)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, FeedbackDialog)
        qtbot.mouseClick(dialog.form.faces[0][0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.form.faces[1][1], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    when_dialog(answer)
    qtbot.mouseClick(screen.closing.feedback_button, Qt.MouseButton.LeftButton)
    window.lock()
    stored = stored_conversation(folder, conversation).feedback
    assert stored is not None
    assert [a.face for a in stored.answers][:2] == [Face.GOOD, Face.IN_BETWEEN]
    assert stored.declined is False

    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)

    def decline(dialog: QWidget) -> None:
        assert isinstance(dialog, FeedbackDialog)
        qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)

    when_dialog(decline)
    window.conversation_screen.ask_feedback()
    window.lock()
    declined = stored_conversation(folder, conversation).feedback
    assert declined is not None
    assert declined.declined
    assert declined.answers == []


def _referat_text(tmp_path: Path, name: str, conversation: Conversation, kid: Child) -> str:
    return flat(
        " ".join(pages_text(write(tmp_path, name, render_referat(document(conversation, kid)))))
    )


@needs_pdftotext
def test_the_referat_summarises_the_childs_faces(tmp_path: Path) -> None:
    kid = child()
    conversation = rich_conversation(kid)
    conversation.feedback = Feedback(
        answers=[
            FeedbackAnswer(question_id="liked", question="Var det rart?", face=Face.GOOD),
            FeedbackAnswer(question_id="listened", question="Lyttede jeg?", face=Face.NOT_GOOD),
            FeedbackAnswer(question_id="understood", question="Forstod du det?"),
        ]
    )
    text = flat(
        " ".join(pages_text(write(tmp_path, "r.pdf", render_referat(document(conversation, kid)))))
    )
    assert "Barnets oplevelse af mødet" in text
    assert "Barnet svarede på 2 af 3 spørgsmål" in text
    assert "Var det rart? Godt (glad ansigt)" in text
    assert "Lyttede jeg? Ikke godt (trist ansigt)" in text
    assert "Forstod du det? Ville ikke svare" in text

    conversation.feedback = Feedback(declined=True)
    text = flat(
        " ".join(pages_text(write(tmp_path, "d.pdf", render_referat(document(conversation, kid)))))
    )
    assert "Barnet fik tilbudt skemaet, men ville ikke svare." in text

    conversation.feedback = None
    text = flat(
        " ".join(pages_text(write(tmp_path, "n.pdf", render_referat(document(conversation, kid)))))
    )
    assert "Barnets oplevelse af mødet" not in text
