"""A screen reader can follow every screen: the real program runs under Xvfb with a D-Bus
session and the AT-SPI registry, is driven by keys (xdotool), and tests/support/atspi_walk.py reads
what a screen reader receives on the unlock screen, the case list, every tab of the
conversation, the child's screen and the documents. The tests below judge it: every control
has a role and a Danish name, values are told, and Tab goes the way the eye reads.

Skipped only when the tools are missing (.ci/run installs them: at-spi2-core,
python3-pyatspi, xvfb, openbox, xdotool, dbus-x11).
"""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from tests.support.common import ROOT

WALKER = ROOT / "tests" / "support" / "atspi_walk.py"
PROGRAM = Path(sys.executable).with_name("borne-samtale")
SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's pyatspi lives there, not in .venv
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
WALK_SECONDS = 150  # it takes about 30 s; a slow CI machine gets room, a hang does not

# Roles that say nothing about what a control does: a focusable one is a control a screen
# reader cannot describe.
GENERIC_ROLES = {"unknown", "invalid", "filler", "redundant object"}
# Qt's own English that would reach the screen reader if a name were left to Qt.
ENGLISH_WORDS = {
    "the",
    "and",
    "ok",
    "cancel",
    "close",
    "open",
    "scroll",
    "page",
    "line",
    "position",
    "clear",
    "untitled",
    "button",
    "left",
    "right",
    "up",
    "down",
}
# Pixels of slack when comparing places on the screen (frames, margins).
SLACK = 6


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found is not None
    return found


