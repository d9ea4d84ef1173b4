"""The machine a benchmark ran on: CPU, cores, memory, system and library versions."""

import os
import platform
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"') + f" (Linux {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _sqlcipher() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return f"SQLCipher {cipher} (SQLite {sqlite}), sqlcipher3 {_version('sqlcipher3')}"


def describe() -> dict[str, str]:
    from PySide6 import QtCore

    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    memory = _memory_gib()
    return {
        "CPU": _cpu_model(),
        "Cores": f"{cores} logical, {usable} usable by this process",
        "RAM": f"{memory:.1f} GiB" if memory else "unknown",
        "OS": _os_name(),
        "Python": platform.python_version(),
        "PySide6": f"{_version('PySide6')} (Qt {QtCore.qVersion()})",
        "SQLCipher": _sqlcipher(),
        "Documents": (
            f"reportlab {_version('reportlab')}, pikepdf {_version('pikepdf')}, "
            f"pyHanko {_version('pyHanko')}"
        ),
        "Argon2": f"argon2-cffi {_version('argon2-cffi')}",
    }
