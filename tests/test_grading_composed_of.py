"""What a thing is made of, said with any verb of composition: "the wall consists of bricks" is made by "the wall
is made of / made up of / built of / composed of bricks", "стена состоит из кирпичей" by "стена построена из /
сложена из / образована из кирпичей" and "складывается из"; a negation, another material, or "made from" (a
material worked) is judged as before. Invented subjects (`lexicon_composition`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section
from tests.cards import one_point

WALL = one_point("the old wall consists of red bricks", "What is the old wall like?")
STENA = one_point("старая стена состоит из красных кирпичей", "Какая старая стена?")
BUILT = one_point("крепость построили из камня", "Какой была крепость?")

ROWS = [
    ("en", WALL, "the old wall is made of red bricks", True),
    ("en", WALL, "the old wall is made up of red bricks", True),
    ("en", WALL, "the old wall was built of red bricks", True),
    ("en", WALL, "the old wall is composed of red bricks", True),
    ("en", WALL, "the old wall is formed of red bricks", True),
    ("en", WALL, "the old wall is not made of red bricks", False),
    ("en", WALL, "the old wall is made of grey stones", False),
    ("ru", STENA, "старая стена построена из красных кирпичей", True),
    ("ru", STENA, "старая стена сложена из красных кирпичей", True),
    ("ru", STENA, "старая стена складывается из красных кирпичей", True),
    ("ru", STENA, "старая стена образована из красных кирпичей", True),
    ("ru", STENA, "старая стена не построена из красных кирпичей", False),
    ("ru", STENA, "старая стена построена из серых камней", False),
    # the active voice of the same verbs, either side: "построили из" is "построена из"
    ("ru", STENA, "старую стену построили из красных кирпичей", True),
    ("ru", STENA, "старую стену сложили из красных кирпичей", True),
    ("ru", STENA, "старую стену построили из серых камней", False),
    ("ru", STENA, "старую стену не построили из красных кирпичей", False),
    ("ru", BUILT, "крепость была построена из камня", True),
    ("ru", BUILT, "крепость построена из камня", True),
    ("ru", BUILT, "крепость была построена из дерева", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_made_of_said_with_any_verb_of_composition(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


ORE = one_point("the northern ore has less iron", "Why did the smiths stop buying the northern ore?")


@pytest.mark.parametrize(("answer", "right"), [
    ("the northern ore is poorer in iron", True),
    ("because it was poorer in iron", True),
    ("the northern ore is richer in iron", False),
    ("it has more iron", False),
])
def test_richer_or_poorer_in_a_thing(answer, right):
    """Richer or poorer in a thing is holding more or less of it."""
    assert Grader().grade(ORE, answer).correct is right


def test_richer_in_a_thing_is_not_less_of_it():
    """A point made by its wording "less iron": "richer in iron" says the opposite, not "iron" alone."""
    card = Card(id="c", section="s", kind="explain", prompt="Why did the smiths stop buying the northern ore?",
                answer="It holds much less iron.", keypoints=(Keypoint("it holds much less iron", ("less iron",)),))
    assert Grader().grade(card, "the northern ore is poorer in iron").correct
    assert not Grader().grade(card, "the northern ore is richer in iron").correct
