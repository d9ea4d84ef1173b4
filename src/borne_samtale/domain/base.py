"""Shared pydantic base and small value types for the domain."""

from datetime import UTC, datetime
from typing import Annotated
from uuid import UUID, uuid4

import annotated_types
from pydantic import BaseModel, ConfigDict

# Strings are kept as typed: Danish text, quotes and all. Only the ends are trimmed where
# a field is an identifier (case number, language), never in what a child said.
Text = str
ScaleValue = Annotated[int, annotated_types.Ge(0), annotated_types.Le(10)]
Closeness = Annotated[int, annotated_types.Ge(1), annotated_types.Le(3)]
Age = Annotated[int, annotated_types.Ge(0), annotated_types.Le(120)]
Minutes = Annotated[int, annotated_types.Ge(0), annotated_types.Le(24 * 60)]


def new_id() -> UUID:
    return uuid4()


def utc_now() -> datetime:
    return datetime.now(UTC)


class DomainModel(BaseModel):
    """Base of every stored model: unknown fields are an error, assignment is validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)
