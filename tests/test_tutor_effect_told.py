"""A "why" question answered by the sentence "X, so Y" whose Y says what it asks about ("почему Y?": "X, поэтому Y"):
X is the reason, though Y says its subject only by a pronoun ("..., поэтому у них есть ..."), which leaves the
question's noun in X (and though another sentence says Y's words more fully and ranks above it). A sentence whose result
half says nothing of the question still gives no reason for it. Invented notes (`effect_side.tells_the_effect`)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.effect_side import tells_the_effect
from tests.notes import says, tutor_on

LICHENS = ("В клетках лишайника есть собственный зелёный пигмент и собственные ферменты.\n"
           "Водоросль, как и гриб, имеет собственный зелёный пигмент.\n"
           "По гипотезе ботаников, лишайники возникли из союза гриба и водоросли; поэтому у них есть свой пигмент и "
           "два типа клеток.\n"
           "Лишайники растут очень медленно, на несколько миллиметров в год.\n")

WIRES = ("Ток — это движение зарядов, которое идёт в проводнике: в меди, в растворе соли или в плазме.\n"
         "Так течёт ток: заряды движутся в проводнике — в меди, растворе соли или плазме.\n"
         "В меди и серебре свободные электроны почти не связаны с атомами, поэтому ток в них идёт легче.\n"
         "Провода из алюминия дешевле медных.\n")


@pytest.fixture(scope="module")
def lichens() -> Tutor:
    return tutor_on(LICHENS, "Лишайники", "ru")


@pytest.fixture(scope="module")
def wires() -> Tutor:
    return tutor_on(WIRES, "Ток", "ru")


def test_the_result_said_by_a_pronoun_is_still_what_is_asked(lichens: Tutor) -> None:
    reply = lichens.ask("Откуда у лишайников собственный пигмент?")
    assert not reply.no_reason
    assert says(lichens, "Откуда у лишайников собственный пигмент?", "из союза гриба и водоросли")


@pytest.mark.parametrize(("question", "sentence", "told"), [
    ("почему в меди ток идёт легче", WIRES.splitlines()[2], True),
    ("почему электроны почти не связаны с атомами", WIRES.splitlines()[2], False),  # the cause half: no reason for it
    ("почему ток идёт легче", WIRES.splitlines()[3], False),  # no "so" at all
])
def test_which_half_says_the_question(wires: Tutor, question: str, sentence: str, told: bool) -> None:
    asked = wires.analyser.question(question, normalise(question))
    assert asked is not None
    assert tells_the_effect(asked, sentence, wires.library.words) is told


def test_a_name_as_the_results_own_subject_tells_no_reason_for_it() -> None:
    """"X, so N does Y": what N does for X's sake, not why N does what it is asked of."""
    tutor = tutor_on("The lenses must be kept dry, so Corvin stores them in a sealed case.\n"
                     "Corvin grinds lenses mainly for telescopes.\n"
                     "Telescopes need large lenses that bend little light.\n", "Lenses")
    asked = tutor.analyser.question("Why does Corvin grind lenses?", "why does corvin grind lenses")
    assert asked is not None
    assert not tells_the_effect(asked, "The lenses must be kept dry, so Corvin stores them in a sealed case.",
                                tutor.library.words)
