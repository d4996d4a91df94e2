"""Short forms a learner writes for a word of the answer: "Saint" for a name the notes write with "St" (and the
other way round), a word cut short ("губ." for "губернии", "Univ." for "University") where the question gives that
word, and the spoken "тыщ" for "тысяч". Another name cut short stays another name ("Псковской губ."). Invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section
from studybot.core.quantities import find_quantities

HOSPITAL = Card(id="h", section="s", kind="short", prompt="In which hospital did the surgeon work?",
                answer="St Aldric's Hospital")
GUBERNIYA = Card(id="g", section="s", kind="short", prompt="В какой губернии родился поэт?", answer="Тверская губерния")
UNIVERSITY = Card(id="u", section="s", kind="short", prompt="Which university did she teach at?",
                  answer="Marwick University")
ARMY = Card(id="a", section="s", kind="numeric", prompt="Сколько солдат было в армии?", answer="около 300 тысяч",
            number=NumberSpec(300000, None, 0.05, relative=True))

NOTES = {"en": "The surgeon worked at St Aldric's Hospital in Marwick. She taught at Marwick University.",
         "ru": "Поэт родился в Тверской губернии."}

ROWS = [
    ("en", HOSPITAL, "St Aldric's", True),
    ("en", HOSPITAL, "Saint Aldric's Hospital", True),
    ("en", HOSPITAL, "Saint Osric's Hospital", False),
    ("ru", GUBERNIYA, "Тверской губ.", True),
    ("ru", GUBERNIYA, "тверская губ", True),
    ("ru", GUBERNIYA, "Псковской губ.", False),
    ("en", UNIVERSITY, "Marwick Univ.", True),
    ("ru", ARMY, "300 тыщ", True),
    ("ru", ARMY, "триста тыщ", True),
    ("ru", ARMY, "30 тыщ", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_short_forms_of_a_word_of_the_answer(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES[lang]),), cards=(card,),
                language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "value"), [("600 тыщ", 600000), ("две тыщи", 2000)])
def test_the_spoken_thousand(text, value):
    assert [q.value for q in find_quantities(text, lang="ru")] == [value]
