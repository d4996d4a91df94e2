"""A year given in the other era is another year: "196 AD" for a decree of "196 BC" fails a cloze blank even when the
blank also takes a bare "196", and a numeric card whose answer is "44 BC" fails "44 AD"; a year said without an era
still passes where the card lets it (`grading.dated.era_clash`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section

DECREE = Card(id="c", section="s", kind="cloze", prompt="", answer="", text="Issued in {{196 BC|196}} at {{Tanis}}.",
              blanks=(("196 BC", "196"), ("Tanis",)))
UKAZ = Card(id="c", section="s", kind="cloze", prompt="", answer="", text="Указ издан в {{196 г. до н. э.|196}}.",
            blanks=(("196 г. до н. э.", "196"),))
KING = Card(id="n", section="s", kind="numeric", prompt="In what year did the king die?", answer="44 BC",
            number=NumberSpec(44))
FLOOD = Card(id="n", section="s", kind="numeric", prompt="In what year was the flood?", answer="AD 79",
             number=NumberSpec(79))
ERUPTION = Card(id="s", section="s", kind="short", prompt="In what year did the volcano erupt?", answer="AD 79")
POTOP = Card(id="s", section="s", kind="short", prompt="В каком году было наводнение?", answer="79 год н. э.")

ROWS = [
    ("en", DECREE, "196 BC, Tanis", True),
    ("en", DECREE, "196 bce, tanis", True),
    ("en", DECREE, "196, Tanis", True),
    ("en", DECREE, "196 AD, Tanis", False),
    ("en", DECREE, "196 CE, Tanis", False),
    ("en", DECREE, "Tanis in 196 AD", False),  # the blanks found anywhere in the answer
    ("ru", UKAZ, "в 196 году до н. э.", True),
    ("ru", UKAZ, "196", True),
    ("ru", UKAZ, "в 196 году н. э.", False),
    ("en", KING, "44 BC", True),
    ("en", KING, "in 44 before Christ", True),
    ("en", KING, "44", True),
    ("en", KING, "44 AD", False),
    ("en", FLOOD, "79 AD", True),
    ("en", FLOOD, "79", True),
    ("en", FLOOD, "79 BC", False),
    # "год" written out before the era ("79 год до н. э."), as "г." and "году" were
    ("ru", POTOP, "79 год до н. э.", False),
    ("ru", POTOP, "79 до н.э.", False),
    ("ru", POTOP, "в 79 году", True),
    ("ru", POTOP, "79 год нашей эры", True),
    # a span of years or a century beside the year is no second year
    ("ru", POTOP, "в первом веке, в 79 году", True),
    ("ru", POTOP, "в 79 году или в 80", False),
    ("en", ERUPTION, "in 79, 17 years after the earthquake", True),
    ("en", ERUPTION, "in the first century, in 79", True),
    ("en", ERUPTION, "79 or 80", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_year_in_the_other_era_is_another_year(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
