"""The network map widget, offscreen: keyboard first, lossless, child view without notes."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.enums import Relation
from borne_samtale.domain.tools import NetworkMap, NetworkPerson
from borne_samtale.ui.widgets.network_map import (
    _ME_FILL,
    RELATION_GROUP,
    NetworkMapCanvas,
    NetworkMapWidget,
    RelationGroup,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def sample() -> NetworkMap:
    return NetworkMap(
        people=[
            NetworkPerson(
                label="mormor",
                relation=Relation.GRANDPARENT,
                closeness=1,
                child_words=ChildWords(text="Hun bager boller med mig", via_interpreter=True),
            ),
            NetworkPerson(label="Ali fra klassen", relation=Relation.FRIEND, closeness=2),
            NetworkPerson(
                label="lærer Hanne",
                relation=Relation.SCHOOL_OR_DAYCARE,
                closeness=3,
                child_words=ChildWords(text='Hun er "okay" … nogle gange'),
            ),
        ],
        caseworker_note="Barnet tøvede, da far blev nævnt.",
    )


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def widget(qtbot: QtBot) -> NetworkMapWidget:
    shown = NetworkMapWidget()
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


@pytest.fixture
def changes(widget: NetworkMapWidget) -> Counter:
    counter = Counter()
    widget.changed.connect(counter)
    return counter


def focus(qtbot: QtBot, target: QWidget) -> None:
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(target.hasFocus)


def send_mouse(target: QWidget, kind: QEvent.Type, at: QPointF, pressed: bool) -> None:
    buttons = Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        at,
        QPointF(target.mapToGlobal(at.toPoint())),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


# --- loading and reading back --------------------------------------------------------


def test_loading_and_reading_back_is_lossless_and_silent(
    widget: NetworkMapWidget, changes: Counter
) -> None:
    network = sample()
    widget.set_value(network)
    assert widget.value() == network
    assert widget.value() is not network
    assert changes.count == 0
    # The text fields show what was loaded.
    assert widget.caseworker_note.toPlainText() == network.caseworker_note
    assert widget.people_list.count() == 3
    assert widget.label_edit.text() == "mormor"
    assert widget.child_words_edit.toPlainText() == "Hun bager boller med mig"


def test_an_empty_map_reads_back_empty(widget: NetworkMapWidget) -> None:
    widget.set_value(NetworkMap())
    assert widget.value() == NetworkMap()
    assert not widget.label_edit.isEnabled()
    assert not widget.remove_button.isEnabled()


# --- keyboard-only editing -----------------------------------------------------------


def test_ctrl_n_adds_a_person_and_the_name_is_typed_straight_away(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    widget.set_value(sample())
    focus(qtbot, widget.people_list)
    qtbot.keyClick(widget.people_list, Qt.Key.Key_N, CTRL)
    assert changes.count == 1
    assert len(widget.value().people) == 4
    qtbot.waitUntil(widget.label_edit.hasFocus)
    qtbot.keyClicks(widget.label_edit, "Ali fra klassen")
    added = widget.value().people[-1]
    assert added.label == "Ali fra klassen"
    assert added.closeness == 2
    assert changes.count == 1 + len("Ali fra klassen")
    assert widget.people_list.currentRow() == 3
    assert "Ali fra klassen" in widget.people_list.item(3).text()


def test_insert_also_adds_a_person(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    widget.set_value(NetworkMap())
    focus(qtbot, widget.map)
    qtbot.keyClick(widget.map, Qt.Key.Key_Insert)
    assert len(widget.value().people) == 1
    assert changes.count == 1


def test_relation_and_ring_are_chosen_with_the_keyboard(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    widget.set_value(sample())  # mormor is selected
    focus(qtbot, widget.relation_combo)
    before = widget.relation_combo.currentIndex()
    qtbot.keyClick(widget.relation_combo, Qt.Key.Key_Down)
    expected = Relation(widget.relation_combo.itemData(before + 1))
    assert widget.value().people[0].relation is expected
    assert changes.count == 1
    focus(qtbot, widget.ring_combo)
    qtbot.keyClick(widget.ring_combo, Qt.Key.Key_Down)
    qtbot.keyClick(widget.ring_combo, Qt.Key.Key_Down)
    assert widget.value().people[0].closeness == 3
    assert changes.count == 3


def test_ctrl_up_and_down_move_the_selected_person_one_ring(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    widget.set_value(sample())
    focus(qtbot, widget.people_list)
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Down)  # Ali, ring 2
    assert widget.label_edit.text() == "Ali fra klassen"
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Up, CTRL)
    assert widget.value().people[1].closeness == 1
    assert widget.ring_combo.currentData() == 1
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Up, CTRL)  # already innermost
    assert widget.value().people[1].closeness == 1
    assert changes.count == 1
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Down, CTRL)  # already outermost
    assert widget.value().people[1].closeness == 3
    assert changes.count == 3
    assert "ring 3" in widget.people_list.item(1).text()
    assert not widget.further_button.isEnabled()


def test_delete_removes_the_selected_person_and_ctrl_z_brings_them_back(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    network = sample()
    widget.set_value(network)
    focus(qtbot, widget.people_list)
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Delete)
    assert [p.label for p in widget.value().people] == ["Ali fra klassen", "lærer Hanne"]
    assert changes.count == 1
    assert widget.label_edit.text() == "Ali fra klassen"  # the next one is selected
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Z, CTRL)
    assert widget.value() == network  # same id, words and place
    assert changes.count == 2
    assert widget.selected_person() == network.people[0].id


def test_delete_in_the_name_field_edits_the_name_not_the_map(
    qtbot: QtBot, widget: NetworkMapWidget
) -> None:
    widget.set_value(sample())
    focus(qtbot, widget.label_edit)
    qtbot.keyClick(widget.label_edit, Qt.Key.Key_Home)
    qtbot.keyClick(widget.label_edit, Qt.Key.Key_Delete)
    people = widget.value().people
    assert len(people) == 3
    assert people[0].label == "ormor"


def test_tab_walks_from_the_map_through_the_panel(qtbot: QtBot, widget: NetworkMapWidget) -> None:
    widget.set_value(sample())
    focus(qtbot, widget.map)
    qtbot.keyClick(widget.map, Qt.Key.Key_Tab)
    assert widget.people_list.hasFocus()


# --- the child's words and the caseworker's note -------------------------------------


def test_the_childs_words_are_stored_on_the_person(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    widget.set_value(sample())
    focus(qtbot, widget.people_list)
    qtbot.keyClick(widget.people_list, Qt.Key.Key_Down)  # Ali, no words yet
    focus(qtbot, widget.child_words_edit)
    qtbot.keyClicks(widget.child_words_edit, "Vi spiller fodbold")
    ali = widget.value().people[1]
    assert ali.child_words == ChildWords(text="Vi spiller fodbold", via_interpreter=False)
    assert changes.count == len("Vi spiller fodbold")
    assert widget.value().caseworker_note == sample().caseworker_note  # not mixed
    # Emptying the field takes the words away again.
    widget.child_words_edit.selectAll()
    qtbot.keyClick(widget.child_words_edit, Qt.Key.Key_Delete)
    assert widget.value().people[1].child_words is None


def test_via_tolk_is_shown_only_with_an_interpreter_and_kept_either_way(
    qtbot: QtBot, widget: NetworkMapWidget
) -> None:
    network = sample()
    widget.set_value(network)
    assert not widget.via_interpreter_check.isVisible()  # default: no interpreter
    assert "via tolk" not in widget.people_list.item(0).text()
    assert widget.value() == network  # the hidden flag is kept
    widget.set_interpreter_present(True)
    assert widget.via_interpreter_check.isVisible()
    assert widget.via_interpreter_check.isChecked()  # mormor's words came via tolk
    assert "via tolk" in widget.people_list.item(0).text()
    focus(qtbot, widget.via_interpreter_check)
    qtbot.keyClick(widget.via_interpreter_check, Qt.Key.Key_Space)
    words = widget.value().people[0].child_words
    assert words == ChildWords(text="Hun bager boller med mig", via_interpreter=False)


def test_new_words_default_to_via_tolk_when_an_interpreter_takes_part(
    qtbot: QtBot, widget: NetworkMapWidget
) -> None:
    widget.set_value(sample())
    widget.set_interpreter_present(True)
    widget.select_person(widget.value().people[1].id)  # Ali, no words yet
    focus(qtbot, widget.child_words_edit)
    qtbot.keyClicks(widget.child_words_edit, "Han er sjov")
    assert widget.value().people[1].child_words == ChildWords(
        text="Han er sjov", via_interpreter=True
    )
    assert widget.via_interpreter_check.isChecked()
    # The caseworker can say these words were not interpreted.
    focus(qtbot, widget.via_interpreter_check)
    qtbot.keyClick(widget.via_interpreter_check, Qt.Key.Key_Space)
    assert widget.value().people[1].child_words == ChildWords(
        text="Han er sjov", via_interpreter=False
    )


def test_ticking_via_tolk_before_any_words_stores_nothing_until_the_child_speaks(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    widget.set_value(sample())
    widget.set_interpreter_present(True)
    widget.select_person(widget.value().people[1].id)
    focus(qtbot, widget.via_interpreter_check)
    qtbot.keyClick(widget.via_interpreter_check, Qt.Key.Key_Space)  # untick the default
    assert widget.value().people[1].child_words is None
    assert changes.count == 0
    focus(qtbot, widget.child_words_edit)
    qtbot.keyClicks(widget.child_words_edit, "ja")
    assert widget.value().people[1].child_words == ChildWords(text="ja", via_interpreter=False)


def test_the_caseworker_note_is_its_own_field(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    widget.set_value(NetworkMap())
    focus(qtbot, widget.caseworker_note)
    qtbot.keyClicks(widget.caseworker_note, "Få voksne i netværket")
    assert widget.value() == NetworkMap(caseworker_note="Få voksne i netværket")
    assert changes.count == len("Få voksne i netværket")
    assert widget.caseworker_note.accessibleName() != widget.child_words_edit.accessibleName()


# --- ids -----------------------------------------------------------------------------


def test_ids_stay_the_same_across_edits(qtbot: QtBot, widget: NetworkMapWidget) -> None:
    network = sample()
    widget.set_value(network)
    focus(qtbot, widget.label_edit)
    qtbot.keyClicks(widget.label_edit, "s")
    qtbot.keyClick(widget.label_edit, Qt.Key.Key_Down, CTRL)
    assert [p.id for p in widget.value().people] == [p.id for p in network.people]
    assert widget.value().people[0].label == "mormors"
    assert widget.value().people[0].closeness == 2  # Ctrl+Down works from the name field
    # Reloading the saved value keeps the selection on the same person.
    widget.select_person(network.people[2].id)
    widget.set_value(widget.value())
    assert widget.selected_person() == network.people[2].id


# --- the map -------------------------------------------------------------------------


def test_selecting_in_the_list_highlights_on_the_map_and_back(
    qtbot: QtBot, widget: NetworkMapWidget
) -> None:
    network = sample()
    widget.set_value(network)
    widget.people_list.setCurrentRow(2)
    assert widget.map.selected() == network.people[2].id
    centre = widget.map.centre_of(network.people[1].id)
    assert centre is not None
    qtbot.mouseClick(widget.map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert widget.people_list.currentRow() == 1
    assert widget.map.selected() == network.people[1].id
    assert widget.label_edit.text() == "Ali fra klassen"


def test_arrow_keys_on_the_map_move_the_selection(qtbot: QtBot, widget: NetworkMapWidget) -> None:
    network = sample()
    widget.set_value(network)
    focus(qtbot, widget.map)
    qtbot.keyClick(widget.map, Qt.Key.Key_Right)
    assert widget.selected_person() == network.people[1].id
    qtbot.keyClick(widget.map, Qt.Key.Key_End)
    assert widget.people_list.currentRow() == 2
    qtbot.keyClick(widget.map, Qt.Key.Key_Right)  # wraps round
    assert widget.selected_person() == network.people[0].id
    qtbot.keyClick(widget.map, Qt.Key.Key_Delete)
    assert len(widget.value().people) == 2


def test_dragging_a_person_to_another_ring_changes_closeness(
    widget: NetworkMapWidget, changes: Counter
) -> None:
    network = sample()
    widget.set_value(network)
    hanne = network.people[2].id
    start = widget.map.centre_of(hanne)
    assert start is not None
    target = widget.map.ring_centre(1)
    middle = (start + target) / 2
    send_mouse(widget.map, QEvent.Type.MouseButtonPress, start, pressed=True)
    send_mouse(widget.map, QEvent.Type.MouseMove, middle, pressed=True)
    send_mouse(widget.map, QEvent.Type.MouseMove, target, pressed=True)
    send_mouse(widget.map, QEvent.Type.MouseButtonRelease, target, pressed=False)
    assert widget.value().people[2].closeness == 1
    assert widget.selected_person() == hanne
    assert widget.ring_combo.currentData() == 1
    assert changes.count == 1


def test_a_click_without_a_drag_changes_nothing(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    network = sample()
    widget.set_value(network)
    centre = widget.map.centre_of(network.people[2].id)
    assert centre is not None
    qtbot.mouseClick(widget.map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert widget.value() == network
    assert changes.count == 0


def test_the_map_paints_the_child_in_the_middle_and_soft_rings(widget: NetworkMapWidget) -> None:
    widget.set_value(NetworkMap())
    for child_view in (False, True):
        widget.set_child_view(child_view)
        QApplication.processEvents()
        image = widget.map.grab().toImage()
        centre = widget.map.child_centre()
        to_ring_1 = widget.map.ring_centre(1).y() - centre.y()
        inside_me = QPoint(round(centre.x()), round(centre.y() + to_ring_1 * 0.45))
        assert image.pixelColor(inside_me).name() == _ME_FILL.name()
        in_ring_2 = widget.map.ring_centre(2).toPoint()
        assert image.pixelColor(in_ring_2).name() != image.pixelColor(inside_me).name()
        assert image.pixelColor(in_ring_2).green() > image.pixelColor(in_ring_2).red()


def test_every_relation_has_a_group() -> None:
    assert set(RELATION_GROUP) == set(Relation)
    assert set(RELATION_GROUP.values()) == set(RelationGroup)


# --- the child's view ----------------------------------------------------------------


def test_the_childs_view_shows_only_the_map(
    qtbot: QtBot, widget: NetworkMapWidget, changes: Counter
) -> None:
    network = sample()
    widget.set_value(network)
    widget.set_interpreter_present(True)
    widget.set_child_view(True)
    assert widget.is_child_view()
    assert widget.map.isVisible()
    assert widget.map.is_child_mode()
    for hidden in (
        widget.side_panel,
        widget.caseworker_note,
        widget.note_frame,
        widget.child_words_edit,
        widget.via_interpreter_check,
        widget.people_list,
        widget.label_edit,
        widget.map_hint,
    ):
        assert not hidden.isVisible()
    # The map fills the widget.
    qtbot.waitUntil(lambda: widget.map.width() > widget.width() * 0.9)
    # No adding or removing while the child looks, but the caseworker can still move people.
    focus(qtbot, widget.map)
    qtbot.keyClick(widget.map, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(widget.map, Qt.Key.Key_Delete)
    assert len(widget.value().people) == 3
    qtbot.keyClick(widget.map, Qt.Key.Key_Down, CTRL)
    assert widget.value().people[0].closeness == 2
    assert changes.count == 1
    widget.set_child_view(False)
    assert widget.caseworker_note.isVisible()
    assert widget.child_words_edit.isVisible()
    assert widget.via_interpreter_check.isVisible()
    assert not widget.map.is_child_mode()


# --- accessibility -------------------------------------------------------------------


def test_every_control_has_an_accessible_name(widget: NetworkMapWidget) -> None:
    controls: list[QWidget] = [widget.map]
    for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QListWidget):
        controls += widget.findChildren(kind)
    assert len(controls) > 10
    for control in controls:
        if isinstance(control, QLineEdit) and isinstance(control.parent(), QComboBox):
            continue
        assert control.accessibleName(), control
    assert isinstance(widget.map, NetworkMapCanvas)


def test_the_map_describes_the_rings_for_a_screen_reader(widget: NetworkMapWidget) -> None:
    widget.set_value(sample())
    description = widget.map.accessibleDescription()
    assert "Ring 1: mormor" in description
    assert "Ring 3: lærer Hanne" in description
