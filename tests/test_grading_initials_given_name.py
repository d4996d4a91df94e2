"""A person a right wording names by initials only ("J. R. Tolley", "Н. А. Сомов", "Сомов Н. А."): a given name in
capitals that the answer puts before the surname must begin with one of the initials ("John Tolley", "John Robert
Tolley", "Николай Алексеевич Сомов" may be him; "Michael Tolley", "Дмитрий Сомов" are another man). A wording that
gives the name in full besides an initial ("Ulysses S. Grant") is read as before. Invented names."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import short

EN, RU = Grader(language="en"), Grader(language="ru")
NAMED = Grader(language="ru", aliases={"Н. А. Сомов": ("Николай Сомов", "Сомов")})  # the aliases write initials out

TOLLEY, SOMOV, SOMOV_AFTER = short("J. R. Tolley"), short("Н. А. Сомов"), short("Сомов Н. А.")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TOLLEY, "J. R. Tolley", True),
    (EN, TOLLEY, "Tolley", True),
    (EN, TOLLEY, "John Tolley", True),
    (EN, TOLLEY, "John Robert Tolley", True),
    (EN, TOLLEY, "the engineer Tolley", True),
    (EN, TOLLEY, "Michael Tolley", False),
    (EN, short("J. R. R. Tolley"), "Michael Tolley", False),
    (EN, short("J. R. R. Tolley"), "John Tolley", True),
    (EN, short("Ulysses S. Grant"), "Ulysses Grant", True),
    (EN, short("Wess Tolley", "Tolley", "A. Wess Tolley"), "Wes Tolley", True),
    (EN, short("Kenneth Tolley", "Tolley", "Kenneth S. Tolley"), "Kenneth Tolley", True),
    (EN, short("Kenneth Tolley", "Tolley", "Kenneth S. Tolley"), "Kennth Tolley", True),
    (RU, SOMOV, "Сомов", True),
    (RU, SOMOV, "Николай Сомов", True),
    (RU, SOMOV, "Николай Алексеевич Сомов", True),
    (RU, SOMOV, "граф Сомов", True),
    (RU, SOMOV, "Дмитрий Сомов", False),
    (RU, SOMOV, "Дмитрий Алексеевич Сомов", False),
    (RU, SOMOV_AFTER, "Николай Сомов", True),
    (RU, SOMOV_AFTER, "Дмитрий Сомов", False),
    (NAMED, SOMOV, "Николай Сомов", True),
    (NAMED, SOMOV, "Сомов", True),
    (NAMED, SOMOV, "Дмитрий Сомов", False),
])
def test_initials_given_name(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
