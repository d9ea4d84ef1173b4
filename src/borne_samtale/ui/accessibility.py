"""What a screen reader is told about the program's own painted widgets.

Qt describes a widget it does not know as a "filler", which a screen reader reads as
nothing. The canvases the child draws and points on, and the PDF view, get a role that says
what they are. Their names and descriptions (the chosen number, the people on the map) are
set by the widgets themselves; tests/e2e/test_atspi.py checks what reaches AT-SPI.
"""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

# Class names (a subclass is found through its base): Qt asks the factory once per class on
# the way up, so a subclass of a listed class gets the same role.
ROLES: dict[str, QAccessible.Role] = {
    "DrawingSurface": QAccessible.Role.Canvas,  # the free page and the houses' picture
    "NetworkMapCanvas": QAccessible.Role.Canvas,
    "_ChildScale": QAccessible.Role.Canvas,  # the child's big scale
    "QPdfView": QAccessible.Role.Document,  # a signed referat or letter
}


def _interface(class_name: str, target: QObject) -> QAccessibleInterface | None:
    role = ROLES.get(class_name)
    if role is None or not isinstance(target, QWidget):
        return None
    return QAccessibleWidget(target, role)


def install_accessibility() -> None:
    """Once, before the first window is shown (Qt caches an interface per widget)."""
    QAccessible.installFactory(_interface)
