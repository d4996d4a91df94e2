"""A point's subject said by a pronoun right before its predicate (round 43, found writing packs blind): "он
отказался" makes "Кравец отказался", "они усиливают потепление" makes "газы усиливают потепление", "they trap the
heat" makes "the gases trap the heat". The predicate must still be made as the point says it (not turned, not
negated otherwise), and a pronoun before another predicate makes nothing. Invented notes of a lake town."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def explain(card_id: str, prompt: str, *points: str) -> Card:
    return Card(id=card_id, section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p) for p in points), need=1)


CARDS = (explain("ru-refuse", "Что произошло с домом?", "Кравец отказался"),
         explain("ru-gas", "Как таяние влияет на климат?", "газы усиливают потепление"),
         explain("en-gas", "How does the thaw change the climate?", "the gases trap the heat"),
         explain("en-refuse", "What happened to the house?", "Marrow refused"))
RU = Pack(id="ru", title="Озеро", language="ru", cards=CARDS[:2], sections=(Section("s", "Озеро", (
    "Сомов предложил Кравцу дом на берегу, но Кравец отказался. При таянии выделяются газы, газы усиливают "
    "потепление.")),))
EN = Pack(id="en", title="Lake", language="en", cards=CARDS[2:], sections=(Section("s", "Lake", (
    "When the ice thaws, gases escape, and the gases trap the heat. Somers offered Marrow a house, but Marrow "
    "refused.")),))


@pytest.mark.parametrize(("pack", "card_id", "given", "right"), [
    (RU, "ru-refuse", "Сомов предложил ему дом, но он отказался", True),
    (RU, "ru-refuse", "он отказался", True),
    (RU, "ru-refuse", "Кравец отказался", True),
    (RU, "ru-refuse", "он согласился", False),
    (RU, "ru-refuse", "он не отказался", False),
    (RU, "ru-gas", "выделяются метан и углекислый газ, они усиливают потепление", True),
    (RU, "ru-gas", "они ослабляют потепление", False),
    (RU, "ru-gas", "они не усиливают потепление", False),
    (EN, "en-gas", "gases escape and they trap the heat", True),
    (EN, "en-gas", "they release the heat", False),
    (EN, "en-gas", "they do not trap the heat", False),
    (EN, "en-refuse", "Somers offered him a house, but he refused", True),
    (EN, "en-refuse", "he agreed", False),
])
def test_a_pronoun_for_the_subject(pack, card_id, given, right):
    verdict = Grader.for_pack(pack).grade(pack.card(card_id), given)
    assert bool(verdict.correct) is right, verdict.trace
