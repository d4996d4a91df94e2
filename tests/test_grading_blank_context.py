"""A blank answered with the text's own words next to it is answered: "no effort" for "spare no ___", "не жалел
сил" for "не жалел ___", "effort to help" for "spare no ___ to help", "by 19%" for "by ___ %", and a figure with the
noun after the blank without its modifiers, "4 weeks" for "after ___ degree frost weeks". Words that are not the
text's ("not effort", "не жалел денег") are still judged. Invented cards of no pack (`grading.blank_context`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def cloze(text: str) -> Card:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    return Card(id="z", section="s", kind="cloze", prompt="Fill in the blank.", answer="", text=text, blanks=blanks)


SPARE = cloze("The council would spare no {{effort}} to help the town.")
THREE = cloze("The {{council}} would spare no {{effort}} to help the {{port}}.")
FELL = cloze("Exports fell by {{19}} % last year.")
ZHALEL = cloze("Совет не жалел {{сил}} на помощь городу.")
NA = cloze("Вывоз упал на {{19}} % за год.")
FROST = cloze("The orchard is lost after {{4|four}} degree frost weeks in a row.")
МОРОЗ = cloze("Сад гибнет после {{4}} градусо-недель мороза подряд.")

ROWS = [
    ("en", SPARE, "effort", True),
    ("en", SPARE, "no effort", True),
    ("en", SPARE, "spare no effort", True),
    ("en", SPARE, "effort to help", True),
    ("en", SPARE, "no expense", False),
    ("en", SPARE, "not effort", False),  # the text says "no": "not" is the answerer's
    ("en", THREE, "the council, no effort, the port", True),
    ("en", THREE, "council, not effort, port", False),
    ("en", FELL, "by 19%", True),
    ("en", FELL, "by 20%", False),
    ("ru", ZHALEL, "не жалел сил", True),
    ("ru", ZHALEL, "сил на помощь", True),
    ("ru", ZHALEL, "не жалел денег", False),
    ("ru", ZHALEL, "не сил", False),
    ("ru", NA, "на 19%", True),
    ("ru", NA, "на 18%", False),
    ("en", FROST, "4 weeks", True),  # the figure and the noun after the blank, without its modifiers
    ("en", FROST, "4 frost weeks", True),
    ("en", FROST, "5 weeks", False),
    ("en", FROST, "4 degree weeks", True),
    ("en", FROST, "5 degree weeks", False),
    ("ru", МОРОЗ, "4 недель мороза", True),
    ("ru", МОРОЗ, "5 недель мороза", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_the_texts_words_next_to_a_blank(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
