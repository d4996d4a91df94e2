"""A one-word name written in two words, one of them a word of the question, is the name, not the question given
back: asked "Which company runs the tunnel?", "Euro Tunnel" names "Eurotunnel" (`echoed._with_halves`), while "the
tunnel" alone still gives back the question's word. Invented firms."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short


@pytest.mark.parametrize(("answer", "prompt", "given", "right"), [
    ("Lorvatunnel", "Which company runs the tunnel today?", "Lorva Tunnel", True),
    ("Lorvatunnel", "Which company runs the tunnel today?", "lorva tunnel", True),
    ("Lorvatunnel", "Which company runs the tunnel today?", "Lorvatunnel", True),
    ("Lorvatunnel", "Which company runs the tunnel today?", "the tunnel", False),
    ("Lorvatunnel", "Which company runs the tunnel today?", "Marvo Tunnel", False),
    ("Steamhaven", "Which steam port did they sail from?", "Steam Haven", True),
])
def test_a_name_written_open_beside_a_word_of_the_question(answer, prompt, given, right):
    card = short(answer, prompt=prompt)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, given).correct is right
