"""Colours shared by the referat and the letter: the child's words warm, the adults' cool."""

from reportlab.lib import colors  # type: ignore[import-untyped]

INK = colors.HexColor("#23303B")
MUTED = colors.HexColor("#5B6770")
ACCENT = colors.HexColor("#1F4E79")
CHILD_BACK = colors.HexColor("#FFF4DC")
CHILD_BAR = colors.HexColor("#D9A23A")
