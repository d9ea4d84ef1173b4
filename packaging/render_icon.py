"""Render the program icon from its SVG source into the PNG and ICO files that ship.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icon.py

resources/icons/borne-samtale.svg is the source. borne-samtale.png (512 px) is for the window,
the Linux menu and the macOS .app (PyInstaller turns it into .icns); borne-samtale.ico holds
16 to 256 px for Windows (the .exe and the installer). Run it again after changing the SVG and
commit all three files.
"""

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "borne-samtale.svg"
PNG_SIZE = 512
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    png = ICONS / "borne-samtale.png"
    if not render(renderer, PNG_SIZE).save(str(png)):
        print(f"could not write {png}", file=sys.stderr)
        return 1
    # Pillow scales the largest rendering down to each size the ICO holds.
    largest = render(renderer, max(ICO_SIZES)).convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = bytes(largest.constBits())
    image = Image.frombuffer(
        "RGBA",
        (largest.width(), largest.height()),
        pixels,
        "raw",
        "RGBA",
        largest.bytesPerLine(),
        1,
    )
    image.save(
        ICONS / "borne-samtale.ico", format="ICO", sizes=[(size, size) for size in ICO_SIZES]
    )
    del app
    print(f"wrote {png.name} and borne-samtale.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
