"""A country's usual short form answers for it wherever the pack's texts name the country ("NZ" for New Zealand,
"UAE", "DRC"), as "USA" and "UK" do (`lexicon_countries.COUNTRY_ALIASES`); a text that never names the country keeps
the letters as written. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = "The wool went to New Zealand and the dates came from the United Arab Emirates; copper came from the DRC."
SHEEP = short("New Zealand", prompt="Where did the wool go?")
DATES = short("United Arab Emirates", prompt="Where did the dates come from?")
COPPER = short("Democratic Republic of the Congo", prompt="Where did the copper come from?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (SHEEP, "NZ", True),
    (SHEEP, "N.Z.", True),
    (SHEEP, "new zealand", True),
    (SHEEP, "UAE", False),
    (DATES, "the UAE", True),
    (DATES, "NZ", False),
    (COPPER, "DRC", True),
    (COPPER, "the Congo Republic", False),
])
def test_a_country_by_its_short_form(card, given, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(SHEEP, DATES, COPPER))
    assert Grader.for_pack(pack).grade(card, given).correct is right
