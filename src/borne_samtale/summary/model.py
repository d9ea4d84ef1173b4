"""What the referat and the letter to the child are made from, and Danish date formatting."""

from dataclasses import dataclass
from datetime import date, datetime

from borne_samtale.domain.clock import in_danish_time
from borne_samtale.domain.conversation import Conversation
from borne_samtale.domain.history import ScalePoint
from borne_samtale.domain.people import CaseworkerProfile, Child
from borne_samtale.domain.signoff import Checklist

MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


@dataclass(frozen=True)
class DocumentInput:
    """Everything both documents need, gathered by the service that makes them.

    ``scale_history`` holds the child's scale answers from earlier conversations, oldest
    first (it may be empty). ``contact_phone`` is the number the child can call; it may be
    empty. ``written_at`` is when the note was written and must carry a time zone.
    """

    conversation: Conversation
    child: Child
    caseworker: CaseworkerProfile
    checklist: Checklist
    scale_history: list[ScalePoint]
    document_id: str
    version: int
    written_at: datetime
    contact_phone: str = ""

    def __post_init__(self) -> None:
        if self.written_at.tzinfo is None or self.written_at.utcoffset() is None:
            raise ValueError("written_at must carry a time zone")
        if self.version < 1:
            raise ValueError("version must be 1 or higher")

    @property
    def child_age(self) -> int:
        """The child's age on the day of the conversation (Danish local date)."""
        return self.child.age_on(local(self.conversation.starts_at).date())


def local(moment: datetime) -> datetime:
    """The moment in Danish time (the machine's local time when no zone data is found)."""
    return in_danish_time(moment)


def danish_date(day: date) -> str:
    """'6. oktober 2026'."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def danish_weekday_date(day: date) -> str:
    """'tirsdag den 6. oktober 2026'."""
    return f"{WEEKDAYS[day.weekday()]} den {danish_date(day)}"


def danish_time(moment: datetime) -> str:
    """'13.05' in Danish time."""
    at = local(moment)
    return f"{at.hour:02d}.{at.minute:02d}"


def danish_datetime(moment: datetime) -> str:
    """'6. oktober 2026 kl. 13.05' in Danish time."""
    return f"{danish_date(local(moment).date())} kl. {danish_time(moment)}"


def danish_duration(conversation: Conversation) -> str:
    """'47 min.' (or '1 t. 5 min.'), with the phone interpreter's share: the time the
    conversation was open, added up across locks and restarts."""

    def span(seconds: int) -> str:
        minutes = max(1, round(seconds / 60)) if seconds else 0
        hours, minutes = divmod(minutes, 60)
        return f"{hours} t. {minutes} min." if hours else f"{minutes} min."

    text = span(conversation.elapsed_seconds)
    if conversation.phone_interpreting_seconds:
        text += f", heraf {span(conversation.phone_interpreting_seconds)} med telefontolk"
    return text


def short_date(day: date) -> str:
    """'6.10.2026', for chart axes."""
    return f"{day.day}.{day.month}.{day.year}"
