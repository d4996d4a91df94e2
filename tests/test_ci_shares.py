"""--share I/N (conftest): CI spreads the quick suite over the Pythons after the first; every test
file must run in exactly one share, and a bad share is a usage error, not an empty run. And the held-out packs'
floors and the development packs' tutor floors, a share a day (--every-day reads them all)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import in_share, left_out, share_of
from .packfiles import CHECK, DEVELOPMENT, HELD_OUT, on_its_day
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


@pytest.mark.parametrize("parts", [2, 3])
def test_over_days_in_a_row_each_pack_is_read_exactly_once(parts):
    """A pack read one day in `parts` (the held-out packs' grading floors one day in three, the development packs'
    tutor floors one day in two) is read exactly once over any `parts` days in a row, and each day reads some."""
    names = HELD_OUT + DEVELOPMENT
    for start in (1, 100, 364 - parts):
        days = [[name for name in names if on_its_day(name, parts, day)] for day in range(start, start + parts)]
        assert sorted(name for day in days for name in day) == sorted(names)
        assert all(len(day) >= len(names) // (2 * parts) for day in days)


def _daily(params) -> dict[str, int]:
    return {param.values[0]: mark.args[1] for param in params for mark in param.marks if mark.name == "daily"}


def test_grading_floors_are_read_one_day_in_three_if_held_out_in_two_if_development_and_check_packs_every_day():
    shares = _daily(by_pack(OTHER_PACKS + PARAPHRASE_SETS))
    assert shares == {**dict.fromkeys(HELD_OUT, 3), **dict.fromkeys(DEVELOPMENT, 2)}
    assert not set(CHECK) & set(shares) and set(CHECK) <= {row[0] for row in OTHER_PACKS}


class _Item:
    def __init__(self, *marks):
        self.marks = {mark.name: mark for mark in marks}

    def get_closest_marker(self, name):
        return self.marks.get(name)


def test_a_daily_test_is_left_out_on_other_days_unless_every_day(monkeypatch):
    item = _Item(pytest.mark.daily("magna", 3).mark)
    kept_on = []
    for day in (40, 41, 42):
        monkeypatch.setenv("STUDYBOT_TEST_DAY", str(day))
        assert not left_out(item, slow=True, all_days=True)
        if not left_out(item, slow=True, all_days=False):
            kept_on.append(day)
    assert len(kept_on) == 1


def test_a_slow_test_is_left_out_without_slow_and_a_plain_one_never():
    assert left_out(_Item(pytest.mark.slow.mark), slow=False, all_days=True)
    assert not left_out(_Item(pytest.mark.slow.mark), slow=True, all_days=False)
    assert not left_out(_Item(), slow=False, all_days=False)


def _collected(*options: str) -> int:
    """How many tests `pytest --slow OPTIONS --collect-only` finds in the file of quick-search comparisons."""
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", "--slow",
                          *options, "--collect-only", "tests/test_shortcuts_gates.py"],
                         cwd=Path(__file__).parent.parent, capture_output=True, text=True, check=True,
                         env={**os.environ, "STUDYBOT_EVERY_DAY": ""})
    return int(re.search(r"(\d+) tests? collected", run.stdout).group(1))


@pytest.mark.slow  # three pytest processes (seconds): CI runs it (--slow)
def test_every_day_reads_every_development_pack_in_the_quick_search_comparisons():
    """--every-day (alias --all-held-out) is read before the development packs are sampled (SAMPLED)."""
    assert _collected("--every-day") == _collected("--all-held-out") > 2 * _collected()
