"""A short answer matching a right wording that is written without its figure ("rose by about a metre") still
states its own figure against the card's (`grading.stated_figures`): another figure of that kind is wrong; the
card's figure in any form, or none at all, is not. Invented subjects (no pack's words), English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.short import ShortGrading
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

# (its wording says "a metre" without a hedge: "about a metre" is read as "about 1 metre", a figure, by `count_nouns`)
RISE = short("It rose by about 1 m", "rose by a metre", prompt="How did the mill pond change after the weir?")
LEVEL = short("Поднялся примерно на 1 м", "поднялся примерно на метр", "вырос на метр",
              prompt="Как изменился пруд после запруды?")

ROWS = [
    (RISE, "en", "it rose by about a metre", True),
    (RISE, "en", "it rose by a metre", True),
    (RISE, "en", "rose by 1 m", True),
    (RISE, "en", "it rose by 10 metres", False),
    (RISE, "en", "it rose by 2 metres", False),
    (LEVEL, "ru", "поднялся примерно на метр", True),
    (LEVEL, "ru", "поднялся примерно на 1 м", True),
    (LEVEL, "ru", "вырос на метр", True),
    (LEVEL, "ru", "вырос на 10 метров", False),
    (LEVEL, "ru", "поднялся примерно на 3 метра", False),
]


def _pack(card: Card, lang: str) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(("card", "lang", "given", "right"), ROWS)
def test_a_stated_figure_agrees_with_the_card_s(card, lang, given, right):
    assert Grader.for_pack(_pack(card, lang)).grade(card, given).correct is right


class _Without(Grader):
    """The grader without the rule."""

    def _grade_short(self, card, got):  # type: ignore[no-untyped-def]
        return ShortGrading._grade_short(self, card, got)


@pytest.mark.parametrize(("card", "lang", "given"), [(c, lang, g) for c, lang, g, right in ROWS if not right])
def test_without_the_rule_the_wrong_figures_pass(card, lang, given):
    assert _Without.for_pack(_pack(card, lang)).grade(card, given).correct
