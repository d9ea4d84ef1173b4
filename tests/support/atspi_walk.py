"""What a screen reader receives: drives the real program by keys under X and reads its
accessibility tree over AT-SPI, screen by screen.

Run by tests/e2e/test_atspi.py with the system's python3 (Debian's python3-pyatspi is not in the
virtual environment), inside a D-Bus session and with DISPLAY set to an X server. It starts
the program itself (``--demo``, in the data folder it is given) and prints one JSON object:
for every screen, the controls that are shown (role, name, description, states, place on
the screen) and the order the Tab key visits them in. The test judges them; this script
only looks and presses keys.
"""

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pyatspi
from gi.repository import GLib

# Containers read as one control: their items are the content, not controls of their own.
OPAQUE = {
    "list",
    "list box",
    "table",
    "tree",
    "tree table",
    "combo box",
    "menu bar",
    "text",
    "password text",
    "page tab list",
}
ITEM_ROLES = {"list item", "table cell", "page tab", "tree item", "menu item"}
STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "checkable": pyatspi.STATE_CHECKABLE,
    "checked": pyatspi.STATE_CHECKED,
    "enabled": pyatspi.STATE_ENABLED,
    "showing": pyatspi.STATE_SHOWING,
}
MAX_TABS = 90
XDOTOOL = shutil.which("xdotool") or "xdotool"


def _states(node: Any) -> Any | None:
    """The object's states, or None when it went away while it was read."""
    try:
        return node.getState()
    except Exception:
        return None


