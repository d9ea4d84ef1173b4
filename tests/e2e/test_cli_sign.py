"""The whole path headless, through the real command: import, list, sign, and what reaches
the case and the child. A quote the child kept out of the case is on no page of the
referat; a quote not chosen for the letter is on no page of the letter."""

from pathlib import Path

import pytest

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    Conversation,
    ConversationRecord,
    Entry,
    Perspective,
    Purpose,
)
from borne_samtale.domain.conversation import ConcernPerson
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import (
    CaseConsent,
    LetterDelivery,
    ParentRole,
    PersonRelation,
    SuspectAnswer,
)
from borne_samtale.domain.people import ParentPresence
from tests.support.common import PASSPHRASE, ROOT, run_cli
from tests.support.documents import needs_pdftotext, pages_text
from tests.support.signoff import child, complete

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}
CASEWORKER = CaseworkerProfile(
    name="Lise Holm", title="Socialrådgiver", municipality="Demo Kommune", phone="11 22 33 44"
)
KEPT_OUT = "Mor er sød, men hun er syg i hovedet nogle gange"
NOT_FOR_LETTER = "Bjørn råber ad mor, når han har drukket"
FOR_LETTER = "Jeg kan godt lide at spille fodbold"


def _write(tmp_path: Path, kid: Child, conversation: Conversation) -> Path:
    record = ConversationRecord(child=kid, caseworker=CASEWORKER, conversation=conversation)
    path = tmp_path / f"{conversation.id}.json"
    path.write_text(record.model_dump_json(), encoding="utf-8")
    return path


def _consented_conversation() -> tuple[Child, Conversation]:
    kid = child(14)
    conversation = complete(kid)
    conversation.entries += [
        Entry(
            text=KEPT_OUT,
            perspective=Perspective.CHILD_OWN_WORDS,
            consent=QuoteConsent(case=CaseConsent.NO_LEFT_OUT, in_letter=True),
        ),
        Entry(
            text=NOT_FOR_LETTER,
            perspective=Perspective.CHILD_OWN_WORDS,
            consent=QuoteConsent(case=CaseConsent.YES),
        ),
        Entry(
            text=FOR_LETTER,
            perspective=Perspective.CHILD_OWN_WORDS,
            consent=QuoteConsent(case=CaseConsent.YES, in_letter=True),
        ),
    ]
    return kid, conversation


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    result = run_cli("init", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return folder


def _run(*args: str) -> "tuple[int, str, str]":
    result = run_cli(*args, env=WITH_PASSPHRASE)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout, result.stderr


@needs_pdftotext
def test_import_list_and_sign_keep_the_childs_decisions(tmp_path: Path, cli_vault: Path) -> None:
    kid, conversation = _consented_conversation()
    code, out, _ = _run(
        "import", _write(tmp_path, kid, conversation).as_posix(), "--vault", str(cli_vault)
    )
    assert code == 0
    assert "Lise Holm" in out
    assert "gemt som boksens rådgiver" in out

    code, out, _ = _run("list", "--vault", str(cli_vault))
    assert code == 0
    fields = out.strip().split("\t")
    assert fields[0] == str(conversation.id)
    assert fields[1] == "2026-11-02 11:00"  # Danish time
    assert fields[2:] == [kid.case_number, Purpose.BEFORE_DECISION.value, "draft"]

    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    code, out, err = _run(
        "sign", str(conversation.id), "--out", str(out_dir), "--vault", str(cli_vault)
    )
    assert code == 0, err
    (bundle,) = out_dir.iterdir()
    assert sorted(p.name for p in bundle.iterdir()) == [
        "brev-til-barnet.pdf",
        "manifest.json",
        "referat.pdf",
        "samtale.json",
    ]
    referat = " ".join(" ".join(pages_text(bundle / "referat.pdf")).split())
    letter = " ".join(" ".join(pages_text(bundle / "brev-til-barnet.pdf")).split())
    assert "syg i hovedet" not in referat
    assert NOT_FOR_LETTER in referat
    assert "bad om, at 1 citat blev holdt uden for sagen" in referat
    assert "Givet til barnet i hånden" in referat
    assert "syg i hovedet" not in letter  # chosen for the letter, but kept out of the case
    assert "Bjørn" not in letter
    assert FOR_LETTER in letter
    assert "syg i hovedet" not in (bundle / "samtale.json").read_text(encoding="utf-8")

    code, out, _ = _run("list", "--vault", str(cli_vault))
    assert out.strip().split("\t")[-1] == "exported"


def test_a_refused_sign_lists_each_missing_item_with_its_reference(
    tmp_path: Path, cli_vault: Path
) -> None:
    kid = child(11)
    conversation = complete(kid, Purpose.ABUSE_REPORT)
    conversation.safeguarding.suspect_answer = SuspectAnswer.NAMED
    conversation.safeguarding.persons = [ConcernPerson(relation=PersonRelation.MOTHERS_PARTNER)]
    conversation.presence.parents = [ParentPresence(role=ParentRole.MOTHER, present=True)]
    conversation.letter.delivery = LetterDelivery.HOME
    assert (
        _run("import", _write(tmp_path, kid, conversation).as_posix(), "--vault", str(cli_vault))[0]
        == 0
    )

    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    code, out, err = _run(
        "sign", str(conversation.id), "--out", str(out_dir), "--vault", str(cli_vault)
    )
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert lines[0] == "Fejl: Samtalen kan ikke underskrives endnu."
    missing = lines[1:]
    assert all(line.startswith("Mangler: ") and line.endswith(")") for line in missing)
    assert "Mangler: Ingen mistænkt til stede (Barnets Lov § 137)" in missing
    assert "Mangler: Politi og Børnehus (God praksis)" in missing
    assert "Mangler: Brevet sendes hjem trods en bekymring (God praksis)" in missing
    assert list(out_dir.iterdir()) == []
    code, out, _ = _run("list", "--vault", str(cli_vault))
    assert out.strip().split("\t")[-1] == "draft"


def test_an_import_keeps_the_vaults_own_caseworker(tmp_path: Path, cli_vault: Path) -> None:
    kid, first = _consented_conversation()
    assert (
        _run("import", _write(tmp_path, kid, first).as_posix(), "--vault", str(cli_vault))[0] == 0
    )
    second = complete(kid)
    other = CaseworkerProfile(name="Anders And", title="Rådgiver")
    record = ConversationRecord(child=kid, caseworker=other, conversation=second)
    path = tmp_path / "anden.json"
    path.write_text(record.model_dump_json(), encoding="utf-8")
    code, out, _ = _run("import", str(path), "--vault", str(cli_vault))
    assert code == 0
    assert "Boksens rådgiver (Lise Holm) bruges" in out


def test_sign_needs_a_real_id_and_folder(tmp_path: Path, cli_vault: Path) -> None:
    code, _, err = _run("sign", "ikke-et-id", "--out", str(tmp_path), "--vault", str(cli_vault))
    assert code == 1
    assert err.startswith("Fejl: Samtalens id skal være et UUID")
    code, _, err = _run(
        "sign", "00000000-0000-0000-0000-000000000000", "--out", str(tmp_path / "nej")
    )
    assert code == 1
    assert "findes ikke" in err


def test_the_readme_lists_every_subcommand() -> None:
    from borne_samtale.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    choices = actions[0].choices
    assert choices is not None
    names = list(choices)
    assert names
    for name in names:
        assert f"`borne-samtale {name}" in readme, name
