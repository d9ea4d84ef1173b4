"""The fonts of the documents: DejaVu Sans, shipped in resources/fonts and embedded in every PDF.

reportlab's built-in Helvetica is never embedded (and has no glyphs beyond Latin-1), so every
style and every drawing names these fonts. ``register_fonts`` is cheap to call again.
"""

import threading

from borne_samtale.resources import resource_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the DejaVu Sans family with reportlab once; returns the family's regular name.

    The family mapping makes ``<b>`` and ``<i>`` in Paragraphs pick the bold and oblique
    files. No bold-oblique file is shipped, so bold italic falls back to bold.
    """
    global _registered
    with _lock:
        if _registered:
            return REGULAR
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
        from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

        folder = resource_dir() / "fonts"
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in known:
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
        )
        _registered = True
        return REGULAR