class Walker:
    def __init__(self, app: "subprocess.Popen[bytes]") -> None:
        self.app = app
        self.root: Any = None
        self.focus_events: list[Any] = []
        pyatspi.Registry.registerEventListener(self._focused, "object:state-changed:focused")

    # Events -------------------------------------------------------------------------------
    def _focused(self, event: Any) -> None:
        if event.detail1 == 1:
            self.focus_events.append(event.source)

    def pump(self, seconds: float) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if not context.iteration(False):
                time.sleep(0.01)

    def wait_for(self, what: str, test: Callable[[], bool], timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.pump(0.1)
            with contextlib.suppress(Exception):  # an object went away while read: again
                if test():
                    return
            if self.app.poll() is not None:
                raise SystemExit(
                    f"the program ended (exit code {self.app.returncode}) while waiting for {what}"
                )
        raise SystemExit(f"timed out waiting for {what}")

    # The program -------------------------------------------------------------------------
    def find_app(self) -> None:
        def found() -> bool:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and app.get_process_id() == self.app.pid and app.childCount:
                    self.root = app
                    return True
            return False

        self.wait_for("the program on the accessibility bus", found, 60)

    def case_list_focused(self) -> bool:
        return (focus := self.focused()) is not None and focus.name == "Samtaler"

    def key(self, *keys: str) -> None:
        subprocess.run([XDOTOOL, "key", "--delay", "40", *keys], check=True)
        self.pump(0.15)

    def type(self, text: str) -> None:
        subprocess.run([XDOTOOL, "type", "--delay", "20", text], check=True)
        self.pump(0.1)

    # Reading the tree --------------------------------------------------------------------
    def shown(self, node: Any | None = None) -> list[Any]:
        """Every shown object under ``node``, not looking inside lists, tables and fields."""
        found: list[Any] = []
        stack = [node if node is not None else self.root]
        while stack:
            current = stack.pop()
            states = _states(current)
            if states is None or not states.contains(pyatspi.STATE_SHOWING):
                continue
            found.append(current)
            with contextlib.suppress(Exception):  # gone while read
                if current.getRoleName() not in OPAQUE:
                    stack.extend(reversed([c for c in current if c is not None]))
        return found

    def find(self, role: str, name: str) -> Any | None:
        for node in self.shown():
            if node.getRoleName() == role and node.name == name:
                return node
        return None

    def describe(self, node: Any) -> dict[str, Any]:
        states = node.getState()
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        labels = [
            target.name or ""
            for relation in node.getRelationSet()
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
            for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
            if target is not None
        ]
        return {
            "path": node.path,
            "role": node.getRoleName(),
            "name": node.name or "",
            "description": node.description or "",
            "labelled_by": labels,
            "states": sorted(k for k, v in STATES.items() if states.contains(v)),
            "box": [box.x, box.y, box.width, box.height],
        }

    def control_of(self, node: Any) -> Any:
        """A focused item (a row, a cell, a tab) stands for the list it is in."""
        current = node
        for _ in range(3):
            if current is None or current.getRoleName() not in ITEM_ROLES:
                break
            parent = current.parent
            if parent is None:
                break
            current = parent
            if (
                current.getRoleName() == "list"
                and current.parent is not None
                and current.parent.getRoleName() == "combo box"
            ):
                current = current.parent
        return current

    def focused(self) -> Any | None:
        """The deepest focused control. A screen with a focus proxy, and a scroll area's
        inside (its proxy is the area), say they are focused too: a control that can take
        the focus is preferred to them."""
        found = None
        for node in self.shown():
            states = _states(node)
            if (
                states is not None
                and states.contains(pyatspi.STATE_FOCUSED)
                and (found is None or states.contains(pyatspi.STATE_FOCUSABLE))
            ):
                found = node
        return None if found is None else self.control_of(found)

    def snapshot(self, screen: str, tab_order: bool = True) -> dict[str, Any]:
        window = next(c for c in self.root if c is not None)
        controls = [self.describe(n) for n in self.shown(window)]
        order: list[dict[str, Any]] = []
        if tab_order:
            order = self.tab_order()
        return {"screen": screen, "controls": controls, "tab_order": order}

    def tab_order(self) -> list[dict[str, Any]]:
        """Press Tab until the focus comes back to a control it has been on: the controls
        in the order seen (the last one is where the round closed); an empty path where
        the focus went to nothing a screen reader can see."""
        start = self.focused()
        if start is None:
            return []
        seen = [self.describe(start)]
        for _ in range(MAX_TABS):
            self.focus_events.clear()
            subprocess.run([XDOTOOL, "key", "Tab"], check=True)
            end = time.monotonic() + 1.0
            while not self.focus_events and time.monotonic() < end:
                self.pump(0.01)
            self.pump(0.03)  # a list says its row is focused just after itself
            # No event: the focus stayed (the only control), or went out of sight.
            node = self.control_of(self.focus_events[-1]) if self.focus_events else self.focused()
            if node is None:
                seen.append({"path": ""})  # the focus went nowhere a screen reader can see
                break
            now = self.describe(node)
            seen.append(now)
            if now["path"] in [c["path"] for c in seen[:-1]]:
                break
        return seen

    def pick_scale_number(self, key: str) -> None:
        """A new scale (Alt+K), a question, then Tab to the child's number and its key."""
        self.key("alt+k")
        self.wait_for(
            "the new scale's question",
            lambda: (f := self.focused()) is not None and f.name == "Spørgsmålet",
        )
        self.type("Hvor glad er du i skolen?")
        for _ in range(12):
            focus = self.focused()
            if focus is not None and focus.name == "Barnets tal fra 0 til 10":
                break
            self.key("Tab")
        self.key(key)
        self.pump(0.3)

    # The table on the case list ----------------------------------------------------------
    def row_with_status(self, status: str) -> int:
        table = self.find("table", "Samtaler")
        assert table is not None
        cells = table.queryTable()
        for row in range(cells.nRows):
            cell = cells.getAccessibleAt(row, 3)
            if cell is not None and cell.name.startswith(status):
                return row
        raise SystemExit(f"no conversation with the status {status}")

    def open_row(self, row: int) -> None:
        """The case list has the focus on its first row: Down to the row, then Enter."""
        self.key("ctrl+Home")
        for _ in range(row):
            self.key("Down")
        self.key("Return")


def main() -> int:
    program, report = sys.argv[1], sys.argv[2]
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        LANG="da_DK.UTF-8",
    )
    app = subprocess.Popen([program, "--demo"], env=env)
    screens: list[dict[str, Any]] = []
    try:
        walker = Walker(app)
        walker.find_app()
        walker.wait_for(
            "the unlock screen",
            lambda: walker.find("password text", "Adgangsfrase") is not None,
        )
        subprocess.run([XDOTOOL, "mousemove", "683", "384"], check=True)
        walker.wait_for(
            "the passphrase field to have the focus",
            lambda: (f := walker.focused()) is not None and f.getRoleName() == "password text",
        )
        screens.append(walker.snapshot("unlock"))
        walker.type("demo-boernesamtale")
        walker.key("Return")
        walker.wait_for("the case list", lambda: walker.find("table", "Samtaler") is not None, 60)
        walker.wait_for(
            "the case list to have the focus",
            walker.case_list_focused,
        )
        walker.pump(0.5)
        screens.append(walker.snapshot("cases"))
        walker.wait_for(
            "the case list to have the focus",
            walker.case_list_focused,
        )
        walker.open_row(walker.row_with_status("Kladde"))
        walker.wait_for(
            "the conversation",
            lambda: walker.find("text", "Skriv notat") is not None,
        )
        walker.pump(0.5)
        for key, screen in (
            ("F3", "talk"),
            ("F4", "scale"),
            ("F5", "houses"),
            ("F6", "network"),
            ("F7", "closing"),
            ("F8", "checklist"),
        ):
            walker.key(key)
            walker.pump(0.4)
            if screen == "scale":
                walker.pick_scale_number("7")
            screens.append(walker.snapshot(screen))
        for key, screen in (
            ("F3", "child-free-page"),
            ("F4", "child-scale"),
            ("F5", "child-houses"),
            ("F6", "child-network"),
        ):
            walker.key(key)
            walker.key("F12")  # the child's own screen with the tool
            walker.pump(0.4)
            screens.append(walker.snapshot(screen))
            walker.key("Escape")
        walker.key("F3")
        walker.key("alt+l")  # Tilbage til listen
        walker.wait_for(
            "the case list again",
            walker.case_list_focused,
        )
        walker.open_row(walker.row_with_status("Underskrevet"))
        walker.wait_for(
            "the documents",
            lambda: walker.find("push button", "Udskriv dokumentet") is not None,
        )
        walker.pump(0.5)
        screens.append(walker.snapshot("documents"))
        walker.key("ctrl+q")
        app.wait(15)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    with open(report, "w", encoding="utf-8") as out:  # stdout is the registry daemon's too
        json.dump({"screens": screens}, out, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
