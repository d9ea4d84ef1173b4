"""The 0-10 scale widget, offscreen: lossless loading, keyboard use, the child's view."""

from collections.abc import Callable, Iterator
from itertools import pairwise
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.tools import ScaleAnswer
from borne_samtale.ui.widgets.scale import ScaleWidget
from tests.support.strategies import full_model, register_models

register_models(ChildWords)

ALT = Qt.KeyboardModifier.AltModifier


def full_answer() -> ScaleAnswer:
    return ScaleAnswer(
        question="Hvor godt har du det i skolen?",
        low_end="Jeg vil slet ikke derhen",
        high_end="Jeg glæder mig hver morgen",
        value=4,
        goal_id=uuid4(),
        what_makes_it_this_number=ChildWords(
            text="Fordi jeg har Ali\u00a0at lege med.\r\nOg fru Hansen er sød", via_interpreter=True
        ),
        one_step_up=ChildWords(text="Hvis de store <b>ikke</b> drillede mig"),
        caseworker_note="Tøvede længe mellem 3 og 4.",
    )


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[QMainWindow, ScaleWidget]]:
    """The widget in a shown, active window, so that focus and mnemonics work."""
    main = QMainWindow()
    main.resize(1366, 768)
    widget = ScaleWidget()
    main.setCentralWidget(widget)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main, widget
    main.close()


def test_loading_and_reading_back_is_lossless(qtbot: QtBot) -> None:
    widget = ScaleWidget()
    qtbot.addWidget(widget)
    answer = full_answer()
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_value(answer)
    assert widget.value() == answer
    assert widget.value() is not answer


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(answer=full_model(ScaleAnswer))
def test_any_answer_comes_back_unchanged(qtbot: QtBot, answer: ScaleAnswer) -> None:
    widget = ScaleWidget()
    qtbot.addWidget(widget)
    widget.set_value(answer)
    assert widget.value() == answer


def test_an_empty_widget_gives_an_empty_answer(qtbot: QtBot) -> None:
    widget = ScaleWidget()
    qtbot.addWidget(widget)
    answer = widget.value()
    assert (answer.question, answer.low_end, answer.high_end) == ("", "", "")
    assert answer.value is None
    assert answer.what_makes_it_this_number is None
    assert answer.one_step_up is None
    assert widget.value().id == answer.id


def test_typing_the_question_and_ends_emits_changed_and_keeps_the_id(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    answer = ScaleAnswer(question="", low_end="", high_end="")
    widget.set_value(answer)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.question_edit, "Hvor godt sover du?")
    qtbot.keyClicks(widget.low_end_edit, "Jeg sover slet ikke")
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.high_end_edit, "Jeg sover hele natten")
    result = widget.value()
    assert result.id == answer.id
    assert result.recorded_at == answer.recorded_at
    assert result.question == "Hvor godt sover du?"
    assert result.low_end == "Jeg sover slet ikke"
    assert result.high_end == "Jeg sover hele natten"
    assert widget.low_end_label.text() == "0 = Jeg sover slet ikke"
    assert widget.high_end_label.text() == "10 = Jeg sover hele natten"


def test_number_keys_arrows_t_and_delete_choose_the_number(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    row = widget.number_row
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)
    steps = [
        (Qt.Key.Key_Right, 0),  # from no number the arrows start at 0
        (Qt.Key.Key_7, 7),
        (Qt.Key.Key_Right, 8),
        (Qt.Key.Key_Left, 7),
        (Qt.Key.Key_Left, 6),
        (Qt.Key.Key_T, 10),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_End, 10),
        (Qt.Key.Key_0, 0),
        (Qt.Key.Key_Delete, None),
        (Qt.Key.Key_3, 3),
        (Qt.Key.Key_Backspace, None),
    ]
    for key, expected in steps:
        with qtbot.waitSignal(widget.changed, timeout=500):
            qtbot.keyClick(row, key)
        assert widget.value().value == expected, key
        checked = [n for n, button in enumerate(row.buttons) if button.isChecked()]
        assert checked == ([] if expected is None else [expected])


