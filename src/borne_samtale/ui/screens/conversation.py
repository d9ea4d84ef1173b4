"""The conversation screen: phases, prompts, capture, the tools and the child's view.

The conversation: phases, prompts for the child's age, capture by perspective, the tools,
closing, and a child view that shows only the tool in use.

Every change is saved shortly after it is made; there is no Save button. The screen is the
view of a ``ConversationController`` (services/open_conversation.py), which owns the open
conversation: the text being typed, the saves, the timers and the checklist.
"""

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import (
    Conversation,
    Entry,
    Perspective,
    Phase,
    Waiver,
    consent,
    labels,
)
from borne_samtale.domain.age import age_band_for
from borne_samtale.domain.clock import in_danish_time
from borne_samtale.domain.people import Child
from borne_samtale.domain.tools import NetworkMap, ThreeHouses
from borne_samtale.guides.placeholders import known_values
from borne_samtale.guides.suggest import suggest_guide
from borne_samtale.services.open_conversation import ConversationController
from borne_samtale.services.reminders import reminders, tick
from borne_samtale.services.session import Session
from borne_samtale.ui.dialogs.waiver import WaiverDialog
from borne_samtale.ui.focus import focus_first
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.screens.closing import ClosingPanel
from borne_samtale.ui.screens.scale_page import ScalePage
from borne_samtale.ui.style import set_heading
from borne_samtale.ui.widgets.drawing_pad import FreePage
from borne_samtale.ui.widgets.entries import EntryCapture, EntryList
from borne_samtale.ui.widgets.feedback import FeedbackDialog
from borne_samtale.ui.widgets.interpreter_panel import InterpreterPanel
from borne_samtale.ui.widgets.network_map import NetworkMapWidget
from borne_samtale.ui.widgets.prompts import PromptList
from borne_samtale.ui.widgets.signoff import SignOffPanel
from borne_samtale.ui.widgets.three_houses import ThreeHousesWidget
from borne_samtale.ui.widgets.tool import ToolWidget

TOLD_LABELS = labels.TOLD_ON_SCREEN  # translated with self.tr in this class's context

TAB_TALK, TAB_SCALE, TAB_HOUSES, TAB_NETWORK, TAB_CLOSING, TAB_CHECK = range(6)


