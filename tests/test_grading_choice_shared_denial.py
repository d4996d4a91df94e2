"""A denial that shares a word with one option, itself a denial, names that option only by a word no other option
has: where every option says the storm, "не ... о шторме" (the question said again, too) names none of them
(core/grading/options.shared_denial), so `validate` does not call the question a give-away. Cards on an invented
subject (a fishing village and a storm); each row says what a fair teacher marks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.validate import check_given_away

RU = Grader(language="ru")
OPTIONS = ("предсказывать шторма тогда не умели", "радио в посёлке не работало", "о шторме знали, но молчали",
           "шторм начался ночью")
STORM = Card(id="storm", section="s", kind="choice", prompt="Почему рыбаков не предупредили о шторме заранее?",
             answer=OPTIONS[0], options=OPTIONS)
BANNED = Card(id="ban", section="s", kind="choice", prompt="Что решил совет о лове рыбы?",
              answer="лов рыбы не запретили", options=("лов рыбы не запретили", "лов рыбы запретили на год",
                                                          "лов рыбы разрешили только летом"))


@pytest.mark.parametrize(("card", "given", "right"), [
    (STORM, "Почему рыбаков не предупредили о шторме заранее?", False),
    (STORM, "рыбаков не предупредили о шторме", False),
    (STORM, "предсказывать шторма не умели", True),
    (STORM, "не умели предсказывать", True),
    (STORM, "радио не работало", False),
    # the option's own words with its denial still name it
    (BANNED, "лов не запретили", True),
])
def test_a_denial_names_an_option_by_its_own_word(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right


def test_the_question_gives_nothing_away() -> None:
    pack = Pack(id="p", title="p", language="ru", cards=(STORM,),
                sections=(Section(id="s", title="Шторм", notes="Предсказывать шторма тогда не умели."),))
    assert check_given_away(pack, Grader.for_pack(pack)) == []
