"""Use cases on children, conversations and entries. Every change is saved at once."""

from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    Conversation,
    ConversationRecord,
    ConversationStatus,
    Entry,
)
from borne_samtale.domain.base import utc_now
from borne_samtale.domain.history import ScalePoint
from borne_samtale.errors import ConversationSigned, InvalidRecord, UserError
from borne_samtale.vault.audit import AuditEvent
from borne_samtale.vault.repositories import ChildListing, ConversationSummary, SearchHit
from borne_samtale.vault.vault import Vault

# Imported times outside these cannot be real, and the far ends overflow in local time.
PLAUSIBLE_FROM = datetime(1900, 1, 1, tzinfo=UTC)
PLAUSIBLE_UNTIL = datetime(2200, 1, 1, tzinfo=UTC)

# One "edited" audit event per conversation per this span, not one per keystroke.
EDIT_AUDIT_SPAN = timedelta(minutes=10)


class ConversationService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._edit_logged: dict[UUID, datetime] = {}

    # Caseworker and children ------------------------------------------------------------
    def caseworker(self) -> CaseworkerProfile | None:
        return self._vault.caseworker.get()

    def set_caseworker(self, profile: CaseworkerProfile) -> CaseworkerProfile:
        self._vault.caseworker.save(profile)
        return profile

    def adopt_caseworker(self, profile: CaseworkerProfile) -> tuple[CaseworkerProfile, bool]:
        """The vault's caseworker after an import: the record's, when the vault has none yet.
        Returns the profile in use and whether the record's was adopted."""
        current = self.caseworker()
        if current is not None and current.name.strip():
            return current, False
        if not profile.name.strip():
            return current or CaseworkerProfile(), False
        return self.set_caseworker(profile), True

    def add_child(self, child: Child) -> Child:
        with self._vault.transaction():
            self._vault.children.save(child, utc_now())
            self._vault.audit.append(AuditEvent.CHILD_CREATED, str(child.id))
        return child

    def update_child(self, child: Child) -> Child:
        self._vault.children.get(child.id)  # must exist
        self._vault.children.save(child, utc_now())
        return child

    def children(self) -> list[Child]:
        return self._vault.children.all()

    def children_listing(self) -> list[ChildListing]:
        """Every child's id, name and case number: cheaper than ``children()`` for lists."""
        return self._vault.children.listing()

    def child(self, child_id: UUID) -> Child:
        return self._vault.children.get(child_id)

    # Conversations ----------------------------------------------------------------------
    def start(self, conversation: Conversation) -> Conversation:
        self._vault.children.get(conversation.child_id)  # must exist
        with self._vault.transaction():
            self._vault.conversations.save_with_entries(conversation)
            self._vault.audit.append(AuditEvent.CONVERSATION_CREATED, str(conversation.id))
        return conversation

    def get(self, conversation_id: UUID) -> Conversation:
        return self._vault.conversations.get(conversation_id)

    def summaries(
        self,
        child_id: UUID | None = None,
        *,
        limit: int | None = None,
        ids: Collection[UUID] | None = None,
    ) -> list[ConversationSummary]:
        """Newest first; for one child or all, at most ``limit``, or only those in ``ids``."""
        return self._vault.conversations.summaries(child_id, limit=limit, ids=ids)

    def conversation_count(self, child_id: UUID | None = None) -> int:
        return self._vault.conversations.count(child_id)

    def scale_history(self, child_id: UUID) -> list[ScalePoint]:
        """Every scale answer the child gave, oldest first, for following progression."""
        points = []
        for summary in reversed(self.summaries(child_id)):
            # Scales and goals live in the conversation itself: its entries are not needed.
            conversation = self._vault.conversations.get(summary.id, with_entries=False)
            goals = {g.id: g.text for g in conversation.goals}
            for scale in conversation.scales:
                if scale.value is None:
                    continue
                topic = goals.get(scale.goal_id, scale.question) if scale.goal_id else None
                topic = topic or scale.question
                points.append(ScalePoint(conversation.starts_at, topic, scale.value))
        return points

    def usual_places(self, limit: int = 5, recent: int = 30) -> list[str]:
        """Where this caseworker usually holds conversations, most used first, from the
        latest conversations (kept in the vault, never in the settings)."""
        counts: Counter[str] = Counter()
        for summary in self.summaries(limit=recent):
            place = self._vault.conversations.get(summary.id, with_entries=False).place.strip()
            if place:
                counts[place] += 1
        return [place for place, _ in counts.most_common(limit)]

    def search(self, query: str) -> list[SearchHit]:
        return self._vault.conversations.search(query)

    def update(self, conversation: Conversation) -> Conversation:
        """Save the conversation's own fields (not entries) after a change in the UI."""
        self._refuse_if_signed(conversation.id)
        conversation.updated_at = utc_now()
        with self._vault.transaction():
            self._vault.conversations.save(conversation)
            self._log_edit(conversation.id)
        return conversation

    # Entries ----------------------------------------------------------------------------
    def add_entry(self, conversation_id: UUID, entry: Entry) -> Entry:
        self._refuse_if_signed(conversation_id)
        with self._vault.transaction():
            self._vault.conversations.add_entry(conversation_id, entry)
            self._log_edit(conversation_id)
        return entry

    def update_entry(self, entry: Entry) -> Entry:
        conversation_id = self._vault.conversations.conversation_of_entry(entry.id)
        self._refuse_if_signed(conversation_id)
        entry.updated_at = utc_now()
        with self._vault.transaction():
            self._vault.conversations.update_entry(entry)
            self._log_edit(conversation_id)
        return entry

    def delete_entry(self, entry_id: UUID) -> None:
        conversation_id = self._vault.conversations.conversation_of_entry(entry_id)
        self._refuse_if_signed(conversation_id)
        with self._vault.transaction():
            self._vault.conversations.delete_entry(entry_id)
            self._log_edit(conversation_id)

    # Import and export ------------------------------------------------------------------
    def import_record(self, record: ConversationRecord) -> Conversation:
        """Store an imported conversation; all or nothing."""
        conversation = record.conversation
        if conversation.sign_off.status is not ConversationStatus.DRAFT:
            # Its signed documents are not in the record: imported, it would be marked signed
            # without them (and, once transferred, be deleted at the next unlock).
            raise InvalidRecord(
                "Samtalen i filen er underskrevet; kun samtaler, der ikke er underskrevet, "
                "kan importeres."
            )
        if self._vault.conversations.exists(conversation.id):
            raise InvalidRecord("Samtalen findes allerede i boksen.")
        entry_ids = [entry.id for entry in conversation.entries]
        if len(set(entry_ids)) != len(entry_ids):
            raise InvalidRecord("Samtalefilen har to notater med samme id.")
        if any(self._vault.conversations.entry_exists(i) for i in entry_ids):
            raise InvalidRecord("Et notat i samtalefilen findes allerede i boksen.")
        if not all(_plausible(moment) for moment in _moments(record.model_dump())):
            raise InvalidRecord("Samtalefilen har et tidspunkt, der ikke kan være rigtigt.")
        with self._vault.transaction():
            if not self._vault.children.exists(record.child.id):
                self._vault.children.save(record.child, utc_now())
                self._vault.audit.append(AuditEvent.CHILD_CREATED, str(record.child.id))
            self._vault.conversations.save_with_entries(conversation)
            self._vault.audit.append(AuditEvent.CONVERSATION_IMPORTED, str(conversation.id))
        return conversation

    def export_record(self, conversation_id: UUID) -> ConversationRecord:
        conversation = self.get(conversation_id)
        return ConversationRecord(
            child=self.child(conversation.child_id),
            caseworker=self.caseworker() or CaseworkerProfile(),
            conversation=conversation,
        )

    # Internals --------------------------------------------------------------------------
    def _refuse_if_signed(self, conversation_id: UUID) -> None:
        # The status column alone: this runs on every save of a typed entry, and reading the
        # whole conversation with its entries made a save grow with the conversation.
        status = self._vault.conversations.status(conversation_id)
        if status is not ConversationStatus.DRAFT:
            raise ConversationSigned(
                "Samtalen er underskrevet og kan ikke ændres. Lav et tillæg i stedet."
            )

    def _log_edit(self, conversation_id: UUID) -> None:
        now = utc_now()
        last = self._edit_logged.get(conversation_id)
        if last is None or now - last >= EDIT_AUDIT_SPAN:
            self._vault.audit.append(AuditEvent.CONVERSATION_EDITED, str(conversation_id), at=now)
            self._vault.conversations.touch(conversation_id, now)  # for "untouched for N days"
            self._edit_logged[conversation_id] = now


