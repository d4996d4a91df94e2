"""--share I/N (conftest): CI spreads the quick suite over the Pythons after the first; every test
file must run in exactly one share, and a bad share is a usage error, not an empty run."""

from pathlib import Path

import pytest

from .conftest import in_share, share_of

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
