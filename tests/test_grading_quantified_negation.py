""""Not all" denies for some, a negated verb for every one (issue #11): "not all the boats came back" and "не все
лодки вернулись" are not made by "all the boats did not come back", "the boats did not come back" or "лодки не
вернулись", nor the other way round; "not every", "did not all", "некоторые (часть) ... не" deny for some as "not
all" does. Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

SOME = one_point("not all the boats came back to the harbour", "How did the storm end?")
EVERY = one_point("the boats did not come back to the harbour", "How did the storm end?")
NONE = one_point("none of the boats came back to the harbour", "How did the storm end?")
RU_SOME = one_point("не все лодки вернулись в гавань", "Чем кончился шторм?")
RU_EVERY = one_point("лодки не вернулись в гавань", "Чем кончился шторм?")

ROWS = [
    (SOME, "not all the boats came back to the harbour", "en", True),
    (SOME, "not every boat came back to the harbour", "en", True),
    (SOME, "the boats did not all come back to the harbour", "en", True),
    (SOME, "all the boats did not come back to the harbour", "en", False),
    (SOME, "all the boats came back to the harbour", "en", False),
    (SOME, "not all the boats came back to the harbour, some did not", "en", True),  # a clause ending in "not"
    (EVERY, "the boats never came back to the harbour", "en", True),
    (EVERY, "not all the boats came back to the harbour", "en", False),
    (EVERY, "not every boat came back to the harbour", "en", False),
    (NONE, "not all the boats came back to the harbour", "en", False),
    (RU_SOME, "не все лодки вернулись в гавань", "ru", True),
    (RU_SOME, "вернулись в гавань не все лодки", "ru", True),
    (RU_SOME, "некоторые лодки не вернулись в гавань", "ru", True),
    (RU_SOME, "часть лодок не вернулась в гавань", "ru", True),
    (RU_SOME, "все лодки не вернулись в гавань", "ru", False),
    (RU_SOME, "лодки не вернулись в гавань", "ru", False),
    (RU_SOME, "лодки вернулись в гавань", "ru", False),
    (RU_EVERY, "лодки так и не вернулись в гавань", "ru", True),
    (RU_EVERY, "не все лодки вернулись в гавань", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_not_all_is_no_negated_verb(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
