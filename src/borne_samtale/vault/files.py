"""Files written so that a crash or a full disk never leaves half of one under its name.

One way for the key file and for an export bundle: each file is written private (0600) and
fsynced under a temporary name in the same folder, then renamed to its final name, then the
folder is fsynced so the rename itself survives a power cut. A rename within one folder is
atomic: a reader sees the old whole or the new whole, never a mix.
"""

import os
import secrets
from collections.abc import Mapping
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def write_synced(path: Path, data: bytes, *, exclusive: bool = True) -> None:
    """Write ``data`` to ``path`` (mode 0600) and fsync it. ``exclusive``: the file must not
    exist yet; otherwise an existing file is emptied first and made 0600."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    if not exclusive and hasattr(os, "fchmod"):  # not on Windows before Python 3.13
        try:
            os.fchmod(fd, PRIVATE_FILE)  # a leftover file of another mode keeps it under O_TRUNC
        except BaseException:
            os.close(fd)
            raise
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (Windows has no such call)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole: ``path.tmp``, fsync, rename, fsync the folder.
    Raises ``OSError``; the old file is then untouched and no temporary file is left."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        write_synced(tmp, data, exclusive=False)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_folder_atomic(final: Path, files: Mapping[str, bytes]) -> None:
    """Create the folder ``final`` holding ``files`` (written in their order), whole or not
    at all: the files go into a hidden temporary folder beside it, which is renamed once
    every file is on the disk. Raises ``OSError`` after removing the temporary folder."""
    temporary = final.parent / f".{final.name}.{secrets.token_hex(4)}.ufaerdig"
    try:
        temporary.mkdir(parents=True, mode=PRIVATE_FOLDER)
        for name, data in files.items():
            write_synced(temporary / name, data)
        fsync_dir(temporary)
        os.rename(temporary, final)  # not os.replace: an existing folder is never replaced
        fsync_dir(final.parent)
    except OSError:
        for leftover in temporary.glob("*") if temporary.exists() else []:
            leftover.unlink(missing_ok=True)
        if temporary.exists():
            temporary.rmdir()
        raise
