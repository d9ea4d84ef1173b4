"""The shapes that keep a big vault fast, pinned by behaviour (never by timing).

`make bench` measures the times; these tests only make sure the cheap paths stay cheap:
saving an entry does not read the conversation's entries, the case list asks for the
newest conversations only, and the guides are parsed by libyaml where PyYAML has it.
"""

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
import yaml
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from borne_samtale.domain import (
    Child,
    Conversation,
    ConversationStatus,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
    ScaleAnswer,
)
from borne_samtale.errors import ConversationSigned, NotFound
from borne_samtale.guides import load_guides, loader
from borne_samtale.resources import guides_dir
from borne_samtale.services.conversations import ConversationService
from borne_samtale.ui.screens import cases
from borne_samtale.ui.screens.cases import CasesScreen
from borne_samtale.vault.repositories import ConversationRepository
from tests.support.gui_helpers import cell, row_count

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _conversations(service: ConversationService, count: int, child: Child) -> list[Conversation]:
    """``count`` conversations a day apart, each with one entry and one scale answer."""
    made = []
    for day in range(count):
        conversation = service.start(
            Conversation(
                child_id=child.id,
                starts_at=START + timedelta(days=day),
                legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION),
                scales=[ScaleAnswer(question="Skole", low_end="a", high_end="b", value=day)],
            )
        )
        service.add_entry(
            conversation.id,
            Entry(text=f"Fodbold dag {day}", perspective=Perspective.CHILD_OWN_WORDS),
        )
        made.append(conversation)
    return made


@pytest.fixture
def no_entry_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: ConversationRepository, conversation_id: UUID) -> list[Entry]:
        raise AssertionError("the entries were read")

    monkeypatch.setattr(ConversationRepository, "entries", refuse)


