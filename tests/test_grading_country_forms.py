"""A country's usual short forms and its people's adjective name it in an English answer, as a fair teacher reads
them: "the UK", "Britain", "the British government" for the "United Kingdom" a keypoint names, "the USA" for "the
United States" (the general lexicon's countries, `lexicon_countries`, read as the pack's aliases when its texts
name the country). Another country stays wrong, so does a swap of who did what, and a surname one letter from the
country ("Bratain" for a pack's "Brattain") is still read as a slip of the person, not as the country. An invented
pack on a field of our own (a fisheries dispute before a court)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = ("In the Herring case the court upheld Norway's baselines and rejected the claim of the United Kingdom. "
         "The United States sent an observer. Walter Brattain, a chemist, advised the court on the nets.")
CARDS = (
    Card(id="ruling", section="s", kind="explain", prompt="What did the court decide in the Herring case?",
         answer="It upheld Norway's baselines and rejected the claim of the United Kingdom.",
         keypoints=(Keypoint("Norway's baselines were upheld"), Keypoint("the United Kingdom's claim was rejected"))),
    Card(id="observer", section="s", kind="short", prompt="Which country sent an observer?",
         answer="the United States"),
    Card(id="adviser", section="s", kind="short", prompt="Who advised the court on the nets?",
         answer="Walter Brattain"),
)
GRADER = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=CARDS,
                              language="en"))
BY_ID = {card.id: card for card in CARDS}


@pytest.mark.parametrize(("card", "given", "right"), [
    ("ruling", "it upheld Norway's baselines and rejected the UK's claim", True),
    ("ruling", "it upheld Norway's baselines and rejected Britain's claim", True),
    ("ruling", "it upheld the Norwegian baselines and rejected the British claim", True),
    ("ruling", "it upheld Norway's baselines and rejected the claim of the British government", True),
    ("ruling", "it upheld Norway's baselines and rejected the claim of Great Britain", True),
    ("ruling", "it upheld Norway's baselines and rejected Denmark's claim", False),  # another country
    ("ruling", "it upheld Britain's baselines and rejected Norway's claim", False),  # who won, swapped
    ("ruling", "it upheld Norway's baselines and accepted the UK's claim", False),  # the other verdict
    ("ruling", "it upheld Norway's baselines", False),
    ("observer", "the USA", True),
    ("observer", "the U.S.A.", True),
    ("observer", "the UK", False),
    ("adviser", "Bratain", True),  # a slip of the person's surname, not the country
    ("adviser", "Britain", False),
])
def test_a_country_by_its_short_form_or_adjective(card, given, right):
    assert GRADER.grade(BY_ID[card], given).correct is right