def _moments(value: object) -> Iterator[datetime]:
    """Every datetime in a dumped model, however deep."""
    if isinstance(value, datetime):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _moments(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _moments(item)


def _plausible(moment: datetime) -> bool:
    """Shown in local time without overflow (year 1 at +14:00 is not): 1900 to 2200."""
    return PLAUSIBLE_FROM <= moment <= PLAUSIBLE_UNTIL


# Limits on an imported record, checked before and after parsing: a conversation is some
# hundred kilobytes; these leave room for years of follow-up without letting one file take
# the laptop's memory (a 100 MB entry used to take 940 MB).
MAX_RECORD_BYTES = 16 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_ENTRY_CHARS = 100_000


def _schema_field_names() -> frozenset[str]:
    """Every property name in the record's JSON Schema: the words an error may repeat."""
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                names.update(str(key) for key in properties)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(ConversationRecord.model_json_schema())
    return frozenset(names)


def _schema_path(loc: Sequence[int | str], known: frozenset[str]) -> str:
    """The error's place as a path in the schema. A key that is not a field of the schema
    came from the file (perhaps a child's name in a wrongly structured file): never shown."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = part if part in known else "(ukendt felt)"
            out += f".{name}" if out else name
    return out or "filen"


def _plain_message(err: Mapping[str, Any]) -> str:
    """pydantic's message without anything from the input (a UUID error quotes a character
    of it): only the first clause, except for the program's own validators."""
    message = str(err["msg"])
    if err["type"] == "value_error":
        return message.removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        return "feltet findes ikke i skemaet"
    return message.split(", ")[0]


