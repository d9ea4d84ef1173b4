"""The language of the user interface: Danish (the source texts) or English (a .qm file).

Danish is the product language: the texts in the code are Danish, so Danish needs no
translation file of our own. English comes from resources/translations/borne_samtale_en.qm,
compiled from borne_samtale_en.ts with pyside6-lrelease.
"""

import re
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from borne_samtale.errors import UserError
from borne_samtale.resources import resource_dir

DANISH = "da"
ENGLISH = "en"
LANGUAGE_SETTING = "ui/language"
_TRANSLATOR_NAME = "borne_samtale_translator"
# Where a built program (PyInstaller) has Qt's own translations, inside its bundle folder.
# packaging/borne-samtale.spec ships them there (QT_TRANSLATIONS_DEST; a test compares them).
FROZEN_QT_TRANSLATIONS = ("PySide6", "Qt", "translations")
# Qt's numbered arguments, %1 %2 … in a translated text. tr() has already filled in %n.
_ARGUMENT = re.compile(r"%(\d+)")


def with_args(text: str, *args: object) -> str:
    """The translated text with %1, %2 … replaced by the arguments, as QString.arg would.

    One pass, so %10 is never %1 followed by a 0, and an argument that itself holds "%2"
    (a child's name, a search) is shown as typed, not filled in again. A placeholder with
    no argument stays as written, so a slip in a translation shows rather than crashes.
    """

    def argument(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 1 <= number <= len(args) else match.group(0)

    return _ARGUMENT.sub(argument, text)


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_da.qm: the file dialog's "Kig i", "Filer af type",
    the buttons) may be: Qt's own idea first, then the built program's bundle, then PySide6's
    folder (Qt/translations on Linux and macOS, translations on Windows)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle, *FROZEN_QT_TRANSLATIONS))
    package = Path(PySide6.__file__).resolve().parent
    folders += [package / "Qt" / "translations", package / "translations"]
    return folders


def _normalise(value: object) -> str | None:
    """The language, da or en, that a name such as en_GB or da-DK means; None for others."""
    text = str(value).strip().lower() if value is not None else ""
    if text.startswith(DANISH):
        return DANISH
    if text.startswith(ENGLISH):
        return ENGLISH
    return None


def choose_language(language: str | None = None) -> str:
    """The explicit choice, else the saved setting, else Danish unless the system is English."""
    chosen = _normalise(language)
    if chosen is None:
        chosen = _normalise(QSettings("borne-samtale", "borne-samtale").value(LANGUAGE_SETTING))
    if chosen is None:
        chosen = ENGLISH if _normalise(QLocale.system().name()) == ENGLISH else DANISH
    return chosen


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators install_translator put in: the source texts (Danish) show."""
    for translator in app.findChildren(QTranslator):
        if translator.objectName() == _TRANSLATOR_NAME:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def _load(app: QCoreApplication, name: str, directory: str) -> QTranslator | None:
    # A child of the application, so that it lives as long as the application does.
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(name, directory):
        return translator
    translator.setParent(None)
    translator.deleteLater()
    return None


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translations for the chosen language and return it: "da" or "en".

    English falls back to Danish, silently, when its .qm file is missing. Qt's own texts
    (OK, Cancel …) follow the chosen language. Calling it again replaces the translators
    an earlier call installed.
    """
    chosen = choose_language(language)
    remove_translators(app)
    if chosen == DANISH:
        # Danish is the source text; its file only holds the plural forms ("1 punkt",
        # "8 punkter"). Without it the UI still reads well: "punkt(er)".
        try:
            directory = resource_dir() / "translations"
        except UserError:
            directory = None
        if directory is not None and (directory / f"borne_samtale_{DANISH}.qm").is_file():
            plurals = _load(app, f"borne_samtale_{DANISH}.qm", str(directory))
            if plurals is not None:
                QCoreApplication.installTranslator(plurals)
    if chosen == ENGLISH:
        try:
            directory = resource_dir() / "translations"
        except UserError:
            return install_translator(app, DANISH)
        qm = directory / f"borne_samtale_{ENGLISH}.qm"
        ours = _load(app, qm.name, str(directory)) if qm.is_file() else None
        if ours is None:
            return install_translator(app, DANISH)
        QCoreApplication.installTranslator(ours)
    for folder in qt_translation_dirs():
        if not (folder / f"qtbase_{chosen}.qm").is_file():
            continue
        qt_base = _load(app, f"qtbase_{chosen}", str(folder))
        if qt_base is not None:
            QCoreApplication.installTranslator(qt_base)
            break
    _install_qt_supplement(app, chosen)
    return chosen


def _install_qt_supplement(app: QCoreApplication, language: str) -> None:
    """Our own Danish for the texts Qt's Danish lacks in Qt 6 ("&Look in:", "Files of
    &type:" in the file dialog). Installed last, so it is asked first."""
    try:
        directory = resource_dir() / "translations"
    except UserError:
        return
    name = f"qt_supplement_{language}.qm"
    if (directory / name).is_file():
        supplement = _load(app, name, str(directory))
        if supplement is not None:
            QCoreApplication.installTranslator(supplement)


__all__ = [
    "DANISH",
    "ENGLISH",
    "FROZEN_QT_TRANSLATIONS",
    "LANGUAGE_SETTING",
    "choose_language",
    "install_translator",
    "qt_translation_dirs",
    "remove_translators",
    "with_args",
]
