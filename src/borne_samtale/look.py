"""The one palette the child sees, in the window and in the printed documents.

The look the child sees, shared by the window and the printed documents: one set of
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


# --- The window's own colours (the tool widgets, the note, focus and errors) -------------
# One place for every colour the window paints, so a change of look is made here once.

ERROR_RED = "#b3362b"  # error and warning text in the dialogs, and what is still missing
FOCUS_BLUE = "#1f5fa8"  # the frame round the list or text field that has the keyboard
FIELD_EDGE = "#9aa5b1"  # the same frame without the focus
HINT_GREY = "#5f6b78"  # a calm hint under a control, not content
WARNING_FILL = "#fde3e1"  # behind a warning that must be seen (the interpreter by phone)
WARNING_INK = "#8a1f16"
SAY_FILL = "#fff4d6"  # behind words the caseworker says aloud (the interpreter briefing)

# The sign-off checklist: done, waived with a reason, and still missing (ERROR_RED).
CHECK_MET = "#2f7d5b"
CHECK_WAIVED = "#8a6d00"

# The prompt list: what is not said to the child is quieter; interpreter-only prompts tinted.
PROMPT_QUIET_INK = "#45505a"
PROMPT_INTERPRETER_FILL = "#fff1e0"

# The caseworker's note beside a tool: grey-blue, never the child's warm colours.
NOTE_FILL = "#E8EDF2"
NOTE_EDGE = "#AEB9C5"

# The 0-10 scale: soft tints for the child's scale, one clear blue for the chosen number.
SCALE_INK = "#33404d"
SCALE_CHOSEN = "#2f6fb0"
SCALE_CHOSEN_DARK = "#1f4f80"
SCALE_TRACK = "#e3e8ee"
SCALE_SAD_FACE = "#cfe0f5"
SCALE_HAPPY_FACE = "#ffe7a3"
SCALE_CHEEK = "#f7c1c1"
SCALE_TEAR = "#8fb8e8"
SCALE_BUTTON = "#f5f7f9"
SCALE_BUTTON_EDGE = "#b8c2cc"
SCALE_BUTTON_HOVER = "#e6eef7"
SCALE_WORDS_FILL = "#fff8ec"  # the frame round the child's words
SCALE_WORDS_EDGE = "#ecd9b8"
SCALE_WORDS_TAG = "#7a5a1e"
SCALE_NOTICE_FILL = "#fff3cd"  # "Barnet valgte 6 på barnets skærm"
SCALE_NOTICE_INK = "#5c4400"

# The three houses in the window (the houses' own colours are at the top).
HOUSES_HINT = "#5E574F"
HOUSES_REMINDER_FILL = "#F4F1EA"
HOUSES_REMINDER_INK = "#3A342E"

# The child's screens (the houses, the network map, the drawing pad, the feedback faces):
# warm paper, dark warm ink, and one dark blue for what is selected or has the keyboard.
CHILD_PAPER = "#FBF8F2"
CHILD_INK = "#2F2A26"
CHILD_SELECTED = "#1F4E79"

# The network map in the window (the people's and rings' colours are above).
MAP_INK = "#23303B"
MAP_EMPTY_HINT = "#5B6670"
MAP_WORDS_FILL = "#FFF6E0"  # the frame round the child's words about a person
MAP_WORDS_EDGE = "#E3AE52"
