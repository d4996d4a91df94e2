"""A short answer that says most of a long wording keeps the thing an English possessive names
(`grading.name_words.owned_dropped`): "the grandson of Aldric" and "Aldric's grandson" are not "the grandson of
Aldric's sister" (the owner alone is another person), while the possessive said with "of", a pronoun for the owner
and a slip stay right. Invented people and armies."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = "The grandson of Aldric Vane's sister, Tomas, ruled the port. The king's army camped at the ford."
KIN = short("the grandson of Aldric's sister", "great-nephew", prompt="How was Tomas related to Aldric?")

ROWS = [
    ("grandson of Aldric", False),
    ("Aldric's grandson", False),
    ("the grandson of Aldric Vane", False),
    ("the grandson of Aldric's sister", True),
    ("the grandson of the sister of Aldric", True),
    ("the grandson of his sister", True),
    ("grandson of Aldrics sister", True),
    ("Aldric's great-nephew", True),
]


@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_the_thing_owned_is_kept(answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(KIN,), language="en",
                aliases={"Aldric Vane": ("Aldric",)})
    verdict = Grader.for_pack(pack).grade(KIN, answer)
    assert verdict.correct is right, verdict.trace
