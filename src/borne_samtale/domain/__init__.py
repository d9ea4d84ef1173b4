"""Domain models and pure rules. No Qt, no SQL, no file I/O: importable anywhere."""

from borne_samtale.domain.conversation import (
    Conversation,
    ConversationRecord,
    LegalBasis,
    NotHeld,
    SignOff,
    Waiver,
)
from borne_samtale.domain.entries import ChildWords, Entry
from borne_samtale.domain.enums import (
    AgeBand,
    ConversationStatus,
    HeldStatus,
    IcsDimension,
    InterpreterMode,
    Perspective,
    Phase,
    Purpose,
)
from borne_samtale.domain.people import (
    Bisidder,
    CaseworkerProfile,
    Child,
    Interpreter,
    ParentPresence,
    Presence,
)
from borne_samtale.domain.tools import (
    Closing,
    Correction,
    Goal,
    NetworkMap,
    NetworkPerson,
    ReadBack,
    ScaleAnswer,
    ThreeHouses,
)

__all__ = [
    "AgeBand",
    "Bisidder",
    "CaseworkerProfile",
    "Child",
    "ChildWords",
    "Closing",
    "Conversation",
    "ConversationRecord",
    "ConversationStatus",
    "Correction",
    "Entry",
    "Goal",
    "HeldStatus",
    "IcsDimension",
    "Interpreter",
    "InterpreterMode",
    "LegalBasis",
    "NetworkMap",
    "NetworkPerson",
    "NotHeld",
    "ParentPresence",
    "Perspective",
    "Phase",
    "Presence",
    "Purpose",
    "ReadBack",
    "ScaleAnswer",
    "SignOff",
    "ThreeHouses",
    "Waiver",
]
