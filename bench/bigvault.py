"""The big vault: 2,000 invented children, 10,000 conversations, 200,000 entries.

Built through the real service and repositories (``ConversationService.add_child`` and
``start``, so the FTS triggers and the audit log run as in the app), one transaction per
batch of children. Generation takes minutes, so the result is cached under
``bench/.cache/`` keyed by the schema version and ``GENERATOR_VERSION``; benchmarks work on
a copy of it. Run ``python -m bench.bigvault`` to build it on its own (under ``nice``).
"""

import argparse
import contextlib
import dataclasses
import json
import os
import random
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from bench.common import BENCH_PASSPHRASE, CACHE, emit, progress
from bench.corpus import TextMaker

if TYPE_CHECKING:
    from borne_samtale.vault.keys import KdfParams

# Bump when the generated content changes, so an old cache is not used.
GENERATOR_VERSION = 2  # 2: the key file has the calibrated Argon2id cost

CHILDREN = 2_000
CONVERSATIONS = 10_000
ENTRIES = 200_000
LONG_CONVERSATION_ENTRIES = 200  # one draft this long: typing and the referat use it
BATCH_CHILDREN = 25

_PURPOSE_GUIDES = {
    "before_decision": "forud-for-afgoerelse",
    "investigation": "boernefaglig-undersoegelse",
    "abuse_report": "underretning-overgreb",
    "action_plan_follow_up": "opfoelgning-handleplan",
    "child_in_care": "anbragt-barn",
    "other": "",
}
_SCALE_QUESTIONS = (
    ("Hvordan har du det i skolen?", "Rigtig skidt", "Rigtig godt"),
    ("Hvordan har du det derhjemme?", "Rigtig skidt", "Helt vildt godt"),
    ("Hvor tryg er du i frikvarteret?", "Slet ikke tryg", "Helt tryg"),
)


@dataclass(frozen=True)
class Sizes:
    children: int
    conversations: int
    entries: int
    long_entries: int

    @classmethod
    def scaled(cls, scale: float) -> "Sizes":
        return cls(
            max(2, round(CHILDREN * scale)),
            max(4, round(CONVERSATIONS * scale)),
            max(LONG_CONVERSATION_ENTRIES + 40, round(ENTRIES * scale)),
            LONG_CONVERSATION_ENTRIES,
        )


def cache_dir(scale: float = 1.0) -> Path:
    from borne_samtale.vault.migrations import LATEST_VERSION

    suffix = "" if scale == 1.0 else f"-scale{scale:g}"
    return CACHE / f"bigvault-schema{LATEST_VERSION}-gen{GENERATOR_VERSION}{suffix}"


def vault_folder(scale: float = 1.0) -> Path:
    return cache_dir(scale) / "vault"


def read_meta(scale: float = 1.0) -> dict[str, object]:
    meta: dict[str, object] = json.loads((cache_dir(scale) / "meta.json").read_text())
    return meta


def ensure(scale: float = 1.0) -> Path:
    """The cached big vault's folder, generated first if it is not there."""
    folder = vault_folder(scale)
    if not (cache_dir(scale) / "meta.json").exists():
        build(cache_dir(scale), Sizes.scaled(scale))
    return folder


def working_copy(scale: float, destination: Path) -> Path:
    """A copy of the cached vault that a benchmark may change (unlock writes audit events)."""
    source = ensure(scale)
    destination.mkdir(parents=True, exist_ok=True, mode=0o700)
    for item in source.iterdir():
        if item.is_file():
            shutil.copy2(item, destination / item.name)
    return destination


def _split(total: int, parts: int, minimum: int, rng: random.Random) -> list[int]:
    """``total`` spread over ``parts`` counts of at least ``minimum``, unevenly (some big)."""
    counts = [minimum] * parts
    weights = [rng.paretovariate(2.5) for _ in range(parts)]
    for index in rng.choices(range(parts), weights=weights, k=total - minimum * parts):
        counts[index] += 1
    return counts


def _kdf_params() -> "KdfParams":
    """The Argon2id cost a real vault created on this machine gets: calibrated as the app
    does, before nice (trials under nice run slower and so choose a weaker cost), once, and
    kept in the cache so that every size of vault has the same."""
    from borne_samtale.vault.keys import KdfParams, calibrated_params

    path = CACHE / "kdf-params.json"
    if path.exists():
        return KdfParams(**json.loads(path.read_text()))
    params = calibrated_params()
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dataclasses.asdict(params)))
    return params


