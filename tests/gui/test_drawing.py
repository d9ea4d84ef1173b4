"""The child draws: with a finger (touch), a pen (tablet) and the mouse, on the free page and
in the Three Houses; undo and start again; the strokes saved in the encrypted vault and read
back; in the referat and the letter only with the child's consent, seen on the page images.
Real widgets offscreen, synthetic Qt events, real vaults, real PDFs."""

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from borne_samtale import look
from borne_samtale.domain import consent
from borne_samtale.domain.entries import ChildWords, QuoteConsent
from borne_samtale.domain.enums import CaseConsent
from borne_samtale.domain.tools import ChildDrawing, Stroke, ThreeHouses
from borne_samtale.summary.letter import letter_paragraphs, render_letter
from borne_samtale.summary.referat import render_referat
from borne_samtale.ui.screens.conversation import TAB_HOUSES
from borne_samtale.ui.widgets.drawing_pad import DrawingSurface, FreePage
from borne_samtale.ui.widgets.three_houses import ThreeHousesWidget
from tests.support.documents import SEA, SUN, child, document, rich_conversation, write
from tests.support.main_window import open_window, prepare_conversation, stored_conversation

PDFTOPPM = shutil.which("pdftoppm")
needs_pdftoppm = pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm is not installed")
RED = dict(look.PEN_COLOURS)["rød"]
GREEN = dict(look.PEN_COLOURS)["grøn"]

_touch_device: QPointingDevice | None = None


def touch(surface: QWidget, path: list[tuple[int, int]], finger: int = 0) -> None:
    """A finger on the glass: down at the first point, along the path, up at the last."""
    global _touch_device
    if _touch_device is None:
        _touch_device = QTest.createTouchDevice()
    QTest.touchEvent(surface, _touch_device).press(finger, QPoint(*path[0]), surface).commit()
    for x, y in path[1:]:
        QTest.touchEvent(surface, _touch_device).move(finger, QPoint(x, y), surface).commit()
    QTest.touchEvent(surface, _touch_device).release(finger, QPoint(*path[-1]), surface).commit()


def two_fingers(surface: QWidget, a: list[tuple[int, int]], b: list[tuple[int, int]]) -> None:
    """Two fingers drawing at once: each draws its own line."""
    global _touch_device
    if _touch_device is None:
        _touch_device = QTest.createTouchDevice()
    device = _touch_device
    QTest.touchEvent(surface, device).press(0, QPoint(*a[0]), surface).press(
        1, QPoint(*b[0]), surface
    ).commit()
    for (ax, ay), (bx, by) in zip(a[1:], b[1:], strict=True):
        QTest.touchEvent(surface, device).move(0, QPoint(ax, ay), surface).move(
            1, QPoint(bx, by), surface
        ).commit()
    QTest.touchEvent(surface, device).release(0, QPoint(*a[-1]), surface).release(
        1, QPoint(*b[-1]), surface
    ).commit()


_PEN = QPointingDevice(
    "test pen",
    4711,
    QInputDevice.DeviceType.Stylus,
    QPointingDevice.PointerType.Pen,
    QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
    1,
    3,
)


def pen(surface: QWidget, path: list[tuple[int, int]]) -> None:
    """A stylus: press, move and release as tablet events."""
    kinds = [QEvent.Type.TabletPress]
    kinds += [QEvent.Type.TabletMove] * (len(path) - 2)
    kinds += [QEvent.Type.TabletRelease]
    for kind, (x, y) in zip(kinds, path, strict=True):
        at = QPointF(x, y)
        event = QTabletEvent(
            kind,
            _PEN,
            at,
            surface.mapToGlobal(at),
            0.6,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton
            if kind is not QEvent.Type.TabletRelease
            else Qt.MouseButton.NoButton,
        )
        QApplication.sendEvent(surface, event)


