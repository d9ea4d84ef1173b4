"""The caseworker's children and conversations, newest first, with search across all notes.

Choosing a child shows that child's conversations as a timeline and the child's scale
answers over time as a chart, so follow-up is about the child's progression.
"""

from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import labels
from borne_samtale.domain.base import utc_now
from borne_samtale.domain.clock import in_danish_time
from borne_samtale.domain.enums import ConversationStatus
from borne_samtale.domain.history import ScalePoint
from borne_samtale.services.conversations import ConversationService
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.operation import Operation
from borne_samtale.ui.screens.case_rows import CaseRows
from borne_samtale.ui.style import set_heading
from borne_samtale.ui.worker import Background

if TYPE_CHECKING:  # what the service returns; the screen never touches the vault
    from borne_samtale.services.session import ConversationSummary

# A draft untouched this long is flagged: finish the note. Notatpligt means a few days.
DEFAULT_STALE_DRAFT_DAYS = 3
# "All children" shows the newest conversations only: a table of every conversation in a
# big vault (10,000) took seconds to fill. A child's own list and a search show all.
LIST_LIMIT = 200
# Search waits for this pause in typing, then runs off the window's thread; a query typed
# meanwhile replaces any that has not started, and a result for an older query is dropped.
SEARCH_PAUSE_MS = 200
# A single letter matches nearly every note and would keep the search busy while the next
# letters are typed: search starts from two, and a word of one letter waits for its second.
SEARCH_MIN_CHARS = 2
# The columns are sized to the texts of this many rows (the visible ones first), not all.
COLUMN_WIDTH_ROWS = 25