def test_keys_that_change_nothing_do_not_emit(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    answer = full_answer().model_copy(update={"value": 10})
    widget.set_value(answer)
    row = widget.number_row
    with qtbot.assertNotEmitted(widget.changed):
        qtbot.keyClick(row, Qt.Key.Key_Right)  # already at the top
        qtbot.keyClick(row, Qt.Key.Key_T)
        qtbot.keyClick(row, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # not ours
    assert widget.value().value == 10


def test_clicking_a_number_button_and_the_clear_button(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.number_row.buttons[6], Qt.MouseButton.LeftButton)
    assert widget.value().value == 6
    assert widget.number_row.hasFocus()  # so that the arrows work next
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.value().value is None
    assert not any(button.isChecked() for button in widget.number_row.buttons)


def test_follow_up_questions_name_the_chosen_number(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    reason, step = widget.reason_box.question, widget.step_up_box.question
    assert "det tal" in reason.text()
    qtbot.keyClick(widget.number_row, Qt.Key.Key_6)
    assert reason.text().replace("&", "") == "Hvad gør, at det er 6 og ikke lavere?"
    assert step.text().replace("&", "") == (
        "Hvad skal der til for at komme ét trin op, fra 6 til 7?"
    )
    qtbot.keyClick(widget.number_row, Qt.Key.Key_0)
    assert reason.text().replace("&", "") == "Hvad gør, at det er 0?"
    qtbot.keyClick(widget.number_row, Qt.Key.Key_T)
    assert "10" in step.text()
    # the follow-up fields stay editable whatever the number
    qtbot.keyClick(widget.number_row, Qt.Key.Key_Delete)
    assert widget.reason_box.edit.isEnabled()
    assert widget.step_up_box.edit.isEnabled()


def test_keyboard_only_session(window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot) -> None:
    """Mnemonics reach every field; the child's words and the note stay apart."""
    _, widget = window
    widget.set_interpreter_present(True)
    answer = ScaleAnswer(question="", low_end="", high_end="")
    widget.set_value(answer)

    def alt(key: Qt.Key, target: QWidget) -> None:
        qtbot.keyClick(QApplication.focusWidget() or widget, key, ALT)
        qtbot.waitUntil(target.hasFocus, timeout=1000)

    alt(Qt.Key.Key_S, widget.question_edit)
    qtbot.keyClicks(widget.question_edit, "Hvor tryg er du hjemme?")
    alt(Qt.Key.Key_E, widget.low_end_edit)
    qtbot.keyClicks(widget.low_end_edit, "Jeg er bange hele tiden")
    alt(Qt.Key.Key_H, widget.high_end_edit)
    qtbot.keyClicks(widget.high_end_edit, "Jeg er aldrig bange")
    alt(Qt.Key.Key_A, widget.number_row)
    qtbot.keyClick(widget.number_row, Qt.Key.Key_5)
    alt(Qt.Key.Key_G, widget.reason_box.edit)
    qtbot.keyClicks(widget.reason_box.edit, "Mor råber ikke så meget mere")
    alt(Qt.Key.Key_R, widget.step_up_box.edit)
    qtbot.keyClicks(widget.step_up_box.edit, "Hvis far ikke kom")
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(widget.step_up_box.edit, Qt.Key.Key_V, ALT)  # "Sagt &via tolk"
    qtbot.waitUntil(widget.step_up_box.via.isChecked, timeout=1000)
    alt(Qt.Key.Key_N, widget.note_edit)
    qtbot.keyClicks(widget.note_edit, "Kiggede ned, da far blev nævnt")

    # Tab leaves a text field instead of typing a tab into the child's words
    widget.reason_box.edit.setFocus()
    qtbot.keyClick(widget.reason_box.edit, Qt.Key.Key_Tab)
    assert not widget.reason_box.edit.hasFocus()

    result = widget.value()
    assert result.id == answer.id
    assert result.question == "Hvor tryg er du hjemme?"
    assert result.low_end == "Jeg er bange hele tiden"
    assert result.high_end == "Jeg er aldrig bange"
    assert result.value == 5
    assert result.what_makes_it_this_number == ChildWords(text="Mor råber ikke så meget mere")
    assert result.one_step_up == ChildWords(text="Hvis far ikke kom", via_interpreter=True)
    assert result.caseworker_note == "Kiggede ned, da far blev nævnt"


def test_tab_walks_the_form_in_reading_order(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    widget.set_interpreter_present(True)
    order = [
        widget.question_edit,
        widget.low_end_edit,
        widget.high_end_edit,
        widget.clear_button,  # on the line above the numbers, with their label
        widget.number_row,
        widget.reason_box.edit,
        widget.reason_box.via,
        widget.step_up_box.edit,
        widget.step_up_box.via,
        widget.note_edit,
    ]
    widget.question_edit.setFocus()
    qtbot.waitUntil(widget.question_edit.hasFocus)
    for current, following in pairwise(order):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        qtbot.waitUntil(following.hasFocus, timeout=1000)


def test_every_edit_emits_changed(window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot) -> None:
    _, widget = window
    widget.set_interpreter_present(True)
    widget.set_value(full_answer())
    edits: list[Callable[[], None]] = [
        lambda: qtbot.keyClicks(widget.question_edit, "!"),
        lambda: qtbot.keyClicks(widget.low_end_edit, "!"),
        lambda: qtbot.keyClicks(widget.high_end_edit, "!"),
        lambda: qtbot.keyClick(widget.number_row, Qt.Key.Key_9),
        lambda: qtbot.keyClicks(widget.reason_box.edit, "!"),
        lambda: qtbot.keyClicks(widget.step_up_box.edit, "!"),
        lambda: qtbot.keyClick(widget.reason_box.via, Qt.Key.Key_Space),
        lambda: qtbot.keyClicks(widget.note_edit, "!"),
    ]
    for number, edit in enumerate(edits):
        with qtbot.waitSignal(widget.changed, timeout=500, raising=False) as blocker:
            edit()
        assert blocker.signal_triggered, f"edit {number} did not emit changed"
    result = widget.value()
    assert result.value == 9
    # The new number began with empty word fields (the words for 4 were kept apart, see
    # the tests below), so Space ticked "via tolk" for the new words.
    assert result.what_makes_it_this_number == ChildWords(text="!", via_interpreter=True)


def test_clearing_the_childs_words_gives_none(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    widget.set_value(full_answer().model_copy(update={"what_makes_it_this_number": None}))
    edit = widget.step_up_box.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert widget.value().one_step_up is None
    qtbot.keyClicks(edit, "Ingenting")
    assert widget.value().one_step_up == ChildWords(text="Ingenting")


def test_edited_childs_words_keep_no_break_spaces(qtbot: QtBot) -> None:
    widget = ScaleWidget()
    qtbot.addWidget(widget)
    widget.set_value(full_answer())
    qtbot.keyClicks(widget.reason_box.edit, "!")
    words = widget.value().what_makes_it_this_number
    assert words is not None
    assert "Ali\u00a0at" in words.text
    assert words.via_interpreter is True


def test_via_tolk_markers_follow_the_interpreter(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    widget.set_value(full_answer().model_copy(update={"what_makes_it_this_number": None}))
    assert not widget.reason_box.via.isVisible()  # default: no interpreter
    assert not widget.step_up_box.via.isVisible()
    widget.set_interpreter_present(True)
    assert widget.reason_box.via.isVisible()
    assert widget.step_up_box.via.isVisible()
    widget.set_interpreter_present(False)
    assert not widget.reason_box.via.isVisible()
    # a marker already ticked in the loaded answer is never hidden
    widget.set_value(full_answer())
    assert widget.reason_box.via.isVisible()
    assert widget.reason_box.via.isChecked()
    assert not widget.step_up_box.via.isVisible()


def test_child_view_shows_only_the_question_and_the_scale(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    widget.set_interpreter_present(True)
    widget.set_value(full_answer())
    widget.set_child_view(True)
    assert widget.is_child_view()
    assert widget.child_scale.isVisible()
    assert widget.child_question.isVisible()
    assert widget.child_question.text() == "Hvor godt har du det i skolen?"
    hidden = [
        widget.note_edit,
        widget.note_frame,
        widget.reason_box.edit,
        widget.step_up_box.edit,
        widget.reason_box.via,
        widget.question_edit,
        widget.number_row,
    ]
    for hidden_widget in hidden:
        assert not hidden_widget.isVisible()
    widget.set_child_view(False)
    assert widget.note_edit.isVisible()
    assert widget.reason_box.edit.isVisible()
    assert not widget.child_scale.isVisible()


def test_clicking_a_number_in_the_child_view_sets_it(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    widget.set_value(full_answer())
    widget.set_child_view(True)
    scale = widget.child_scale
    qtbot.waitUntil(lambda: scale.width() > 0)
    for number in (8, 0, 10):
        with qtbot.waitSignal(widget.changed):
            qtbot.mouseClick(
                scale, Qt.MouseButton.LeftButton, pos=scale.number_centre(number).toPoint()
            )
        assert widget.value().value == number
    with qtbot.assertNotEmitted(widget.changed):
        qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # not a number
    # the keys work there too, and the caseworker's row follows
    qtbot.waitUntil(scale.hasFocus)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(scale, Qt.Key.Key_2)
    assert widget.value().value == 2
    widget.set_child_view(False)
    assert widget.number_row.buttons[2].isChecked()


def test_the_childs_scale_shows_the_ends_and_question_as_typed(qtbot: QtBot) -> None:
    widget = ScaleWidget()
    qtbot.addWidget(widget)
    widget.set_value(full_answer().model_copy(update={"low_end": "<b>slemt</b>"}))
    assert widget.low_end_label.textFormat() == Qt.TextFormat.PlainText
    assert widget.child_question.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClicks(widget.question_edit, " Og nu?")
    assert widget.child_question.text() == "Hvor godt har du det i skolen? Og nu?"


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    widget = ScaleWidget()
    qtbot.addWidget(widget)
    controls: list[QWidget] = [
        *widget.findChildren(QLineEdit),
        *widget.findChildren(QPlainTextEdit),
        *widget.findChildren(QAbstractButton),
        widget.number_row,
        widget.child_scale,
    ]
    assert len(controls) >= 3 + 3 + 11 + 3
    for control in controls:
        assert control.accessibleName(), control


# The child's words stay with their number ----------------------------------------------
def test_a_new_number_keeps_the_words_said_for_the_old_one(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    answer = full_answer()
    widget.set_value(answer)
    kept: list[ScaleAnswer] = []
    widget.answer_kept.connect(kept.append)
    qtbot.keyClick(widget.number_row, Qt.Key.Key_6)

    (old,) = kept
    assert old == answer  # number 4 and the words said for 4, unchanged, same id
    new = widget.value()
    assert new.value == 6
    assert new.id != answer.id
    assert (new.question, new.low_end, new.high_end, new.goal_id) == (
        answer.question,
        answer.low_end,
        answer.high_end,
        answer.goal_id,
    )
    assert new.what_makes_it_this_number is None
    assert new.one_step_up is None
    assert new.caseworker_note == ""
    assert widget.reason_box.question.text() == "Hvad &gør, at det er 6 og ikke lavere?"
    assert "Barnets ord til 4" in widget.choice_notice.text()

    # with no words yet for 6, moving on keeps nothing apart
    qtbot.keyClick(widget.number_row, Qt.Key.Key_7)
    assert len(kept) == 1
    assert widget.value().value == 7


def test_a_childs_tap_is_shown_to_the_caseworker(
    window: tuple[QMainWindow, ScaleWidget], qtbot: QtBot
) -> None:
    _, widget = window
    answer = full_answer()
    widget.set_value(answer)
    kept: list[ScaleAnswer] = []
    widget.answer_kept.connect(kept.append)
    widget.set_child_view(True)
    scale = widget.child_scale
    qtbot.waitUntil(lambda: scale.width() > 0)
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=scale.number_centre(6).toPoint())
    widget.set_child_view(False)

    assert widget.choice_notice.isVisible()
    assert "Barnet valgte 6" in widget.choice_notice.text()
    assert [k.value for k in kept] == [4]
    assert kept[0].what_makes_it_this_number == answer.what_makes_it_this_number
    assert widget.value().value == 6
    widget.set_value(widget.value())  # another answer loaded: the notice goes
    assert not widget.choice_notice.isVisible()
