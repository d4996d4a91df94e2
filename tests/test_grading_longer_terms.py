"""A right word said inside a longer term that another card of the pack asks for names that term, not the word
(`grading/longer_terms.py`): "a peptidase inhibitor" for "a peptidase", "удельная теплоёмкость" listed for
"теплоёмкость". Invented packs; a phrase no card asks for ("a gut peptidase") stays right."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _pack(language: str, *cards: Card) -> Grader:
    pack = Pack(id="p", title="p", language=language, cards=cards, sections=(Section(id="s", title="s", notes="."),))
    return Grader.for_pack(pack)


_ENZYME = Card(id="enzyme", section="s", kind="short", prompt="What kind of enzyme breaks the chain?",
               answer="a peptidase", accept=("peptidases",))
_BLOCKER = Card(id="blocker", section="s", kind="short", prompt="What do the doctors add to the drug?",
                answer="peptidase inhibitors")
_EN = _pack("en", _ENZYME, _BLOCKER)

_QUANTITIES = Card(id="q", section="s", kind="list", prompt="Назовите три величины уравнения нагрева.",
                   answer="масса, теплоёмкость, изменение температуры",
                   keypoints=(Keypoint("масса"), Keypoint("теплоёмкость"), Keypoint("изменение температуры")))
_SPECIFIC = Card(id="c", section="s", kind="short", prompt="Какую величину дают таблицы для вещества?",
                 answer="удельная теплоёмкость")
_RU = _pack("ru", _QUANTITIES, _SPECIFIC)


@pytest.mark.parametrize(("given", "right"), [
    ("a peptidase inhibitor", False),  # the longer term another card asks for
    ("peptidase inhibitors", False),
    ("a peptidase", True),
    ("peptidases", True),
    ("a gut peptidase", True),  # no term of the pack
])
def test_english_longer_term(given, right):
    assert _EN.grade(_ENZYME, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("масса, удельная теплоёмкость, изменение температуры", False),
    ("масса, теплоёмкость, изменение температуры", True),
    ("масса, теплоёмкость тела, изменение температуры", True),
])
def test_russian_longer_term_in_a_list(given, right):
    assert _RU.grade(_QUANTITIES, given).correct is right


def test_the_longer_terms_own_card_takes_it():
    assert _RU.grade(_SPECIFIC, "удельная теплоёмкость").correct


_BOILER = Card(id="boiler", section="s", kind="short", prompt="Where does the water boil?", answer="the boiler",
               accept=("boiler drum",))
_PARTS = Card(id="parts", section="s", kind="list", prompt="Name two parts of the engine.", answer="boiler; piston",
              keypoints=(Keypoint("boiler"), Keypoint("piston")))
_ENGINE = _pack("en", _BOILER, _PARTS)


def test_a_term_its_own_card_takes_the_word_for_is_that_word():
    # "boiler drum" is accepted for "the boiler" by the card that asks for it: no other thing
    assert _ENGINE.grade(_PARTS, "the boiler drum, the piston").correct
