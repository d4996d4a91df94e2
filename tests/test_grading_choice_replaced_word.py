"""A choice answered with an option's words but one of them replaced by a word no option has names another thing
("deformed leg virus" for "deformed wing virus"): no option is chosen. Only in a term of a few words; the option's
own words, fewer of them or in another form still choose it. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

BLIGHT = Card(id="c", section="s", kind="choice", prompt="Which disease ruined the orchards?",
              answer="red spot disease",
              options=("red spot disease", "white rot fungus", "black leg rot", "leaf curl virus"))
KRANKHEIT = Card(id="c", section="s", kind="choice", prompt="Какая болезнь погубила сады?",
                 answer="красная пятнистость листьев",
                 options=("красная пятнистость листьев", "белая гниль корней", "чёрная ножка", "курчавость листьев"))

PACE = Card(id="c", section="s", kind="choice", prompt="How did the glacier move?", answer="slowly, but more steadily",
            options=("slowly, but more steadily", "faster than before", "it did not move", "only in winter"))

ROWS = [
    ("en", PACE, "slowly yet more steadily", True),  # a conjunction is no word of a term
    ("en", BLIGHT, "red spot disease", True),
    ("en", BLIGHT, "the red-spot disease", True),
    ("en", BLIGHT, "red spots", True),
    ("en", BLIGHT, "red dot disease", False),
    ("en", BLIGHT, "red stripe disease", False),
    ("ru", KRANKHEIT, "красная пятнистость", True),
    ("ru", KRANKHEIT, "красная полосатость листьев", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_an_option_with_a_word_replaced_is_not_chosen(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
