"""The network map tool (netværkskort): edits the people in the child's life in three rings.

The child ("Mig") sits in the centre; ring 1 holds the people closest to the child, ring 3
those further away. The caseworker's view shows the map beside a panel with the list of
people, the selected person's details, the child's own words about them and, apart from
all that, the caseworker's note. The child's view shows only the map, large and friendly.

The widget edits a :class:`NetworkMap` in memory: ``set_value`` loads one, ``value``
returns a new validated copy with the edits, and ``changed`` fires on every edit. The map
is painted by network_canvas.py from network_shapes.py; the side panel is network_panel.py.
"""

from collections.abc import Callable
from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import labels
from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.enums import Relation
from borne_samtale.domain.tools import NetworkMap, NetworkPerson
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import scaled_font
from borne_samtale.ui.widgets.network_canvas import NetworkMapCanvas
from borne_samtale.ui.widgets.network_panel import NetworkPanel
from borne_samtale.ui.widgets.network_shapes import (
    _ME_FILL,
    RELATION_GROUP,
    RINGS,
    RelationGroup,
    _Dot,
)

__all__ = [
    "RELATION_GROUP",
    "RINGS",
    "_ME_FILL",
    "NetworkMapCanvas",
    "NetworkMapWidget",
    "RelationGroup",
]

