"""Search never blocks typing: it waits for a pause, runs off the window's thread, and a
query typed while another runs replaces it (only the newest runs; an older result is
dropped). Behaviour only; `make bench` times it on a big vault."""

import threading
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from borne_samtale.domain import Child, Conversation, Entry, LegalBasis, Perspective, Purpose
from borne_samtale.services.conversations import ConversationService
from borne_samtale.ui.screens.cases import CasesScreen
from borne_samtale.vault.repositories import SearchHit
from tests.support.gui_helpers import row_count


def _screen(qtbot: QtBot, service: ConversationService) -> CasesScreen:
    child = service.add_child(Child(name="Ida", age_years=9))
    for day, text in enumerate(("Fodbold med far", "Mormor bager", "Fodboldstøvler")):
        conversation = service.start(
            Conversation(
                child_id=child.id,
                starts_at=datetime(2026, 3, 2 + day, 9, tzinfo=UTC),
                legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION),
            )
        )
        service.add_entry(
            conversation.id, Entry(text=text, perspective=Perspective.CHILD_OWN_WORDS)
        )
    screen = CasesScreen()
    qtbot.addWidget(screen)
    screen.set_service(service)
    assert row_count(screen.table) == 3
    return screen


def test_search_waits_for_a_pause_and_runs_off_the_window_thread(
    qtbot: QtBot, service: ConversationService
) -> None:
    screen = _screen(qtbot, service)
    threads: list[threading.Thread] = []
    real = service.search

    def recording(query: str) -> list[SearchHit]:
        threads.append(threading.current_thread())
        return real(query)

    service.search = recording  # type: ignore[method-assign]
    qtbot.keyClicks(screen.search, "fodbold")
    assert threads == []  # nothing searched while the keys came
    assert screen.searching
    qtbot.waitUntil(lambda: not screen.searching)
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()
    assert row_count(screen.table) == 2
    assert "2 samtale(r) med »fodbold«" in screen.result_label.text()

    screen.search.clear()  # back to the whole list at once
    assert row_count(screen.table) == 3


def test_a_query_typed_while_one_runs_replaces_it(
    qtbot: QtBot, service: ConversationService
) -> None:
    screen = _screen(qtbot, service)
    queries: list[str] = []
    first_started, release = threading.Event(), threading.Event()
    real = service.search

    def slow_first(query: str) -> list[SearchHit]:
        queries.append(query)
        if len(queries) == 1:
            first_started.set()
            release.wait(30)
        return real(query)

    service.search = slow_first  # type: ignore[method-assign]
    qtbot.keyClicks(screen.search, "fod")
    qtbot.waitUntil(first_started.is_set)
    for text in ("fodb", "fodbo", "mormor"):  # each after the pause: all queued, newest wins
        screen.search.setText(text)
        qtbot.wait(300)
    release.set()
    qtbot.waitUntil(lambda: not screen.searching, timeout=10_000)
    assert queries == ["fod", "mormor"]
    assert row_count(screen.table) == 1
    assert "»mormor«" in screen.result_label.text()


def test_letting_go_of_the_vault_waits_for_a_running_search(
    qtbot: QtBot, service: ConversationService
) -> None:
    screen = _screen(qtbot, service)
    qtbot.keyClicks(screen.search, "mormor")
    qtbot.waitUntil(lambda: screen._searcher.busy or not screen.searching)
    screen.set_service(None)  # as locking does
    assert not screen.searching
    assert row_count(screen.table) == 0


def test_one_letter_is_not_searched_yet(qtbot: QtBot, service: ConversationService) -> None:
    screen = _screen(qtbot, service)
    queries: list[str] = []
    real = service.search

    def recording(query: str) -> list[SearchHit]:
        queries.append(query)
        return real(query)

    service.search = recording  # type: ignore[method-assign]
    qtbot.keyClicks(screen.search, "m")
    assert not screen.searching
    qtbot.wait(400)  # longer than the pause
    assert queries == []
    assert row_count(screen.table) == 3  # the whole list stays
    assert screen.result_label.text() == "Skriv mindst to bogstaver for at søge."
    qtbot.keyClicks(screen.search, "o")
    qtbot.waitUntil(lambda: not screen.searching)
    assert queries == ["mo"]
    assert row_count(screen.table) == 1


def test_a_word_of_one_letter_waits_for_its_second(
    qtbot: QtBot, service: ConversationService
) -> None:
    """'mormor b' on the way to 'mormor bager': the space and the 'b' search nothing new
    (one letter narrows nothing and scans the whole index); 'ba' does."""
    screen = _screen(qtbot, service)
    queries: list[str] = []
    real = service.search

    def recording(query: str) -> list:  # type: ignore[type-arg]
        queries.append(query)
        return real(query)

    service.search = recording  # type: ignore[method-assign]
    qtbot.keyClicks(screen.search, "mormor")
    qtbot.waitUntil(lambda: not screen.searching)
    assert queries == ["mormor"]
    qtbot.keyClicks(screen.search, " b")
    assert screen.query() == "mormor"
    assert not screen.searching  # the list already shows "mormor"
    qtbot.wait(400)  # longer than the pause
    assert queries == ["mormor"]
    assert row_count(screen.table) == 1
    qtbot.keyClicks(screen.search, "a")
    qtbot.waitUntil(lambda: not screen.searching)
    assert queries == ["mormor", "mormor ba"]
    assert row_count(screen.table) == 1
