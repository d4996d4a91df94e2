"""A person's name with a particle ("Karl von Frisch", "Ludwig van Beethoven") is a name like any other: another
given name before its surname names another person ("Otto von Frisch"), while its surname alone, with the
particle or with the right initial, names the card's person. Invented people (`ShortGrading._name_swapped`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

ROWS = [
    ("Hugo van Meerloo", ("van Meerloo",), "Hugo van Meerloo", True),
    ("Hugo van Meerloo", ("van Meerloo",), "van Meerloo", True),
    ("Hugo van Meerloo", ("van Meerloo",), "H. van Meerloo", True),
    ("Hugo van Meerloo", ("van Meerloo",), "Meerloo", True),
    ("Hugo van Meerloo", ("van Meerloo",), "Pieter van Meerloo", False),
    ("Hugo van Meerloo", ("van Meerloo",), "Anton van Meerloo", False),
    ("Greta de Valmont", ("de Valmont",), "Greta de Valmont", True),
    ("Greta de Valmont", ("de Valmont",), "Sophie de Valmont", False),
    ("Greta Valmont", (), "Sophie Valmont", False),  # (without a particle, as before)
]


@pytest.mark.parametrize(("answer", "accept", "given", "right"), ROWS)
def test_another_given_name_before_a_surname_with_a_particle_is_another_person(answer, accept, given, right):
    card = short(answer, *accept, prompt="Which botanist first described the orchid?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=f"{answer} described the orchid."),),
                cards=(card,), aliases={answer: accept} if accept else {})
    assert Grader.for_pack(pack).grade(card, given).correct is right
