"""What the conversation screen and the child's screen need from a tool widget.

The scale, the three houses and the network map are each split in two: a painting part
(scale_canvas.py, houses_canvas.py, network_canvas.py) that shows the child's view, and an
editing part (scale.py, three_houses.py, network_map.py) that holds the caseworker's form
and the value. The screens reach every tool through this one small protocol: load a value,
read it back, hear about each edit, switch to the child's view, and show "via tolk".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import SignalInstance

Value = TypeVar("Value")


@runtime_checkable
class ToolWidget(Protocol[Value]):
    """One tool's widget, editing one value of type ``Value`` in memory."""

    @property
    def changed(self) -> SignalInstance:
        """Fires on every edit the caseworker or the child makes (never on ``set_value``)."""
        ...

    def set_value(self, value: Value, /) -> None:
        """Load a value from the conversation, without emitting ``changed``."""
        ...

    def value(self) -> Value:
        """A new, validated value holding what is on the screen now."""
        ...

    def set_child_view(self, on: bool, /) -> None:
        """Show only what the child may see (on), or the caseworker's form (off)."""
        ...

    def is_child_view(self) -> bool: ...

    def set_interpreter_present(self, on: bool, /) -> None:
        """Show the "via tolk" markers when an interpreter takes part."""
        ...


if TYPE_CHECKING:
    # mypy proves here that each tool keeps the protocol.
    from borne_samtale.domain.tools import NetworkMap, ScaleAnswer, ThreeHouses
    from borne_samtale.ui.widgets.network_map import NetworkMapWidget
    from borne_samtale.ui.widgets.scale import ScaleWidget
    from borne_samtale.ui.widgets.three_houses import ThreeHousesWidget

    _SCALE: type[ToolWidget[ScaleAnswer]] = ScaleWidget
    _HOUSES: type[ToolWidget[ThreeHouses]] = ThreeHousesWidget
    _NETWORK: type[ToolWidget[NetworkMap]] = NetworkMapWidget
