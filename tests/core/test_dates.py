"""Reading dates authors write, and showing them in each language."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from samverkan.core.dates import DateError, format_date, parse_date


def test_plain_date_is_midnight_in_stockholm() -> None:
    value = parse_date("2012-12-21")
    assert value.moment.isoformat() == "2012-12-21T00:00:00+01:00"
    assert not value.has_time
    assert value.isoformat() == "2012-12-21"


def test_time_without_zone_is_stockholm_time_summer_and_winter() -> None:
    assert parse_date("2012-06-21 09:30").moment.utcoffset() == dt.timedelta(hours=2)
    assert parse_date("2012-12-21 09:30").moment.utcoffset() == dt.timedelta(hours=1)
    assert parse_date("2012-12-21 09:30").has_time


def test_explicit_zone_is_converted_to_local_time() -> None:
    value = parse_date("2012-12-31T23:30:00Z")
    assert value.local_date == dt.date(2013, 1, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("2012-13-45", "month"), ("2012-02-30", "day"), ("2013-02-29", "day"), ("2012-12-21 25:00", "time"),
     ("21/12/2012", "format"), ("igår", "format"), ("", "format")],
)
def test_bad_dates(text: str, kind: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(text)
    assert raised.value.kind == kind


@pytest.mark.parametrize("value", [20121221, 2012.5, True])
def test_numbers_are_not_dates(value: object) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(value)
    assert raised.value.kind == "number"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_round_trip(day: dt.date) -> None:
    assert parse_date(day.isoformat()).local_date == day


@pytest.mark.parametrize(
    ("locale", "style", "expected"),
    [
        ("sv_SE", "full", "fredag 21 december 2012"),
        ("sv_SE", "long", "21 december 2012"),
        ("sv_SE", "iso", "2012-12-21"),
        ("sv_SE", "month", "december 2012"),
        ("en_GB", "full", "Friday 21 December 2012"),
        ("en_GB", "long", "21 December 2012"),
        ("en_GB", "month", "December 2012"),
    ],
)
def test_formats(locale: str, style: str, expected: str) -> None:
    assert format_date(parse_date("2012-12-21"), locale, style) == expected