def test_saving_a_typed_entry_reads_no_entries(
    service: ConversationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = service.add_child(Child(name="Ida", age_years=9))
    (conversation,) = _conversations(service, 1, child)
    entry = Entry(text="Jeg", perspective=Perspective.CHILD_OWN_WORDS)

    def refuse(self: ConversationRepository, conversation_id: UUID) -> list[Entry]:
        raise AssertionError("the entries were read")

    with monkeypatch.context() as patch:
        patch.setattr(ConversationRepository, "entries", refuse)
        service.add_entry(conversation.id, entry)
        entry.text = "Jeg kan godt lide fodbold"
        service.update_entry(entry)
        conversation.place = "Skolen"
        service.update(conversation)
        service.delete_entry(entry.id)
    assert [e.text for e in service.get(conversation.id).entries] == ["Fodbold dag 0"]


def test_a_signed_conversation_is_still_refused_by_its_status(
    service: ConversationService,
) -> None:
    child = service.add_child(Child(name="Ida", age_years=9))
    (conversation,) = _conversations(service, 1, child)
    conversation.sign_off.status = ConversationStatus.SIGNED
    service._vault.conversations.save(conversation)
    assert service._vault.conversations.status(conversation.id) is ConversationStatus.SIGNED
    with pytest.raises(ConversationSigned):
        service.add_entry(
            conversation.id, Entry(text="mere", perspective=Perspective.CHILD_OWN_WORDS)
        )
    with pytest.raises(NotFound):
        service._vault.conversations.status(UUID(int=1))


@pytest.mark.usefixtures("no_entry_reads")
def test_scale_history_reads_no_entries(service: ConversationService) -> None:
    child = service.add_child(Child(name="Ida", age_years=9))
    _conversations(service, 3, child)
    assert [p.value for p in service.scale_history(child.id)] == [0, 1, 2]


def test_summaries_newest_first_with_a_limit_or_given_ids(service: ConversationService) -> None:
    ida = service.add_child(Child(name="Ida", age_years=9))
    bo = service.add_child(Child(name="Bo", age_years=11))
    made = _conversations(service, 4, ida) + _conversations(service, 1, bo)
    everything = service.summaries()
    assert len(everything) == 5
    assert [s.starts_at for s in everything] == sorted(
        (s.starts_at for s in everything), reverse=True
    )
    assert service.summaries(limit=2) == everything[:2]
    assert service.summaries(ida.id, limit=3) == service.summaries(ida.id)[:3]
    wanted = {made[0].id, made[2].id}
    assert [s.id for s in service.summaries(ids=wanted)] == [made[2].id, made[0].id]
    assert service.summaries(bo.id, ids=wanted) == []
    assert service.summaries(ids=set()) == []
    assert service.conversation_count() == 5
    assert service.conversation_count(ida.id) == 4


def test_the_case_list_shows_the_newest_and_says_there_are_more(
    qtbot: QtBot, service: ConversationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cases, "LIST_LIMIT", 2)
    ida = service.add_child(Child(name="Ida", age_years=9))
    made = _conversations(service, 3, ida)
    screen = CasesScreen()
    qtbot.addWidget(screen)
    screen.set_service(service)
    assert row_count(screen.table) == 2
    assert "De 2 nyeste af 3 samtaler" in screen.result_label.text()

    screen.children_list.setCurrentRow(1)  # Ida: all her conversations
    assert row_count(screen.table) == 3
    assert screen.result_label.text() == "3 samtale(r)"

    screen.children_list.setCurrentRow(0)
    qtbot.keyClicks(screen.search, "dag 0")  # the oldest, beyond the list's limit
    qtbot.waitUntil(lambda: not screen.searching)
    assert row_count(screen.table) == 1
    assert cell(screen.table, 0, 0).data(Qt.ItemDataRole.UserRole) == str(made[0].id)


def test_guides_are_parsed_by_libyaml_to_the_same_guides(monkeypatch: pytest.MonkeyPatch) -> None:
    if yaml.__with_libyaml__:
        in_use: object = loader.SafeLoader  # typed as the pure-Python loader
        assert in_use is yaml.CSafeLoader
    fast = load_guides(guides_dir())
    monkeypatch.setattr(loader, "SafeLoader", yaml.SafeLoader)
    assert load_guides(guides_dir()) == fast


def test_a_signing_key_is_loaded_once_for_all_its_signatures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cryptography.hazmat.primitives import serialization  # as pyHanko's pdf_cms uses it

    from borne_samtale.summary.signing import PdfSigningKey, create_local_identity, verify_pdf

    key = PdfSigningKey(create_local_identity("Rådgiver", "Kommune"))
    loads = []
    real = serialization.load_der_private_key

    def counting(data: bytes, password: bytes | None, backend: object = None) -> object:
        loads.append(1)
        return real(data, password, backend)

    monkeypatch.setattr(serialization, "load_der_private_key", counting)
    pdf = _one_page_pdf()
    signed = [key.sign(pdf, "Referat af børnesamtale") for _ in range(2)]
    assert loads == []
    assert all(verify_pdf(document).intact for document in signed)


def _one_page_pdf() -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Referat")
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize(
    ("few", "dense_share", "window_per_hit"),
    [
        (1000, 0.1, 3),  # few: each match looked up
        (0, 1.0, 3),  # many: the conversations walked, matched against the set of hits
        (0, 0.0, 3),  # most entries: only the newest matched, one window holds them all
        (0, 0.0, 0),  # the same, starting from a window too small: it grows
    ],
)
def test_search_gives_the_same_hits_whether_matches_are_few_or_many(
    service: ConversationService,
    monkeypatch: pytest.MonkeyPatch,
    few: int,
    dense_share: float,
    window_per_hit: int,
) -> None:
    from borne_samtale.vault import repositories

    monkeypatch.setattr(repositories, "SEARCH_FEW_MATCHES", few)
    monkeypatch.setattr(repositories, "SEARCH_DENSE_SHARE", dense_share)
    monkeypatch.setattr(repositories, "SEARCH_WINDOW_PER_HIT", window_per_hit)
    ida = service.add_child(Child(name="Ida", age_years=9))
    made = _conversations(service, 3, ida)
    twin = service.start(  # the same start as the newest: the later-made one comes first
        Conversation(
            child_id=ida.id,
            starts_at=made[2].starts_at,
            legal_basis=LegalBasis(purpose=Purpose.OTHER),
        )
    )
    for text in ("Fodbold med far", "Ingen bold", "fodboldstøvler"):
        service.add_entry(twin.id, Entry(text=text, perspective=Perspective.CHILD_OWN_WORDS))
    hits = service.search("fodbold")
    twin_entries = service.get(twin.id).entries
    assert [(h.conversation_id, h.entry_id) for h in hits] == [
        (twin.id, twin_entries[0].id),
        (twin.id, twin_entries[2].id),
        *[(c.id, service.get(c.id).entries[0].id) for c in reversed(made)],
    ]
    assert service._vault.conversations.search("fodbold", limit=2) == hits[:2]
    assert service.search("fod dag") == hits[2:]
    assert service.search("håndbold") == []


def test_the_case_list_names_children_without_reading_whole_records(
    qtbot: QtBot, service: ConversationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from borne_samtale.vault.repositories import ChildRepository

    ida = service.add_child(Child(name="Ida", case_number="S-7", age_years=9))
    bo = service.add_child(Child(name="Bo", age_years=11))
    _conversations(service, 1, ida)
    assert {(c.id, c.name, c.case_number) for c in service.children_listing()} == {
        (ida.id, "Ida", "S-7"),
        (bo.id, "Bo", ""),
    }

    def refuse(self: ChildRepository) -> list[Child]:
        raise AssertionError("every child record was read")

    monkeypatch.setattr(ChildRepository, "all", refuse)
    screen = CasesScreen()
    qtbot.addWidget(screen)
    screen.set_service(service)
    shown = [screen.children_list.item(i).text() for i in range(screen.children_list.count())]
    assert shown == ["Alle børn", "Bo", "Ida (S-7)"]
    assert cell(screen.table, 0, 1).data() == "Ida"
