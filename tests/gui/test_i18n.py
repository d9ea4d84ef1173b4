"""The English translation: compiled with the real lrelease, loaded into real widgets."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from borne_samtale.ui import i18n
from borne_samtale.ui.screens.conversation import TOLD_LABELS
from borne_samtale.ui.screens.unlock import UnlockScreen
from borne_samtale.ui.widgets.entries import SHORT_LABELS
from tests.support.common import ROOT

TS_FILE = ROOT / "resources" / "translations" / "borne_samtale_en.ts"
DANISH_TS_FILE = ROOT / "resources" / "translations" / "borne_samtale_da.ts"
QT_SUPPLEMENT_TS_FILE = ROOT / "resources" / "translations" / "qt_supplement_da.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_]\w*\}")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resource folder holding translations/borne_samtale_{en,da}.qm, built from the .ts."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    assert lrelease.exists(), f"{lrelease} is missing: install PySide6 into this environment"
    folder = tmp_path_factory.mktemp("resources")
    (folder / "translations").mkdir()
    for ts in (TS_FILE, DANISH_TS_FILE, QT_SUPPLEMENT_TS_FILE):
        qm = folder / "translations" / ts.with_suffix(".qm").name
        result = subprocess.run(
            [str(lrelease), str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert qm.stat().st_size > 0
    return folder


@pytest.fixture
def app(
    qapp: QApplication, compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[QApplication]:
    """The application, loading translations from the compiled folder; Danish again after."""
    monkeypatch.setattr(i18n, "resource_dir", lambda: compiled)
    yield qapp
    i18n.remove_translators(qapp)


def test_english_translates_a_real_widget(app: QApplication, qtbot: QtBot) -> None:
    assert i18n.install_translator(app, "en") == "en"
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "&Unlock"
    assert screen.recover_button.accessibleName() == "Use the recovery code"


def test_english_plural_forms(app: QApplication, qtbot: QtBot) -> None:
    i18n.install_translator(app, "en")
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    screen.show_error("Forkert adgangsfrase.", 1)
    assert screen.message.text().endswith("Please wait 1 second before trying again.")
    screen.show_error("Forkert adgangsfrase.", 5)
    assert screen.message.text().endswith("Please wait 5 seconds before trying again.")


def test_danish_plural_forms(app: QApplication, qtbot: QtBot) -> None:
    assert i18n.install_translator(app, "da") == "da"
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    screen.show_error("Forkert adgangsfrase.", 1)
    assert screen.message.text().endswith("Vent 1 sekund, før du prøver igen.")
    screen.show_error("Forkert adgangsfrase.", 5)
    assert screen.message.text().endswith("Vent 5 sekunder, før du prøver igen.")


def test_every_plural_message_has_danish_forms() -> None:
    root = ET.parse(DANISH_TS_FILE).getroot()  # noqa: S314 (our own file)
    danish = {m.findtext("source"): m for m in root.iter("message")}
    for _context, message in _messages():
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in danish[source].iter("numerusform")]
        assert len(forms) == 2, source
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source))
            assert "(" not in form.replace("(F", ""), form  # no "punkt(er)" left


def test_texts_from_constants_are_translated(app: QApplication) -> None:
    i18n.install_translator(app, "en")
    told = [QCoreApplication.translate("ConversationScreen", text) for text in TOLD_LABELS.values()]
    short = [QCoreApplication.translate("EntryCapture", text) for text in SHORT_LABELS.values()]
    assert "Why we are talking today" in told
    assert "Child's words" in short
    for source, english in zip(
        [*TOLD_LABELS.values(), *SHORT_LABELS.values()], [*told, *short], strict=True
    ):
        assert english != source or source == "Observation", source


def test_danish_leaves_the_source_texts(app: QApplication, qtbot: QtBot) -> None:
    i18n.install_translator(app, "en")
    assert i18n.install_translator(app, "da") == "da"  # replaces English
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "&Lås op"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel.replace("&", "") == "Annuller"  # Qt's own Danish


def test_missing_english_file_falls_back_to_danish(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "resource_dir", lambda: tmp_path)
    assert i18n.install_translator(app, "en") == "da"
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "&Lås op"


def test_the_saved_setting_chooses_when_no_language_is_given(app: QApplication) -> None:
    settings = QSettings("borne-samtale", "borne-samtale")
    settings.setValue(i18n.LANGUAGE_SETTING, "en_GB")
    try:
        assert i18n.install_translator(app, None) == "en"
        assert i18n.install_translator(app, "da") == "da"  # an explicit choice wins
    finally:
        settings.remove(i18n.LANGUAGE_SETTING)


@pytest.mark.parametrize(
    ("given", "chosen"), [("en", "en"), ("en_GB", "en"), ("EN-us", "en"), ("da_DK", "da")]
)
def test_language_names(given: str, chosen: str) -> None:
    assert i18n.choose_language(given) == chosen


def _messages() -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(TS_FILE).getroot().iter("context"):  # noqa: S314 (our own file)
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&\S", text.replace("&&", "")))


def test_every_message_is_finished_and_keeps_its_placeholders() -> None:
    problems = []
    count = 0
    for context, message in _messages():
        count += 1
        source = message.findtext("source") or ""
        where = f"[{context}] {source!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            problems.append(f"not finished: {where}")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.findall("numerusform")]
            if len(forms) != 2:
                problems.append(f"needs singular and plural: {where}")
        else:
            forms = [translation.text or ""]
        for english in forms:
            if not english.strip():
                problems.append(f"empty: {where}")
            if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {where} -> {english!r}")
            if _mnemonics(english) != _mnemonics(source):
                problems.append(f"mnemonic differs: {where} -> {english!r}")
    assert count > 400
    assert not problems, "\n".join(problems)


def test_texts_lupdate_cannot_see_are_in_the_file() -> None:
    present = {(context, message.findtext("source")) for context, message in _messages()}
    expected = {("ConversationScreen", text) for text in TOLD_LABELS.values()}
    expected |= {("EntryCapture", text) for text in SHORT_LABELS.values()}
    expected.add(("ScalePage", "(ny skala)"))  # self.tr inside an f-string
    assert expected <= present, sorted(expected - present)


def test_qts_own_file_dialog_speaks_danish(app: QApplication, qtbot: QtBot) -> None:
    """Qt's file dialog (the app uses Qt's own, not the desktop's): "Kig i", "Filer af type".
    Qt 6 changed those two texts and Qt's Danish lacks them: our supplement has them."""
    assert i18n.install_translator(app, "da") == "da"
    dialog = QFileDialog(None, "Vælg", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["lookInLabel"] == "&Kig i:"
    assert texts["fileTypeLabel"] == "Filer af &type:"
    assert texts["fileNameLabel"] == "&Filnavn:"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Mappe"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuller"


def test_qts_danish_is_found_in_pyside6s_folder_when_qt_looks_elsewhere(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in a built program, where Qt's idea of its translations folder may be wrong."""
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))
    assert i18n.qt_translation_dirs()[0] == tmp_path
    i18n.install_translator(app, "da")
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Filnavn:"


def test_a_built_program_looks_where_the_spec_puts_qts_translations(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert tmp_path.joinpath(*i18n.FROZEN_QT_TRANSLATIONS) in i18n.qt_translation_dirs()
