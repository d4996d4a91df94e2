"""A point whose doer is the question's own word, made by an answer that puts another thing in the doer's place
(issue #11, English): "squares tile the floor with no gaps" does not make "triangles tile the floor with no gaps",
asked why the masons laid triangles on the floor; a pronoun, an adverb, a word of the question or nothing there
keeps the point (`grading.subject_taken`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

TILES = Card(id="e", section="s", kind="explain", prompt="Why did the masons lay triangles on the floor?",
             answer="Triangles tile the floor with no gaps.",
             keypoints=(Keypoint("triangles tile the floor with no gaps", ("no gaps", "tile the floor")),))


@pytest.mark.parametrize(("given", "right"), [
    ("squares tile the floor with no gaps", False),
    ("circles tile the floor with no gaps", False),
    ("triangles tile the floor with no gaps", True),
    ("they tile the floor with no gaps", True),
    ("they neatly tile the floor with no gaps", True),
    ("they now tile the floor with no gaps", True),
    ("the masons' triangles tile the floor with no gaps", True),
    ("tile the floor with no gaps", True),
    ("circles leave gaps, but triangles tile the floor with no gaps", True),
])
def test_another_doer_in_the_place_of_the_questions_word(given, right):
    assert Grader(language="en").grade(TILES, given).correct is right


def test_the_doer_said_by_a_synonym_of_the_pack_keeps_the_point():
    """The point's doer in a word of the pack's `synonyms` group is no other doer ("hoteliers sold the pedlars
    lodging" for "innkeepers sold beds, meals and ale", asked why innkeepers did better; from a blind author's card)."""
    from studybot.core.packs import Pack, Section

    card = Card(id="c", section="s", kind="explain", prompt="Why did innkeepers do better at the fair than pedlars?",
                answer="Innkeepers sold them beds, meals and ale.",
                keypoints=(Keypoint("innkeepers sold beds, meals and ale", ("sold the pedlars lodging",)),))
    pack = Pack(id="p", title="p", synonyms=(("innkeepers", "hoteliers", "landlords"),), cards=(card,),
                sections=(Section(id="s", title="Fair", notes="Innkeepers sold the pedlars beds, meals and ale."),))
    grader = Grader.for_pack(pack)
    assert grader.grade(card, "hoteliers sold the pedlars lodging").correct
    assert grader.grade(card, "landlords sold the pedlars lodging").correct
    assert not grader.grade(card, "farmers sold the pedlars lodging").correct


VISIT = Card(id="v", section="s", kind="explain", prompt="What did the abbess do in the spring?",
             answer="The abbess visited the salt farm.", keypoints=(Keypoint("the abbess visited the salt farm"),))
ATTACK = Card(id="r", section="s", kind="explain", prompt="What did the pirates do?",
            answer="The pirates attacked the lighthouse.", keypoints=(Keypoint("the pirates attacked the lighthouse"),))


@pytest.mark.parametrize(("card", "given", "right"), [
    # the point's verb said as its noun after a light verb: that verb is no doer; the doer's place is before it
    (VISIT, "the abbess paid a visit to the salt farm", True),
    (VISIT, "she made a visit to the salt farm", True),
    (ATTACK, "they made an attack on the lighthouse", True),
    (VISIT, "the bishop paid a visit to the salt farm", False),  # another doer before the light verb
    (ATTACK, "the smugglers made an attack on the lighthouse", False),
    (VISIT, "she paid no visit to the salt farm", False),  # negation
    (VISIT, "she paid a visit to the mill", False),  # another place
])
def test_a_verb_said_as_its_noun_after_a_light_verb(card, given, right):
    assert Grader(language="en").grade(card, given).correct is right


HARBOUR = Card(id="h", section="s", kind="explain", prompt="What did the fishermen do to the harbour in 1650?",
               answer="The fishermen raided the harbour.",
               keypoints=(Keypoint("the fishermen raided the harbour", ()),))


@pytest.mark.parametrize(("given", "right"), [
    # a verb WordNet's frequent senses keep only as a noun ("raid"), known as a verb by its "-ed"
    ("the smugglers raided the harbour", False),
    ("the soldiers raided the harbour", False),
    ("the fishermen raided the harbour", True),
    ("they raided the harbour", True),
    ("the raiders raided the harbour", True),  # the verb's own agent noun
    ("the workers raided the harbour", True),  # the kind the point's doer is
    ("they quickly raided the harbour", True),
    ("the harbour was raided by smugglers", False),  # a passive's doer, after "by"
    ("the harbour was raided by the smugglers", False),
    ("the harbour was raided by them", True),
    ("the harbour was raided by the fishermen", True),
    ("the harbour was raided", True),
])
def test_another_doer_of_a_verb_known_by_its_ending(given, right):
    assert Grader(language="en").grade(HARBOUR, given).correct is right
