"""The tool protocol, offscreen: the scale, the houses and the map behave alike for the screens.

Each tool is a painting part and an editing part behind ui/widgets/tool.py; these tests hold
all three to the promises the conversation screen and the child's screen rely on, and to
the one look (one note frame, one font helper, one key handler on the scale).
"""

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.enums import Relation
from borne_samtale.domain.tools import NetworkMap, NetworkPerson, ScaleAnswer, ThreeHouses
from borne_samtale.ui.style import scaled_font, sheet
from borne_samtale.ui.widgets.network_map import NetworkMapWidget
from borne_samtale.ui.widgets.note import CaseworkerNote
from borne_samtale.ui.widgets.scale import ScaleWidget
from borne_samtale.ui.widgets.tool import ToolWidget
from tests.support.common import ROOT

UI = ROOT / "src" / "borne_samtale" / "ui"


def _scale() -> tuple[QWidget, Any]:
    return ScaleWidget(), ScaleAnswer(
        question="Hvor godt har du det i skolen?",
        low_end="Skidt",
        high_end="Godt",
        value=6,
        what_makes_it_this_number=ChildWords(text="Fordi jeg har Ali", via_interpreter=True),
        caseworker_note="Tøvede",
    )


def _houses() -> tuple[QWidget, Any]:
    from borne_samtale.ui.widgets.three_houses import ThreeHousesWidget

    return ThreeHousesWidget(), ThreeHouses(
        good_things=[ChildWords(text="Min kat")],
        worries=[ChildWords(text="Når de råber", via_interpreter=True)],
        consent_to_share=True,
        caseworker_note="Smilede ved katten",
    )


def _network() -> tuple[QWidget, Any]:
    return NetworkMapWidget(), NetworkMap(
        people=[
            NetworkPerson(
                label="mormor",
                relation=Relation.GRANDPARENT,
                closeness=1,
                child_words=ChildWords(text="Hun bager", via_interpreter=True),
            )
        ],
        caseworker_note="Nævnte ikke mor",
    )


TOOLS: dict[str, Callable[[], tuple[QWidget, Any]]] = {
    "scale": _scale,
    "houses": _houses,
    "network": _network,
}


@pytest.fixture(params=sorted(TOOLS))
def tool(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[tuple[Any, Any]]:
    widget, value = TOOLS[request.param]()
    main = QMainWindow()
    main.resize(1366, 768)
    main.setCentralWidget(widget)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield widget, value  # the window lives as long as the test
    main.close()


def test_every_tool_keeps_the_protocol(tool: tuple[Any, Any]) -> None:
    widget, _ = tool
    assert isinstance(widget, ToolWidget)


def test_loading_is_quiet_and_reads_back_what_was_loaded(
    tool: tuple[Any, Any], qtbot: QtBot
) -> None:
    widget, value = tool
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_interpreter_present(True)
        widget.set_value(value)
    assert widget.value() == value


def test_the_child_view_hides_the_caseworkers_note(tool: tuple[Any, Any]) -> None:
    widget, value = tool
    widget.set_value(value)
    note = widget.note_frame
    assert isinstance(note, CaseworkerNote)  # one note frame beside every tool
    assert note.isVisible()
    widget.set_child_view(True)
    assert widget.is_child_view()
    assert not note.isVisible()
    widget.set_child_view(False)
    assert not widget.is_child_view()
    assert note.isVisible()


def test_the_scale_takes_the_same_keys_on_the_row_and_on_the_childs_scale(
    qtbot: QtBot,
) -> None:
    widget, value = _scale()
    assert isinstance(widget, ScaleWidget)
    qtbot.addWidget(widget)
    widget.set_value(value.model_copy(update={"what_makes_it_this_number": None}))
    for target, key, expected in (
        (widget.number_row, Qt.Key.Key_3, 3),
        (widget.child_scale, Qt.Key.Key_T, 10),
        (widget.number_row, Qt.Key.Key_Left, 9),
        (widget.child_scale, Qt.Key.Key_Home, 0),
        (widget.child_scale, Qt.Key.Key_Right, 1),
        (widget.number_row, Qt.Key.Key_Delete, None),
    ):
        qtbot.keyClick(target, key)
        assert widget.value().value == expected


def test_the_font_helper_scales_points_and_pixels_and_keeps_the_weight() -> None:
    points = QFont("DejaVu Sans", 10)
    points.setBold(True)
    assert scaled_font(points, 1.5).pointSizeF() == pytest.approx(15)
    assert scaled_font(points, 1.5).bold()
    assert not scaled_font(points, 1.5, bold=False).bold()
    pixels = QFont("DejaVu Sans")
    pixels.setPixelSize(20)
    assert scaled_font(pixels, 0.5).pixelSize() == 10


def test_no_other_font_scaling_and_no_colour_spelled_in_the_tools() -> None:
    """One font helper (ui/style.py) and one palette (look.py) for the tool widgets."""
    tool_files = [
        "scale.py",
        "scale_canvas.py",
        "three_houses.py",
        "house_column.py",
        "houses_canvas.py",
        "network_map.py",
        "network_canvas.py",
        "network_panel.py",
        "network_shapes.py",
        "note.py",
    ]
    for name in tool_files:
        source = (UI / "widgets" / name).read_text(encoding="utf-8")
        assert not re.findall(r"#[0-9A-Fa-f]{6}\b", source), name
        assert "setPointSizeF" not in source, name
        assert "setPixelSize" not in source, name


def test_every_widget_module_is_short_and_says_its_job() -> None:
    for path in sorted((UI / "widgets").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert len(source.splitlines()) < 600, path.name
        assert source.startswith('"""'), path.name


def test_every_stylesheet_section_is_filled_from_the_palette() -> None:
    """resources/style/window.qss names only colours look.py has (or the widget gives)."""
    per_widget = {"house_heading": {"ACCENT": "#000000", "INK": "#000000", "ROOF": "#000000"}}
    names = ["window", "note", "error", "hint", "scale_number_row", "scale_words"]
    names += ["scale_notice", "scale_ink", "houses_reminder", "houses_hint", "house_heading"]
    names += ["network_words", "phone_warning", "say"]
    for name in names:
        text = sheet(name, **per_widget.get(name, {}))
        assert text, name
        assert "$" not in text, name
        assert "@section" not in text, name
    assert "#1f5fa8" in sheet("window")  # the focus frame's blue
