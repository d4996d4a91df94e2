"""A word of the language that has a term's stem but is a form of another word ("condensed" of "condense", for the
term "condenser"; "computed" for "computer") is no slip of the term: it is not rewritten to the term's name
(`aliases`), so an answer that only says the verb does not name the device. A slip ("condensor") or the term's own
plural ("condensers") still is the term. Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

COOLER = short("A separate condenser", prompt="What did the smith add to the still?")
ABACUS = short("A mechanical computer", prompt="What did the clerk build?")
ALIASES = {"separate condenser": ("condenser",), "mechanical computer": ("computer",)}


@pytest.mark.parametrize(("card", "answer", "right"), [
    (COOLER, "he condensed the steam inside the still", False),  # the verb, not the device
    (COOLER, "a condenser", True),
    (COOLER, "separate condensers", True),
    (COOLER, "a separate condensor", True),  # a slip
    (ABACUS, "he computed the sums by hand", False),
    (ABACUS, "a computer", True),
])
def test_another_word_of_the_terms_stem_is_no_slip_of_it(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(card,), aliases=ALIASES)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
