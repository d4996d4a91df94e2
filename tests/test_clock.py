"""Study days in several time zones: +14:00, -03:30 and a zone with daylight saving.

Every other test runs in UTC, where an offset's sign cannot show; here the same
moments fall on different study days depending on the zone, and the figures built on
study days (streak, today's totals, forecast) must follow.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from studybot.core.clock import day_shift_minutes, day_start, study_date, study_day
from studybot.core.packs import load_pack
from studybot.core.records import CardInfo, CardPhase, Review
from studybot.core.stats import learner_progress, streak

from .conftest import MINI_PACK


@contextmanager
def zone(name: str) -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        os.environ["TZ"] = old if old is not None else "UTC"
        time.tzset()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# (zone, moment in UTC, the study day a learner there lives in)
DAYS = [
    ("Pacific/Kiritimati", "2026-01-05T13:59", "2026-01-05"),  # 03:59 on the 6th, local: still the 5th
    ("Pacific/Kiritimati", "2026-01-05T14:00", "2026-01-06"),  # 04:00 on the 6th: a new study day
    ("Pacific/Kiritimati", "2026-01-04T23:00", "2026-01-05"),  # 13:00 on the 5th
    ("America/St_Johns", "2026-01-05T07:29", "2026-01-04"),  # 03:59 NST (-03:30)
    ("America/St_Johns", "2026-01-05T07:30", "2026-01-05"),  # 04:00 NST
    ("America/St_Johns", "2026-07-05T06:29", "2026-07-04"),  # 03:59 NDT (-02:30)
    ("America/St_Johns", "2026-07-05T06:30", "2026-07-05"),
    ("Europe/Berlin", "2026-03-29T01:30", "2026-03-28"),  # 03:30 CEST, the night clocks went forward
    ("Europe/Berlin", "2026-03-29T02:00", "2026-03-29"),  # 04:00 CEST
    ("Europe/Berlin", "2026-10-25T02:59", "2026-10-24"),  # 03:59 CET, the night clocks went back
    ("Europe/Berlin", "2026-10-25T03:00", "2026-10-25"),
    ("UTC", "2026-01-05T03:59", "2026-01-04"),
    ("UTC", "2026-01-05T04:00", "2026-01-05"),
]


@pytest.mark.parametrize(("name", "moment", "day"), DAYS)
def test_study_day_turns_at_four_local_time(name, moment, day):
    with zone(name):
        assert study_day(utc(moment)) == day
        assert study_date(utc(moment)) == date.fromisoformat(day)


# (zone, a moment, the first moment of its study day, in UTC)
STARTS = [
    ("Pacific/Kiritimati", "2026-01-05T20:00", "2026-01-05T14:00"),
    ("America/St_Johns", "2026-01-05T12:00", "2026-01-05T07:30"),
    ("Europe/Berlin", "2026-03-28T12:00", "2026-03-28T03:00"),  # CET: 04:00 is 03:00Z
    ("Europe/Berlin", "2026-03-29T01:30", "2026-03-28T03:00"),  # after the change, the day began in CET
    ("Europe/Berlin", "2026-03-29T12:00", "2026-03-29T02:00"),  # CEST: 04:00 is 02:00Z
    ("Europe/Berlin", "2026-10-25T12:00", "2026-10-25T03:00"),
]


@pytest.mark.parametrize(("name", "moment", "start"), STARTS)
def test_day_start_is_four_oclock_with_that_days_offset(name, moment, start):
    with zone(name):
        begun = day_start(utc(moment))
        assert begun == utc(start)
        assert study_day(begun) == study_day(utc(moment))
        assert study_day(begun - timedelta(seconds=1)) != study_day(begun)


@pytest.mark.parametrize(("name", "minutes"), [("Pacific/Kiritimati", 14 * 60 - 240), ("America/St_Johns", -210 - 240),
                                              ("UTC", -240)])
def test_day_shift_has_the_offsets_sign(name, minutes):
    with zone(name):
        assert day_shift_minutes(utc("2026-01-05T12:00")) == minutes


def _review_at(store, learner, moment: datetime, card: str = "c1", due: datetime | None = None) -> None:
    def decide(before):
        review = Review(pack_id="mini", card_id=card, answer="x", correct=True, score=1.0, rating=3,
                        reviewed_at=moment)
        after = replace(before, state=int(CardPhase.REVIEW), stability=10.0, difficulty=5.0,
                        due=due or moment + timedelta(days=10), last_review=moment, reps=before.reps + 1)
        return review, after

    store.record_review(learner, "mini", card, decide)


@pytest.fixture
def mini_store(store):
    learner = store.learner("ann")
    store.sync_pack(learner, "mini", [CardInfo("c1", "h1"), CardInfo("c2", "h2")], utc("2026-01-01T00:00"))
    return store, learner


@pytest.mark.parametrize(("name", "expected"), [("Pacific/Kiritimati", 2), ("UTC", 1), ("America/St_Johns", 2)])
def test_streak_counts_local_study_days(mini_store, name, expected):
    """Two reviews ten hours apart: in UTC the same study day; at +14:00 (10:00Z is local
    midnight) and at -03:30 (05:00Z is 01:30 local) they fall on two days."""
    store, learner = mini_store
    with zone(name):
        _review_at(store, learner, utc("2026-01-05T05:00" if name == "America/St_Johns" else "2026-01-05T10:00"))
        _review_at(store, learner, utc("2026-01-05T15:00" if name == "America/St_Johns" else "2026-01-05T20:00"))
        assert streak(store, learner, "mini", utc("2026-01-05T21:00")) == expected


@pytest.mark.parametrize(("name", "offset"), [("Pacific/Kiritimati", 1), ("UTC", 0)])
def test_forecast_puts_a_card_on_its_local_day(mini_store, name, offset):
    """A card due at 14:30Z: at +14:00 that is 04:30 on the next local day, so tomorrow."""
    store, learner = mini_store
    with zone(name):
        now = utc("2026-01-05T12:00")
        _review_at(store, learner, now - timedelta(days=1), due=utc("2026-01-05T14:30"))
        progress = learner_progress(store, learner, load_pack(MINI_PACK), now)
        assert progress.forecast[offset] == 1
        assert sum(progress.forecast) == 1


def test_todays_totals_follow_the_local_day(mini_store):
    store, learner = mini_store
    with zone("Pacific/Kiritimati"):
        _review_at(store, learner, utc("2026-01-05T13:00"))  # 03:00 local: yesterday's study day
        _review_at(store, learner, utc("2026-01-05T15:00"), card="c2")  # 05:00 local: today
        progress = learner_progress(store, learner, load_pack(MINI_PACK), utc("2026-01-05T16:00"))
        assert progress.today == date(2026, 1, 6)
        assert progress.reviews_today == 1
