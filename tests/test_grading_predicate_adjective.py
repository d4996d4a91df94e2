"""A short answer that says a wording's adjective after its noun is read with the adjective before it
(`attributive`): "the river water was too low" and "river water that is too low" for "low river water", where the pack
lists "low river water" as a phrase of its `synonyms` (met only in its order), and "barley tolerant of salt" for
"salt-tolerant barley" likewise. Found on the own-words sets of packs promoted in round 45 ("your blood
sugar gets too low" for "low blood sugar"; "Staphylococcus aureus that is resistant to methicillin"). Another
adjective, a denial, another noun or the object and its noun swapped stay wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

SHOAL = short("stranding (low river water)", "stranding", "low river water",
              prompt="What stopped the grain barges at Orlen in 1911?")
BARLEY = short("shore barley (salt-tolerant barley)", "salt-tolerant barley",
               prompt="What did the farmers of Orlen sow on the flooded fields?")
PACK = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(SHOAL, BARLEY),
            synonyms=(("stranding", "low river water"), ("shore barley", "salt-tolerant barley")))
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("card", "given", "right"), [
    (SHOAL, "the river water was too low", True),
    (SHOAL, "river water that is too low", True),
    (SHOAL, "the river water got very low", True),
    (BARLEY, "barley that is tolerant to salt", True),
    (BARLEY, "barley tolerant of salt", True),
    (SHOAL, "the river water was too high", False),  # another adjective
    (SHOAL, "the river water was not low", False),  # denied
    (SHOAL, "the canal water was too low", False),  # another noun
    (BARLEY, "barley that is sensitive to salt", False),
    (BARLEY, "barley that is tolerant to frost", False),
    (BARLEY, "salt that is tolerant to barley", False),  # the object and its noun swapped
])
def test_a_predicate_adjective_before_its_noun(card, given, right):
    assert GRADER.grade(card, given).correct is right
