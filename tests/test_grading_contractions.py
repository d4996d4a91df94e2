"""An English verb run into its pronoun ("they're", "we've", "I'm", "you'll") is read written out, not as a word
"re" or "ve" of the answer's own (`preparing._CONTRACTED`, the grader's reading). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section

from .cards import explain, short

OWLS = short("the same family as owls and night hawks", "the same family as owls and night hawks",
             prompt="To which family do the frogmouths belong?")
GLAZE = explain("the tiles were glazed twice", "the kiln was fired with charcoal", need=2,
                prompt="Why did the tiles of the chapel last so long?")

ROWS = [
    (OWLS, "they're in the same family as owls and hawks", True),
    (OWLS, "they’re in the same family as owls and hawks", True),
    (OWLS, "they are in the same family as owls and hawks", True),
    (OWLS, "they're in the same family as crows and hawks", False),
    (GLAZE, "I'm told the tiles were glazed twice and we've read the kiln was fired with charcoal", True),
    (GLAZE, "the tiles were glazed twice and they've said the kiln wasn't fired with charcoal", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_verb_run_into_its_pronoun_is_read_written_out(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
