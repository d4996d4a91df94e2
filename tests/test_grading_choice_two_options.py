"""A choice answer that names two options joined by "and" / "и" chose two, whatever the case it is typed in
("примаков и путин", as "Примаков и Путин" already was): right only when each is. A part that names no other option
("Примаков и его правительство") and a sentence-long option whose words two parts share ("exports fell and imports
grew") stay one choice. Invented cards (`Grader._options_named`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _choice(options: tuple[str, ...], answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt=prompt, answer=answer, options=options)


PEOPLE = _choice(("Виктор Чернов", "Евгений Ладыгин", "Сергей Мартов"), "Евгений Ладыгин", "Кто стал директором?")
TOWNS = _choice(("Тарск", "Ольмин", "Верея"), "Ольмин", "Где построили завод?")
TRADE = _choice(("exports rose while imports fell", "exports fell while imports rose", "both exports and imports rose"),
                "exports fell while imports rose", "How did trade change?")

GRADED = [
    (PEOPLE, "ru", "ладыгин и чернов", False),
    (PEOPLE, "ru", "Ладыгин и Чернов", False),
    (PEOPLE, "ru", "ладыгин", True),
    (PEOPLE, "ru", "ладыгин и его заместитель", True),
    (TOWNS, "ru", "ольмин и тарск", False),
    (TOWNS, "ru", "ольмин", True),
    (TRADE, "en", "exports fell and imports grew", True),
]


@pytest.mark.parametrize(("card", "code", "given", "right"), GRADED)
def test_two_options_joined_are_two_choices(card, code, given, right):
    pack = Pack(id="t", title="t", language=code, sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, given).correct is right
