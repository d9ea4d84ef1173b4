"""Entries carry their question: the capture records the question, "unprompted", who first
named it (§ 137) and a wish or worry tag; the referat prints "Samtalens forløb" in order, in
Danish time, and the wishes and worries the caseworker tagged."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from borne_samtale.domain import Entry, Perspective, Purpose
from borne_samtale.domain.enums import NamedFirst, Theme
from borne_samtale.summary.referat import render_referat
from borne_samtale.ui.widgets.entries import EntryCapture
from tests.support.consenting import agree_to_all
from tests.support.documents import (
    child,
    document,
    flat,
    needs_pdftotext,
    pages_text,
    rich_conversation,
    section,
    write,
)


@needs_pdftotext
def test_the_referat_prints_the_course_with_questions_in_danish_time(tmp_path: Path) -> None:
    kid = child()
    conversation = rich_conversation(kid)
    conversation.entries = [e for e in conversation.entries if not e.is_child_voice]
    conversation.entries += [
        Entry(
            text="Bjørn råber, når han er sur",
            perspective=Perspective.CHILD_OWN_WORDS,
            question="Fortæl mig om en almindelig aften derhjemme.",
            named_first_by=NamedFirst.CHILD,
            created_at=datetime(2026, 10, 6, 9, 5, tzinfo=UTC),
        ),
        Entry(
            text="Jeg vil gerne bo hos mormor",
            perspective=Perspective.CHILD_VIA_INTERPRETER,
            unprompted=True,
            themes=[Theme.WISH],
            created_at=datetime(2026, 10, 6, 9, 20, tzinfo=UTC),
        ),
    ]
    agree_to_all(conversation)
    text = flat(
        "\n".join(pages_text(write(tmp_path, "r.pdf", render_referat(document(conversation, kid)))))
    )
    course = section(text, "Samtalens forløb", "Rådgiverens noter")
    assert "11.05" in course  # 09.05 UTC is 11.05 Danish summer time
    assert "Fortæl mig om en almindelig aften derhjemme." in course
    assert "Nævnt først af: barnet" in course
    assert "Sagt uopfordret" in course
    assert course.index("Bjørn råber") < course.index("bo hos mormor")
    wishes = section(text, "Barnets ønsker og bekymringer", "Genlæsning for barnet")
    assert "Fra samtalen" in wishes
    assert "Jeg vil gerne bo hos mormor" in wishes


def test_the_capture_keeps_the_question_with_the_answer(qtbot: QtBot) -> None:
    capture = EntryCapture()
    qtbot.addWidget(capture)
    capture.show()
    saved: list[Entry] = []
    capture.entry_changed.connect(lambda entry, _new: saved.append(entry.model_copy()))

    qtbot.keyClicks(capture.question, "Hvem bor hjemme hos dig?")
    qtbot.keyClicks(capture.editor, "Mor og Bjørn")
    assert saved[-1].question == "Hvem bor hjemme hos dig?"
    assert saved[-1].text == "Mor og Bjørn"
    assert not capture.named_first.isVisibleTo(capture)  # only in § 137
    capture.finish()  # Ctrl+Enter in the window
    assert capture.question.text() == ""  # the next answer gets its own question

    capture.set_purpose(Purpose.ABUSE_REPORT)
    assert capture.named_first.isVisibleTo(capture)
    capture.unprompted.setChecked(True)
    capture.named_first.setCurrentIndex(capture.named_first.findData(NamedFirst.CHILD.value))
    capture.theme_actions[Theme.WORRY].setChecked(True)
    qtbot.keyClicks(capture.editor, "Han slog mig")
    last = saved[-1]
    assert (last.unprompted, last.question) == (True, "")
    assert last.named_first_by is NamedFirst.CHILD
    assert last.themes == [Theme.WORRY]

    capture.finish()  # Ctrl+Enter in the window
    capture.choose(3)  # the caseworker's own observation: no question, no theme
    qtbot.keyClicks(capture.question, "ignoreres")
    qtbot.keyClicks(capture.editor, "Barnet kiggede ned")
    assert saved[-1].question == ""
    assert saved[-1].themes == []
    assert not capture.question.isEnabled()


def test_the_closing_records_the_childs_wishes_and_keeps_their_consent(qtbot: QtBot) -> None:
    from borne_samtale.domain import ChildWords
    from borne_samtale.domain.entries import QuoteConsent
    from borne_samtale.domain.enums import CaseConsent
    from borne_samtale.ui.screens.closing import ClosingPanel

    kid = child()
    conversation = rich_conversation(kid)
    conversation.closing.child_wishes = [
        ChildWords(text="Blive på holdet", consent=QuoteConsent(case=CaseConsent.YES))
    ]
    panel = ClosingPanel()
    qtbot.addWidget(panel)
    panel.load(conversation)
    panel.wishes.setPlainText("Blive på holdet\nEn hund")
    panel.apply(conversation)
    kept, new = conversation.closing.child_wishes
    assert (kept.text, kept.consent.case) == ("Blive på holdet", CaseConsent.YES)
    assert (new.text, new.consent.case) == ("En hund", CaseConsent.NOT_ASKED)  # asked anew


def test_paper_and_screen_share_the_houses_colours_and_the_map_places(
    qtbot: QtBot, monkeypatch: "pytest.MonkeyPatch"
) -> None:
    """The window and the referat take the houses' colours and each person's place on the
    network map from one module, so what the child saw is what is printed."""
    from PySide6.QtGui import QColor

    from borne_samtale import look
    from borne_samtale.domain import NetworkPerson
    from borne_samtale.summary import drawings
    from borne_samtale.ui.widgets import houses_canvas
    from borne_samtale.ui.widgets.network_map import NetworkMapWidget

    for index in range(3):
        fill, edge = drawings.house_colours(index)
        assert fill.hexval().lower() == "0x" + look.HOUSE_BODY[index][1:].lower()
        assert edge.hexval().lower() == "0x" + look.HOUSE_OUTLINE[index][1:].lower()
        assert houses_canvas._PALETTES[index].body == QColor(look.HOUSE_BODY[index])

    asked: list[tuple[str, int, int, int]] = []
    real = look.network_angle

    def recording(side: str) -> object:
        def angle(index: int, count: int, ring: int) -> float:
            asked.append((side, index, count, ring))
            return real(index, count, ring)

        return angle

    people = [NetworkPerson(label=n, closeness=c) for n, c in (("A", 1), ("B", 1), ("C", 3))]
    monkeypatch.setattr(look, "network_angle", recording("paper"))
    drawings.network_map_drawing(people, 400, "Barn")
    monkeypatch.setattr(look, "network_angle", recording("screen"))
    widget = NetworkMapWidget()
    qtbot.addWidget(widget)
    from borne_samtale.domain import NetworkMap

    widget.set_value(NetworkMap(people=people))
    widget.resize(800, 600)
    widget.show()
    widget.grab()
    paper = {a[1:] for a in asked if a[0] == "paper"}
    screen = {a[1:] for a in asked if a[0] == "screen"}
    assert paper == {(0, 2, 1), (1, 2, 1), (0, 1, 3)}
    assert paper <= screen
