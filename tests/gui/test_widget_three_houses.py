"""The Three Houses widget, offscreen, driven from the keyboard."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.tools import ChildDrawing, Stroke, ThreeHouses
from borne_samtale.ui.widgets.three_houses import ThreeHousesWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def full_model(consent: bool | None = True) -> ThreeHouses:
    return ThreeHouses(
        good_things_name="Solhuset",
        worries_name="Det triste hus",
        dreams_name="Ønskehuset",
        good_things=[
            ChildWords(text="Når mormor læser for mig"),
            ChildWords(text="Fodbold med Ali", via_interpreter=True),
        ],
        worries=[ChildWords(text="  Når de råber  ")],  # kept exactly as typed
        dreams=[ChildWords(text="En hund", via_interpreter=True)],
        dreams_drawing=ChildDrawing(
            aspect=0.9,
            strokes=[Stroke(colour="#2F6FC0", width=0.01, points=[(0.1, 0.2), (0.6, 0.7)])],
        ),
        child_drew=True,  # true because the child drew in the dreams house
        consent_to_share=consent,
        stopped_early_reason="Barnet blev ked af det ved bekymringshuset",
        caseworker_note="Barnet sad tæt på mormor og smilede ved fodbold.",
    )


@pytest.fixture
def widget(qtbot: QtBot) -> Iterator[ThreeHousesWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    houses = ThreeHousesWidget()
    window.setCentralWidget(houses)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield houses  # the window must live as long as the test
    window.close()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


# --- loading and reading ---------------------------------------------------------------


@pytest.mark.parametrize("consent", [None, True, False])
def test_loading_and_reading_back_is_lossless(
    widget: ThreeHousesWidget, consent: bool | None
) -> None:
    model = full_model(consent)
    widget.set_value(model)
    assert widget.value() == model
    widget.set_interpreter_present(True)
    widget.set_interpreter_present(False)
    assert widget.value() == model  # showing and hiding the markers changes nothing


def test_a_new_widget_holds_the_default_houses(widget: ThreeHousesWidget) -> None:
    assert widget.value() == ThreeHouses()
    assert widget.value().consent_to_share is None
    assert widget.consent_not_asked.isChecked()


def test_loading_does_not_emit_changed(widget: ThreeHousesWidget) -> None:
    emitted: list[None] = []
    widget.changed.connect(lambda: emitted.append(None))
    widget.set_value(full_model())
    widget.set_interpreter_present(True)
    assert emitted == []


# --- the child's words, by keyboard ----------------------------------------------------


def test_ctrl_1_2_3_jump_to_each_house_and_enter_adds_the_childs_words(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    for number, (column, text) in enumerate(
        zip(widget.columns, ["Min kat", "Når far er sur", "At bo ved havet"], strict=True),
        start=1,
    ):
        qtbot.keyClick(focused() or widget, Qt.Key(Qt.Key.Key_0 + number), CTRL)
        assert focused() is column.input
        with qtbot.waitSignal(widget.changed):
            qtbot.keyClicks(column.input, text)
            qtbot.keyClick(column.input, Qt.Key.Key_Return)
        assert column.input.text() == ""  # ready for the next words
    value = widget.value()
    assert value.good_things == [ChildWords(text="Min kat")]
    assert value.worries == [ChildWords(text="Når far er sur")]
    assert value.dreams == [ChildWords(text="At bo ved havet")]


def test_the_shortcuts_are_shown(widget: ThreeHousesWidget) -> None:
    for number, column in enumerate(widget.columns, start=1):
        assert f"Ctrl+{number}" in column.heading.text()
        assert "Enter" in column.input.placeholderText()
        assert "F2" in column.hint.text()
        assert "Delete" in column.hint.text()


def test_enter_on_an_empty_line_adds_nothing(qtbot: QtBot, widget: ThreeHousesWidget) -> None:
    emitted: list[None] = []
    widget.changed.connect(lambda: emitted.append(None))
    line = widget.good_column.input
    qtbot.keyClick(widget, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(line, "   ")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert widget.value().good_things == []
    assert emitted == []


def test_f2_edits_the_childs_words_in_place(qtbot: QtBot, widget: ThreeHousesWidget) -> None:
    widget.set_value(full_model())
    words = widget.good_column.words
    words.setFocus()
    words.setCurrentRow(1)
    qtbot.keyClick(words, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Fodbold med Ali"
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(editor, Qt.Key.Key_End)
        qtbot.keyClicks(editor, " i frikvarteret")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert widget.value().good_things[1] == ChildWords(
        text="Fodbold med Ali i frikvarteret", via_interpreter=True
    )
    assert widget.value().good_things[0].text == "Når mormor læser for mig"


def test_editing_words_down_to_nothing_removes_them(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    widget.set_value(full_model())
    words = widget.dreams_column.words
    words.setFocus()
    words.setCurrentRow(0)
    qtbot.keyClick(words, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert widget.value().dreams == []


def test_delete_removes_the_selected_words(qtbot: QtBot, widget: ThreeHousesWidget) -> None:
    widget.set_value(full_model())
    words = widget.good_column.words
    # Keyboard only: Ctrl+1 to the house's line, Shift+Tab back to its list.
    qtbot.keyClick(widget, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(focused() or widget, Qt.Key.Key_Backtab, SHIFT)
    assert focused() is words
    words.setCurrentRow(0)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(words, Qt.Key.Key_Delete)
    assert widget.value().good_things == [ChildWords(text="Fodbold med Ali", via_interpreter=True)]


def test_the_child_may_rename_a_house(qtbot: QtBot, widget: ThreeHousesWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(focused() or widget, Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClick(focused() or widget, Qt.Key.Key_Backtab, SHIFT)
    name = widget.worries_column.name_edit
    assert focused() is name
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(name, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(name, "Det mørke hus")
    value = widget.value()
    assert value.worries_name == "Det mørke hus"
    assert value.good_things_name == "Det gode hus"
    assert value.dreams_name == "Drømmehuset"


# --- the questions below the houses ---------------------------------------------------


def test_consent_is_a_clear_three_way_choice_by_mnemonic(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    assert widget.consent_not_asked.text().replace("&", "") == "Ikke spurgt endnu"
    assert widget.consent_yes.text().replace("&", "") == "Ja, det må deles"
    assert widget.consent_no.text().replace("&", "") == "Nej, det må ikke deles"
    for key, expected in ((Qt.Key.Key_J, True), (Qt.Key.Key_N, False), (Qt.Key.Key_S, None)):
        with qtbot.waitSignal(widget.changed):
            qtbot.keyClick(focused() or widget, key, ALT)
        assert widget.value().consent_to_share is expected


def test_stopping_and_the_note_by_keyboard(qtbot: QtBot, widget: ThreeHousesWidget) -> None:
    # Whether the child drew is no box to tick: it is told, from the drawings themselves.
    assert widget.value().child_drew is False
    assert "ikke tegnet" in widget.drawn_status.text()
    widget.good_column.name_edit.setFocus()
    qtbot.keyClick(focused() or widget, Qt.Key.Key_F, ALT)
    assert focused() is widget.stopped_early
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.stopped_early, "Barnet græd")
    assert widget.value().stopped_early_reason == "Barnet græd"

    qtbot.keyClick(focused() or widget, Qt.Key.Key_R, ALT)
    assert focused() is widget.caseworker_note
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.caseworker_note, "Roligt forløb")
    value = widget.value()
    assert value.caseworker_note == "Roligt forløb"
    # The adult's note never lands among the child's words.
    assert value.good_things == value.worries == value.dreams == []


def test_tab_walks_through_every_field_in_screen_order(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    widget.good_column.name_edit.setFocus()
    expected: list[QWidget] = []
    for column in widget.columns:
        expected += [column.name_edit, column.words, column.input]
    expected += [widget.consent_not_asked]
    expected += [widget.stopped_early, widget.caseworker_note]
    seen: list[QWidget | None] = [focused()]
    for _ in expected[1:]:
        qtbot.keyClick(focused() or widget, Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == expected


# --- interpreter ---------------------------------------------------------------------


def test_via_tolk_markers_only_when_an_interpreter_takes_part(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    widget.set_value(full_model())
    item = widget.good_column.words.item(1)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert item.data(Qt.ItemDataRole.CheckStateRole) is None
    assert not widget.via_new.isVisible()

    widget.set_interpreter_present(True)
    assert widget.via_new.isVisible()
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert item.checkState() == Qt.CheckState.Checked
    assert widget.good_column.words.item(0).checkState() == Qt.CheckState.Unchecked
    assert "Mellemrum" in widget.good_column.hint.text()


def test_space_toggles_via_tolk_on_the_selected_words(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    widget.set_value(full_model())
    widget.set_interpreter_present(True)
    words = widget.good_column.words
    words.setFocus()
    words.setCurrentRow(0)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(words, Qt.Key.Key_Space)
    assert widget.value().good_things[0] == ChildWords(
        text="Når mormor læser for mig", via_interpreter=True
    )
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(words, Qt.Key.Key_Space)
    assert widget.value().good_things[0].via_interpreter is False


def test_new_words_are_via_tolk_while_an_interpreter_takes_part(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    widget.set_interpreter_present(True)
    line = widget.dreams_column.input
    qtbot.keyClick(widget, Qt.Key.Key_3, CTRL)
    qtbot.keyClicks(line, "En cykel")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # The caseworker says the next words were the child's own (Alt+V), then adds them.
    qtbot.keyClick(line, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: not widget.via_new.isChecked())  # a mnemonic clicks after a beat
    qtbot.keyClick(widget, Qt.Key.Key_3, CTRL)
    qtbot.keyClicks(line, "Bike")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert widget.value().dreams == [
        ChildWords(text="En cykel", via_interpreter=True),
        ChildWords(text="Bike", via_interpreter=False),
    ]


def test_without_an_interpreter_new_words_are_the_childs_own(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(widget.good_column.input, "Mormor")
    qtbot.keyClick(widget.good_column.input, Qt.Key.Key_Return)
    assert widget.value().good_things == [ChildWords(text="Mormor", via_interpreter=False)]


# --- child view ----------------------------------------------------------------------


def test_child_view_shows_the_houses_and_hides_every_form_field(
    qtbot: QtBot, widget: ThreeHousesWidget
) -> None:
    widget.set_value(full_model())
    widget.set_interpreter_present(True)
    widget.set_child_view(True)
    assert widget.picture.isVisible()
    hidden = [
        widget.caseworker_note,
        widget.stopped_early,
        widget.consent_box,
        widget.consent_yes,
        widget.drawn_status,
        widget.via_new,
        widget.reminder,
    ]
    for column in widget.columns:
        hidden += [column.name_edit, column.words, column.input]
    assert [w for w in hidden if w.isVisible()] == []
    shown = widget.picture.houses()
    assert [house.name for house in shown] == ["Solhuset", "Det triste hus", "Ønskehuset"]
    assert shown[0].words == ("Når mormor læser for mig", "Fodbold med Ali")
    # Nothing but the houses: no note, no reason, no consent, no "via tolk".
    description = widget.picture.accessibleDescription()
    assert "mormor" in description
    for secret in ("smilede", "ked af det", "tolk", "deles"):
        assert secret not in description

    widget.set_child_view(False)
    assert widget.caseworker_note.isVisible()
    assert not widget.picture.isVisible()


def test_child_view_uses_the_default_name_for_an_unnamed_house(
    widget: ThreeHousesWidget,
) -> None:
    widget.set_value(ThreeHouses(dreams_name=""))
    widget.set_child_view(True)
    assert widget.picture.houses()[2].name == "Drømmehuset"
    assert widget.value().dreams_name == ""  # the model keeps what was typed


def test_the_shortcuts_rest_while_the_child_looks(qtbot: QtBot, widget: ThreeHousesWidget) -> None:
    widget.set_child_view(True)
    qtbot.keyClick(widget, Qt.Key.Key_1, CTRL)
    assert not widget.good_column.input.hasFocus()
    widget.set_child_view(False)
    qtbot.keyClick(widget, Qt.Key.Key_1, CTRL)
    assert focused() is widget.good_column.input


def test_child_view_shrinks_gently_then_shows_the_first_words_and_more(
    widget: ThreeHousesWidget,
) -> None:
    many = [ChildWords(text=f"Drøm nummer {i}") for i in range(60)]
    long_word = "Superlangtordsomikkekanbrydesnogenstedfordidetbarefortsætter" * 2
    widget.set_value(
        ThreeHouses(
            good_things=[ChildWords(text="Min kat")],
            worries=[ChildWords(text=long_word)],
            dreams=many,
        )
    )
    widget.set_child_view(True)
    plan = widget.picture.plan()
    assert len(plan) == 3
    few, long_one, crowded = (house.words for house in plan)
    assert few.factor > crowded.factor  # a single item gets the largest type
    assert few.hidden == 0
    assert len(few.cards) == 1
    # A long word wraps inside the house instead of running out of it.
    layout, _ = long_one.cards[0]
    assert layout.lineCount() > 1
    assert layout.boundingRect().width() <= plan[1].inner.width()
    # Too many for the house: the first ones, then "…".
    assert 0 < len(crowded.cards) < len(many)
    assert crowded.hidden == len(many) - len(crowded.cards)
    assert crowded.ellipsis is not None
    assert crowded.ellipsis.text() == "…"
    image = widget.picture.grab()
    assert not image.isNull()


def test_child_view_follows_edits_made_while_it_is_shown(widget: ThreeHousesWidget) -> None:
    widget.set_child_view(True)
    widget.set_value(ThreeHouses(good_things=[ChildWords(text="Min kat")]))
    assert widget.picture.houses()[0].words == ("Min kat",)


# --- accessibility -------------------------------------------------------------------


def test_every_control_has_an_accessible_name(widget: ThreeHousesWidget) -> None:
    controls: list[QWidget] = []
    for kind in (QLineEdit, QListWidget, QRadioButton, QCheckBox, QPlainTextEdit):
        controls += widget.findChildren(kind)
    assert len(controls) >= 15
    assert [c for c in controls if not c.accessibleName()] == []
    names = {c.accessibleName() for c in controls}
    assert len(names) == len(controls)  # each one says which house or question it is


def test_the_note_is_the_adults_and_the_words_are_the_childs(widget: ThreeHousesWidget) -> None:
    assert "Rådgiverens" in widget.caseworker_note.accessibleName()
    for column in widget.columns:
        assert "Barnets egne ord" in column.words.accessibleName()
        assert "barnets ord" in column.input.accessibleName()
    assert "Stop" in widget.reminder.text()
    assert "præcis" in widget.reminder.text()
