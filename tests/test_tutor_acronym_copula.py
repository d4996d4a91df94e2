"""An acronym spelt out after a copula: "X is the (Latin) abbreviation for ...", "X was an acronym for ..." answers
"what does X stand for?" as "X, short for ..." does; a relative clause in between ("the UN is a body that stands
for peace") spells nothing out. Small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.lexicon_tutor import ENGLISH_TUTOR
from studybot.core.tutor.acronyms import spelt_out
from tests.notes import tutor_on

NOTES = """\
The Saltmere works ran three KLV furnaces.
KLV is the Flemish abbreviation for "low-heat open kiln"; the works bought them in 1902.
The KLV furnaces burned coal from the Fennick pits.
"""


@pytest.mark.parametrize(("text", "found"), [
    ('KLV is the Flemish abbreviation for "low-heat open kiln"', {"KLV"}),
    ("SRB was an acronym for the Saltmere Rowing Board", {"SRB"}),
    ("RFCs, short for Request for Comments", {"RFC"}),
    ("The SRB is a board that stands for fair rowing", set()),
    ("KLV was built for coal", set()),
])
def test_a_cue_after_a_copula_spells_out(text, found):
    assert spelt_out(text, ENGLISH_TUTOR.expansion_cues) == found


def test_what_it_stands_for_is_answered():
    reply = tutor_on(NOTES, "Saltmere").ask("What does KLV stand for?")
    assert reply.kind == "answer" and "low-heat open kiln" in " ".join(reply.sentences)
