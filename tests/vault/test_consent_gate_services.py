"""The same rules through the services against a real vault: a conversation that breaks a
rule is refused at signing with that item named, and signs once it is put right. A few of
them again through the real command in a child process."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    Conversation,
    ConversationRecord,
    Entry,
    Interpreter,
    Perspective,
    Purpose,
)
from borne_samtale.domain.conversation import SECTION_137_4, ConcernPerson, NotHeld
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import (
    CaseConsent,
    Consulted,
    HeldStatus,
    InterpreterMode,
    LetterDelivery,
    ParentRole,
    PersonRelation,
    PlacementConsent,
    SuspectAnswer,
    WeighsAgainst,
)
from borne_samtale.domain.people import ParentPresence
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import ChecklistIncomplete, Handover
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE, run_cli
from tests.support.signoff import child, complete, with_interpreter

CASEWORKER = CaseworkerProfile(name="Lise Holm", title="Socialrådgiver")
# The § 46 rule is about young people from 15; the other cases use a 14-year-old.
AGE = {"consent-follow-up": 16}
Change = Callable[[Conversation], object]


def _abuse(c: Conversation) -> None:
    c.legal_basis.purpose = Purpose.ABUSE_REPORT
    c.safeguarding.suspect_answer = SuspectAnswer.NOT_KNOWN
    c.safeguarding.police = Consulted.YES
    c.safeguarding.police_on = date(2026, 11, 1)
    c.safeguarding.bornehus = Consulted.NO
    for entry in c.entries:
        entry.question = "Fortæl mig om din dag."


def _suspect_mothers_partner_with_mother_present(c: Conversation) -> None:
    _abuse(c)
    c.safeguarding.suspect_answer = SuspectAnswer.NAMED
    c.safeguarding.persons = [ConcernPerson(relation=PersonRelation.MOTHERS_PARTNER)]
    c.presence.parents = [ParentPresence(role=ParentRole.MOTHER, present=True)]


def _mother_not_present(c: Conversation) -> None:
    c.presence.parents = [
        ParentPresence(role=ParentRole.MOTHER, present=False, absent_reason="§ 137-samtale")
    ]


def _abuse_not_held_for_lack_of_time(c: Conversation) -> None:
    _abuse(c)
    c.held = HeldStatus.NOT_HELD
    c.entries = []
    c.closing.child_view_of_measure = None
    c.not_held = NotHeld(
        reason="Tidspres",
        legal_ground="Barnets Lov § 5, stk. 4",
        weighs_against=WeighsAgainst.OTHER_CIRCUMSTANCES,
        views_obtained_instead="Oplysninger fra skolen om barnets trivsel",
    )


def _abuse_not_held_on_its_own_exception(c: Conversation) -> None:
    assert c.not_held is not None
    c.not_held.reason = "Barnet er tre år og kan ikke fortælle om hændelsen"
    c.not_held.legal_ground = SECTION_137_4
    c.not_held.weighs_against = WeighsAgainst.AGE_OR_MATURITY


def _phone_for_forty_minutes(c: Conversation) -> None:
    with_interpreter(c)
    assert c.presence.interpreter is not None
    c.presence.interpreter.mode = InterpreterMode.PHONE
    c.presence.interpreter.minutes = 40


def _reason_for_long_phone(c: Conversation) -> None:
    assert isinstance(c.presence.interpreter, Interpreter)
    c.presence.interpreter.long_phone_reason = "Ingen fremmødetolk på tigrinya i ugen"


def _quote_via_interpreter(c: Conversation) -> None:
    c.entries.append(
        Entry(
            text="Jeg savner min bror",
            perspective=Perspective.CHILD_VIA_INTERPRETER,
            consent=QuoteConsent(case=CaseConsent.YES),
        )
    )


def _section_46_no(c: Conversation) -> None:
    c.legal_basis.decision_section = "§ 46"
    c.legal_basis.young_person_consent = PlacementConsent.DOES_NOT_CONSENT


# (item refused, how the conversation breaks it, how it is put right)
CASES: list[tuple[str, Change, Change]] = [
    (
        "quote-consent",
        lambda c: setattr(c.entries[0], "consent", QuoteConsent()),
        lambda c: setattr(c.entries[0], "consent", QuoteConsent(case=CaseConsent.NO_LEFT_OUT)),
    ),
    (
        "letter-delivery",
        lambda c: setattr(c.letter, "delivery", LetterDelivery.DIGITAL_MAIL),  # a 14-year-old
        lambda c: setattr(c.letter, "delivery", LetterDelivery.IN_PERSON),
    ),
    ("suspect-not-present", _suspect_mothers_partner_with_mother_present, _mother_not_present),
    (
        "not-held-legal-ground",
        _abuse_not_held_for_lack_of_time,
        _abuse_not_held_on_its_own_exception,
    ),
    (
        "consent-follow-up",
        _section_46_no,
        lambda c: setattr(
            c.legal_basis, "consent_follow_up", "Sagen forelægges børn og unge-udvalget efter § 47"
        ),
    ),
    (
        "measure-named",
        lambda c: setattr(c.legal_basis, "concrete_measure", "x"),
        lambda c: setattr(c.legal_basis, "concrete_measure", "Aflastning i weekenden"),
    ),
    ("phone-long-reason", _phone_for_forty_minutes, _reason_for_long_phone),
    (
        "via-interpreter-without-interpreter",
        _quote_via_interpreter,
        lambda c: with_interpreter(c),
    ),
]


def _stored(service: ConversationService, kid: Child, conversation: Conversation) -> Conversation:
    service.set_caseworker(CASEWORKER)
    record = ConversationRecord(child=kid, caseworker=CASEWORKER, conversation=conversation)
    return service.import_record(record)


@pytest.mark.parametrize(("item", "breaks", "fixes"), CASES, ids=[c[0] for c in CASES])
def test_signing_is_refused_until_the_rule_is_met(
    service: ConversationService, vault: Vault, item: str, breaks: Change, fixes: Change
) -> None:
    kid = child(AGE.get(item, 14))
    conversation = complete(kid)
    breaks(conversation)
    stored = _stored(service, kid, conversation)
    handover = Handover(vault, service)
    with pytest.raises(ChecklistIncomplete) as refused:
        handover.sign(stored.id)
    assert item in [i.id for i in refused.value.missing]
    assert "(" in str(refused.value)  # each missing item with its reference

    fixes(stored)
    for entry in stored.entries:
        service.update_entry(entry)
    service.update(stored)
    signed = handover.sign(stored.id)
    assert signed.conversation.sign_off.document_id


def test_a_waiver_never_passes_a_legal_item_through_the_services(
    service: ConversationService, vault: Vault
) -> None:
    from borne_samtale.domain import Waiver

    kid = child(14)
    conversation = complete(kid)
    conversation.closing.child_view_of_measure = None
    conversation.sign_off.waivers = [
        Waiver(item="child-view-of-measure", reason="Barnet var for træt til at svare")
    ]
    stored = _stored(service, kid, conversation)
    with pytest.raises(ChecklistIncomplete) as refused:
        Handover(vault, service).sign(stored.id)
    assert [i.id for i in refused.value.missing] == ["child-view-of-measure"]


@pytest.mark.parametrize(
    ("item", "breaks", "reference"),
    [
        (CASES[1][0], CASES[1][1], "God praksis"),
        (CASES[3][0], CASES[3][1], "Barnets Lov § 137, stk. 4"),
        (CASES[4][0], CASES[4][1], "Barnets Lov §§ 46-47"),
        (CASES[5][0], CASES[5][1], "Barnets Lov § 5, stk. 3"),
    ],
    ids=["letter", "137-not-held", "46-no", "placeholder-measure"],
)
def test_the_command_refuses_with_the_reference(
    tmp_path: Path, item: str, breaks: Change, reference: str
) -> None:
    env = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}
    folder = tmp_path / "vault"
    assert run_cli("init", "--vault", str(folder), env=env).returncode == 0
    kid = child(AGE.get(item, 14))
    conversation = complete(kid)
    breaks(conversation)
    record = ConversationRecord(child=kid, caseworker=CASEWORKER, conversation=conversation)
    path = tmp_path / "samtale.json"
    path.write_text(record.model_dump_json(), encoding="utf-8")
    assert run_cli("import", str(path), "--vault", str(folder), env=env).returncode == 0
    out = tmp_path / "ud"
    out.mkdir()
    result = run_cli(
        "sign", str(conversation.id), "--out", str(out), "--vault", str(folder), env=env
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    missing = [line for line in result.stderr.splitlines() if line.startswith("Mangler: ")]
    assert any(line.endswith(f"({reference})") for line in missing), result.stderr
    assert list(out.iterdir()) == []
