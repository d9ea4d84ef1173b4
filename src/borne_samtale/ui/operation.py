"""One way for the window to run a service call (like Anki's ``CollectionOp``).

A ``UserError`` is said in one plain sentence: a warning box titled for the action, or in a
label of the caller's (``show``) where the message belongs in the dialog or screen itself.
Anything else is a bug: it is not caught here, so it reaches the excepthook, which writes
its type and frames to the bug log and never its message (buglog.install_excepthook); a
bug in a background call is raised again on the window's thread for the same reason.
"""

from collections.abc import Callable
from typing import Generic, TypeVar, cast

from PySide6.QtWidgets import QMessageBox, QWidget

from borne_samtale.errors import UserError
from borne_samtale.ui.worker import Background

T = TypeVar("T")


def log_if_bug(error: BaseException) -> bool:
    """For errors the caller says in its own words: a bug (not a ``UserError``) goes to the
    bug log, content-free. True when it was a bug."""
    if isinstance(error, UserError):
        return False
    from borne_samtale.buglog import record_bug

    record_bug(error)
    return True


class Operation(Generic[T]):
    """``call`` run on the window's thread (``run``) or on a worker (``run_in_background``)."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        call: Callable[[], T],
        *,
        show: Callable[[str], None] | None = None,
    ) -> None:
        self._parent = parent
        self._title = title
        self._call = call
        self._show = show
        self._value: T | None = None
        self._done = False

    def tell(self, error: UserError) -> None:
        """The error's one sentence, where this operation says things."""
        if self._show is not None:
            self._show(str(error))
        else:
            QMessageBox.warning(self._parent, self._title, str(error))

    def run(self) -> bool:
        """Run it now; False (the error told) when it was refused."""
        try:
            self._value = self._call()
        except UserError as error:
            self.tell(error)
            return False
        self._done = True
        return True

    @property
    def value(self) -> T:
        """What the call returned (after ``run`` returned True)."""
        if not self._done:
            raise RuntimeError("the operation has not succeeded")
        return cast(T, self._value)  # set by the call (T itself may include None)

    def run_in_background(
        self,
        background: Background,
        on_success: Callable[[T], None],
        *,
        on_failure: Callable[[UserError], None] | None = None,
        finished: Callable[[bool], None] | None = None,
    ) -> None:
        """Run it on ``background``'s thread. Back on the window's thread: ``finished(ok)``
        first (either way, a bug too), then ``on_success`` with the result, or the error told
        and ``on_failure``."""

        def succeeded(result: T) -> None:
            if finished is not None:
                finished(True)
            on_success(result)

        def failed(error: Exception) -> None:
            if finished is not None:
                finished(False)
            if not isinstance(error, UserError):
                raise error  # a bug: the excepthook logs it without content
            self.tell(error)
            if on_failure is not None:
                on_failure(error)

        background.start(self._call, succeeded, failed)
