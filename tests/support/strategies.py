"""Hypothesis strategies that fill every field of a domain model, optional ones included."""

from datetime import timedelta, timezone
from typing import Annotated, Any, TypeVar

from hypothesis import strategies as st
from pydantic import AwareDatetime, BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

_offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
st.register_type_strategy(AwareDatetime, st.datetimes(timezones=_offsets))  # type: ignore[arg-type]


def _field_strategy(annotation: Any, metadata: list[Any]) -> st.SearchStrategy[Any]:
    if metadata:
        annotation = Annotated[(annotation, *metadata)]
    return st.from_type(annotation)


def full_model(model: type[M]) -> st.SearchStrategy[M]:
    """Every field drawn (no defaults), invalid combinations filtered out by the model itself."""
    fields = {
        name: st.deferred(lambda f=field: _field_strategy(f.annotation, list(f.metadata)))
        for name, field in model.model_fields.items()
    }

    def build(values: dict[str, Any]) -> M | None:
        try:
            return model.model_validate(values)
        except ValidationError:
            return None

    return st.fixed_dictionaries(fields).map(build).filter(lambda m: m is not None)  # type: ignore[arg-type,return-value]


def register_models(*models: type[BaseModel]) -> None:
    for model in models:
        st.register_type_strategy(model, full_model(model))
