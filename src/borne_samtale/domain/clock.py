"""Danish time for every time the program shows, takes in or prints.

Danish time: every time shown, entered or printed is Europe/Copenhagen time, whatever zone
the laptop is set to (a caseworker's 09.30 is 09.30 in the referat)."""

from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@cache
def danish_zone() -> tzinfo | None:
    """Europe/Copenhagen, or None on a system without time zone data (the machine's own zone
    is then the best guess)."""
    try:
        return ZoneInfo("Europe/Copenhagen")
    except ZoneInfoNotFoundError:
        return None


def in_danish_time(moment: datetime) -> datetime:
    """An aware moment as Danish wall-clock time."""
    zone = danish_zone()
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def from_danish_wall_clock(wall: datetime) -> datetime:
    """A time as typed by the caseworker (no zone) read as Danish time."""
    zone = danish_zone()
    if zone is None:
        return wall.astimezone()
    return wall.replace(tzinfo=zone)


def danish_now() -> datetime:
    return in_danish_time(datetime.now().astimezone())


def whole_minutes(seconds: float) -> int:
    """Minutes fully passed, as a clock shows them: the window's phone-interpreting time and
    the referat's count the same way (10 min 59 s is 10 min)."""
    return int(seconds) // 60