class ConversationScreen(QWidget):
    back_requested = Signal()
    child_view_changed = Signal(bool)
    saved = Signal(str)
    save_failed = Signal(object)
    sign_requested = Signal()
    preview_requested = Signal()
    # From the controller's writer thread; Qt delivers them on the window's thread.
    _saved_at = Signal(object)
    _failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: ConversationController | None = None
        self._loading = False
        self.child_view = False
        self._saved_at.connect(lambda at: self.saved.emit(_clock_time(at)))
        self._failed.connect(self.save_failed)

        self.title = QLabel()
        set_heading(self.title, 1.3)
        self.elapsed = QLabel()
        self.elapsed.setAccessibleName(self.tr("Tid i samtalen"))
        self.back_button = QPushButton(self.tr("Tilbage til &listen"))
        self.back_button.setAccessibleName(self.tr("Tilbage til listen"))
        self.child_view_button = QPushButton(self.tr("Barnets skærm (F12)"))
        self.child_view_button.setAccessibleName(self.tr("Skift til barnets skærm"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.elapsed)
        header.addWidget(self.child_view_button)
        header.addWidget(self.back_button)
        self.header = QWidget()
        self.header.setLayout(header)

        self.phases = QListWidget()
        self.phases.setAccessibleName(self.tr("Samtalens faser"))
        for number, phase in enumerate(Phase, start=1):
            item = QListWidgetItem(f"{number}. {labels.PHASE[phase]}")
            item.setData(Qt.ItemDataRole.UserRole, phase.value)
            self.phases.addItem(item)
        # Long names wrap, so the tools beside it have room at 1366×768 with large text.
        self.phases.setWordWrap(True)
        self.phases.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.phases.setMinimumWidth(self.fontMetrics().horizontalAdvance("1. Forberedelse") + 24)

        self.prompts = PromptList()
        self.capture = EntryCapture()
        self.entries = EntryList()
        talk = QWidget()
        talk_column = QVBoxLayout(talk)
        talk_column.addWidget(self.prompts, 4)
        talk_column.addWidget(self.capture)
        talk_column.addWidget(self.entries, 3)

        self.scale_page = ScalePage(lambda: self.conversation)
        # The scale tab's parts, by their old names (tests and shortcuts reach them so).
        self.scale = self.scale_page.scale
        self.scale_list = self.scale_page.scale_list
        self.scale_side = self.scale_page.scale_side
        self.new_scale_button = self.scale_page.new_scale_button
        self.new_goal_button = self.scale_page.new_goal_button
        self.goal_choice = self.scale_page.goal_choice

        self.houses = ThreeHousesWidget()
        self.network = NetworkMapWidget()
        # The three tools by their tab, reached alike through the ToolWidget protocol.
        self.tools: dict[int, ToolWidget[Any]] = {
            TAB_SCALE: self.scale,
            TAB_HOUSES: self.houses,
            TAB_NETWORK: self.network,
        }
        self.closing = ClosingPanel()
        self.signoff = SignOffPanel()
        self.preview_button = QPushButton(self.tr("Se ud&kast til referat og brev (Ctrl+Shift+P)"))
        self.preview_button.setAccessibleName(self.tr("Se udkast til referat og brev"))
        check_page = QWidget()
        check_column = QVBoxLayout(check_page)
        check_column.setContentsMargins(0, 0, 0, 0)
        check_column.addWidget(self.signoff, 1)
        preview_row = QHBoxLayout()
        preview_row.addStretch(1)
        preview_row.addWidget(self.preview_button)
        check_column.addLayout(preview_row)

        self.tabs = QTabWidget()
        # The tab bar takes Tab; the widget around it is no stop of its own (a screen
        # reader would meet an unnamed "filler").
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.addTab(talk, self.tr("Samtale (F3)"))
        self.tabs.addTab(self.scale_page, self.tr("Skala (F4)"))
        self.tabs.addTab(self.houses, self.tr("Tre huse (F5)"))
        self.tabs.addTab(self.network, self.tr("Netværkskort (F6)"))
        self.tabs.addTab(self.closing, self.tr("Afslutning (F7)"))
        self.tabs.addTab(check_page, self.tr("Tjekliste (F8)"))

        # One list: the guide's must-cover items, each ticking what the child was told with
        # it, and whatever else the child must be told that the guide has no item for.
        self.covered = QListWidget()
        self.covered.setAccessibleName(self.tr("Huskeliste, også det barnet har fået at vide"))
        self.covered.setWordWrap(True)
        self.interpreter_panel = InterpreterPanel()
        side = QVBoxLayout()
        covered_label = QLabel(self.tr("Huskeliste"))
        self.side_lists: list[QWidget] = [covered_label, self.covered]
        side.addWidget(covered_label)
        side.addWidget(self.covered, 4)
        side.addWidget(self.interpreter_panel, 3)
        self.side = QWidget()
        self.side.setLayout(side)
        self.side.setMinimumWidth(280)
        self.side.setMaximumWidth(360)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.phases)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([160, 900, 300])

        # The child's screen while talking: a calm heading and a free page to draw on.
        self.calm_page = QWidget()
        calm_title = QLabel(self.tr("Vi taler sammen"))
        calm_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_heading(calm_title, 2.0)
        self.free_page = FreePage()
        calm_column = QVBoxLayout(self.calm_page)
        calm_column.addWidget(calm_title)
        calm_column.addWidget(self.free_page, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.calm_page)
        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._connect()

    # Wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.child_view_button.clicked.connect(self.toggle_child_view)
        self.phases.currentRowChanged.connect(self._phase_changed)
        self.capture.entry_changed.connect(self._entry_changed)
        self.capture.entry_finished.connect(lambda _e: self._entry_finished())
        self.entries.edit_requested.connect(self._edit_entry)
        self.new_scale_button.clicked.connect(self.add_scale)
        self.scale_page.changed.connect(self._changed)
        self.houses.changed.connect(self._tools_changed)
        self.network.changed.connect(self._tools_changed)
        self.free_page.changed.connect(self._tools_changed)
        self.closing.changed.connect(self._closing_changed)
        self.closing.feedback_requested.connect(self.ask_feedback)
        self.covered.itemChanged.connect(self._checks_changed)
        self.interpreter_panel.untranslated.connect(self.flag_untranslated)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.signoff.waive_requested.connect(self._waive)
        self.signoff.unwaive_requested.connect(self._unwaive)
        self.signoff.sign_requested.connect(self.sign_requested)
        self.preview_button.clicked.connect(self.preview_requested)
        shortcuts: dict[str, Callable[[], object]] = {
            "F12": self.toggle_child_view,
            "F9": self.flag_untranslated,
            "Ctrl+PgDown": lambda: self._step_phase(1),
            "Ctrl+PgUp": lambda: self._step_phase(-1),
        }
        for number in range(6):  # F3 … F8: the tabs (Ctrl+digits belong to the tools)
            shortcuts[f"F{number + 3}"] = partial(self.show_tab, number)
        for keys, action in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Escape leaves the child's screen (and does nothing otherwise).
        self.leave_child_view = QShortcut(QKeySequence("Escape"), self, self.toggle_child_view)
        self.leave_child_view.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.leave_child_view.setEnabled(False)

    # The open conversation --------------------------------------------------------------
    @property
    def conversation(self) -> Conversation | None:
        return None if self.controller is None else self.controller.conversation

    @property
    def child(self) -> Child | None:
        return None if self.controller is None else self.controller.child

    # Loading ----------------------------------------------------------------------------
    def open(self, session: Session, conversation: Conversation) -> None:
        if self.controller is not None:  # e.g. signing failed and the draft is shown again
            self.close_conversation()
        self._loading = True
        self.controller = ConversationController(
            session.conversations,
            conversation,
            on_saved=self._saved_at.emit,
            on_failed=self._failed.emit,
        )
        assert self.child is not None
        day = conversation.starts_at.date()
        age = self.child.age_on(day)
        self.band = age_band_for(age)
        self.guide = session.content.guide(conversation.guide_id) or suggest_guide(
            session.content.guides, conversation.legal_basis.purpose, self.band
        )
        self.title.setText(
            f"{self.child.name}, {age} "
            + self.tr("år")
            + " – "
            + labels.PURPOSE[conversation.legal_basis.purpose]
        )
        interpreter = conversation.presence.interpreter
        for tool in self.tools.values():
            tool.set_interpreter_present(interpreter is not None)
        self.capture.set_interpreter_present(interpreter is not None)
        self.capture.set_purpose(conversation.legal_basis.purpose)
        self.interpreter_panel.setVisible(interpreter is not None)
        if interpreter is not None:
            self.interpreter_panel.set_module(session.content.interpreter, interpreter.mode)
        self.entries.set_entries(conversation.entries)
        # Each tool's value lives in its own field (the scale's answers in a list, loaded
        # by the scale page below).
        self.houses.set_value(conversation.three_houses or ThreeHouses())
        self.network.set_value(conversation.network_map or NetworkMap())
        self.free_page.set_value(conversation.free_drawing)
        self.scale_page.load()
        self.closing.load(conversation)
        self._fill_checks()
        self.phases.setCurrentRow(list(Phase).index(conversation.current_phase))
        self._show_prompts()
        self._ticker.start()
        self._tick()
        self.tabs.setCurrentIndex(TAB_TALK)
        self._arrange_side()
        self._loading = False
        self.capture.editor.setFocus()

    def close_conversation(self, *, save: bool = True) -> None:
        """Save what is pending, record the end, and forget the conversation (before locking
        or going back). ``save=False`` once it is signed: nothing more is written to it."""
        self.capture.finish()
        self._ticker.stop()
        if self.child_view:
            self.toggle_child_view()
        controller, self.controller = self.controller, None
        if controller is not None:
            controller.close(save=save)  # waits for the writer: the last words are on disk
        self.entries.set_entries([])
        self.capture.editor.clear()

    def flush(self) -> None:
        """Save everything now and wait until it is on disk."""
        if self.controller is not None:
            self.controller.flush()

    def save_now(self) -> None:
        """A deliberate decision (a waiver, the briefing): stored at once."""
        if self.controller is not None and not self._loading:
            self.controller.changed(now=True)
            self.controller.flush()

    def end_for_signing(self) -> None:
        """Record the end time and duration, and save everything, before signing."""
        self.capture.finish()
        if self.controller is not None:
            self.controller.record_end()
            self.controller.flush()

    def place(self) -> tuple[str, int] | None:
        """Where the caseworker is (the conversation and the tab), to come back to."""
        if self.conversation is None:
            return None
        return str(self.conversation.id), self.tabs.currentIndex()

    def _fill_checks(self) -> None:
        assert self.conversation is not None
        self.covered.blockSignals(True)
        self.covered.clear()
        for reminder in reminders(self.conversation, self.guide, self.band):
            text = reminder.text or (
                self.tr("Barnet har fået at vide: ") + self.tr(TOLD_LABELS[reminder.told[0]])
            )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, reminder)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if reminder.done else Qt.CheckState.Unchecked
            entry.setCheckState(checked)
            self.covered.addItem(entry)
        self.covered.blockSignals(False)

    # Phases and prompts -----------------------------------------------------------------
    def _phase_changed(self, row: int) -> None:
        if self.conversation is None or row < 0:
            return
        phase = list(Phase)[row]
        self.capture.phase = phase
        self._show_prompts()
        if not self._loading and self.conversation.current_phase is not phase:
            self.conversation.current_phase = phase
            self._changed()

    def _step_phase(self, step: int) -> None:
        row = min(max(self.phases.currentRow() + step, 0), len(Phase) - 1)
        self.phases.setCurrentRow(row)

    def _show_prompts(self) -> None:
        if self.conversation is None or self.guide is None or self.band is None:
            self.prompts.set_prompts([])
            return
        c = self.conversation
        values = known_values(  # fills [navn], [nummer], [hjælpen], [tolkens navn]
            self.controller.service.caseworker() if self.controller else None,
            c.legal_basis,
            c.presence.interpreter,
        )
        self.prompts.set_prompts(
            self.guide.prompts_for(self.capture.phase, self.band, c.has_interpreter), values
        )

    # Entries ----------------------------------------------------------------------------
    def _entry_changed(self, entry: Entry, _is_new: bool) -> None:
        if self.controller is None:
            return
        self.controller.entry_changed(entry)
        self.entries.upsert(entry)

    def _entry_finished(self) -> None:
        if self.controller is None:
            return
        self.controller.save_soon()  # without waiting: the next words may come at once
        self.closing.refresh_words(self.controller.conversation)

    def _edit_entry(self, entry: Entry) -> None:
        self.tabs.setCurrentIndex(TAB_TALK)
        self.capture.edit(entry)

    def flag_untranslated(self) -> None:
        """Record that an exchange in the room was not translated, with the time."""
        if self.controller is None or not self.controller.conversation.has_interpreter:
            return
        # No clock text of its own: the entry's time is printed in Danish time.
        entry = Entry(
            text=self.tr("Udveksling uden oversættelse"),
            perspective=Perspective.UNTRANSLATED_EXCHANGE,
            phase=self.capture.phase,
        )
        self.controller.entry_changed(entry, now=True)  # after the entry being typed
        self.entries.upsert(entry)
        self.closing.refresh_words(self.controller.conversation)

    # Tools ------------------------------------------------------------------------------
    def add_scale(self) -> None:
        if not self.scale_page.add_scale():
            return
        self.tabs.setCurrentIndex(TAB_SCALE)
        self.scale.question_edit.setFocus()
        self._changed()

    def _tools_changed(self) -> None:
        if self.conversation is None or self._loading:
            return
        before = consent.quotes(self.conversation)
        self.conversation.three_houses = self.houses.value()
        self.conversation.network_map = self.network.value()
        self.conversation.free_drawing = self.free_page.value(self.conversation.free_drawing)
        consent.keep_decisions(before, self.conversation)  # the widgets rebuild the words
        self.closing.refresh_words(self.conversation)
        self._changed()

    def _closing_changed(self) -> None:
        if self.conversation is None or self._loading:
            return
        for entry in self.closing.apply(self.conversation):  # the child's consent per quote
            if self.controller is not None:
                self.controller.entry_changed(entry)
        self._changed()

    def ask_feedback(self) -> None:
        """ "Hvordan jeg oplevede mødet" on the child's screen; saved with the conversation."""
        if self.conversation is None:
            return
        dialog = FeedbackDialog(self.band, self)
        dialog.setWindowState(Qt.WindowState.WindowMaximized)  # over the caseworker's notes
        if dialog.exec() != QDialog.DialogCode.Accepted or self.conversation is None:
            return
        self.conversation.feedback = dialog.value()
        self.save_now()

    def _checks_changed(self) -> None:
        if self.conversation is None or self._loading:
            return
        ticked = (
            self.covered.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.covered.count())
            if self.covered.item(row).checkState() == Qt.CheckState.Checked
        )
        tick(self.conversation, ticked)
        self._changed()

    def _changed(self) -> None:
        if not self._loading and self.controller is not None:
            self.controller.changed()

    # Sign-off checklist -----------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == TAB_CHECK:
            self.refresh_checklist()
        elif index == TAB_CLOSING and self.conversation is not None:
            self.closing.refresh_words(self.conversation)
        self._arrange_side()

    def _arrange_side(self) -> None:
        """The must-cover lists belong to the talk; on the tools' tabs the tool gets the room
        (the interpreter panel stays while an interpreter takes part)."""
        talking = self.tabs.currentIndex() == TAB_TALK
        with_interpreter = self.conversation is not None and self.conversation.has_interpreter
        for widget in self.side_lists:
            widget.setVisible(talking)
        self.side.setVisible(not self.child_view and (talking or with_interpreter))

    def refresh_checklist(self) -> None:
        if self.controller is not None:
            self.signoff.set_checklist(self.controller.checklist())

    def _waive(self, item_id: str) -> None:
        item = self.signoff.selected()
        if self.conversation is None or item is None or item.id != item_id:
            return
        dialog = WaiverDialog(item, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.conversation is None:
            return
        self.conversation.sign_off.waivers = [
            *(w for w in self.conversation.sign_off.waivers if w.item != item_id),
            Waiver(item=item_id, reason=dialog.text()),
        ]
        self.save_now()  # a deliberate decision: stored at once
        self.refresh_checklist()

    def _unwaive(self, item_id: str) -> None:
        if self.conversation is None:
            return
        self.conversation.sign_off.waivers = [
            w for w in self.conversation.sign_off.waivers if w.item != item_id
        ]
        self.save_now()
        self.refresh_checklist()

    # Child view -------------------------------------------------------------------------
    def show_tab(self, index: int) -> None:
        """F3-F8: the tab, with the keyboard in it. Left alone, the focus could stay on a
        page just hidden, and the keys went to a tool nobody could see."""
        self.tabs.setCurrentIndex(index)
        self._focus_page()

    def _focus_page(self) -> None:
        if self.child_view and self.stack.currentWidget() is self.calm_page:
            self.free_page.surface.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.tabs.currentIndex() == TAB_TALK and not self.child_view:
            self.capture.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            focus_first(self.tabs.currentWidget())

    def toggle_child_view(self) -> None:
        self.child_view = not self.child_view
        on = self.child_view
        for tool in self.tools.values():
            tool.set_child_view(on)
        self.header.setVisible(not on)
        self.phases.setVisible(not on)
        self._arrange_side()
        self.scale_side.setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        # Hidden, it still took Tab (found by the AT-SPI walk): no stop on the child's screen.
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus if on else Qt.FocusPolicy.TabFocus)
        self.leave_child_view.setEnabled(on)
        if on and self.tabs.currentIndex() not in self.tools:
            self.stack.setCurrentWidget(self.calm_page)
        else:
            self.stack.setCurrentWidget(self.splitter)
        self._focus_page()  # on the child's tool, and back on the caseworker's
        self.child_view_changed.emit(on)

    # Time -------------------------------------------------------------------------------
    def _tick(self) -> None:
        """The clock in the header and the phone minutes, added up across every time the
        conversation was open; the controller keeps them on disk."""
        controller = self.controller
        if controller is None:
            return
        controller.tick()
        seconds = controller.elapsed_seconds()
        self.elapsed.setText(
            with_args(self.tr("Tid: %1"), f"{seconds // 60:02d}:{seconds % 60:02d}")
        )
        if controller.conversation.presence.interpreter is not None:
            self.interpreter_panel.update_phone_time(controller.phone_minutes())


def _clock_time(at: object) -> str:
    """A save's moment as the status bar shows it: "hh:mm:ss", Danish time."""
    if not isinstance(at, datetime):
        return ""
    return in_danish_time(at).strftime("%H:%M:%S")
