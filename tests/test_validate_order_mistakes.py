"""`studybot validate` reads an order card's `mistakes` and examples alike: their numbers are the items as the pack
lists them (README), so a wrong order in `mistakes` never "fails" the right example "1 2 3", whatever order the app
shows the items in; a mistake that is the right order itself still does."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import load_pack_text
from studybot.core.validate import check_mistakes

PACK = """\
format: 1
id: steps
title: Steps
language: {language}
sections:
  - id: s
    title: {title}
    notes: |
      {notes}
cards:
"""
CARD = """\
  - id: {card}
    section: s
    kind: order
    prompt: {prompt}
    items: [{items}]
    examples:
      right: ["1 2 3", "{right}"]
      wrong: ["{wrong}"]
    mistakes:
      - match: ["{wrong}"]
        feedback: {feedback}
"""
EN = dict(language="en", title="Building the line",
          notes="First the bridge was built, then the road, then the station.",
          prompt="Put these in the order they were built.", items="the bridge, the road, the station",
          right="bridge, road, station", feedback="The bridge came before the road.")
RU = dict(language="ru", title="Стройка", notes="Сначала построили мост, затем дорогу, а потом вокзал.",
          prompt="Расположите в хронологическом порядке.", items="построили мост, построили дорогу, построили вокзал",
          right="мост, дорога, вокзал", feedback="Мост построили раньше дороги.")
# several ids: the app shuffles each card's items by its id, so some of these show "2 1 3" as the right order
IDS = ("order-a", "order-b", "order-c", "chronology", "steps", "sequence", "build", "ord")


def warnings_of(fields: dict[str, str], wrong: str) -> list[str]:
    text = PACK.format(**fields) + "".join(CARD.format(card=card, wrong=wrong, **fields) for card in IDS)
    pack = load_pack_text(text, "steps.yaml")
    return [p.message for p in check_mistakes(pack, Grader.for_pack(pack))]


@pytest.mark.parametrize("fields", [EN, RU], ids=["en", "ru"])
def test_a_wrong_order_in_mistakes_fails_no_right_example(fields):
    assert warnings_of(fields, "2 1 3") == []
    assert warnings_of(fields, "3 2 1") == []


@pytest.mark.parametrize("fields", [EN, RU], ids=["en", "ru"])
def test_a_mistake_that_is_the_right_order_is_still_warned_of(fields):
    messages = warnings_of(fields, "1 2 3")
    assert len(messages) == len(IDS)
    assert all("the mistake '1 2 3' fails the right example" in m for m in messages)