def mouse(surface: QWidget, path: list[tuple[int, int]]) -> None:
    QTest.mousePress(surface, Qt.MouseButton.LeftButton, pos=QPoint(*path[0]))
    for x, y in path[1:-1]:
        QTest.mouseMove(surface, QPoint(x, y))
    QTest.mouseRelease(surface, Qt.MouseButton.LeftButton, pos=QPoint(*path[-1]))


def line(x0: int, y0: int, x1: int, y1: int, steps: int = 8) -> list[tuple[int, int]]:
    return [
        (round(x0 + (x1 - x0) * i / steps), round(y0 + (y1 - y0) * i / steps))
        for i in range(steps + 1)
    ]


def has_colour(image: QImage, colour: str, tolerance: int = 40) -> int:
    """How many pixels (sampled every other pixel) are close to ``colour``."""
    want = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            got = image.pixelColor(x, y)
            if (
                abs(got.red() - want.red())
                + abs(got.green() - want.green())
                + abs(got.blue() - want.blue())
                <= tolerance
            ):
                count += 1
    return count


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[FreePage]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(790, 580)
    free = FreePage()
    window.setCentralWidget(free)
    window.show()
    qtbot.waitExposed(window)
    yield free
    window.close()


# --- the pad -------------------------------------------------------------------------------


def test_finger_pen_and_mouse_each_draw_in_the_chosen_colour_and_width(
    page: FreePage, qtbot: QtBot, tmp_path: Path
) -> None:
    surface = page.surface
    saved: list[int] = []
    page.changed.connect(lambda: saved.append(len(surface.strokes())))

    touch(surface, line(40, 40, 300, 200))  # a finger, black and thin (the defaults)
    qtbot.mouseClick(page.pen_bar.colour_buttons[1], Qt.MouseButton.LeftButton)  # red
    qtbot.mouseClick(page.pen_bar.thick, Qt.MouseButton.LeftButton)
    pen(surface, line(400, 60, 600, 300))
    qtbot.mouseClick(page.pen_bar.colour_buttons[3], Qt.MouseButton.LeftButton)  # green
    mouse(surface, line(100, 350, 700, 380))

    strokes = surface.strokes()
    assert [(s.colour, s.width) for s in strokes] == [
        (look.PEN_COLOURS[0][1], look.PEN_THIN),
        (RED, look.PEN_THICK),
        (GREEN, look.PEN_THICK),
    ]
    assert saved == [1, 2, 3]  # each stroke is a change to save, when the line ends
    width, height = surface.width(), surface.height()
    first = strokes[0].points
    assert len(first) == 9
    assert first[0] == pytest.approx(((40 - 2) / (width - 4), (40 - 2) / (height - 4)), abs=0.01)
    assert first[-1] == pytest.approx(((300 - 2) / (width - 4), (200 - 2) / (height - 4)), abs=0.01)
    assert strokes[1].points[-1][0] == pytest.approx((600 - 2) / (width - 4), abs=0.01)

    two_fingers(surface, line(50, 450, 250, 450, 4), line(50, 500, 250, 500, 4))
    assert len(surface.strokes()) == 5  # one line per finger

    surface.repaint()
    image = surface.grab().toImage()
    image.save(str(tmp_path / "free-page.png"))
    assert has_colour(image, RED) > 50
    assert has_colour(image, GREEN) > 50


