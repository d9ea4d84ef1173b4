"""Conversation guides as data: schema and loader. No Qt, no SQL."""

from borne_samtale.guides.loader import GuideProblem, check_guides, load_guides, parse_guide
from borne_samtale.guides.schema import Guide, GuidePhase, MustCover, Prompt, PromptKind, ToolName

__all__ = [
    "Guide",
    "GuidePhase",
    "GuideProblem",
    "MustCover",
    "Prompt",
    "PromptKind",
    "ToolName",
    "check_guides",
    "load_guides",
    "parse_guide",
]
