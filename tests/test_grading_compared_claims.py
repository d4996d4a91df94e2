"""Two qualities compared in one clause ("перевозка по морю оказалась быстрее и дешевле", "shipping by sea proved
faster and cheaper") are each read with their own word of more or less: an answer that swaps them ("медленнее и
дороже", "slower and dearer") turns the claim round. The second quality is no second term of a comparison (a Russian
comparative may take the thing compared with after it, "дешевле почты": a noun, not "и" or another quality;
issue #11: a flipped direction caught), nor does a second term after both ("faster and cheaper than by coach",
"быстрее и дешевле конной почты") leave them to the terms alone: "slower and dearer than by coach" turns it round too.
Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

BOTH = one_point("shipping by sea proved faster and cheaper", "What did the merchants find?")
RU_BOTH = one_point("перевозка по морю оказалась быстрее и дешевле", "Что выяснили купцы?")

ROWS = [
    (BOTH, "shipping by sea proved faster and cheaper", "en", True),
    (BOTH, "by sea it was quicker and cheaper", "en", True),
    (BOTH, "shipping by sea proved slower and dearer", "en", False),
    (RU_BOTH, "перевозка по морю оказалась быстрее и дешевле", "ru", True),
    (RU_BOTH, "по морю быстрее и дешевле", "ru", True),
    (RU_BOTH, "перевозка по морю оказалась медленнее и дороже", "ru", False),
    (RU_BOTH, "перевозка по морю оказалась менее быстрой и более дорогой", "ru", False),
]


# the two qualities compared with one thing named after the second ("than by coach", "конной почты"): each keeps
# its direction still, unless the answer names the other thing first ("by coach it was slower"), the terms' to judge
THAN = one_point("mail by rail went faster and cheaper than by coach", "What did the post office find?")
RU_THAN = one_point("телеграф был быстрее и дешевле конной почты", "Чем был хорош телеграф?")

ROWS += [
    (THAN, "mail by rail went faster and cheaper than by coach", "en", True),
    (THAN, "by rail it went quicker and cheaper than by coach", "en", True),
    (THAN, "by coach the mail went slower and dearer", "en", True),
    (THAN, "mail by coach went slower and costlier than by rail", "en", True),
    (THAN, "mail by rail went slower and dearer than by coach", "en", False),
    (THAN, "mail by rail went longer and costlier than by coach", "en", False),
    (THAN, "by rail it took longer and cost more than by coach", "en", False),
    (RU_THAN, "телеграф был быстрее и дешевле конной почты", "ru", True),
    (RU_THAN, "телеграф быстрее и дешевле, чем конная почта", "ru", True),
    (RU_THAN, "конная почта была медленнее и дороже телеграфа", "ru", True),
    (RU_THAN, "телеграф был медленнее и дороже конной почты", "ru", False),
    (RU_THAN, "телеграф был дольше и дороже конной почты", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_two_compared_qualities_keep_their_own_direction(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