def test_undo_takes_back_a_line_and_start_again_can_be_undone(page: FreePage, qtbot: QtBot) -> None:
    surface = page.surface
    assert not page.pen_bar.undo_button.isEnabled()
    assert not page.pen_bar.clear_button.isEnabled()
    mouse(surface, line(40, 40, 200, 200))
    mouse(surface, line(300, 40, 500, 200))
    assert page.pen_bar.undo_button.isEnabled()
    qtbot.mouseClick(page.pen_bar.undo_button, Qt.MouseButton.LeftButton)
    assert len(surface.strokes()) == 1
    qtbot.mouseClick(page.pen_bar.clear_button, Qt.MouseButton.LeftButton)
    assert surface.strokes() == []
    # A child who pressed "start again" by mistake gets the drawing back.
    qtbot.mouseClick(page.pen_bar.undo_button, Qt.MouseButton.LeftButton)
    assert len(surface.strokes()) == 1
    surface.setFocus()
    QTest.keyClick(surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert surface.strokes() == []


def test_a_tap_is_a_dot(page: FreePage) -> None:
    touch(page.surface, [(120, 120)])
    assert [len(s.points) for s in page.surface.strokes()] == [1]


def test_every_button_has_a_danish_name(page: FreePage) -> None:
    names = [b.accessibleName() for b in page.pen_bar.colour_buttons]
    assert names == [f"Farve: {name}" for name, _ in look.PEN_COLOURS]
    assert page.pen_bar.undo_button.accessibleName() == "Fortryd den sidste streg"
    assert page.surface.accessibleName() == "Den frie side: tegn her"


# --- the three houses ----------------------------------------------------------------------


@pytest.fixture
def houses(qtbot: QtBot) -> Iterator[ThreeHousesWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(790, 580)  # inside the offscreen screen (800x600): touch is delivered there
    widget = ThreeHousesWidget()
    window.setCentralWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    yield widget
    window.close()


def _inside(surface: DrawingSurface, page: int) -> tuple[int, int, int, int]:
    rect = surface.page_rects()[page]
    return (
        round(rect.left() + rect.width() * 0.2),
        round(rect.top() + rect.height() * 0.3),
        round(rect.left() + rect.width() * 0.8),
        round(rect.top() + rect.height() * 0.7),
    )


def test_the_child_draws_in_a_named_house_and_the_words_stay(
    houses: ThreeHousesWidget, qtbot: QtBot, tmp_path: Path
) -> None:
    houses.set_value(
        ThreeHouses(
            dreams_name="Ønskehuset", dreams=[ChildWords(text="En hund")], consent_to_share=True
        )
    )
    assert houses.value().child_drew is False
    houses.set_child_view(True)
    picture = houses.picture
    qtbot.waitUntil(lambda: len(picture.page_rects()) == 3)

    mouse(picture, [(2, 2), (8, 8)])  # outside every house: nothing is drawn
    qtbot.mouseClick(houses.pen_bar.colour_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(houses.pen_bar.thick, Qt.MouseButton.LeftButton)
    touch(picture, line(*_inside(picture, 2)))  # a finger in the dreams house
    pen(picture, line(*_inside(picture, 0)))  # a pen in the good house

    value = houses.value()
    assert value.child_drew is True
    assert [len(d.strokes) for _p, _n, d in value.drawings()] == [1, 0, 1]
    assert value.dreams_drawing.strokes[0].colour == RED
    assert value.dreams_name == "Ønskehuset"
    assert [w.text for w in value.dreams] == ["En hund"]
    points = value.dreams_drawing.strokes[0].points
    assert points[0] == pytest.approx((0.2, 0.3), abs=0.02)  # a fraction of the house
    assert points[-1] == pytest.approx((0.8, 0.7), abs=0.02)

    picture.repaint()
    image = picture.grab().toImage()
    image.save(str(tmp_path / "houses-child-view.png"))
    assert has_colour(image, RED) > 100

    houses.set_child_view(False)
    assert "Ønskehuset" in houses.drawn_status.text()
    mouse(picture, line(*_inside(picture, 1)))  # the caseworker's view draws nothing
    assert houses.value().worries_drawing.strokes == []


def test_a_changed_drawing_is_asked_about_again(houses: ThreeHousesWidget) -> None:
    drawing = ChildDrawing(
        strokes=[Stroke(colour=RED, width=0.01, points=[(0.1, 0.1), (0.5, 0.5)])],
        consent=QuoteConsent(case=CaseConsent.YES, in_letter=True),
    )
    houses.set_value(ThreeHouses(good_things_drawing=drawing))
    assert houses.value().good_things_drawing.consent.case is CaseConsent.YES
    houses.set_child_view(True)
    mouse(houses.picture, line(*_inside(houses.picture, 0)))
    assert houses.value().good_things_drawing.consent == QuoteConsent()


# --- saved in the vault --------------------------------------------------------------------


def test_drawings_are_saved_in_the_vault_and_come_back(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder)
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    screen.toggle_child_view()  # F12 on the talk tab: the free page
    assert screen.stack.currentWidget() is screen.calm_page
    qtbot.waitUntil(lambda: screen.free_page.surface.width() > 300)
    touch(screen.free_page.surface, line(40, 40, 280, 160))
    screen.toggle_child_view()
    screen.tabs.setCurrentIndex(TAB_HOUSES)
    screen.toggle_child_view()
    picture = screen.houses.picture
    qtbot.waitUntil(lambda: len(picture.page_rects()) == 3)
    pen(picture, line(*_inside(picture, 1)))
    screen.toggle_child_view()
    window.lock()  # waits for the writer

    stored = stored_conversation(folder, conversation)
    assert len(stored.free_drawing.strokes) == 1
    assert stored.three_houses is not None
    assert stored.three_houses.child_drew is True
    assert len(stored.three_houses.worries_drawing.strokes) == 1
    # Nothing of the drawing outside the vault: no image files anywhere near it.
    assert not [p for p in folder.rglob("*") if p.suffix.lower() in (".png", ".svg", ".jpg")]

    window2 = open_window(qtbot, folder)
    window2.open_conversation(conversation.id)
    assert window2.conversation_screen.free_page.surface.strokes() == stored.free_drawing.strokes
    assert (
        window2.conversation_screen.houses.picture.strokes(1)
        == stored.three_houses.worries_drawing.strokes
    )
    window2.lock()


# --- consent and the documents -------------------------------------------------------------


def test_drawings_are_asked_about_at_read_back_like_words() -> None:
    kid = child()
    conversation = rich_conversation(kid)
    conversation.free_drawing = ChildDrawing(
        strokes=[Stroke(colour=RED, width=0.01, points=[(0.1, 0.1), (0.9, 0.9)])]
    )
    drawn = [q for q in consent.quotes(conversation) if q.key.startswith("drawing:")]
    assert [(q.key, q.where) for q in drawn] == [
        ("drawing:houses:dreams", "Tegning: Drømmehuset"),
        ("drawing:free", "Tegning: Den frie side"),
    ]
    assert drawn[1].consent == QuoteConsent()
    assert drawn[1] in consent.open_questions(conversation)  # sign-off waits for the answer
    # Not asked: in neither document. Asked and yes: in the case, and the letter if chosen.
    assert consent.for_case(conversation).free_drawing.strokes == []
    drawn[1].set_consent(QuoteConsent(case=CaseConsent.YES))
    assert consent.for_case(conversation).free_drawing.strokes != []
    assert consent.for_letter(conversation).free_drawing.strokes == []
    drawn[1].set_consent(QuoteConsent(case=CaseConsent.NO_LEFT_OUT))
    assert consent.for_case(conversation).free_drawing.strokes == []


def _page_images(tmp_path: Path, name: str, pdf: bytes) -> list[QImage]:
    assert PDFTOPPM is not None
    path = write(tmp_path, f"{name}.pdf", pdf)
    subprocess.run(
        [PDFTOPPM, "-r", "60", "-png", str(path), str(tmp_path / name)],
        check=True,
        timeout=60,
    )
    return [QImage(str(p)) for p in sorted(tmp_path.glob(f"{name}-*.png"))]


def _coloured_pixels(images: list[QImage], colour: str) -> int:
    return sum(has_colour(image, colour, tolerance=30) for image in images)


@needs_pdftoppm
def test_the_drawing_is_printed_only_with_the_childs_consent(tmp_path: Path) -> None:
    kid = child()
    with_yes = rich_conversation(kid)  # the dreams house holds a sun and the sea; all yes
    data = document(with_yes, kid)
    referat = _page_images(tmp_path, "referat-yes", render_referat(data))
    letter = _page_images(tmp_path, "letter-yes", render_letter(data))
    assert _coloured_pixels(referat, SUN) > 40
    assert _coloured_pixels(referat, SEA) > 10
    assert _coloured_pixels(letter, SUN) > 40
    assert "Du tegnede tre huse." in " ".join(letter_paragraphs(data))

    without = rich_conversation(kid)
    assert without.three_houses is not None
    without.three_houses.dreams_drawing.consent = QuoteConsent(case=CaseConsent.NO_LEFT_OUT)
    data = document(without, kid)
    assert _coloured_pixels(_page_images(tmp_path, "referat-no", render_referat(data)), SUN) == 0
    assert _coloured_pixels(_page_images(tmp_path, "letter-no", render_letter(data)), SUN) == 0

    not_for_letter = rich_conversation(kid)
    assert not_for_letter.three_houses is not None
    not_for_letter.three_houses.dreams_drawing.consent = QuoteConsent(case=CaseConsent.YES)
    data = document(not_for_letter, kid)
    assert _coloured_pixels(_page_images(tmp_path, "referat-case", render_referat(data)), SUN) > 40
    assert _coloured_pixels(_page_images(tmp_path, "letter-case", render_letter(data)), SUN) == 0


def test_the_drawing_is_vector_lines_not_an_image(tmp_path: Path) -> None:
    """At print quality: the strokes are drawn as lines in the PDF, not pasted as pixels."""
    pdfimages = shutil.which("pdfimages")
    if pdfimages is None:
        pytest.skip("pdfimages is not installed")
    kid = child()
    path = write(tmp_path, "r.pdf", render_referat(document(rich_conversation(kid), kid)))
    listed = subprocess.run(
        [pdfimages, "-list", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    assert len(listed) == 2  # the header lines only: no raster image anywhere


def test_a_new_drawing_does_not_inherit_the_answer_about_the_old_one() -> None:
    kid = child()
    conversation = rich_conversation(kid)  # the dreams drawing has the child's yes
    assert conversation.three_houses is not None
    before = consent.quotes(conversation)
    redrawn = ChildDrawing(
        strokes=[
            Stroke(colour=RED, width=0.01, points=[(0.1, 0.1), (0.2, 0.9)]),
            Stroke(colour=RED, width=0.01, points=[(0.5, 0.1), (0.6, 0.9)]),
        ]
    )  # as many strokes as before: the same line in the read-back list
    conversation.three_houses.dreams_drawing = redrawn
    consent.keep_decisions(before, conversation)
    assert conversation.three_houses.dreams_drawing.consent == QuoteConsent()


def test_the_childs_answer_about_a_drawing_stays_when_words_are_added(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    drawing = ChildDrawing(
        strokes=[Stroke(colour=RED, width=0.01, points=[(0.1, 0.1), (0.5, 0.5)])],
        consent=QuoteConsent(case=CaseConsent.YES, in_letter=True),
    )
    conversation = prepare_conversation(folder, three_houses=ThreeHouses(worries_drawing=drawing))
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    screen.tabs.setCurrentIndex(TAB_HOUSES)
    column = screen.houses.good_column
    qtbot.keyClicks(column.input, "Min hund")
    qtbot.keyClick(column.input, Qt.Key.Key_Return)
    window.lock()
    stored = stored_conversation(folder, conversation).three_houses
    assert stored is not None
    assert [w.text for w in stored.good_things] == ["Min hund"]
    assert stored.worries_drawing.consent == QuoteConsent(case=CaseConsent.YES, in_letter=True)