def build(target: Path, sizes: Sizes) -> None:
    """Generate the vault into ``target`` (via a temporary folder renamed at the end)."""
    from borne_samtale.domain import (
        CaseworkerProfile,
        Child,
        ChildWords,
        Conversation,
        ConversationStatus,
        Entry,
        IcsDimension,
        Interpreter,
        LegalBasis,
        Perspective,
        Phase,
        Purpose,
        ScaleAnswer,
        SignOff,
    )
    from borne_samtale.domain.enums import OtherSource
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.vault.repositories import transaction

    params = _kdf_params()
    with contextlib.suppress(OSError):
        os.nice(10)  # the machine is shared: generation yields to everyone else
    rng = random.Random(GENERATOR_VERSION * 7919)
    text = TextMaker(GENERATOR_VERSION)
    temporary = target.with_name(target.name + f".partial-{os.getpid()}")
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir(parents=True)
    folder = temporary / "vault"
    progress(
        f"Generating the big vault ({sizes.children} children, {sizes.conversations} "
        f"conversations, {sizes.entries} entries) in {temporary} …"
    )
    started = time.perf_counter()
    vault = access.create(folder, BENCH_PASSPHRASE, params).vault
    service = ConversationService(vault)
    service.set_caseworker(
        CaseworkerProfile(
            name="Bench Rådgiver",
            title="Socialrådgiver",
            unit="Børn og Familie",
            municipality="Bench Kommune",
            phone="12 34 56 78",
        )
    )
    per_child = _split(sizes.conversations, sizes.children, 1, rng)
    # The first conversation is the long one; the rest share the remaining entries.
    per_conversation = [
        sizes.long_entries,
        *_split(sizes.entries - sizes.long_entries, sizes.conversations - 1, 3, rng),
    ]
    purposes = list(Purpose)
    statuses = [
        (ConversationStatus.DRAFT, 0.56),
        (ConversationStatus.SIGNED, 0.20),
        (ConversationStatus.EXPORTED, 0.22),
        (ConversationStatus.TRANSFERRED, 0.02),  # kept for a retention period (not yet due)
    ]
    first_day = date(2023, 1, 2)
    span_days = (date(2026, 11, 1) - first_day).days
    conversation_index = 0
    entries_done = 0
    long_id: UUID | None = None
    typical_id: UUID | None = None
    conn = vault.connection
    for batch_start in range(0, sizes.children, BATCH_CHILDREN):
        with transaction(conn):
            for child_index in range(
                batch_start, min(batch_start + BATCH_CHILDREN, sizes.children)
            ):
                child = service.add_child(
                    Child(
                        name=text.name(),
                        case_number=f"BENCH-{child_index + 1:05d}",
                        birth_date=date(2008, 1, 1) + timedelta(days=rng.randrange(15 * 365)),
                    )
                )
                for _ in range(per_child[child_index]):
                    count = per_conversation[conversation_index]
                    purpose = rng.choice(purposes)
                    starts = datetime.combine(
                        first_day + timedelta(days=rng.randrange(span_days)),
                        datetime.min.time(),
                        tzinfo=UTC,
                    ) + timedelta(hours=rng.randint(7, 15), minutes=rng.choice((0, 15, 30, 45)))
                    is_long = conversation_index == 0
                    status = (
                        ConversationStatus.DRAFT
                        if is_long or conversation_index == 1
                        else rng.choices([s for s, _ in statuses], [w for _, w in statuses])[0]
                    )
                    sign_off = SignOff(status=status)
                    if status is not ConversationStatus.DRAFT:
                        sign_off.signed_at = starts + timedelta(days=1)
                        sign_off.signed_by = "Bench Rådgiver"
                        sign_off.document_id = f"BS-BENCH{conversation_index:06d}-V1"
                    if status in (ConversationStatus.EXPORTED, ConversationStatus.TRANSFERRED):
                        sign_off.exported_at = starts + timedelta(days=2)
                    if status is ConversationStatus.TRANSFERRED:
                        sign_off.case_reference = f"SAG-{conversation_index}"
                        sign_off.transferred_at = starts + timedelta(days=3)
                        sign_off.delete_after = datetime(2031, 1, 1, tzinfo=UTC)
                    interpreter = rng.random() < 0.1
                    conversation = Conversation(
                        child_id=child.id,
                        legal_basis=LegalBasis(
                            purpose=purpose,
                            decision_section="§ 32" if purpose is Purpose.BEFORE_DECISION else "",
                            concrete_measure=text.text(40, 90) if rng.random() < 0.5 else "",
                        ),
                        starts_at=starts,
                        place=rng.choice(("Skolen", "Familiens hjem", "Forvaltningen", "")),
                        guide_id=_PURPOSE_GUIDES[purpose.value],
                        current_phase=rng.choice(list(Phase)),
                        sign_off=sign_off,
                        created_at=starts,
                        updated_at=starts + timedelta(hours=2),
                    )
                    if interpreter:
                        conversation.presence.interpreter = Interpreter(
                            name_or_id=f"Tolk {rng.randint(100, 9999)}",
                            language=rng.choice(("arabisk", "somali", "tigrinya", "dari")),
                            confirmed_not_relative=True,
                            confirmed_adult=True,
                            confidentiality_confirmed=True,
                            briefing_done=True,
                        )
                    if rng.random() < 0.4:
                        question, low, high = rng.choice(_SCALE_QUESTIONS)
                        conversation.scales.append(
                            ScaleAnswer(
                                question=question,
                                low_end=low,
                                high_end=high,
                                value=rng.randint(0, 10),
                                what_makes_it_this_number=ChildWords(text=text.text(50, 120)),
                                recorded_at=starts + timedelta(minutes=30),
                            )
                        )
                    for position in range(count):
                        roll = rng.random()
                        source = None
                        if roll < 0.35:
                            perspective = (
                                Perspective.CHILD_VIA_INTERPRETER
                                if interpreter
                                else Perspective.CHILD_OWN_WORDS
                            )
                            words = text.text(70, 400)
                        elif interpreter and roll < 0.37:
                            perspective = Perspective.UNTRANSLATED_EXCHANGE
                            words = "Udveksling uden oversættelse."
                        else:
                            perspective = rng.choice(
                                (
                                    Perspective.CASEWORKER_PARAPHRASE,
                                    Perspective.CASEWORKER_OBSERVATION,
                                    Perspective.CASEWORKER_OBSERVATION,
                                    Perspective.CASEWORKER_ASSESSMENT,
                                    Perspective.INFORMATION_FROM_OTHERS,
                                )
                            )
                            if perspective is Perspective.INFORMATION_FROM_OTHERS:
                                source = rng.choice(list(OtherSource))
                            words = text.text(180, 1500)
                        at = starts + timedelta(minutes=position)
                        conversation.entries.append(
                            Entry(
                                text=words,
                                perspective=perspective,
                                source=source,
                                ics=rng.sample(list(IcsDimension), rng.choice((0, 0, 1, 1, 2))),
                                phase=rng.choice(list(Phase)),
                                created_at=at,
                                updated_at=at,
                            )
                        )
                    service.start(conversation)
                    if is_long:
                        long_id = conversation.id
                    elif conversation_index == 1:
                        typical_id = conversation.id
                    conversation_index += 1
                    entries_done += count
        elapsed = time.perf_counter() - started
        done = min(batch_start + BATCH_CHILDREN, sizes.children)
        eta = elapsed / done * (sizes.children - done)
        if done % (BATCH_CHILDREN * 8) == 0 or done == sizes.children:
            progress(
                f"  {done}/{sizes.children} children, {conversation_index} conversations, "
                f"{entries_done} entries, {elapsed:.0f} s, about {eta:.0f} s left"
            )
    assert conversation_index == sizes.conversations, conversation_index
    assert entries_done == sizes.entries, entries_done
    access.lock(vault)
    meta = {
        "generator_version": GENERATOR_VERSION,
        "children": sizes.children,
        "conversations": sizes.conversations,
        "entries": sizes.entries,
        "long_conversation": str(long_id),
        "long_conversation_entries": sizes.long_entries,
        "typical_conversation": str(typical_id),
        "typical_conversation_entries": per_conversation[1],
        "database_bytes": (folder / "vault.db").stat().st_size,
        "kdf_memory_kib": params.memory_kib,
        "kdf_iterations": params.iterations,
        "kdf_parallelism": params.parallelism,
        "build_seconds": round(time.perf_counter() - started, 1),
    }
    (temporary / "meta.json").write_text(json.dumps(meta, indent=2))
    shutil.rmtree(target, ignore_errors=True)
    temporary.rename(target)
    progress(f"Big vault ready in {meta['build_seconds']} s ({meta['database_bytes']} bytes).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    args = parser.parse_args()
    ensure(args.scale)
    emit(read_meta(args.scale))


if __name__ == "__main__":
    main()
