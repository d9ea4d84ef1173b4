"""The case list's table model: one row of text per conversation, handed out as it is shown.

A QTableWidget made an item object for every cell of every row on each search (about 950
for a search with 190 conversations), on the window's thread while the caseworker typed; the
view asks a model only for the cells it paints or measures.
"""

from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class CaseRows(QAbstractTableModel):
    """Rows of (conversation, cell texts); ``UserRole`` gives the conversation's id."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[UUID, tuple[str, ...]]] = []

    def set_rows(self, rows: list[tuple[UUID, tuple[str, ...]]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def conversation_id(self, row: int) -> UUID | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return str(self._rows[index.row()][0])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
