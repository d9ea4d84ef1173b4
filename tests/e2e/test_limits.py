"""`guides check` is linear in the number of errors, and an imported record has limits (file
size, entry length, number of entries) with plain messages that name a field's path in the
schema, never a key or a value from the file. Through the real command where it is one."""

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from borne_samtale.guides import loader
from borne_samtale.resources import guides_dir
from borne_samtale.services import conversations
from tests.support.cli import conversation_record, one_line_error
from tests.support.common import PASSPHRASE, run_cli

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}


def _guide_with_unknown_keys(count: int) -> str:
    seed = sorted(guides_dir().glob("*.yaml"))[0].read_text(encoding="utf-8")
    return seed + "".join(f"ukendt_felt_{i}: 1\n" for i in range(count))


class _CountingList(list[Any]):
    """A mapping node's key/value pairs that count how often they are walked through."""

    walks = 0

    def __iter__(self) -> Any:
        _CountingList.walks += 1
        return super().__iter__()


def test_each_mapping_is_walked_a_fixed_number_of_times_however_many_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Finding each error's line used to scan the whole mapping once per error: 20,000
    unknown keys took 10 s, 200,000 did not finish in 600 s. Counted, not timed."""
    real = loader._compose_and_construct

    def counting(text: str) -> tuple[yaml.Node | None, Any]:
        root, data = real(text)
        assert isinstance(root, yaml.MappingNode)
        root.value = _CountingList(root.value)
        return root, data

    monkeypatch.setattr(loader, "_compose_and_construct", counting)
    walks = []
    for count in (10, 2000):
        _CountingList.walks = 0
        guide, problems = loader.parse_guide(_guide_with_unknown_keys(count), Path("g.yaml"))
        assert guide is None
        assert len(problems) == count
        walks.append(_CountingList.walks)
    assert walks[0] == walks[1]  # not one more walk per error
    assert walks[1] <= 3


def test_the_line_of_each_unknown_key_is_still_right() -> None:
    text = _guide_with_unknown_keys(3)
    _, problems = loader.parse_guide(text, Path("g.yaml"))
    lines = text.splitlines()
    for problem in problems:
        assert problem.line is not None
        assert lines[problem.line - 1].startswith(problem.field + ":")


def test_guides_check_reports_20000_unknown_keys(tmp_path: Path) -> None:
    (tmp_path / "guide.yaml").write_text(_guide_with_unknown_keys(20_000), encoding="utf-8")
    result = run_cli("guides", "check", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 20_001
    assert lines[-1] == "20000 fejl i guidefilerne."


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    assert run_cli("init", "--vault", str(folder), env=WITH_PASSPHRASE).returncode == 0
    return folder


def _import(folder: Path, path: Path) -> str:
    result = run_cli("import", str(path), "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1, result.stdout
    return one_line_error(result.stderr)


def test_a_file_over_the_size_limit_is_refused_unread(cli_vault: Path, tmp_path: Path) -> None:
    path = tmp_path / "samtale.json"
    with path.open("wb") as handle:  # sparse: 17 MB on paper, nothing on disk
        handle.truncate(conversations.MAX_RECORD_BYTES + 1024 * 1024)
    line = _import(cli_vault, path)
    assert "samtale.json er for stor" in line
    assert "højst 16 MB" in line


def test_an_entry_over_the_length_limit_is_refused(cli_vault: Path, tmp_path: Path) -> None:
    data = json.loads(conversation_record().model_dump_json())
    data["conversation"]["entries"][1]["text"] = "ord " * 25_001  # 100,004 characters
    path = tmp_path / "samtale.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    line = _import(cli_vault, path)
    assert "conversation.entries[1].text: indlægget er for langt (100004 tegn" in line
    assert "ord ord" not in line


def test_too_many_entries_are_refused(cli_vault: Path, tmp_path: Path) -> None:
    data = json.loads(conversation_record().model_dump_json())
    entry = data["conversation"]["entries"][0]
    data["conversation"]["entries"] = [
        {**entry, "id": str(uuid.uuid4())} for _ in range(conversations.MAX_ENTRIES + 1)
    ]
    path = tmp_path / "samtale.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    line = _import(cli_vault, path)
    assert "conversation.entries: for mange indlæg (5001; højst 5000)" in line


def test_a_key_from_the_file_is_never_repeated(cli_vault: Path, tmp_path: Path) -> None:
    """A wrongly structured file can have a child's name as a key, or in a wrong value."""
    name = f"Liva{uuid.uuid4().hex[:6]}"
    data = json.loads(conversation_record().model_dump_json())
    data["child"][name] = "bor hos mor"
    data["conversation"][f"{name} sagde"] = 1
    data["child"]["id"] = f"{name}-ikke-et-uuid"
    path = tmp_path / "samtale.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    line = _import(cli_vault, path)
    assert name not in line
    assert "bor hos mor" not in line
    assert "child.(ukendt felt): feltet findes ikke i skemaet" in line
    assert "child.id: " in line


def test_schema_paths_keep_the_schema_words_and_hide_the_rest() -> None:
    known = conversations._schema_field_names()
    assert {"child", "conversation", "entries", "text", "name"} <= known
    assert conversations._schema_path(["conversation", "entries", 3, "text"], known) == (
        "conversation.entries[3].text"
    )
    assert conversations._schema_path(["child", "Liva Hansen"], known) == "child.(ukendt felt)"
