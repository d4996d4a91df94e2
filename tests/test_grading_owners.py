"""A question that asks whose a thing is, answered by naming the owner (issue #11, a fair teacher): "Jacob Farrow"
or "Farrow" for "Jacob Farrow's forge" asked "In whose workshop...?", where the question names the thing by another
word; "Фарроу" for "кузница Якоба Фарроу" asked "В чьей мастерской...?" (`grading/owners.py`). Not another person,
not the thing without its owner, and not when the question does not ask whose. Invented packs of no text."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _right(lang: str, prompt: str, answer: str, given: str) -> bool:
    card = Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang,
                aliases={"Jacob Farrow": ("Farrow", "the old smith")})
    return Grader.for_pack(pack).grade(card, given).correct


WHOSE = "In whose workshop did the fire start?"
WHERE = "Where did the fire start?"
ЧЬЯ = "В чьей мастерской начался пожар?"


@pytest.mark.parametrize(("lang", "prompt", "answer", "given", "right"), [
    ("en", WHOSE, "Jacob Farrow's forge", "Jacob Farrow", True),
    ("en", WHOSE, "Jacob Farrow's forge", "Farrow", True),
    ("en", WHOSE, "Jacob Farrow's forge", "the old smith", True),  # the owner by his alias
    ("en", WHOSE, "Jacob Farrow's forge", "Farrow's forge", True),
    ("en", WHOSE, "Jacob Farrow's forge", "Anna Lind", False),
    ("en", WHOSE, "Jacob Farrow's forge", "Henry Farrow", False),  # another given name: another person
    ("en", WHOSE, "Jacob Farrow's forge", "a forge", False),  # the thing, not whose
    ("en", WHERE, "Jacob Farrow's forge", "Jacob Farrow", False),  # asked where, not whose
    ("ru", ЧЬЯ, "кузница Якоба Фарроу", "Фарроу", True),
    ("ru", ЧЬЯ, "кузница Якоба Фарроу", "Якоб Фарроу", True),
    ("ru", ЧЬЯ, "кузница Ивана Берёзина", "Берёзин", True),  # the owner in the nominative
    ("ru", ЧЬЯ, "кузница Ивана Берёзина", "Петров", False),
    ("ru", ЧЬЯ, "кузница Ивана Берёзина", "кузница", False),
])
def test_whose_is_answered_by_the_owner(lang: str, prompt: str, answer: str, given: str, right: bool) -> None:
    assert _right(lang, prompt, answer, given) is right
