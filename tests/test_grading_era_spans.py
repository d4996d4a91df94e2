"""A span of years written with a hyphen ("1260-1390", "1260–1390") is two figures, as "12-15" is, and a wording's
era of our own ("AD 1260 to 1390", "н. э.") need not be said: a year without an era is of ours. The other era
still fails ("1260 BC to 1390 BC"), and another first year too (issue #11: dates in every supported language; from a
blind author's report, whose span card marked "1260-1390" wrong). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.quantities import find_quantities


@pytest.mark.parametrize(("text", "figures"), [
    ("1260-1390", [1260, 1390]),
    ("1260–1390", [1260, 1390]),  # an en dash
    ("12-15", [12, 15]),
    ("12-1500", [12]),  # (no span of that shape: left as it was)
    ("2019-10-28", [2019]),  # an ISO date, read as a date by `dates`
])
def test_a_hyphenated_span_of_years_is_two_figures(text: str, figures: list[int]) -> None:
    assert [q.value for q in find_quantities(text, lang="en")] == figures


EN = Card(id="s", section="s", kind="short", prompt="To which span was the cloth dated?", answer="AD 1260 to 1390")
EN_BARE = Card(id="b", section="s", kind="short", prompt="To which span was the cloth dated?", answer="1260 to 1390")
RU = Card(id="r", section="s", kind="short", prompt="К какому времени отнесли ткань?",
          answer="1260-1390 годы н. э.")


@pytest.mark.parametrize(("card", "given", "language", "right"), [
    (EN, "1260-1390", "en", True),
    (EN, "1260 to 1390", "en", True),
    (EN, "AD 1260-1390", "en", True),
    (EN, "1260 BC to 1390 BC", "en", False),
    (EN, "1200-1390", "en", False),
    (EN_BARE, "1260-1390", "en", True),
    (EN_BARE, "1260-1400", "en", False),
    (RU, "1260-1390", "ru", True),
    (RU, "в 1260-1390 годах", "ru", True),
    (RU, "1260-1390 годы до н. э.", "ru", False),
    (RU, "1260-1490", "ru", False),
])
def test_a_span_of_years(card: Card, given: str, language: str, right: bool) -> None:
    assert Grader(language=language).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "language", "years"), [
    ("1260-1390 BC", "en", [-1260, -1390]),
    ("from 1260 to 1390 BC", "en", [-1260, -1390]),
    ("1260 BC to 1390 BC", "en", [-1260, -1390]),
    ("AD 1260-1390", "en", [1260, 1390]),
    ("1260-1390 годы до н. э.", "ru", [-1260, -1390]),
    ("с 1260 по 1390 год до н. э.", "ru", [-1260, -1390]),
    ("1260–1390 гг. до н. э.", "ru", [-1260, -1390]),
    ("в 1260-1390 годах", "ru", [1260, 1390]),
    ("в 44 году до н. э.", "ru", [-44]),
])
def test_one_era_after_a_span_is_both_ends(text: str, language: str, years: list[int]) -> None:
    assert [d.year for d in Grader(language=language).prep(text).dates] == years
