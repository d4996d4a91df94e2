"""A Russian passage saying a number of years ("рассчитанный на 50 лет", "строили 12 лет") gives no date, though "лет"
is the stem of "летом" too: a "когда" question prefers the passage that dates the thing (`documents._traits`);
"летом", "зимой 1942 года" and "в мае" still date one. Shown on small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
Мост, рассчитанный на 50 лет службы, построили досрочно.
Собор строили 12 лет.
Летом по мосту шли обозы.
Зимой 1942 года мост закрыли.
В мае мост покрасили.
Мост стоит на каменных опорах.
"""


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(NOTES, "Notes", "ru")


@pytest.mark.parametrize(("opening", "dated"), [
    ("Мост, рассчитанный", False), ("Собор строили", False), ("Мост стоит", False),
    ("Летом по мосту", True), ("Зимой 1942", True), ("В мае", True),
])
def test_a_number_of_years_is_no_date(ru, opening, dated):
    doc = next(d for d in ru.docs if d.text.startswith(opening))
    assert doc.traits.dated is dated
