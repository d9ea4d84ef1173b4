"""Screens and dialogs one by one, offscreen: what a caseworker sees and can do."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borne_samtale.domain import (
    Child,
    Conversation,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
    ScaleAnswer,
)
from borne_samtale.domain.enums import HeldStatus
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent, Session
from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog
from borne_samtale.ui.screens.cases import CasesScreen
from borne_samtale.ui.screens.closing import ClosingPanel
from borne_samtale.ui.screens.conversation import ConversationScreen
from borne_samtale.ui.screens.start import StartScreen
from borne_samtale.ui.screens.unlock import UnlockScreen
from borne_samtale.vault.vault import Vault
from tests.support.gui_helpers import cell, row_count

CONTENT = PracticeContent.load()
NOW = datetime.now(UTC)


PARTS_OF = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView, QScrollBar, QTabBar)


def _interactive_without_name(root: QWidget) -> list[str]:
    kinds = (
        QAbstractButton,
        QLineEdit,
        QPlainTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
    )
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), PARTS_OF):
            continue  # the inner part of another control (a spin box's line edit, …)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


@pytest.fixture
def filled(vault: Vault) -> tuple[ConversationService, Child, Child]:
    service = ConversationService(vault)
    ali = service.add_child(Child(name="Ali", case_number="S-1", age_years=12))
    sara = service.add_child(Child(name="Sara", case_number="S-2", age_years=7))
    for weeks, value in ((10, 3), (4, 6)):
        conversation = Conversation(
            child_id=ali.id,
            starts_at=NOW - timedelta(weeks=weeks),
            legal_basis=LegalBasis(purpose=Purpose.ACTION_PLAN_FOLLOW_UP),
            scales=[ScaleAnswer(question="Skole", low_end="skidt", high_end="super", value=value)],
        )
        service.start(conversation)
        service.add_entry(
            conversation.id,
            Entry(text=f"Lektier uge {weeks}", perspective=Perspective.CHILD_OWN_WORDS),
        )
        vault.conversations.touch(conversation.id, NOW - timedelta(weeks=weeks))  # left since
    service.start(
        Conversation(
            child_id=sara.id, starts_at=NOW, legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION)
        )
    )
    return service, ali, sara


def test_cases_list_newest_first_with_search_and_the_childs_chart(
    qtbot: QtBot, filled: tuple[ConversationService, Child, Child], vault: Vault
) -> None:
    service, ali, _sara = filled
    screen = CasesScreen()
    qtbot.addWidget(screen)
    screen.set_service(service)
    screen.resize(1366, 768)
    screen.show()
    assert row_count(screen.table) == 3
    assert cell(screen.table, 0, 1).data() == "Sara"  # newest first
    assert "notatet mangler" in cell(screen.table, 2, 3).data()  # a draft left for 10 weeks
    assert "notatet mangler" in cell(screen.table, 1, 3).data()  # … and one for 4 weeks
    screen.stale_draft_days = 30  # the caseworker's setting
    screen.refresh()
    assert "notatet mangler" not in cell(screen.table, 1, 3).data()
    assert "notatet mangler" in cell(screen.table, 2, 3).data()
    oldest = cell(screen.table, 2, 0).data(Qt.ItemDataRole.UserRole)
    ConversationService(vault).add_entry(  # a new session: its first edit is logged
        UUID(oldest), Entry(text="Lektier igen", perspective=Perspective.CHILD_OWN_WORDS)
    )
    screen.refresh()
    assert "notatet mangler" not in cell(screen.table, 2, 3).data()  # touched today
    assert not screen.chart_view.isVisible()

    qtbot.keyClicks(screen.search, "lektier")
    qtbot.waitUntil(lambda: not screen.searching)
    assert row_count(screen.table) == 2
    assert {cell(screen.table, r, 1).data() for r in range(2)} == {"Ali"}
    screen.search.clear()

    screen.children_list.setCurrentRow(1)  # Ali
    assert row_count(screen.table) == 2
    assert screen.chart_view.isVisible()
    (series,) = screen.chart.series()
    assert isinstance(series, QLineSeries)
    assert [point.y() for point in series.points()] == [3, 6]
    assert _interactive_without_name(screen) == []

    with qtbot.waitSignal(screen.open_requested) as opened:
        screen._open_selected()
    assert opened.args[0] in {s.id for s in service.summaries(ali.id)}


def test_new_conversation_suggests_the_guide_and_guards_the_law(qtbot: QtBot) -> None:
    dialog = NewConversationDialog([], CONTENT.guides)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.birth_known.setChecked(False)
    dialog.age.setValue(9)
    for purpose, guide in (
        (Purpose.ABUSE_REPORT, "underretning-overgreb"),
        (Purpose.CHILD_IN_CARE, "anbragt-barn"),
        (Purpose.ACTION_PLAN_FOLLOW_UP, "opfoelgning-handleplan"),
    ):
        dialog.purpose.setCurrentIndex(dialog.purpose.findData(purpose.value))
        assert dialog.guide.currentData() == guide
    dialog.bisidder_present.setChecked(True)
    dialog.bisidder_age.setValue(14)
    assert "mindst 15" in dialog.bisidder_warning.text()
    dialog.bisidder_age.setValue(16)
    assert dialog.bisidder_warning.text() == ""

    qtbot.keyClicks(dialog.child_name, "Nor")
    dialog.with_interpreter.setChecked(True)
    dialog.not_relative.setChecked(True)
    with pytest.raises(ValueError, match="18"):
        dialog.build()  # an interpreter not confirmed adult is refused
    dialog.adult.setChecked(True)
    child, conversation = dialog.build()
    assert child.age_years == 9
    assert conversation.presence.bisidder is not None
    assert conversation.presence.bisidder.age == 16
    assert conversation.guide_id == "opfoelgning-handleplan"
    assert _interactive_without_name(dialog) == []


def test_closing_records_the_not_held_path(qtbot: QtBot) -> None:
    child = Child(name="Ida", age_years=14)
    conversation = Conversation(
        child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION)
    )
    panel = ClosingPanel()
    qtbot.addWidget(panel)
    panel.load(conversation)
    assert not panel.views_instead.isEnabled()
    panel.held.setCurrentIndex(panel.held.findData(HeldStatus.CHILD_DECLINED.value))
    assert panel.views_instead.isEnabled()
    assert not panel.weighs_against.isEnabled()  # a refusal needs no legal ground
    assert panel.legal_ground.text() == "Barnets Lov § 5, stk. 4"
    qtbot.keyClicks(panel.not_held_reason, "Ida ville ikke tale i dag")
    qtbot.keyClicks(panel.views_instead, "Samtale med kontaktlærer")
    panel.apply(conversation)
    assert conversation.held is HeldStatus.CHILD_DECLINED
    assert conversation.not_held is not None
    assert conversation.not_held.reason == "Ida ville ikke tale i dag"
    assert conversation.not_held.views_obtained_instead == "Samtale med kontaktlærer"


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, vault: Vault, filled: tuple[ConversationService, Child, Child]
) -> None:
    service, ali, _ = filled
    for screen in (StartScreen(), UnlockScreen()):
        qtbot.addWidget(screen)
        screen.show()
        assert _interactive_without_name(screen) == []
    conversation_screen = ConversationScreen()
    qtbot.addWidget(conversation_screen)
    conversation_screen.resize(1366, 768)
    conversation_screen.show()
    session = Session(vault, CONTENT)
    conversation_screen.open(session, service.get(service.summaries(ali.id)[0].id))
    for tab in range(conversation_screen.tabs.count()):
        conversation_screen.tabs.setCurrentIndex(tab)
        assert _interactive_without_name(conversation_screen) == [], tab
    conversation_screen.close_conversation()


def test_unlock_screen_does_nothing_on_an_empty_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    with qtbot.assertNotEmitted(screen.unlock_requested):
        screen._submit()
    qtbot.keyClicks(screen.passphrase, "noget")
    with qtbot.waitSignal(screen.unlock_requested) as asked:
        screen._submit()
    assert asked.args == ["noget"]
