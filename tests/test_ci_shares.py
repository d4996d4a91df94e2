"""--share I/N (conftest): CI spreads the quick suite over the Pythons after the first; every test
file must run in exactly one share, and a bad share is a usage error, not an empty run. And the held-out packs'
floors, a third a day."""

from pathlib import Path

import pytest

from .conftest import in_share, share_of, todays_third
from .packfiles import HELD_OUT
from .test_graded_answers import OTHER_PACKS, PARAPHRASE_SETS, by_pack

FILES = sorted(p.relative_to(Path(__file__).parent.parent).as_posix() for p in Path(__file__).parent.glob("test_*.py"))


@pytest.mark.parametrize("whole", [1, 2, 3, 5])
def test_every_test_file_falls_in_exactly_one_share(whole):
    shares = [[f for f in FILES if in_share(f, part, whole)] for part in range(1, whole + 1)]
    assert sorted(f for share in shares for f in share) == FILES
    assert all(share for share in shares)  # none is empty with hundreds of files


@pytest.mark.parametrize("text, expected", [("1/2", (1, 2)), ("3/3", (3, 3)), ("1/1", (1, 1))])
def test_a_share_is_read(text, expected):
    assert share_of(text) == expected


@pytest.mark.parametrize("text", ["0/2", "3/2", "2", "a/b", "1/0", "-1/2", ""])
def test_a_bad_share_is_a_usage_error(text):
    with pytest.raises(pytest.UsageError):
        share_of(text)


def test_every_held_out_pack_is_measured_one_day_in_three():
    """Without --all-held-out, --slow measures a third of the held-out packs' floors a day: over any three days in a
    row each pack is measured exactly once, and each third holds some of them."""
    for start in (1, 100, 365):
        days = [[name for name in HELD_OUT if todays_third(name, day)] for day in range(start, start + 3)]
        assert sorted(name for day in days for name in day) == sorted(HELD_OUT)
        assert all(len(day) >= len(HELD_OUT) // 5 for day in days)


def test_only_held_out_packs_floors_are_left_to_their_day():
    marked = {param.values[0] for param in by_pack(OTHER_PACKS + PARAPHRASE_SETS)
              if any(mark.name == "held_out" for mark in param.marks)}
    assert marked == set(HELD_OUT)
