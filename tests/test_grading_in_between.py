"""An answer that is only an in-between of two things ("somewhere between round and wrinkled", "нечто среднее
между круглой и морщинистой") offers two alternatives and asserts neither: right only when both are, as "round or
wrinkled" is; a card whose own answer is an in-between ("between the two rivers") is answered by it. Invented
packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _right(lang: str, prompt: str, answer: str, given: str, accept: tuple[str, ...] = ()) -> bool:
    card = Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept, explanation="So.")
    pack = Pack(id="p", title="p", language=lang, cards=(card,),
                sections=(Section(id="s", title="Seeds", notes="The dominant shape was round, not wrinkled."),))
    return Grader.for_pack(pack).grade(card, given).correct


SHAPE = ("Which seed shape was dominant?", "round")
RU_SHAPE = ("Какая форма семян доминировала?", "круглая")
TOWN = ("Where does the town lie?", "between the two rivers")


@pytest.mark.parametrize(("lang", "card", "given", "right"), [
    ("en", SHAPE, "round", True),
    ("en", SHAPE, "between round and wrinkled", False),
    ("en", SHAPE, "somewhere between round and wrinkled", False),
    ("en", SHAPE, "in between round and wrinkled.", False),
    ("en", SHAPE, "round, not wrinkled", True),  # a correction asserts one
    ("ru", RU_SHAPE, "круглая", True),
    ("ru", RU_SHAPE, "нечто среднее между круглой и морщинистой", False),
    ("ru", RU_SHAPE, "между круглой и морщинистой", False),
    ("en", TOWN, "between the two rivers", True),  # the card's own answer is an in-between
])
def test_an_in_between_asserts_neither(lang: str, card: tuple[str, str], given: str, right: bool) -> None:
    assert _right(lang, *card, given) is right
