"""A blank whose wordings name its thing by one word and vary only the noun after it ("{{Kessler drift|Kessler
effect}}") is filled by that word alone ("Kessler"), and so is one whose wordings give it in one word of that word's
root besides ("{{mooring posts|moorages}}": "mooring"): the instructor's wordings show the noun is not what is asked.
The noun alone, another name, or a blank of one wording stay as they were. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _right(text: str, answer: str) -> bool:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="A buoy drifted."),), cards=(card,),
                language="ru" if not text.isascii() else "en")
    return Grader.for_pack(pack).grade(card, answer).correct


TWO = "The buoy was found by the {{harbour guard|guard}} from its {{Kessler drift|Kessler effect}} in {{1911}}."
ROOT = "The chain was held by {{mooring posts|moorages}} on the {{quay}}."
ROOT_RU = "Буй нашли у {{Велдайской косы|Велдая}} и {{причала}}."
ONE = "The buoy was found by the {{harbour guard|guard}} from its {{Kessler drift}} in {{1911}}."


@pytest.mark.parametrize(("text", "answer", "right"), [
    (TWO, "guard, Kessler drift, 1911", True),
    (TWO, "guard, kessler, 1911", True),
    (TWO, "guard, drift, 1911", False),  # the noun alone
    (TWO, "guard, Kepler, 1911", False),
    (ONE, "guard, kessler, 1911", False),  # one wording: its noun may be what is asked
    # a wording of one word of the lead's root besides: the lead names it too
    (ROOT, "moorages, quay", True),
    (ROOT, "mooring, quay", True),
    (ROOT, "posts, quay", False),
    (ROOT_RU, "велдайской, причала", True),
    (ROOT_RU, "косы, причала", False),
])
def test_shared_lead(text: str, answer: str, right: bool) -> None:
    assert _right(text, answer) is right
