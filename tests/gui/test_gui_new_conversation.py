"""The new-conversation form asks only what the purpose, the child and the interpreter need,
offers the caseworker's usual places, and reads a typed time as Danish time."""

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import Child, Conversation, LegalBasis, Purpose
from borne_samtale.domain.clock import in_danish_time
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog
from borne_samtale.vault.vault import Vault

CONTENT = PracticeContent.load()


@pytest.fixture
def dialog(qtbot: QtBot) -> NewConversationDialog:
    known = Child(name="Ida", case_number="S-1", age_years=9)
    shown = NewConversationDialog([known], CONTENT.guides, usual_places=["Skolen", "Hjemme"])
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _visible(dialog: NewConversationDialog, widget: QWidget) -> bool:
    return widget.isVisibleTo(dialog)


def test_rows_that_do_not_apply_are_hidden(dialog: NewConversationDialog) -> None:
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.INVESTIGATION.value))
    assert not _visible(dialog, dialog.decision_section)
    assert not _visible(dialog, dialog.measure)
    assert not _visible(dialog, dialog.purpose_note)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.BEFORE_DECISION.value))
    assert _visible(dialog, dialog.decision_section)
    assert _visible(dialog, dialog.measure)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.OTHER.value))
    assert _visible(dialog, dialog.purpose_note)

    assert not _visible(dialog, dialog.interpreter_name)
    dialog.with_interpreter.setChecked(True)
    assert _visible(dialog, dialog.interpreter_name)

    assert not _visible(dialog, dialog.bisidder_relation)
    dialog.bisidder_present.setChecked(True)
    assert _visible(dialog, dialog.bisidder_relation)
    assert not _visible(dialog, dialog.bisidder_reason)  # not excluded: no reason asked

    assert _visible(dialog, dialog.child_name)
    dialog.child_choice.setCurrentIndex(1)  # a child already in the vault: nothing to ask
    assert not _visible(dialog, dialog.child_name)
    assert not _visible(dialog, dialog.case_number)


def test_the_usual_place_is_offered(dialog: NewConversationDialog) -> None:
    assert dialog.place.currentText() == "Skolen"
    assert [dialog.place.itemText(i) for i in range(dialog.place.count())] == ["Skolen", "Hjemme"]


@pytest.fixture
def machine_in_another_zone() -> Iterator[None]:
    """The laptop's own clock set to UTC-5: what the caseworker types is still Danish time."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "EST+05"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.usefixtures("machine_in_another_zone")
def test_a_typed_time_is_danish_time(dialog: NewConversationDialog) -> None:
    dialog.child_choice.setCurrentIndex(1)
    dialog.when.setDateTime(QDateTime(QDate(2026, 11, 3), QTime(9, 30)))
    _, conversation = dialog.build()
    shown = in_danish_time(conversation.starts_at)
    assert (shown.hour, shown.minute) == (9, 30)
    assert conversation.starts_at.astimezone(UTC).hour == 8  # CET in November


def test_usual_places_come_from_the_vault_most_used_first(vault: Vault) -> None:
    service = ConversationService(vault)
    child = service.add_child(Child(name="Ida", case_number="S-1", age_years=9))
    for place in ("Skolen", "Hjemme", "Skolen", " ", "Skolen", "Hjemme", "Klubben"):
        service.start(
            Conversation(
                child_id=child.id,
                legal_basis=LegalBasis(purpose=Purpose.OTHER),
                place=place,
                starts_at=datetime.combine(date(2026, 11, 3), datetime.min.time(), UTC),
            )
        )
    assert service.usual_places() == ["Skolen", "Hjemme", "Klubben"]


@pytest.mark.usefixtures("machine_in_another_zone")
def test_times_on_screen_are_danish_time() -> None:
    from borne_samtale.ui.screens.documents import local_time

    signed = datetime(2026, 11, 3, 14, 22, tzinfo=UTC)
    assert local_time(signed) == "03.11.2026 kl. 15:22"  # not the laptop's 09:22


def test_the_keyboard_starts_at_the_first_question(qtbot: QtBot) -> None:
    """No invisible stop first: typed keys land in a field the caseworker can see."""
    known = Child(name="Ida", case_number="S-1", age_years=9)
    with_children = NewConversationDialog([known], CONTENT.guides)
    qtbot.addWidget(with_children)
    with_children.show()
    qtbot.waitUntil(lambda: with_children.focusWidget() is with_children.child_choice)
    first_time = NewConversationDialog([], CONTENT.guides)
    qtbot.addWidget(first_time)
    first_time.show()
    qtbot.waitUntil(lambda: first_time.focusWidget() is first_time.child_name)
    qtbot.keyClicks(first_time.focusWidget(), "Søren")
    assert first_time.child_name.text() == "Søren"


def test_a_new_child_needs_an_age_given_by_the_caseworker(qtbot: QtBot) -> None:
    """No made-up default age or birth date: the child's rights follow from it."""
    dialog = NewConversationDialog([], CONTENT.guides)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.child_name, "Nor")
    assert not dialog.birth_known.isChecked()
    with pytest.raises(ValueError, match="alder"):
        dialog.build()
    dialog.age.setValue(12)
    child, _ = dialog.build()
    assert child.age_years == 12
    dialog.birth_known.setChecked(True)
    dialog.birth_date.setDate(QDate(2015, 3, 1))
    child, _ = dialog.build()
    assert child.birth_date == date(2015, 3, 1)
