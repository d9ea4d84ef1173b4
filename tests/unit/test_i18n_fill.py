"""with_args: the one way %1, %2 … in a translated text get their values."""

import ast
import re
from pathlib import Path

from borne_samtale.ui.i18n import with_args
from tests.support.common import ROOT

SOURCE = ROOT / "src" / "borne_samtale"


def test_arguments_go_by_number_not_by_order_in_the_text() -> None:
    # An English word order may put %2 before %1.
    assert with_args("%2 før %1", "a", "b") == "b før a"
    assert with_args("%1 af %2 punkter gennemgået", 3, 8) == "3 af 8 punkter gennemgået"


def test_a_repeated_placeholder_gets_the_same_value_each_time() -> None:
    assert with_args("%1 og %1 igen", "mor") == "mor og mor igen"


def test_values_are_shown_with_str() -> None:
    assert with_args("Telefontolkning: %1 min.", 7) == "Telefontolkning: 7 min."
    assert with_args("%1", None) == "None"


def test_percent_ten_is_not_percent_one_followed_by_a_zero() -> None:
    values = [f"v{number}" for number in range(1, 11)]
    assert with_args("%1 %10", *values) == "v1 v10"
    # With too few arguments %10 stays as written rather than becoming "x0".
    assert with_args("%10 %1", "x") == "%10 x"


def test_a_value_holding_a_placeholder_is_shown_as_typed() -> None:
    # A name typed as "50%2" must not pick up the relation in "%1 · %2 · ring %3".
    assert with_args("%1 · %2 · ring %3", "50%2", "mor", 1) == "50%2 · mor · ring 1"
    assert with_args("Om %1", "%1") == "Om %1"


def test_text_without_an_argument_for_it_is_left_alone() -> None:
    assert with_args("%1 og %2", "a") == "a og %2"
    assert with_args("Ingen pladsholdere, 100 %") == "Ingen pladsholdere, 100 %"
    # %n is tr()'s plural count, filled in before with_args sees the text.
    assert with_args("%n samtale(r) med »%1«", "x") == "%n samtale(r) med »x«"


def _replace_chains(path: Path) -> list[int]:
    """Lines in path that call .replace("%1", …) (any number) instead of with_args."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and re.fullmatch(r"%\d+", node.args[0].value)
        ):
            lines.append(node.lineno)
    return lines


def test_no_module_fills_placeholders_with_replace() -> None:
    # Chained replace fills a value's own "%2" in again and reads %10 as %1 and a 0.
    found = {
        str(path.relative_to(SOURCE)): lines
        for path in sorted(SOURCE.rglob("*.py"))
        if (lines := _replace_chains(path))
    }
    assert found == {}


def _format_on_tr(source: str) -> list[int]:
    """Lines in source that call .format(…) on what tr() or translate() returned."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Call)
        ):
            continue
        called = node.func.value.func
        name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
        if name in ("tr", "translate"):
            lines.append(node.lineno)
    return lines


def test_the_format_check_sees_tr_and_translate() -> None:
    source = (
        'a = self.tr("Tal {n}").format(n=1)\n'
        'b = QCoreApplication.translate("X", "Hus {n}").format(n=2)\n'
        'c = "{n}".format(n=3)\n'
        'd = with_args(self.tr("Tal %1"), 4)\n'
    )
    assert _format_on_tr(source) == [1, 2]


def test_no_module_fills_a_translated_text_with_format() -> None:
    # One way for arguments in translated text: %1 %2 and with_args, the placeholders Qt
    # Linguist and the checks in tools/update_translations.py know.
    found = {
        str(path.relative_to(SOURCE)): lines
        for path in sorted(SOURCE.rglob("*.py"))
        if (lines := _format_on_tr(path.read_text(encoding="utf-8")))
    }
    assert found == {}
