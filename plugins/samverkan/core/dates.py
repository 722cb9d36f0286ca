"""Dates: reading what authors write, and showing dates in the page's language.

Authors write ``2012-12-21`` or ``2012-12-21 09:30``; a date without a zone is in
the site's time zone (Europe/Stockholm). Display goes through Babel (CLDR), so
Swedish pages say "fredag 21 december 2012" and English ones
"Friday 21 December 2012".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_date as _babel_format_date

DEFAULT_TIMEZONE = "Europe/Stockholm"

_DATE = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?$"
)

#: CLDR patterns per display style. "full" and "long" follow PRODUCT.md; "iso" is for tables.
PATTERNS = {
    "full": "EEEE d MMMM y",
    "long": "d MMMM y",
    "month": "LLLL y",
    "iso": "yyyy-MM-dd",
}


class DateError(ValueError):
    """A date that cannot be read.

    ``kind`` is 'format' (unreadable), 'number' (a bare number), 'month', 'day'
    or 'time' (a date that does not exist); ``month`` and ``day`` say which.
    """

    def __init__(self, kind: str, month: int = 0, day: int = 0) -> None:
        super().__init__(kind)
        self.kind = kind
        self.month = month
        self.day = day


@dataclass(frozen=True, order=True)
class EntryDate:
    """A point in time from front matter, always timezone-aware.

    Attributes:
        moment: the aware datetime (midnight local time when no time was given).
        has_time: whether the author gave a time of day.
    """

    moment: dt.datetime
    has_time: bool = False

    @property
    def local_date(self) -> dt.date:
        return self.moment.date()

    def isoformat(self) -> str:
        """``2012-12-21`` for dates, full ISO 8601 with offset for date-times."""
        return self.moment.isoformat() if self.has_time else self.moment.date().isoformat()


def parse_date(value: object, timezone: str = DEFAULT_TIMEZONE) -> EntryDate:
    """Read a front-matter date. Raises :class:`DateError` with a reason."""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        raise DateError("number")
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=ZoneInfo(timezone))
        return EntryDate(moment, True)
    if isinstance(value, dt.date):
        return EntryDate(dt.datetime(value.year, value.month, value.day, tzinfo=ZoneInfo(timezone)))
    if not isinstance(value, str):
        raise DateError("format")
    match = _DATE.match(value.strip())
    if not match:
        raise DateError("format")
    parts = {k: int(v) for k, v in match.groupdict().items() if v and k != "zone"}
    _check_real(parts)
    zone = match.group("zone")
    tz: dt.tzinfo = ZoneInfo(timezone)
    if zone:
        tz = dt.timezone.utc if zone == "Z" else _offset(zone)
    moment = dt.datetime(
        parts["year"], parts["month"], parts["day"],
        parts.get("hour", 0), parts.get("minute", 0), parts.get("second", 0), tzinfo=tz,
    )
    if zone:
        moment = moment.astimezone(ZoneInfo(timezone))
    return EntryDate(moment, has_time="hour" in parts)


def _check_real(parts: dict[str, int]) -> None:
    month, day = parts["month"], parts["day"]
    if not 1 <= month <= 12:
        raise DateError("month", month, day)
    try:
        dt.date(parts["year"], month, day)
    except ValueError:
        raise DateError("day", month, day) from None
    if parts.get("hour", 0) > 23 or parts.get("minute", 0) > 59 or parts.get("second", 0) > 59:
        raise DateError("time", month, day)


def _offset(zone: str) -> dt.timezone:
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def format_date(value: dt.date | dt.datetime | EntryDate, locale: str, style: str = "long") -> str:
    """Format a date for display in ``locale`` ("sv_SE", "en_GB") in a named style."""
    if isinstance(value, EntryDate):
        value = value.local_date
    elif isinstance(value, dt.datetime):
        value = value.date()
    return _format(value, locale, style)


@lru_cache(maxsize=65536)
def _format(value: dt.date, locale: str, style: str) -> str:
    return _babel_format_date(value, PATTERNS[style], locale=locale)