def read_record_file(path: Path) -> ConversationRecord:
    """Parse and validate a conversation record within the limits above. Messages name the
    file and a field's path in the schema, never a key or a value from the file."""
    try:
        size = path.stat().st_size
        if size > MAX_RECORD_BYTES:
            raise InvalidRecord(
                f"{path.name} er for stor til at være en samtalefil ({size // (1024 * 1024)} MB; "
                f"højst {MAX_RECORD_BYTES // (1024 * 1024)} MB)."
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Filen {path} findes ikke.") from None
    except OSError as exc:
        raise UserError(f"Filen {path} kan ikke læses ({exc.strerror}).") from None
    if len(raw) > MAX_RECORD_BYTES:  # grew while being read, or a special file
        raise InvalidRecord(f"{path.name} er for stor til at være en samtalefil.")
    try:
        record = ConversationRecord.model_validate_json(raw)
    except ValidationError as exc:
        known = _schema_field_names()
        problems = []
        for err in exc.errors()[:5]:
            loc = [p for p in err["loc"] if isinstance(p, int | str)]
            problems.append(f"{_schema_path(loc, known)}: {_plain_message(err)}")
        more = f" (og {exc.error_count() - 5} fejl mere)" if exc.error_count() > 5 else ""
        raise InvalidRecord(
            f"{path.name} er ikke en gyldig samtalefil: " + "; ".join(problems) + more
        ) from None
    entries = record.conversation.entries
    if len(entries) > MAX_ENTRIES:
        raise InvalidRecord(
            f"{path.name} er ikke en gyldig samtalefil: conversation.entries: for mange "
            f"indlæg ({len(entries)}; højst {MAX_ENTRIES})."
        )
    for number, entry in enumerate(entries):
        if len(entry.text) > MAX_ENTRY_CHARS:
            raise InvalidRecord(
                f"{path.name} er ikke en gyldig samtalefil: conversation.entries[{number}].text: "
                f"indlægget er for langt ({len(entry.text)} tegn; højst {MAX_ENTRY_CHARS})."
            )
    return record
