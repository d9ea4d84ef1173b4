"""Hypothesis strategies that fill every field of a domain model, optional ones included."""

from datetime import timedelta, timezone
from typing import Annotated, Any, TypeVar, cast

from hypothesis import strategies as st
from pydantic import AwareDatetime, BaseModel, ValidationError
from pydantic.fields import FieldInfo

M = TypeVar("M", bound=BaseModel)

_offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
st.register_type_strategy(AwareDatetime, st.datetimes(timezones=_offsets))


def _field_strategy(annotation: Any, metadata: list[Any]) -> st.SearchStrategy[Any]:
    if metadata:
        annotation = Annotated[(annotation, *metadata)]
    return st.from_type(annotation)


def _deferred(field: FieldInfo) -> st.SearchStrategy[Any]:
    return st.deferred(lambda: _field_strategy(field.annotation, list(field.metadata)))


def full_model(model: type[M]) -> st.SearchStrategy[M]:
    """Every field drawn (no defaults), invalid combinations filtered out by the model itself."""
    fields = {name: _deferred(field) for name, field in model.model_fields.items()}

    def build(values: dict[str, Any]) -> M | None:
        try:
            return model.model_validate(values)
        except ValidationError:
            return None

    models = st.fixed_dictionaries(fields).map(build).filter(lambda m: m is not None)
    return cast("st.SearchStrategy[M]", models)  # the filter leaves no None


def register_models(*models: type[BaseModel]) -> None:
    for model in models:
        st.register_type_strategy(model, full_model(model))
