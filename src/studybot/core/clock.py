"""Time: the current moment, and the learner's study day.

The only place a moment is cut into days. A study day is the learner's local
calendar day shifted back by `DAY_HOUR` hours, so a session at 01:30 still counts
for the evening before. All moments handled elsewhere are UTC-aware datetimes;
the local time zone enters only here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

__all__ = ["DAY_HOUR", "day_shift_minutes", "day_start", "iso", "parse_iso", "study_date", "study_day", "utcnow"]

DAY_HOUR = 4  # a study day turns at 04:00 local time


def utcnow() -> datetime:
    """The current moment, UTC-aware."""
    return datetime.now(UTC)


def study_date(moment: datetime, day_hour: int = DAY_HOUR) -> date:
    """The learner's study day of a UTC-aware moment: the local date `day_hour` hours earlier."""
    return (moment.astimezone() - timedelta(hours=day_hour)).date()


def study_day(moment: datetime, day_hour: int = DAY_HOUR) -> str:
    """`study_date` as YYYY-MM-DD (the form stored with each review)."""
    return study_date(moment, day_hour).isoformat()


def day_start(moment: datetime, day_hour: int = DAY_HOUR) -> datetime:
    """The first moment (UTC) of the study day that contains `moment`: `day_hour`
    o'clock local time on that day, with that day's own UTC offset (DST-safe)."""
    day = study_date(moment, day_hour)
    local = datetime(day.year, day.month, day.day, day_hour).astimezone()  # naive -> system local time
    return local.astimezone(UTC)


def day_shift_minutes(moment: datetime | None = None, day_hour: int = DAY_HOUR) -> int:
    """Minutes to add to a UTC time (in SQL: `date(t, '+N minutes')`) to get its study day:
    the local UTC offset at `moment`, less `day_hour`. Exact for moments with the same offset."""
    offset = (moment or utcnow()).astimezone().utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60) - day_hour * 60


def iso(moment: datetime | None) -> str | None:
    """A moment as stored: ISO 8601 in UTC with microseconds; None stays None."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_iso(value: str | None) -> datetime | None:
    """The inverse of `iso`; an empty value is None."""
    return datetime.fromisoformat(value) if value else None
