"""The test helpers fail loudly: a dialog that never comes is a failure, not a silent pass."""

from pytestqt.qtbot import QtBot

from tests.support.gui_helpers import DialogNeverShown, when_dialog


def test_a_dialog_that_never_comes_fails_the_test(qtbot: QtBot) -> None:
    answered: list[object] = []
    with qtbot.captureExceptions() as exceptions:
        when_dialog(answered.append, wait_seconds=0.2)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=10_000)
    assert answered == []
    assert isinstance(exceptions[0][1], DialogNeverShown)
