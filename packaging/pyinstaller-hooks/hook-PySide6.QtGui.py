"""PyInstaller hook for PySide6.QtGui that leaves out the Qt plugins Børnesamtale never loads.

It replaces PyInstaller's own hook of the same name (hooks given with `hookspath` in the spec
come first) and does what that hook does, then drops plugins before PyInstaller follows their
library dependencies, so that what only they need (QtQuick, QML, the virtual keyboard,
QtNetwork, GTK; QtPdf only through its image plugin, the preview links it anyway) is
never collected either. Dropping them afterwards in the spec would
leave those libraries behind.

Kept: the desktop platforms (X11, Wayland, Windows, macOS) and offscreen (for smoke tests and
headless screenshots), the desktop portal theme, compose and IBus input (dead keys and input
methods for typing Danish), SVG and ICO images, the SVG icon engine. Plugin types not named
here are kept as they are, so a new type in a later Qt is not silently lost.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugin type -> the only plugins of that type to keep.
KEEP_ONLY = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "imageformats": {"qsvg", "qico"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
}
# Plugin types to leave out whole: embedded displays (EGLFS, evdev, TUIO touch).
DROP_TYPES = {"egldeviceintegrations", "generic"}


def _plugin_type_and_name(source: str, destination: str) -> tuple[str, str] | None:
    parts = PurePath(destination).parts
    if "plugins" not in parts:
        return None
    plugin_type = "/".join(parts[parts.index("plugins") + 1 :])
    name = PurePath(source).name.split(".")[0]
    if name.startswith("lib"):
        name = name[3:]
    return plugin_type, name


def keep(source: str, destination: str) -> bool:
    found = _plugin_type_and_name(source, destination)
    if found is None:
        return True
    plugin_type, name = found
    if plugin_type in DROP_TYPES:
        return False
    allowed = KEEP_ONLY.get(plugin_type)
    return allowed is None or name in allowed


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries if keep(source, destination)]
