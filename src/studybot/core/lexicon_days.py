"""Days named, not numbered, on the same date every year (English), as `lexicon.PHRASES` reads them: "Christmas Day
1412" is "25 December 1412", "Valentine's Day" "14 February", "Independence Day" the Fourth of July. Words as
answers are read: lower case, the possessive "'s" gone ("valentine day"), or typed without its apostrophe
("valentines day"). Only days whose date never moves (not Easter), and only data. Also the days of the week
(`WEEKDAYS`), which name no date but end the names of days and events ("Black Sunday", `tutor.thing_names`)."""

from __future__ import annotations

__all__ = ["NAMED_DAYS", "WEEKDAYS"]

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _saint(name: str, date: str) -> dict[str, str]:
    """A saint's day, said with "St", "St.", "Saint" or without ("St Valentine's Day", "Valentines Day")."""
    return {f"{before}{name}{s} day": date for before in ("", "st ", "st. ", "saint ") for s in ("", "s")}


NAMED_DAYS: dict[str, str] = {
    "new year day": "1 january", "new years day": "1 january", "new year eve": "31 december",
    "new years eve": "31 december", "christmas day": "25 december", "christmas eve": "24 december",
    "boxing day": "26 december", "halloween": "31 october", "all saints day": "1 november",
    # English says these of one country's day ("Independence Day" is the Fourth of July)
    "independence day": "4 july", "bastille day": "14 july", "armistice day": "11 november",
    "remembrance day": "11 november", "guy fawkes night": "5 november", "guy fawkes day": "5 november",
    "bonfire night": "5 november", "midsummer day": "24 june",
    **_saint("valentine", "14 february"), **_saint("patrick", "17 march"), **_saint("george", "23 april"),
    **_saint("andrew", "30 november"), **_saint("david", "1 march"),
}
