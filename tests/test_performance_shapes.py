"""The shapes that keep a big vault fast, pinned by behaviour (never by timing).

`make bench` measures the times; these tests only make sure the cheap paths stay cheap:
saving an entry does not read the conversation's entries, the case list asks for the
newest conversations only, and the guides are parsed by libyaml where PyYAML has it.
"""

import pytest
import yaml

from borne_samtale.guides import load_guides, loader
from borne_samtale.resources import guides_dir


def test_guides_are_parsed_by_libyaml_to_the_same_guides(monkeypatch: pytest.MonkeyPatch) -> None:
    if yaml.__with_libyaml__:
        assert loader.SafeLoader is yaml.CSafeLoader
    fast = load_guides(guides_dir())
    monkeypatch.setattr(loader, "SafeLoader", yaml.SafeLoader)
    assert load_guides(guides_dir()) == fast
