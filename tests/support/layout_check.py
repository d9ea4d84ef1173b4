"""Finding controls that are cut off: outside what their parent shows, or squeezed below the
size their text needs. Used by tests/gui/test_gui_layout.py; see its docstring for the rules."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

# Controls whose text is cut when they are narrower or lower than their minimum size hint.
_TEXT_CONTROLS = (QAbstractButton, QComboBox, QTabBar)


def _name(widget: QWidget) -> str:
    label = widget.accessibleName() or widget.objectName()
    if not label and isinstance(widget, QAbstractButton | QLabel):
        label = widget.text()
    return f"{type(widget).__name__}({label!r})"


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        names.append(_name(current))
        current = current.parentWidget()
    return " < ".join(names[:4])


def _scroll_content_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area that scrolls ``widget``, if ``widget`` is a scroll area's content."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    if isinstance(area, QScrollArea) and area.viewport() is viewport and area.widget() is widget:
        return area
    return None


def _in_item_viewport(parent: QWidget) -> bool:
    """Whether ``parent`` is the viewport of a scroll area other than a QScrollArea's
    content (an item view's editors and index widgets scroll with the items)."""
    area = parent.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _squeezed(widget: QWidget) -> str | None:
    if not isinstance(widget, _TEXT_CONTROLS) and not (
        isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
    ):
        return None
    hint = widget.minimumSizeHint()
    # An explicit minimum size is the widget's own decision about what it needs.
    need_w = widget.minimumWidth() or hint.width()
    need_h = widget.minimumHeight() or hint.height()
    if widget.width() < need_w or widget.height() < need_h:
        return f"{_path(widget)} is {widget.width()}x{widget.height()}, needs {need_w}x{need_h}"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every visible control under ``root`` that is not wholly shown, as readable lines."""
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        if parent is None:
            continue
        geometry: QRect = widget.geometry()
        scroll = _scroll_content_of(widget)
        if scroll is not None:
            # Scrolled content may be larger than the viewport where it can be scrolled to;
            # where the scroll bar is switched off, what sticks out can never be seen.
            viewport = parent.rect()
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if scroll.horizontalScrollBarPolicy() == off and geometry.width() > viewport.width():
                problems.append(
                    f"{_path(widget)} is {geometry.width()} wide in a viewport of "
                    f"{viewport.width()} that cannot scroll sideways"
                )
            if scroll.verticalScrollBarPolicy() == off and geometry.height() > viewport.height():
                problems.append(
                    f"{_path(widget)} is {geometry.height()} high in a viewport of "
                    f"{viewport.height()} that cannot scroll"
                )
        elif not _in_item_viewport(parent) and not parent.rect().contains(geometry):
            problems.append(
                f"{_path(widget)} at {geometry.getRect()} sticks out of "
                f"{_name(parent)} {parent.rect().getRect()}"
            )
        squeezed = _squeezed(widget)
        if squeezed is not None:
            problems.append(squeezed)
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.rect().contains(widget.tabRect(index)):
                    problems.append(f"{_path(widget)}: tab {widget.tabText(index)!r} cut off")
    return problems
