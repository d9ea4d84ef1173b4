"""A drawing keeps its shape when the window changes shape: the child's square stays a
square, on the free page and in the houses, drawn now or loaded from the vault."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain.tools import ChildDrawing
from borne_samtale.ui.widgets.drawing_pad import DrawingSurface, FreePage

INK = "#2F2A26"


def _draw(surface: QWidget, path: list[tuple[int, int]]) -> None:
    QTest.mousePress(surface, Qt.MouseButton.LeftButton, pos=QPoint(*path[0]))
    for x, y in path[1:]:
        QTest.mouseMove(surface, QPoint(x, y))
    QTest.mouseRelease(surface, Qt.MouseButton.LeftButton, pos=QPoint(*path[-1]))


def _ink_box(image: QImage) -> tuple[int, int, int, int]:
    """The smallest box around the dark ink (x, y, width, height)."""
    xs: list[int] = []
    ys: list[int] = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 80:
                xs.append(x)
                ys.append(y)
    assert xs, "no ink"
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def _square(left: int, top: int, side: int) -> list[tuple[int, int]]:
    path = []
    for step in range(0, side + 1, 10):
        path.append((left + step, top))
    for step in range(0, side + 1, 10):
        path.append((left + side, top + step))
    for step in range(0, side + 1, 10):
        path.append((left + side - step, top + side))
    for step in range(0, side + 1, 10):
        path.append((left, top + side - step))
    return path


def test_a_square_stays_square_when_the_page_gets_wider(qtbot: QtBot) -> None:
    page = FreePage()
    qtbot.addWidget(page)
    page.resize(500, 500)
    page.show()
    qtbot.waitExposed(page)
    surface = page.surface
    _draw(surface, _square(100, 100, 200))
    aspect = surface.aspect(0)
    _, _, width, height = _ink_box(surface.grab().toImage())
    assert abs(width - height) <= 6
    page.resize(1000, 500)  # the window made wide: the paper keeps its shape
    qtbot.waitUntil(lambda: surface.width() > 900)
    _, _, wide_width, wide_height = _ink_box(surface.grab().toImage())
    assert abs(wide_width - wide_height) <= 6, (wide_width, wide_height)
    assert surface.aspect(0) == aspect  # what is stored with the drawing
    paper = surface.drawing_rects()[0]
    assert abs(paper.width() / paper.height() - aspect) < 0.01
    # Saved and loaded into a window of another shape: still square.
    drawing = page.value(ChildDrawing())
    other = FreePage()
    qtbot.addWidget(other)
    other.resize(600, 900)
    other.set_value(drawing)
    other.show()
    qtbot.waitExposed(other)
    _, _, tall_width, tall_height = _ink_box(other.surface.grab().toImage())
    assert abs(tall_width - tall_height) <= 6, (tall_width, tall_height)


def test_a_page_not_drawn_on_fills_the_space(qtbot: QtBot) -> None:
    surface = DrawingSurface(1)
    qtbot.addWidget(surface)
    surface.resize(800, 400)
    assert surface.drawing_rects() == surface.page_rects()
