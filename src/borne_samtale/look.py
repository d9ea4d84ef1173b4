"""The look the child sees, shared by the window and the printed documents: one set of
colours, so the houses on paper are the houses on the screen. Plain hex strings, no Qt and
no reportlab, so both sides (and the domain's tests) can read them."""

# Ink and accents of the printed documents: dark blue-grey text, a muted grey for labels
# and footers, a dark blue for headings.
INK = "#23303B"
MUTED = "#5B6770"
ACCENT = "#1F4E79"
# The child's words on paper: a warm band with an ochre bar; the adults' words a grey bar.
CHILD_BACK = "#FFF4DC"
CHILD_BAR = "#D9A23A"
ADULT_BAR = "#9AA8B4"
HAIRLINE = "#D5DCE2"  # between the rows of a table
RULE = "#B8C2CA"  # the scale's line, the frame round a drawing

# The three houses, in order: good things, worries, dreams (soft, clearly different colours:
# warm yellow, soft blue-grey, soft violet).
HOUSE_BODY = ("#F7DC8C", "#C3CFDB", "#D9CBEA")
HOUSE_ROOF = ("#E3AE52", "#8EA0B4", "#A78FCB")
HOUSE_HEADING = ("#FBEBBB", "#DCE4EC", "#E9E0F4")  # the caseworker's column heading
# Outlines and the house's name: the roof colour darkened, readable on the body colour.
HOUSE_OUTLINE = ("#9A7436", "#5E6C7C", "#715A93")

# The network map: people coloured by group (fill, edge), rings from the innermost out.
NETWORK_FAMILY = ("#F7CDBA", "#B75B3C")
NETWORK_FRIENDS = ("#CFE8B8", "#4F8A2E")
NETWORK_SCHOOL = ("#C4DCF2", "#356C9E")
NETWORK_OTHER = ("#E3D5F0", "#7B58A0")
RING_FILL = ("#FCEBC8", "#E2F1E1", "#E1EBF7")
RING_EDGE = ("#E4C88E", "#A9CFAA", "#A9C1DF")
ME_FILL = "#FFD36E"
ME_EDGE = "#D9A23A"


def network_angle(index: int, count: int, ring: int) -> float:
    """Where the ``index``-th of ``count`` people on ``ring`` (1 innermost) sits, in degrees
    clockwise from three o'clock as on a screen: spread evenly from just off the top, each
    ring turned a little so that people in different rings do not line up. The window and
    the referat both use it, so the child's map looks the same on paper."""
    step = 360.0 / count
    return -90 + (index + 0.5) * step + (ring - 1) * 17


# The child's pens on the drawing pad (name for the screen reader, colour), also on paper.
PEN_COLOURS = (
    ("sort", "#2F2A26"),
    ("rød", "#D3452F"),
    ("blå", "#2F6FC0"),
    ("grøn", "#3C9A3F"),
    ("gul", "#F2B705"),
    ("lilla", "#8A4FB8"),
)
# Line widths as fractions of the page's width: thin and thick.
PEN_THIN = 0.008
PEN_THICK = 0.022