# Item data role that holds a list item's person id.
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class NetworkMapWidget(QWidget):
    """The network map tool: the map, and (in the caseworker's view) a panel to edit it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[NetworkPerson] = []
        self._note = ""
        self._selected: UUID | None = None
        self._removed: list[tuple[int, NetworkPerson]] = []  # for "Fortryd fjern"
        self._child_view = False
        self._interpreter_present = False
        self._loading = False
        self._fields_for: UUID | None = None  # whose details the fields show

        self.map = NetworkMapCanvas()
        self.map.person_selected.connect(self._select)
        self.map.person_dropped.connect(self._dropped)

        self.map_caption = QLabel(self.tr("Netværks&kort"))
        caption_font = scaled_font(self.map_caption, 1.15)
        caption_font.setBold(True)
        self.map_caption.setFont(caption_font)
        self.map_caption.setBuddy(self.map)
        self.map_hint = QLabel(
            self.tr(
                "Træk en person til en anden ring, eller brug Ctrl+↑ og Ctrl+↓. "
                "Piletasterne vælger en person."
            )
        )
        self.map_hint.setWordWrap(True)

        map_column = QVBoxLayout()
        map_column.setContentsMargins(0, 0, 0, 0)
        map_column.addWidget(self.map_caption)
        map_column.addWidget(self.map_hint)
        map_column.addWidget(self.map, 1)

        # The panel scrolls up and down when the window is low (large text at 1366×768); it
        # never scrolls sideways, so it is at least as wide as its widest row needs.
        self.side_panel = NetworkPanel()
        self._adopt_panel(self.side_panel)
        em = self.fontMetrics().height()
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidget(self.side_panel)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(
            max(em * 22, self.side_panel.minimumSizeHint().width())
            + self.side_scroll.verticalScrollBar().sizeHint().width()
        )

        layout = QHBoxLayout(self)
        layout.addLayout(map_column, 3)
        layout.addWidget(self.side_scroll, 2)

        self._build_shortcuts()
        self._set_tab_order()
        self._refresh_all()

    # --- building ----------------------------------------------------------------------

    def relation_labels(self) -> dict[Relation, str]:
        """The relation words of domain/labels.py (the referat's), translated in this
        class's context, where they are marked."""
        return {relation: self.tr(text) for relation, text in labels.RELATION.items()}

    def _adopt_panel(self, panel: NetworkPanel) -> None:
        """Take the panel's controls as this widget's own and react to them."""
        self.people_list = panel.people_list
        self.add_button = panel.add_button
        self.remove_button = panel.remove_button
        self.undo_button = panel.undo_button
        self.closer_button = panel.closer_button
        self.further_button = panel.further_button
        self.person_box = panel.person_box
        self.person_heading = panel.person_heading
        self.label_edit = panel.label_edit
        self.relation_combo = panel.relation_combo
        for relation, text in self.relation_labels().items():
            self.relation_combo.addItem(text, relation.value)
        self.ring_combo = panel.ring_combo
        self.words_frame = panel.words_frame
        self.child_words_edit = panel.child_words_edit
        self.via_interpreter_check = panel.via_interpreter_check
        self.note_frame = panel.note_frame
        self.caseworker_note = panel.caseworker_note
        self.people_list.currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo_remove)
        self.closer_button.clicked.connect(self.move_closer)
        self.further_button.clicked.connect(self.move_further)
        self.label_edit.textEdited.connect(self._label_edited)
        self.relation_combo.currentIndexChanged.connect(self._relation_changed)
        self.ring_combo.currentIndexChanged.connect(self._ring_changed)
        self.child_words_edit.textChanged.connect(self._words_changed)
        self.via_interpreter_check.toggled.connect(self._via_toggled)
        self.caseworker_note.textChanged.connect(self._note_changed)

    def _build_shortcuts(self) -> None:
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        only = Qt.ShortcutContext.WidgetShortcut
        self._edit_shortcuts: list[QShortcut] = []
        for keys in (QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)):
            self._edit_shortcuts.append(self._shortcut(keys, self, within, self.add_person))
        for target in (self.people_list, self.map):
            self._edit_shortcuts.append(
                self._shortcut(QKeySequence(Qt.Key.Key_Delete), target, only, self.remove_selected)
            )
            self._edit_shortcuts.append(
                self._shortcut(QKeySequence("Ctrl+Z"), target, only, self.undo_remove)
            )
        self._shortcut(QKeySequence("Ctrl+Up"), self, within, self.move_closer)
        self._shortcut(QKeySequence("Ctrl+Down"), self, within, self.move_further)

    @staticmethod
    def _shortcut(
        keys: QKeySequence,
        parent: QWidget,
        context: Qt.ShortcutContext,
        slot: Callable[[], None],
    ) -> QShortcut:
        shortcut = QShortcut(keys, parent)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.map,
            self.people_list,
            self.add_button,
            self.remove_button,
            self.undo_button,
            self.closer_button,
            self.further_button,
            self.label_edit,
            self.relation_combo,
            self.ring_combo,
            self.child_words_edit,
            self.via_interpreter_check,
            self.caseworker_note,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the public API ----------------------------------------------------------------

    def set_value(self, network: NetworkMap) -> None:
        """Load a network map. Does not emit ``changed``; keeps the selection if it is
        still on the map."""
        self._people = [person.model_copy(deep=True) for person in network.people]
        self._note = network.caseworker_note
        self._removed.clear()
        ids = [person.id for person in self._people]
        if self._selected not in ids:
            self._selected = ids[0] if ids else None
        self._refresh_all()

    def value(self) -> NetworkMap:
        """A new, validated network map with the edits."""
        return NetworkMap.model_validate(
            {
                "people": [person.model_dump() for person in self._people],
                "caseworker_note": self._note,
            }
        )

    def set_child_view(self, on: bool) -> None:
        """Show only the map, large and friendly (on), or the caseworker's view (off)."""
        self._child_view = on
        for widget in (self.side_scroll, self.map_caption, self.map_hint):
            widget.setVisible(not on)
        self.map.set_child_mode(on)
        for shortcut in self._edit_shortcuts:
            shortcut.setEnabled(not on)
        if on:
            self.map.setFocus()

    def is_child_view(self) -> bool:
        return self._child_view

    def set_interpreter_present(self, on: bool) -> None:
        """Show the "via tolk" marker (and default new words to via tolk) when on."""
        self._interpreter_present = on
        self.via_interpreter_check.setVisible(on)
        self._refresh_list()
        self._refresh_fields()

    def selected_person(self) -> UUID | None:
        return self._selected

    def select_person(self, person_id: UUID | None) -> None:
        self._select(person_id)

    # --- actions -----------------------------------------------------------------------

    def add_person(self) -> None:
        """Add a person to the middle ring and put the cursor in the name field."""
        if self._child_view:
            return
        person = NetworkPerson(label="")
        self._people.append(person)
        self._selected = person.id
        self._refresh_all()
        self.changed.emit()
        self.label_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def remove_selected(self) -> None:
        """Remove the selected person; "Fortryd fjern" (Ctrl+Z) brings them back."""
        index = self._selected_index()
        if index is None or self._child_view:
            return
        person = self._people.pop(index)
        self._removed.append((index, person))
        if self._people:
            self._selected = self._people[min(index, len(self._people) - 1)].id
        else:
            self._selected = None
        self._refresh_all()
        self.changed.emit()

    def undo_remove(self) -> None:
        """Bring back the person removed last, with the same id, words and place."""
        if not self._removed or self._child_view:
            return
        index, person = self._removed.pop()
        index = min(index, len(self._people))
        self._people.insert(index, person)
        self._selected = person.id
        self._refresh_all()
        self.changed.emit()

    def move_closer(self) -> None:
        self._move_by(-1)

    def move_further(self) -> None:
        self._move_by(+1)

    def _move_by(self, step: int) -> None:
        person = self._selected_person()
        if person is None:
            return
        self._set_ring(person, min(max(person.closeness + step, RINGS[0]), RINGS[-1]))

    def _set_ring(self, person: NetworkPerson, ring: int) -> None:
        if person.closeness == ring:
            return
        person.closeness = ring
        self._refresh_list()
        self._refresh_map()
        self._refresh_fields()
        self.changed.emit()

    def _dropped(self, person_id: object, ring: int) -> None:
        self._select(person_id)
        person = self._selected_person()
        if person is not None:
            self._set_ring(person, ring)

    # --- selection ---------------------------------------------------------------------

    def _select(self, person_id: object) -> None:
        ids = [person.id for person in self._people]
        self._selected = person_id if isinstance(person_id, UUID) and person_id in ids else None
        self._refresh_list()
        self._refresh_map()
        self._refresh_fields()

    def _row_changed(self, row: int) -> None:
        if self._loading:
            return
        if 0 <= row < len(self._people):
            self._select(self._people[row].id)

    def _selected_index(self) -> int | None:
        for index, person in enumerate(self._people):
            if person.id == self._selected:
                return index
        return None

    def _selected_person(self) -> NetworkPerson | None:
        index = self._selected_index()
        return None if index is None else self._people[index]

    # --- edits in the panel ------------------------------------------------------------

    def _label_edited(self, text: str) -> None:
        person = self._selected_person()
        if person is None or self._loading:
            return
        person.label = text
        self._refresh_list()
        self._refresh_map()
        self._refresh_heading()
        self.changed.emit()

    def _relation_changed(self, index: int) -> None:
        person = self._selected_person()
        if person is None or self._loading or index < 0:
            return
        person.relation = Relation(self.relation_combo.itemData(index))
        self._refresh_list()
        self._refresh_map()
        self.changed.emit()

    def _ring_changed(self, index: int) -> None:
        person = self._selected_person()
        if person is None or self._loading or index < 0:
            return
        self._set_ring(person, int(self.ring_combo.itemData(index)))

    def _words_changed(self) -> None:
        person = self._selected_person()
        if person is None or self._loading:
            return
        # New words take the box's state: ticked when an interpreter takes part (the
        # caseworker can clear it), and never ticked without one.
        via = self.via_interpreter_check.isChecked() and (
            person.child_words is not None or self._interpreter_present
        )
        self._store_words(person, self.child_words_edit.toPlainText(), via)

    def _via_toggled(self, on: bool) -> None:
        person = self._selected_person()
        if person is None or self._loading:
            return
        self._store_words(person, self.child_words_edit.toPlainText(), on)

    def _store_words(self, person: NetworkPerson, text: str, via: bool) -> None:
        """Keep the words; an empty field means the child said nothing about the person."""
        before = person.child_words
        person.child_words = ChildWords(text=text, via_interpreter=via) if text else None
        if person.child_words != before:
            self._refresh_list()
            self.changed.emit()

    def _note_changed(self) -> None:
        if self._loading:
            return
        self._note = self.caseworker_note.toPlainText()
        self.changed.emit()

    # --- refreshing the view from the model --------------------------------------------

    def _refresh_all(self) -> None:
        self._loading = True
        try:
            if self.caseworker_note.toPlainText() != self._note:
                self.caseworker_note.setPlainText(self._note)
        finally:
            self._loading = False
        self._refresh_list()
        self._refresh_map()
        self._refresh_fields()

    def _item_text(self, person: NetworkPerson) -> str:
        name = person.label or self.tr("(uden navn)")
        relation = self.relation_labels()[person.relation]
        text = with_args(self.tr("%1 · %2 · ring %3"), name, relation, person.closeness)
        words = person.child_words
        if words is not None and words.text:
            text += "  " + self.tr("· barnets ord")
            if words.via_interpreter and self._interpreter_present:
                text += " " + self.tr("(via tolk)")
        return text

    def _refresh_list(self) -> None:
        self._loading = True
        try:
            if self.people_list.count() != len(self._people):
                self.people_list.clear()
                for _ in self._people:
                    self.people_list.addItem(QListWidgetItem())
            for row, person in enumerate(self._people):
                item = self.people_list.item(row)
                item.setText(self._item_text(person))
                item.setData(_ID_ROLE, str(person.id))
            index = self._selected_index()
            self.people_list.setCurrentRow(-1 if index is None else index)
        finally:
            self._loading = False
        self._refresh_buttons()

    def _refresh_map(self) -> None:
        self.map.set_people(
            [
                _Dot(person.id, person.label, RELATION_GROUP[person.relation], person.closeness)
                for person in self._people
            ]
        )
        self.map.set_selected(self._selected)

    def _refresh_heading(self) -> None:
        person = self._selected_person()
        if person is None:
            self.person_heading.setText(
                self.tr("Ingen valgt. Vælg en person, eller tilføj en med Ctrl+N.")
            )
        else:
            self.person_heading.setText(
                with_args(self.tr("Om %1"), person.label or self.tr("(uden navn)"))
            )

    def _refresh_fields(self) -> None:
        person = self._selected_person()
        self._loading = True
        try:
            for widget in (
                self.label_edit,
                self.relation_combo,
                self.ring_combo,
                self.child_words_edit,
                self.via_interpreter_check,
            ):
                widget.setEnabled(person is not None)
            if person is None:
                self._fields_for = None
                self.relation_combo.setCurrentIndex(-1)
                self.ring_combo.setCurrentIndex(-1)
                self.label_edit.clear()
                self.child_words_edit.clear()
                self.via_interpreter_check.setChecked(False)
            else:
                # A new person gets fresh fields, so that undo in a field never reaches
                # back into another person's words.
                fresh = person.id != self._fields_for
                if fresh or self.label_edit.text() != person.label:
                    self.label_edit.setText(person.label)
                self.relation_combo.setCurrentIndex(
                    self.relation_combo.findData(person.relation.value)
                )
                self.ring_combo.setCurrentIndex(self.ring_combo.findData(person.closeness))
                words = person.child_words
                text = words.text if words is not None else ""
                if fresh or self.child_words_edit.toPlainText() != text:
                    self.child_words_edit.setPlainText(text)
                self.via_interpreter_check.setChecked(
                    words.via_interpreter if words is not None else self._interpreter_present
                )
                self._fields_for = person.id
        finally:
            self._loading = False
        self._refresh_heading()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        person = self._selected_person()
        self.remove_button.setEnabled(person is not None)
        self.undo_button.setEnabled(bool(self._removed))
        self.closer_button.setEnabled(person is not None and person.closeness > RINGS[0])
        self.further_button.setEnabled(person is not None and person.closeness < RINGS[-1])
