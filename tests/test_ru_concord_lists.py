"""Russian "ни X, ни Y" with the negation after it ("ни воды, ни еды не было") says "not" once, as "не было ни воды,
ни еды" does; and a point that denies each of two things is not made by an answer that affirms one of them ("была
вода, но не было еды"). Invented garrison."""

from __future__ import annotations

import pytest

from tests.cards import point_made

PROMPT = "Почему гарнизон Верска сдался?"
POINT = "у гарнизона не было ни воды, ни еды"


@pytest.mark.parametrize(("given", "made"), [
    ("не было ни воды, ни еды", True),
    ("ни воды, ни еды не было", True),
    ("не было ни еды, ни воды", True),
    ("не было воды и еды", True),
    ("была вода, но не было еды", False),
    ("не было еды, а вода была", False),
    ("воды не было, но еда была", False),
    ("не было ни воды, ни патронов", False),
    ("была вода и еда", False),
])
def test_each_thing_denied(given: str, made: bool) -> None:
    assert point_made(PROMPT, POINT, given, "ru") is made
