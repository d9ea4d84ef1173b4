"""The documents' colours as reportlab colours.

From the one palette in borne_samtale.look: the child's words warm, the adults' cool.
"""

from reportlab.lib import colors  # type: ignore[import-untyped]

from borne_samtale import look

INK = colors.HexColor(look.INK)
MUTED = colors.HexColor(look.MUTED)
ACCENT = colors.HexColor(look.ACCENT)
CHILD_BACK = colors.HexColor(look.CHILD_BACK)
CHILD_BAR = colors.HexColor(look.CHILD_BAR)
ADULT_BAR = colors.HexColor(look.ADULT_BAR)
HAIRLINE = colors.HexColor(look.HAIRLINE)
RULE = colors.HexColor(look.RULE)
WHITE = colors.white
