"""Answers in a learner's own words, round 52 (issue #11): list, cloze, choice and short cards. Invented cards of no
pack.

- A cloze said as a sentence (`cloze_sentence`): a word of the text's own that a blank shares ("densest" beside
  "{{warmest}}": both "more ..."; "the new bridge" beside "the old {{bridge}}") is the text's, never a word of the
  learner's own, so one word of their own may still be added ("... at the bottom of the pond").
- The same sentence with a light verb and its particle for the text's verb ("was put up by" for "was built by",
  "come out" for "hatch"): the light verb says nothing of its own (`lexicon_phrasal.LIGHT_VERBS`), the particle is
  the one word of the learner's own.
- A choice answered by the right option in a clause of its own with another option denied beside it
  (`denied_options`): "the cliff was eroding, it had nothing to do with storms", "... without any storm",
  "течение было сильнее, хотя дороги там не было" pick the right option; a denial of the right option, an answer
  that asserts a wrong one, or all denial, stay wrong.

The check set of `tests/own_words_check52.py` (labelled before grading) is held at its count: 207 of 216 at this
round's end (205 at 71b35b16; every wrong answer failed at both), every wrong answer still failed.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.own_words_check52 import PACKS, ROWS


def _cloze(lang: str, text: str, answer: str) -> bool:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, answer).correct


DENSEST = "Ice floats because water is densest at about {{4}} degrees, so the {{warmest}} water lies at the bottom."
BRIDGE = "The old {{bridge}} stands beside the new bridge."
MOST = "Самая высокая {{колокольня}} города выше самой высокой {{башни}}."
MOST_EN = "The tallest {{spire}} of the town is taller than its tallest {{tower}}."
PIER = "The pier was built by {{Anna Reid}} in {{1804}}."
DUCKS = "Ducks nest in {{April}}, and the ducklings hatch after about {{four weeks}}."


@pytest.mark.parametrize(("lang", "text", "answer", "right"), [
    ("en", DENSEST, "Ice floats because water is densest at about 4 degrees, so the warmest water lies at the bottom "
                    "of the lake.", True),
    ("en", DENSEST, "water is densest at four degrees, and so the warmest water stays at the bottom", True),
    ("en", DENSEST, "water is densest at about 4 degrees, so the warmest water lies at the bottom", True),
    ("en", DENSEST, "water is densest at about 4 degrees, so the coldest water lies at the bottom of the lake", False),
    ("en", DENSEST, "water is densest at about 0 degrees, so the warmest water lies at the bottom of the lake", False),
    ("en", DENSEST, "water is densest at about 4 degrees, so the warmest water rises to the top of the lake", False),
    ("en", BRIDGE, "The old bridge stands beside the new bridge over the river.", True),
    ("en", BRIDGE, "The old ferry stands beside the new bridge over the river.", False),
    ("en", MOST_EN, "The tallest spire of the town is taller than its tallest tower by far.", True),
    ("en", MOST_EN, "the tallest tower of the town is taller than its tallest old spire", False),
    ("ru", MOST, "самая высокая колокольня города выше самой высокой башни у реки", True),
    # a light verb and its particle ("put up", "come out") for the text's verb: the particle is the learner's word
    ("en", PIER, "The pier was put up by Anna Reid in 1804.", True),
    ("en", PIER, "The pier was put up by Anna Reid in the year 1804.", True),
    ("en", DUCKS, "Ducks nest in April and the ducklings come out after about four weeks.", True),
    ("en", PIER, "The pier was put up by Anna Reid in 1840.", False),
    ("en", PIER, "The pier was put up by John Reid in 1804.", False),
    ("en", PIER, "The pier was put up cheaply by Anna Reid in 1804.", False),  # two words of the learner's own
    ("en", DUCKS, "Ducks nest in April and the ducklings come out after about four days.", False),
    ("en", DUCKS, "Ducks nest in May and the ducklings come out after about four weeks.", False),
    ("ru", MOST, "самая высокая колокольня города выше самой высокой стены у реки", False),
])
def test_the_texts_own_word_is_no_word_of_the_learners(lang, text, answer, right):
    assert _cloze(lang, text, answer) is right


def _choice(prompt: str, *options: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt=prompt, options=options, answer=options[0])


KILN = _choice("Why was the kiln rebuilt in 1790?", "its chimney was cracking", "the fire was too weak",
               "the potter wanted more room", "a flood destroyed it")
POND = _choice("What happens to a lake when too much manure washes into it?", "weeds grow fast and choke it",
               "the water becomes clearer", "the fish grow bigger", "the lake dries up")
MILL = _choice("Почему кузницу перенесли к мосту?", "там было больше заказчиков", "там жил кузнец",
               "там было меньше пожаров", "там проходила дорога")
STYLE = _choice("Каким был стиль игры чемпиона?", "осторожный и расчётливый", "рискованный и атакующий",
                "быстрый и небрежный")
EN, RU = Grader(language="en"), Grader(language="ru")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, KILN, "the chimney was cracking, it had nothing to do with floods", True),
    (EN, KILN, "it was not a flood, the chimney was cracking", True),
    (EN, KILN, "its chimney was cracking without any flood", True),
    (EN, POND, "weeds grow fast and choke it, so the water is not clearer", True),
    (EN, POND, "weeds grow fast and choke it, without the water getting any clearer", True),
    (RU, MILL, "там было больше заказчиков, хотя дороги там не было", True),
    (RU, STYLE, "осторожная расчётливая игра без риска", True),
    # another option asserted, the right one denied, or nothing asserted
    (EN, KILN, "a flood destroyed it, the chimney was not cracking", False),
    (EN, KILN, "the fire was too weak, there was no flood", False),
    (EN, KILN, "the chimney was cracking, but it was not the chimney that mattered", False),
    (EN, POND, "the water becomes clearer, weeds do not grow", False),
    (EN, POND, "the fish grow bigger without the weeds choking it", False),
    (RU, MILL, "там жил кузнец, хотя заказчиков там не было", False),
    (RU, STYLE, "рискованная атакующая игра без осторожности", False),
])
def test_a_denied_option_beside_the_right_one(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right


def test_check_set_floor():
    graders = {pack.id: Grader.for_pack(pack) for pack in PACKS}
    cards = {pack.id: pack for pack in PACKS}
    agree, accepted_wrong = 0, []
    for (pid, cid), rows in ROWS.items():
        card = cards[pid].card(cid)
        for answer, right in rows:
            got = graders[pid].grade(card, answer).correct
            agree += got is right
            if got and not right:
                accepted_wrong.append(answer)
    assert not accepted_wrong
    assert agree >= 207
