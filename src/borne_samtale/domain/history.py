"""The child's answers over time, for following progression across conversations."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ScalePoint:
    """One scale answer in time: a goal's text (or the question) and the child's number."""

    at: datetime
    topic: str
    value: int