def _missing_tool() -> str | None:
    for tool in ("Xvfb", "openbox", "xdotool", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, openbox, xdotool, dbus)"
    if not BUS_LAUNCHER.exists():
        return "at-spi2-core is not installed"
    if not SYSTEM_PYTHON.exists():
        return "/usr/bin/python3 is not there (it runs the AT-SPI walker)"
    found = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
    )
    if found.returncode != 0:
        return "python3-pyatspi is not installed"
    if not PROGRAM.exists():
        return f"{PROGRAM} is not installed (make test installs it)"
    return None


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    missing = _missing_tool()
    if missing is not None:
        pytest.skip(missing)
    home = tmp_path_factory.mktemp("atspi")
    # Xvfb picks a free display and writes its number to the pipe (-displayfd).
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            _tool("Xvfb"),
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1366x768x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    processes: list[subprocess.Popen[bytes]] = [xvfb]
    try:
        with os.fdopen(read_end) as pipe:
            display = ":" + pipe.readline().strip()
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "DBUS_", "XDG_", "AT_SPI"))
        }
        env.update(
            DISPLAY=display,
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),  # the demo vault is made here
            XDG_CONFIG_HOME=str(home / "config"),  # and the settings kept here
            XDG_RUNTIME_DIR=str(home / "run"),
        )
        (home / "run").mkdir(mode=0o700)
        # A window manager gives the window the keyboard, as on a desktop.
        processes.append(
            subprocess.Popen(
                [_tool("openbox")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        report = home / "report.json"
        run = subprocess.run(
            [
                _tool("dbus-run-session"),
                "--",
                str(SYSTEM_PYTHON),
                str(WALKER),
                str(PROGRAM),
                str(report),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=WALK_SECONDS,
            check=False,
        )
        if run.returncode != 0 or not report.exists():
            errors = [
                line
                for line in run.stderr.splitlines()
                if line.strip() and "fd limit" not in line and "ctivat" not in line
            ]
            # The program's bug log (content-free) says where it failed, if it did.
            logs = [log.read_text() for log in home.rglob("fejl.log")]
            pytest.fail("the AT-SPI walk did not finish:\n" + "\n".join(errors[-30:] + logs))
        yield json.loads(report.read_text(encoding="utf-8"))
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _screens(walk: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {screen["screen"]: screen for screen in walk["screens"]}


def _label(control: dict[str, Any]) -> str:
    return f"{control['role']} »{control['name']}« at {control['box'][:2]}"


def test_every_screen_was_walked(walk: dict[str, Any]) -> None:
    assert list(_screens(walk)) == [
        "unlock",
        "cases",
        "talk",
        "scale",
        "houses",
        "network",
        "closing",
        "checklist",
        "child-free-page",
        "child-scale",
        "child-houses",
        "child-network",
        "documents",
    ]


def test_every_control_has_a_role_and_a_danish_name(walk: dict[str, Any]) -> None:
    problems: list[str] = []
    for name, screen in _screens(walk).items():
        for control in screen["controls"]:
            if "focusable" not in control["states"]:
                continue
            if control["role"] in GENERIC_ROLES:
                problems.append(f"{name}: {_label(control)} has no role a reader can tell")
            if not control["name"].strip():
                problems.append(f"{name}: {_label(control)} has no name")
            words = set(control["name"].lower().replace(",", " ").split())
            if words & ENGLISH_WORDS:
                problems.append(f"{name}: {_label(control)} is named in English")
            # Qt names a combo box by its current value on Linux; what it is for comes from
            # the label beside it (a buddy) or its description.
            if control["role"] == "combo box" and not (
                any(label.strip() for label in control["labelled_by"])
                or control["description"].strip()
            ):
                problems.append(f"{name}: {_label(control)} has no label")
    assert not problems, "\n".join(problems)


def _find(screen: dict[str, Any], role: str, name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [
        c for c in screen["controls"] if c["role"] == role and c["name"] == name
    ]
    assert found, f"{screen['screen']}: no {role} »{name}«"
    return found[0]


def test_values_are_told(walk: dict[str, Any]) -> None:
    screens = _screens(walk)
    scale = screens["scale"]  # the walker picked 7 with the key 7
    row = _find(scale, "panel", "Barnets tal fra 0 til 10")
    assert row["description"] == "Valgt: 7"
    checked = [
        c["name"]
        for c in scale["controls"]
        if c["name"].startswith("Tal ") and "checked" in c["states"]
    ]
    assert checked == ["Tal 7"]
    child = screens["child-scale"]
    assert _find(child, "canvas", "Skala fra 0 til 10. Peg på et tal.")["description"] == (
        "Valgt: 7"
    )
    boxes = [c for s in screens.values() for c in s["controls"] if c["role"] == "check box"]
    assert boxes
    assert all("checkable" in c["states"] for c in boxes), [
        _label(c) for c in boxes if "checkable" not in c["states"]
    ]
    talk = screens["talk"]  # the perspective being written is one of these, and is said
    perspectives = [c for c in talk["controls"] if c["role"] == "check box"]
    assert any("checked" in c["states"] for c in perspectives)


def _backwards(before: list[int], after: list[int]) -> bool:
    """Whether Tab going from ``before`` to ``after`` goes against reading order: up, unless
    into a column to the right; or left along the same row."""
    bx, by, bw, bh = before
    ax, ay, aw, ah = after
    above = ay + ah <= by + SLACK
    right_column = ax >= bx + bw - SLACK
    if above and not right_column:
        return True
    overlap = min(by + bh, ay + ah) - max(by, ay)
    same_row = overlap > min(bh, ah) / 2
    return same_row and ax + aw <= bx + SLACK


def _in_a_reached_group(control: dict[str, Any], reached: list[dict[str, Any]]) -> bool:
    """A row of radio buttons or of exclusive check boxes is one Tab stop (the arrow keys
    move inside it, as Qt's exclusive groups do): a choice beside a reached one counts."""
    if control["role"] not in ("radio button", "check box"):
        return False
    x, y = control["box"][:2]
    return any(
        other["role"] == control["role"]
        and (abs(other["box"][1] - y) <= SLACK or abs(other["box"][0] - x) <= SLACK)
        for other in reached
    )


def test_tab_goes_the_way_the_eye_reads(walk: dict[str, Any]) -> None:
    problems: list[str] = []
    for name, screen in _screens(walk).items():
        seen: list[dict[str, Any]] = screen["tab_order"]
        if not seen:
            continue
        order = [c["path"] for c in seen]
        by_path = {c["path"]: c for c in screen["controls"]}
        if "" in order:
            problems.append(f"{name}: Tab moved the focus to nothing a screen reader sees")
            continue
        unknown = [_label(c) for c in seen if c["path"] not in by_path]
        if unknown:
            problems.append(f"{name}: Tab went to what is not shown: " + "; ".join(unknown))
            continue
        first_again = order.index(order[-1])
        if first_again != 0:
            problems.append(
                f"{name}: the screen opens with the focus on "
                f"{_label(by_path[order[0]])}, which Tab never comes back to"
            )
        round_ = [by_path[p] for p in order[first_again:]]
        jumps = [
            f"{_label(a)} -> {_label(b)}"
            for a, b in pairwise(round_)
            if _backwards(a["box"], b["box"])
        ]
        if len(jumps) > 1:  # once round, from the last control back to the first, is fine
            problems.append(f"{name}: Tab goes backwards:\n    " + "\n    ".join(jumps))
        reached = [by_path[p] for p in set(order)]
        left_out = [
            _label(c)
            for c in screen["controls"]
            if {"focusable", "enabled"} <= set(c["states"])
            and c["path"] not in order
            and c["role"] not in ("menu", "menu item", "list item", "page tab")
            and not _in_a_reached_group(c, reached)
        ]
        if left_out:
            problems.append(f"{name}: Tab never reaches " + "; ".join(left_out))
    assert not problems, "\n".join(problems)
