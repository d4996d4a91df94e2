"""`validate` warns of an alias keyed by a shorter name than a card's answer gives ("Arthur Drysdale" beside
"Justice Arthur Drysdale"): the author meant the answer's name. A key that is an answer, a one-word name of a
longer one (`Ленуар: [Этьен Ленуар]`), or one after an article ("The Union State") is no fault. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.alias_checks import unmet_alias_keys
from studybot.core.packs import Card, Pack, Section


def _pack(answer: str, aliases: dict[str, tuple[str, ...]]) -> Pack:
    card = Card(id="c", section="s", kind="short", prompt="Who chaired it?", answer=answer)
    return Pack(id="p", title="p", aliases=aliases, cards=(card,), sections=(Section(id="s", title="s", notes="x"),))


@pytest.mark.parametrize(("answer", "aliases", "warned"), [
    ("Justice Helena Marwick", {"Helena Marwick": ("Judge Marwick",)}, True),
    ("Граф Пётр Зубов", {"Пётр Зубов": ("Зубов",)}, True),
    ("Justice Helena Marwick", {"Justice Helena Marwick": ("Judge Marwick",)}, False),
    ("Helena Marwick", {"Helena Marwick": ("Judge Marwick",)}, False),
    ("Этьен Вельский", {"Вельский": ("Этьен Вельский",)}, False),
    ("The Salt Union", {"Salt Union": ("the Union",)}, False),
    ("Marwick, Renn and Holt", {"Tobias Renn": ("Renn",)}, False),
])
def test_an_alias_keyed_by_a_shorter_name(answer, aliases, warned):
    problems = unmet_alias_keys(_pack(answer, aliases))
    assert bool(problems) is warned
    assert all("shorter name" in p.message for p in problems)
