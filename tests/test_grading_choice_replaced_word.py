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

# every option names its kind last ("... virus") or first ("река ..."): that word replaced names another kind
PESTS = Card(id="c", section="s", kind="choice", prompt="Which pest ruined the vines?", answer="grape root louse",
             options=("grape root louse", "green leaf louse", "black stem louse", "white berry louse"))
HARBOURS = Card(id="c", section="s", kind="choice", prompt="Where did the fleet winter?", answer="Storvik river delta",
                options=("Storvik river delta", "Lindholm river delta", "Kessa river delta"))
VIRUSES = Card(id="c", section="s", kind="choice", prompt="Какой вирус переносит клещ?",
               answer="вирус лесной лихорадки",
               options=("вирус лесной лихорадки", "вирус болотной лихорадки", "вирус горной лихорадки"))
# the replaced word is shared by one other option only: a paraphrase may say it otherwise
TONE = Card(id="c", section="s", kind="choice", prompt="What will happen to the rate?", answer="unlikely to reach a peak",
            options=("unlikely to reach a peak", "will soon reach a peak", "falls at once"))

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
    ("en", PESTS, "grape root louse", True),
    ("en", PESTS, "the grape root lice", True),
    ("en", PESTS, "grape root beetle", False),
    ("en", PESTS, "grape root fungus", False),
    ("en", PESTS, "grape root moth", False),
    ("en", HARBOURS, "in the Storvik river delta", True),
    ("en", HARBOURS, "Storvik river valley", False),
    ("en", HARBOURS, "Storvik river estuary", False),
    ("ru", VIRUSES, "вирус лесной лихорадки", True),
    ("ru", VIRUSES, "лесной лихорадки вирус", True),
    ("ru", VIRUSES, "грибок лесной лихорадки", False),
    ("ru", VIRUSES, "бактерия лесной лихорадки", False),
    ("en", TONE, "unlikely to get to a peak", True),
    ("en", TONE, "not likely to reach a peak", True),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_an_option_with_a_word_replaced_is_not_chosen(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
