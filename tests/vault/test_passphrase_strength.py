"""Passphrase strength is zxcvbn's score, with the caseworker's name and municipality as
words a guesser knows; the minimum is a score, not a length. The window's meter and the
vault apply the same test."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from borne_samtale.domain import CaseworkerProfile
from borne_samtale.errors import WeakPassphrase
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.ui.passphrase import NewPassphraseFields
from borne_samtale.vault.keys import MIN_PASSPHRASE_SCORE, passphrase_score
from tests.support.common import PASSPHRASE, run_cli

# The two the old length-and-variety meter called "Stærk" (97 and 80 bits).
LONG_BUT_WEAK = ["aaaaaaaaaaaaaaaaaaaa", "Password123!"]
PROFILE = CaseworkerProfile(
    name="Lise Holm", title="Rådgiver", unit="Børn og Unge", municipality="Demo Kommune"
)
ABOUT_THEMSELVES = "Lise Holm Demo"  # strong for a stranger, weak for whoever knows her


def test_long_but_guessable_passphrases_score_below_the_minimum() -> None:
    assert [passphrase_score(p) for p in LONG_BUT_WEAK] == [0, 1]
    assert passphrase_score("katten sov på den blå cykel") >= MIN_PASSPHRASE_SCORE


@pytest.mark.parametrize("weak", LONG_BUT_WEAK)
def test_init_refuses_a_long_but_guessable_passphrase(tmp_path: Path, weak: str) -> None:
    folder = tmp_path / "vault"
    result = run_cli("init", "--vault", str(folder), env={"BORNE_SAMTALE_PASSPHRASE": weak})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Fejl: Adgangsfrasen er for let at gætte (styrke ")
    assert weak not in result.stderr
    assert not folder.exists() or not any(folder.iterdir())


def test_a_short_sentence_of_words_is_enough(tmp_path: Path) -> None:
    result = run_cli(
        "init",
        "--vault",
        str(tmp_path / "vault"),
        env={"BORNE_SAMTALE_PASSPHRASE": "katten sov på den blå cykel"},
    )
    assert result.returncode == 0, result.stderr


def test_the_caseworkers_own_name_and_municipality_count_as_known(tmp_path: Path) -> None:
    assert passphrase_score(ABOUT_THEMSELVES) >= MIN_PASSPHRASE_SCORE
    assert passphrase_score(ABOUT_THEMSELVES, ["Lise Holm", "Demo Kommune"]) < MIN_PASSPHRASE_SCORE
    vault = access.create(tmp_path / "vault", PASSPHRASE).vault
    ConversationService(vault).set_caseworker(PROFILE)
    with pytest.raises(WeakPassphrase, match="for let at gætte"):
        access.change_passphrase(vault, PASSPHRASE, ABOUT_THEMSELVES)
    access.lock(vault)
    access.unlock(tmp_path / "vault", PASSPHRASE).close()  # unchanged


def test_the_meter_uses_the_same_score(qtbot: QtBot) -> None:
    fields = NewPassphraseFields(personal_words=["Lise Holm", "Demo Kommune"])
    qtbot.addWidget(fields)
    for text, valid in [
        ("aaaaaaaaaaaaaaaaaaaa", False),
        ("Password123!", False),
        (ABOUT_THEMSELVES, False),
        ("katten sov på den blå cykel", True),
    ]:
        fields.first.setText(text)
        fields.second.setText(text)
        assert fields.valid is valid, text
        assert fields.strength.value() == passphrase_score(text, ["Lise Holm", "Demo Kommune"])
    assert "Stærk" in fields.verdict.text() or "God" in fields.verdict.text()
    fields.first.setText("Password123!")
    assert "For let at gætte" in fields.verdict.text()
