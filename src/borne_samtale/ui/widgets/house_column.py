"""One house in the caseworker's view of Three Houses.

The child's name for the house and the child's words, added, edited in place and marked
"via tolk".
"""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain.entries import ChildWords
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import scaled_font, sheet
from borne_samtale.ui.widgets.houses_canvas import _INK, _Palette

# Item data role that holds an item's "via tolk" flag, whether or not it is shown.
_VIA_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class _WordsDelegate(QStyledItemDelegate):
    """Shows "via tolk" after the words that came through the interpreter."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.show_via = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.show_via and index.data(_VIA_ROLE):
            marker = self.tr("via tolk")
            option.text = f"{option.text}  · {marker}"


class _WordsList(QListWidget):
    """The child's words in one house: F2 edits in place, Delete removes."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _HouseColumn(QFrame):
    """One house in the caseworker's view."""

    changed = Signal()

    def __init__(
        self,
        number: int,
        kind: str,
        name_label: str,
        palette: _Palette,
        via_for_new: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._via_for_new = via_for_new
        self._quiet = False
        self._interpreter = False
        self.setObjectName("houseColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.heading = QLabel(with_args(self.tr("%1. %2   (Ctrl+%1)"), number, kind))
        self.heading.setFont(scaled_font(self, 1.15))
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setStyleSheet(
            sheet(
                "house_heading",
                ACCENT=palette.accent.name(),
                INK=_INK.name(),
                ROOF=palette.roof.name(),
            )
        )
        self.heading.setAccessibleName(with_args(self.tr("Hus %1: %2"), number, kind))

        name_caption = QLabel(self.tr("Barnets navn på huset"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(name_label)
        self.name_edit.setAccessibleName(
            with_args(self.tr("Barnets navn på hus %1 (%2)"), number, kind)
        )
        name_caption.setBuddy(self.name_edit)

        words_caption = QLabel(self.tr("Barnets egne ord"))
        words_font = words_caption.font()
        words_font.setBold(True)
        words_caption.setFont(words_font)
        self.words = _WordsList()
        self.words.setAccessibleName(
            with_args(self.tr("Barnets egne ord i hus %1 (%2)"), number, kind)
        )
        self.words.setWordWrap(True)
        self.words.setAlternatingRowColors(True)
        self.words.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.words.setMinimumHeight(self.fontMetrics().height() * 5)
        self._delegate = _WordsDelegate(self.words)
        self.words.setItemDelegate(self._delegate)
        words_caption.setBuddy(self.words)
        self.words.remove_requested.connect(self.remove_current)
        self.words.itemChanged.connect(self._item_changed)

        remove_action = QAction(self.tr("Fjern barnets ord"), self.words)
        remove_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.setShortcutVisibleInContextMenu(True)
        remove_action.triggered.connect(self.remove_current)
        edit_action = QAction(self.tr("Ret barnets ord"), self.words)
        edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.setShortcutVisibleInContextMenu(True)
        edit_action.triggered.connect(self.edit_current)
        self.words.addAction(edit_action)
        self.words.addAction(remove_action)
        self.words.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(sheet("houses_hint"))  # a calm hint, not content

        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Skriv barnets ord og tryk Enter"))
        self.input.setAccessibleName(
            with_args(self.tr("Tilføj barnets ord i hus %1 (%2)"), number, kind)
        )
        self.input.returnPressed.connect(self._add_from_input)

        self.name_edit.textChanged.connect(self._emit)

        column = QVBoxLayout(self)
        column.setSpacing(4)
        column.addWidget(self.heading)
        column.addSpacing(4)
        column.addWidget(name_caption)
        column.addWidget(self.name_edit)
        column.addSpacing(6)
        column.addWidget(words_caption)
        column.addWidget(self.words, 1)
        column.addWidget(self.input)
        column.addWidget(self.hint)
        self.setTabOrder(self.name_edit, self.words)
        self.setTabOrder(self.words, self.input)
        self._update_hint()

    # -- loading and reading --------------------------------------------------------

    def load(self, name: str, words: list[ChildWords]) -> None:
        self._quiet = True
        try:
            self.name_edit.setText(name)
            self.words.clear()
            for item in words:
                self._append(item.text, item.via_interpreter)
        finally:
            self._quiet = False

    def name(self) -> str:
        return self.name_edit.text()

    def child_words(self) -> list[ChildWords]:
        result = []
        for row in range(self.words.count()):
            item = self.words.item(row)
            result.append(ChildWords(text=item.text(), via_interpreter=bool(item.data(_VIA_ROLE))))
        return result

    # -- interpreter ----------------------------------------------------------------

    def set_interpreter_present(self, on: bool) -> None:
        self._interpreter = on
        self._delegate.show_via = on
        self._quiet = True
        try:
            for row in range(self.words.count()):
                self._show_check(self.words.item(row))
        finally:
            self._quiet = False
        self._update_hint()
        self.words.viewport().update()

    def _show_check(self, item: QListWidgetItem) -> None:
        flags = item.flags() | Qt.ItemFlag.ItemIsEditable
        if self._interpreter:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if item.data(_VIA_ROLE) else Qt.CheckState.Unchecked
            item.setCheckState(state)
        else:
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.CheckStateRole, None)

    def _update_hint(self) -> None:
        if self._interpreter:
            text = self.tr("F2: ret · Delete: fjern · Mellemrum: via tolk til/fra")
        else:
            text = self.tr("F2: ret · Delete: fjern")
        self.hint.setText(text)

    # -- editing --------------------------------------------------------------------

    def add_words(self, text: str, via_interpreter: bool) -> None:
        item = self._append(text, via_interpreter)
        self.words.setCurrentItem(item)
        self.words.scrollToItem(item)
        self._emit()

    def _append(self, text: str, via_interpreter: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(_VIA_ROLE, via_interpreter)
        self._show_check(item)
        self.words.addItem(item)
        return item

    def _add_from_input(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        self.input.clear()
        via = self._interpreter and self._via_for_new()
        self.add_words(text, via)

    def remove_current(self) -> None:
        row = self.words.currentRow()
        if row < 0:
            return
        self.words.takeItem(row)
        self._emit()

    def edit_current(self) -> None:
        item = self.words.currentItem()
        if item is not None:
            self.words.editItem(item)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._quiet:
            return
        if self._interpreter:
            checked = item.checkState() == Qt.CheckState.Checked
            if bool(item.data(_VIA_ROLE)) != checked:
                self._quiet = True
                try:
                    item.setData(_VIA_ROLE, checked)
                finally:
                    self._quiet = False
        if not item.text().strip():
            # Edited down to nothing: the child's words were taken back.
            self.words.takeItem(self.words.row(item))
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
