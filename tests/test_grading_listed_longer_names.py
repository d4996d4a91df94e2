"""A pack's own longer name of a thing, listed under the shorter one ("Gustavus Adolphus of Sweden" under
"Gustavus Adolphus", "Ярослав Мудрый Киевский" under "Ярослав Мудрый"), is the name itself, not the name going on
into another (`ShortGrading._name_lengthened`); a longer name the pack does not list still is. Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

EN = {"Gustavus Adolphus": ("Gustavus Adolphus of Sweden", "Gustav Adolf")}
RU = {"Ярослав Мудрый": ("Ярослав Мудрый Киевский",)}


def grade(lang: str, aliases: dict[str, tuple[str, ...]], answer_is: str, answer: str) -> bool:
    card = Card(id="c", section="s", kind="short", prompt="Who ordered it?" if lang == "en" else "Кто приказал?",
                answer=answer_is)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang,
                aliases=aliases)
    return bool(Grader.for_pack(pack).grade(card, answer).correct)


ROWS = [
    ("en", EN, "Gustavus Adolphus", "Gustavus Adolphus of Sweden", True),
    ("en", EN, "Gustavus Adolphus", "King Gustavus Adolphus of Sweden", True),
    ("en", EN, "Gustavus Adolphus", "Gustav Adolf of Sweden", True),
    ("en", EN, "Gustavus Adolphus", "Gustavus Adolphus of Norway", False),
    ("en", EN, "Gustavus Adolphus", "Gustavus Adolphus Memorial", False),
    ("ru", RU, "Ярослав Мудрый", "Ярослав Мудрый Киевский", True),
    ("ru", RU, "Ярослав Мудрый", "Ярослав Мудрый Новгородский", False),
]


@pytest.mark.parametrize(("lang", "aliases", "answer_is", "answer", "right"), ROWS)
def test_a_listed_longer_name_is_the_name(lang, aliases, answer_is, answer, right):
    assert grade(lang, aliases, answer_is, answer) is right