class CasesScreen(QWidget):
    open_requested = Signal(UUID)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: ConversationService | None = None
        self.stale_draft_days = DEFAULT_STALE_DRAFT_DAYS
        self._names: dict[UUID, str] = {}  # the children's names, read at reload
        self._searcher = Background(self)
        self._search_pending = False  # a newer query waits for the running one
        self._shown: tuple[str, UUID | None] | None = None  # the search the table shows
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self._start_search)
        heading = QLabel(self.tr("Børn og samtaler"))
        set_heading(heading)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søg i alle notater (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Søg i alle notater"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&Ny samtale (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("Ny samtale"))
        self.open_button = QPushButton(self.tr("Å&bn samtale (Enter)"))
        self.open_button.setAccessibleName(self.tr("Åbn samtale"))
        self.children_list = QListWidget()
        self.children_list.setAccessibleName(self.tr("Børn"))
        # One line of text each: the list need not measure 2,000 names to lay them out.
        self.children_list.setUniformItemSizes(True)
        self.rows = CaseRows(
            [
                self.tr("Dato"),
                self.tr("Barn"),
                self.tr("Formål"),
                self.tr("Status"),
                self.tr("Notater"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.setAccessibleName(self.tr("Samtaler"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        # Column widths from the first rows, not from every row of a long search result.
        self.table.horizontalHeader().setResizeContentsPrecision(COLUMN_WIDTH_ROWS)
        self.result_label = QLabel()
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Barnets svar på skalaen over tid"))
        self.chart_view.setMinimumHeight(220)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.new_button)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.result_label)
        right_column.addWidget(self.table, 3)
        right_column.addWidget(self.chart_view, 2)
        right_column.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter()
        splitter.addWidget(self.children_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(splitter)

        self.search.textChanged.connect(self._search_typed)
        self.children_list.currentItemChanged.connect(lambda *_: self.refresh())
        self.table.activated.connect(lambda *_: self._open_selected())
        self.table.doubleClicked.connect(lambda *_: self._open_selected())
        self.open_button.clicked.connect(self._open_selected)
        self.new_button.clicked.connect(self.new_requested)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_requested.emit)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Keyboard first: when the screen is shown (after unlock) the table has the focus,
        so the arrow keys and Enter work at once. Not a focus proxy: Tab then came back to
        the table from the last control and never reached the search or the children."""
        self.table.setFocus(event.reason())

    def set_service(self, service: ConversationService | None) -> None:
        self._search_pause.stop()
        self._search_pending = False
        self._searcher.wait()  # a search under way finishes before the vault is let go
        self._service = service
        self.search.clear()
        self.reload()

    def reload(self) -> None:
        """Re-read the children (after a change) and the list below."""
        self.children_list.blockSignals(True)
        self.children_list.clear()
        everyone = QListWidgetItem(self.tr("Alle børn"))
        self.children_list.addItem(everyone)
        children = self._service.children_listing() if self._service is not None else []
        self._names = {c.id: c.name for c in children}
        for child in sorted(children, key=lambda c: c.name.lower()):
            text = f"{child.name} ({child.case_number})" if child.case_number else child.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(child.id))
            self.children_list.addItem(item)
        self.children_list.setCurrentRow(0)
        self.children_list.blockSignals(False)
        self.refresh()

    def selected_child(self) -> UUID | None:
        item = self.children_list.currentItem()
        raw = item.data(Qt.ItemDataRole.UserRole) if item else None
        return UUID(raw) if raw else None

    # Search -----------------------------------------------------------------------------
    @property
    def searching(self) -> bool:
        """A search is waiting for a pause in typing, running, or queued behind one."""
        return self._search_pause.isActive() or self._searcher.busy or self._search_pending

    def query(self) -> str:
        """What is searched for: the field's words, or nothing while it is too short.

        A word of one letter (the start of the next word, as "mor s" while "mor skole" is
        typed) matches nearly every note and narrows nothing, but costs a scan of the whole
        index: it waits for its second letter. A digit counts ("dag 3")."""
        words = [
            word
            for word in self.search.text().split()
            if len(word) >= SEARCH_MIN_CHARS or word.isdigit()
        ]
        query = " ".join(words)
        return query if len(query) >= SEARCH_MIN_CHARS else ""

    def _search_typed(self) -> None:
        query = self.query()
        if self._shown == (query, self.selected_child()) and not self._searcher.busy:
            self._search_pause.stop()  # e.g. a space typed: the list already shows this
        elif query:
            self._search_pause.start()  # restarted by every key
        else:
            self._search_pause.stop()
            self.refresh()

    def _start_search(self) -> None:
        service, query = self._service, self.query()
        if service is None or not query:
            return
        if self._searcher.busy:
            self._search_pending = True  # only the newest waiting query will run
            return
        self._search_pending = False
        child_id = self.selected_child()

        def work() -> "tuple[str, UUID | None, list[ConversationSummary]]":
            hits = {h.conversation_id for h in service.search(query)}
            return query, child_id, service.summaries(child_id, ids=hits)

        Operation(self, "", work, show=self.result_label.setText).run_in_background(
            self._searcher, self._search_done, finished=self._search_over
        )

    def _search_done(self, result: object) -> None:
        assert isinstance(result, tuple)
        query: str = result[0]
        child_id: UUID | None = result[1]
        summaries: list[ConversationSummary] = result[2]
        current = (self.query(), self.selected_child())
        if self._search_pending or current != (query, child_id):
            self._search_pending = False
            if not self._search_pause.isActive():
                self._start_search()  # superseded: the newest query, not this result
            return
        self._fill(summaries)
        self._shown = (query, child_id)
        self.result_label.setText(
            with_args(self.tr("%n samtale(r) med »%1«", "", len(summaries)), query)
        )

    def _search_over(self, ok: bool) -> None:
        if not ok:  # a failed search leaves no query waiting for it
            self._search_pending = False

    def refresh(self) -> None:
        self._shown = None
        if self._service is None:
            self.rows.set_rows([])
            return
        child_id = self.selected_child()
        if self.query():
            self._search_pause.stop()
            self._start_search()
            self._draw_chart(self._service.scale_history(child_id) if child_id else [])
            return
        limit = None if child_id is not None else LIST_LIMIT
        summaries = self._service.summaries(child_id, limit=limit)
        total = len(summaries)
        if limit is not None and total == limit:
            total = self._service.conversation_count(child_id)
        if total > len(summaries):
            self.result_label.setText(
                with_args(
                    self.tr(
                        "De %1 nyeste af %n samtaler. Vælg et barn, eller søg, for at se ældre.",
                        "",
                        total,
                    ),
                    len(summaries),
                )
            )
        else:
            self.result_label.setText(self.tr("%n samtale(r)", "", total))
        if self.search.text().strip():  # typed, but too short to search yet
            self.result_label.setText(self.tr("Skriv mindst to bogstaver for at søge."))
        self._fill(summaries)
        self._draw_chart(self._service.scale_history(child_id) if child_id else [])

    def _fill(self, summaries: "list[ConversationSummary]") -> None:
        """The table's rows (it runs after each search): their texts, handed to the model."""
        rows: list[tuple[UUID, tuple[str, ...]]] = []
        names = self._names
        now = utc_now()
        for summary in summaries:
            status = labels.STATUS[summary.status]
            stale = (
                summary.status is ConversationStatus.DRAFT
                and (now - summary.touched_at).days >= self.stale_draft_days
            )
            if stale:
                status += " – " + self.tr("notatet mangler")
            cells = (
                in_danish_time(summary.starts_at).strftime("%d.%m.%Y %H:%M"),
                names.get(summary.child_id, ""),
                labels.PURPOSE[summary.purpose],
                status,
                str(summary.entry_count),
            )
            rows.append((summary.id, cells))
        self.rows.set_rows(rows)
        self.table.resizeColumnsToContents()
        if summaries:
            self.table.selectRow(0)

    def _draw_chart(self, points: list[ScalePoint]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart_view.setVisible(bool(points))
        if not points:
            return
        self.chart.setTitle(self.tr("Barnets svar på skalaen (0-10) over tid"))
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd.MM.yy")
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        by_topic: dict[str, list[ScalePoint]] = {}
        for point in points:
            by_topic.setdefault(point.topic, []).append(point)
        first = min(p.at for p in points)
        last = max(p.at for p in points)
        for topic, series_points in by_topic.items():
            series = QLineSeries()
            series.setName(topic)
            series.setPointsVisible(True)
            for point in series_points:
                series.append(point.at.timestamp() * 1000, point.value)
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        x_axis.setRange(
            QDateTime.fromSecsSinceEpoch(int(first.timestamp())).addDays(-7),
            QDateTime.fromSecsSinceEpoch(int(last.timestamp())).addDays(7),
        )

    def _open_selected(self) -> None:
        conversation_id = self.rows.conversation_id(self.table.currentIndex().row())
        if conversation_id is not None:
            self.open_requested.emit(conversation_id)
