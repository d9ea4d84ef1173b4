"""The vault's one atomic write and its one disk-error mapping (vault/files.py, storage.py)."""

import errno
import os
import stat
from pathlib import Path

import pytest

from borne_samtale.errors import DiskFull
from borne_samtale.vault import files
from borne_samtale.vault.storage import DISK_FULL, storage_errors


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_atomic_write_replaces_the_whole_file_private(tmp_path: Path) -> None:
    target = tmp_path / "nøgle.json"
    target.write_bytes(b"gammel")
    leftover = tmp_path / "nøgle.json.tmp"
    leftover.write_bytes(b"en rest fra et nedbrud")
    leftover.chmod(0o644)
    files.write_atomic(target, b"ny")
    assert target.read_bytes() == b"ny"
    assert not leftover.exists()
    if os.name == "posix":
        assert _mode(target) == 0o600


def test_a_refused_atomic_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "nøgle.json"
    target.write_bytes(b"gammel")

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(DiskFull, match=DISK_FULL), storage_errors():
        files.write_atomic(target, b"ny")
    assert target.read_bytes() == b"gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["nøgle.json"]


def test_a_folder_is_written_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = {"a.pdf": b"a", "b.pdf": b"b", "manifest.json": b"{}"}
    files.write_folder_atomic(tmp_path / "bundle", content)
    assert {p.name: p.read_bytes() for p in (tmp_path / "bundle").iterdir()} == content
    if os.name == "posix":
        assert _mode(tmp_path / "bundle") == 0o700
        assert {_mode(p) for p in (tmp_path / "bundle").iterdir()} == {0o600}

    real_write = files.write_synced

    def full_at_the_second(path: Path, data: bytes, *, exclusive: bool = True) -> None:
        if path.name == "b.pdf":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data, exclusive=exclusive)

    monkeypatch.setattr(files, "write_synced", full_at_the_second)
    with pytest.raises(OSError, match="No space"):
        files.write_folder_atomic(tmp_path / "other", content)
    assert [p.name for p in tmp_path.iterdir()] == ["bundle"]  # no half folder, hidden or not


def test_only_disk_errors_are_mapped() -> None:
    with pytest.raises(DiskFull), storage_errors():
        raise OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(FileNotFoundError), storage_errors():
        raise FileNotFoundError(errno.ENOENT, "No such file")
    with pytest.raises(ValueError, match="ikke disken"), storage_errors():
        raise ValueError("ikke disken")
